"""The function table (registry/functions.json) and what scripts/functions.py makes of it, without
an office: the table keeps Calc's rules, the IDL and the .xcu name the same parameters, and the
README's function section is the one the table gives."""
import copy
import os
import re
import sys
import unittest
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import functions  # noqa: E402

OOR = "{http://openoffice.org/2001/registry}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def with_change(change):
    """The real table, changed by change(table_json), written to a file and loaded."""
    import json
    import tempfile
    with open(functions.TABLE, encoding="utf-8") as f:
        raw = json.load(f)
    raw = copy.deepcopy(raw)
    change(raw)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(raw, f)
    try:
        return functions.load(f.name)
    finally:
        os.unlink(f.name)


class FunctionTable(unittest.TestCase):
    def setUp(self):
        self.table = functions.load()

    def test_readme_section_is_up_to_date(self):
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        self.assertEqual(functions.rewrite_readme(readme, self.table), readme,
                         "run scripts/functions.py readme README.md")

    def test_a_stale_readme_is_rewritten(self):
        stale = f"intro\n{functions.BEGIN}\n| old |\n{functions.END}\nrest\n"
        fresh = functions.rewrite_readme(stale, self.table)
        self.assertNotIn("| old |", fresh)
        self.assertTrue(fresh.startswith("intro\n") and fresh.endswith("\nrest\n"))
        self.assertIn("| `RETRO_START` | `RETRO.DEBUT` | `Task; Tasks; Deadline [; Holidays "
                      "[; Weekend [; Start]]]` |", fresh)

    def test_idl_and_xcu_name_the_same_parameters(self):
        # Calc pairs a parameter's help (.xcu) with the method's parameter (IDL) by name.
        idl = functions.idl(self.table)
        methods = dict(re.findall(r"(\w+)\(\n(.*?)\)\n", idl, re.S))
        root = ET.fromstring(functions.xcu(self.table))
        xcu_functions = root.find("node/node/node")
        self.assertEqual([n.get(OOR + "name") for n in xcu_functions], list(methods))
        for node in xcu_functions:
            idl_params = re.findall(r"\[in\] \S+ (\w+)", methods[node.get(OOR + "name")])
            xcu_params = [p.get(OOR + "name") for p in node.find("node")]
            self.assertEqual(idl_params, ["Caller"] + xcu_params)
            names = {v.get(LANG): v.text for v in node.find("prop").findall("value")}
            self.assertEqual(set(names), {"en-US", "fr"})

    def test_wizard_descriptions_end_with_an_example(self):
        f = self.table["functions"][0]
        self.assertEqual(functions.wizard_description(f, "fr"),
                         f["description"]["fr"] + " Exemple : " + f["example"]["fr"])

    def test_calc_rules_are_enforced(self):
        def required_any(t):
            t["parameters"]["Holidays"]["optional"] = False
        with self.assertRaisesRegex(functions.TableError, "exactly the 'any' parameters"):
            with_change(required_any)

        def optional_string(t):
            t["parameters"]["Task"]["optional"] = True
        with self.assertRaisesRegex(functions.TableError, "exactly the 'any' parameters"):
            with_change(optional_string)

        def optional_first(t):
            t["functions"][0]["parameters"] = ["Holidays", "Task"]
        with self.assertRaisesRegex(functions.TableError, "required parameter follows"):
            with_change(optional_first)

        def no_french(t):
            del t["functions"][1]["description"]["fr"]
        with self.assertRaisesRegex(functions.TableError, "retroEnd.*'description'"):
            with_change(no_french)

        def twice(t):
            t["functions"].append(copy.deepcopy(t["functions"][0]))
        with self.assertRaisesRegex(functions.TableError, "listed twice"):
            with_change(twice)

        def unknown(t):
            t["functions"][0]["parameters"].append("Colour")
        with self.assertRaisesRegex(functions.TableError, "Colour is not defined"):
            with_change(unknown)


if __name__ == "__main__":
    unittest.main(verbosity=2)
