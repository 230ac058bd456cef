#!/usr/bin/env python3
"""The one table of RETRO_* functions (registry/functions.json), checked, and what is generated
from it: the add-in's UNO interface (IDL), CalcAddIns.xcu (Function Wizard names and help, EN/FR)
and the README's function section.

Usage:
  scripts/functions.py idl OUT.idl          the interface org.retroplan.XRetroplanFunctions
  scripts/functions.py xcu OUT.xcu          the configuration Calc reads names and help from
  scripts/functions.py readme README.md     rewrites the part between the markers
  scripts/functions.py readme README.md --check   exit 1 (saying so) when it is out of date
The build runs the first two (registry/CMakeLists.txt, addin/CMakeLists.txt); the test
`readme_functions` runs the last. tests/calc/test_function_wizard.py imports this module.
"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "registry", "functions.json")
LANGS = ("en", "fr")
XCU_LANG = {"en": "en-US", "fr": "fr"}
EXAMPLE_WORD = {"en": "Example: ", "fr": "Exemple : "}

# Calc's programmatic category names (sc/source/core/tool/addincol.cxx, lcl_GetCategory) and the
# IDs the FunctionDescriptions service reports for them.
CATEGORIES = {"Database": 1, "Date&Time": 2, "Financial": 3, "Information": 4, "Logical": 5,
              "Mathematical": 6, "Matrix": 7, "Statistical": 8, "Spreadsheet": 9, "Text": 10,
              "Add-In": 11}
PARAM_TYPES = {"string": "string", "double": "double", "any": "any",
               "range": "com::sun::star::table::XCellRange"}
RETURN_TYPES = {"any": "any", "string": "string", "double": "double",
                "array": "sequence< sequence< any > >"}
IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")

BEGIN = "<!-- BEGIN functions: generated from registry/functions.json by scripts/functions.py -->"
END = "<!-- END functions -->"


class TableError(Exception):
    pass


def _need(cond, where, what):
    if not cond:
        raise TableError(f"registry/functions.json: {where}: {what}")


def _check_texts(obj, key, where):
    _need(isinstance(obj.get(key), dict) and all(obj[key].get(lang) for lang in LANGS), where,
          f"'{key}' needs a non-empty text for each of {', '.join(LANGS)}")


def load(path=TABLE):
    """The table as a dict, each function's 'parameters' resolved to their definitions.
    Raises TableError naming the first thing wrong."""
    with open(path, encoding="utf-8") as f:
        table = json.load(f)
    params = table.get("parameters", {})
    for key, p in params.items():
        where = f"parameter {key}"
        _need(IDENTIFIER.match(p.get("name", "")), where, "'name' must be an identifier")
        _need(p.get("type") in PARAM_TYPES, where, f"'type' must be one of {sorted(PARAM_TYPES)}")
        _need(isinstance(p.get("optional"), bool), where, "'optional' must be true or false")
        # Calc shows a parameter as optional exactly when it is typed any (addincol.cxx).
        _need(p["optional"] == (p["type"] == "any"), where,
              "Calc shows exactly the 'any' parameters as optional: optional must be "
              f"{str(p['type'] == 'any').lower()} for type {p['type']}")
        _check_texts(p, "display", where)
        _check_texts(p, "help", where)
    seen = {"method": set(), "en": set(), "fr": set()}
    for f in table.get("functions", []):
        where = f"function {f.get('method', '?')}"
        _need(IDENTIFIER.match(f.get("method", "")), where, "'method' must be an identifier")
        _check_texts(f, "name", where)
        _check_texts(f, "description", where)
        _check_texts(f, "example", where)
        for key, value in (("method", f["method"]), ("en", f["name"]["en"]), ("fr", f["name"]["fr"])):
            _need(value not in seen[key], where, f"{value} is listed twice")
            seen[key].add(value)
        _need(f.get("category") in CATEGORIES, where, f"'category' must be one of {list(CATEGORIES)}")
        _need(f.get("returns") in RETURN_TYPES, where, f"'returns' must be one of {list(RETURN_TYPES)}")
        for lang in LANGS:
            _need(f["example"][lang].startswith("=") and f["name"][lang] + "(" in f["example"][lang],
                  where, f"the {lang} example must be a formula calling {f['name'][lang]}")
        resolved = []
        for key in f.get("parameters", []):
            _need(key in params, where, f"parameter {key} is not defined under 'parameters'")
            resolved.append(params[key])
        names = [p["name"] for p in resolved]
        _need(len(set(names)) == len(names), where, "two parameters have the same name")
        optional = [p["optional"] for p in resolved]
        _need(optional == sorted(optional), where, "a required parameter follows an optional one")
        f["params"] = resolved
    return table


def wizard_description(f, lang):
    """The function's description in the Function Wizard: what it returns, then an example."""
    return f"{f['description'][lang]} {EXAMPLE_WORD[lang]}{f['example'][lang]}"


def syntax(f):
    """Task; Tasks; Deadline [; Holidays [; Weekend [; Start]]]"""
    required = [p["name"] for p in f["params"] if not p["optional"]]
    optional = [p["name"] for p in f["params"] if p["optional"]]
    text = "; ".join(required)
    for name in optional:
        text += f" [; {name}" if text else f"[{name}"
    return text + "]" * len(optional)


GENERATED = "Generated by scripts/functions.py from registry/functions.json: edit that table."


def idl(table):
    out = [f"// {GENERATED}",
           "// The Calc functions of Retroplan; their names and help are in CalcAddIns.xcu, from",
           "// the same table. Every function takes the hidden Caller (the document) first.",
           "#ifndef ORG_RETROPLAN_XRETROPLANFUNCTIONS_IDL",
           "#define ORG_RETROPLAN_XRETROPLANFUNCTIONS_IDL",
           "",
           "#include <com/sun/star/uno/XInterface.idl>",
           "#include <com/sun/star/beans/XPropertySet.idl>",
           "#include <com/sun/star/table/XCellRange.idl>",
           "#include <com/sun/star/lang/IllegalArgumentException.idl>",
           "",
           "module org { module retroplan {",
           "",
           "interface XRetroplanFunctions : com::sun::star::uno::XInterface",
           "{"]
    for f in table["functions"]:
        args = ["[in] com::sun::star::beans::XPropertySet Caller"]
        args += [f"[in] {PARAM_TYPES[p['type']]} {p['name']}" for p in f["params"]]
        out.append(f"    {RETURN_TYPES[f['returns']]} {f['method']}(")
        out.append(",\n".join("        " + a for a in args) + ")")
        out.append("        raises (com::sun::star::lang::IllegalArgumentException);")
    out += ["};", "", "}; };", "", "#endif", ""]
    return "\n".join(out)


def _xcu_prop(indent, name, texts):
    pad = " " * indent
    lines = [f'{pad}<prop oor:name="{name}">']
    for lang in LANGS:
        lines.append(f'{pad} <value xml:lang="{XCU_LANG[lang]}">{escape(texts[lang])}</value>')
    lines.append(f"{pad}</prop>")
    return lines


def xcu(table):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f"<!-- {GENERATED} -->",
           '<oor:component-data xmlns:oor="http://openoffice.org/2001/registry" '
           'xmlns:xs="http://www.w3.org/2001/XMLSchema" oor:name="CalcAddIns" '
           'oor:package="org.openoffice.Office">',
           ' <node oor:name="AddInInfo">',
           '  <node oor:name="org.retroplan.Functions" oor:op="replace">',
           '   <node oor:name="AddInFunctions">']
    for f in table["functions"]:
        out.append(f'    <node oor:name="{f["method"]}" oor:op="replace">')
        out += _xcu_prop(5, "DisplayName", f["name"])
        out += _xcu_prop(5, "Description", {lang: wizard_description(f, lang) for lang in LANGS})
        out += ['     <prop oor:name="Category">',
                f'      <value>{escape(f["category"])}</value>',
                "     </prop>",
                '     <prop oor:name="CompatibilityName">',
                f'      <value xml:lang="en-US">{escape(f["name"]["en"])}</value>',
                "     </prop>",
                '     <node oor:name="Parameters">']
        for p in f["params"]:
            out.append(f'      <node oor:name="{p["name"]}" oor:op="replace">')
            out += _xcu_prop(7, "DisplayName", p["display"])
            out += _xcu_prop(7, "Description", p["help"])
            out.append("      </node>")
        out += ["     </node>", "    </node>"]
    out += ["   </node>", "  </node>", " </node>", "</oor:component-data>", ""]
    return "\n".join(out)


def _cell(text):
    return text.replace("|", "\\|")


def readme_section(table):
    out = [BEGIN,
           "| English | Français | arguments | what it gives | example |",
           "|---|---|---|---|---|"]
    for f in table["functions"]:
        out.append(f"| `{f['name']['en']}` | `{f['name']['fr']}` | `{syntax(f)}` | "
                   f"{_cell(f['description']['en'])} | `{_cell(f['example']['en'])}` |")
    out += ["", "Arguments (in brackets above: optional):"]
    users = {}  # parameter definition -> the functions that take it, in table order
    for f in table["functions"]:
        for key in f["parameters"]:
            users.setdefault(key, []).append(f["name"]["en"])
    by_name = {}  # parameter name -> its definitions, the most used first
    for key in users:
        by_name.setdefault(table["parameters"][key]["name"], []).append(key)
    for name, keys in by_name.items():
        keys.sort(key=lambda k: -len(users[k]))
        for i, key in enumerate(keys):
            label = f"**{name}**"
            if i > 0:  # a variant: say which functions take it
                label += " of " + ", ".join(f"`{u}`" for u in users[key])
            out.append(f"- {label} — {table['parameters'][key]['help']['en']}")
    out.append(END)
    return "\n".join(out)


def rewrite_readme(text, table):
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise TableError(f"README.md has no '{BEGIN}' ... '{END}' markers")
    return text[:start] + readme_section(table) + text[end + len(END):]


def _write(path, text):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) < 2 or argv[0] not in ("idl", "xcu", "readme"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        table = load()
        if argv[0] == "idl":
            _write(argv[1], idl(table))
        elif argv[0] == "xcu":
            _write(argv[1], xcu(table))
        else:
            with open(argv[1], encoding="utf-8") as f:
                current = f.read()
            wanted = rewrite_readme(current, table)
            if "--check" in argv[2:]:
                if wanted != current:
                    print(f"{argv[1]}: the function section is out of date with "
                          "registry/functions.json; run scripts/functions.py readme "
                          f"{argv[1]}", file=sys.stderr)
                    return 1
            elif wanted != current:
                _write(argv[1], wanted)
    except TableError as e:
        print(e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
