"""The Function Wizard in a real LibreOffice, English and French user interface: every RETRO_*
function shows as registry/functions.json says (name, description with an example, category, each
argument's name, help and required/optional), read through the FunctionDescriptions service that
feeds the wizard. And what the argument types chosen there do with real cells: Task is a string
(text IDs, number IDs, numeric text), Deadline a required number (dates, dates typed as text,
empty and error cells)."""
import os
import sys
import unittest

from fixtures import CAMPAIGN, OfficeTestCase, fill, iso

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import functions  # noqa: E402  (scripts/functions.py: the function table and its rules)

TABLE = functions.load()
TASKS = "$A$1:$F$10"
NA, ILLEGAL_ARGUMENT, VALUE, DIV0 = 32767, 502, 519, 532  # Calc's error codes


class WizardChecks:
    """The checks both offices run, in their own language."""

    lang = "en"

    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = self.doc.Sheets.getByIndex(0)
        fill(self.sheet, CAMPAIGN)

    def tearDown(self):
        self.doc.close(True)

    def wizard(self):
        """{name: description} of the RETRO functions, as the Function Wizard gets them."""
        descriptions = self.office.service("com.sun.star.sheet.FunctionDescriptions")
        found = {}
        for i in range(descriptions.getCount()):
            d = {p.Name: p.Value for p in descriptions.getByIndex(i)}
            if d["Name"].startswith("RETRO"):
                found[d["Name"]] = d
        return found

    def test_every_function_shows_as_the_table_says(self):
        found = self.wizard()
        self.assertEqual(sorted(found), sorted(f["name"][self.lang] for f in TABLE["functions"]))
        for f in TABLE["functions"]:
            with self.subTest(f["name"][self.lang]):
                d = found[f["name"][self.lang]]
                self.assertEqual(d["Description"], functions.wizard_description(f, self.lang))
                self.assertEqual(d["Category"], functions.CATEGORIES[f["category"]])
                args = d["Arguments"]
                self.assertEqual([a.Name for a in args], [p["display"][self.lang] for p in f["params"]])
                self.assertEqual([a.Description for a in args], [p["help"][self.lang] for p in f["params"]])
                self.assertEqual([a.IsOptional for a in args], [p["optional"] for p in f["params"]])

    def test_task_tasks_and_deadline_are_required(self):
        names = {f["method"]: f["name"][self.lang] for f in TABLE["functions"]}
        found = self.wizard()
        start = [a.IsOptional for a in found[names["retroStart"]]["Arguments"]]
        self.assertEqual(start, [False, False, False, True, True, True])  # Task, Tasks, Deadline
        kickoff = [a.IsOptional for a in found[names["retroKickoff"]]["Arguments"]]
        self.assertEqual(kickoff, [False, False, True, True])
        check = [a.IsOptional for a in found[names["retroCheck"]]["Arguments"]]
        self.assertEqual(check, [False, True, True, True, True])  # checks the table alone
        description = found[names["retroStart"]]["Description"]
        self.assertIn(functions.EXAMPLE_WORD[self.lang] + "=" + names["retroStart"] + "(", description)

    def test_following_load_and_risk_take_their_arguments_as_the_issues_write_them(self):
        # Issues 11, 13, 14: RETRO_STATUS(Task; Tasks; Deadline [; Holidays [; Weekend [; Start
        # [; AlertDays]]]]), RETRO_LOAD(Person; Date; Tasks; Deadline [; Holidays [; Weekend
        # [; Start]]]), RETRO_KICKOFF_AT(Tasks; Deadline; Confidence [; Holidays [; Weekend
        # [; Runs [; Seed]]]]); the capacity table last where it applies.
        f, r = False, True
        task = ["Task", "Tasks", "Deadline", "Holidays", "Weekend"]
        per_task = [f, f, f, r, r, r, r]  # Task, Tasks, Deadline; the rest optional
        expected = {
            "retroStatus": (task + ["Start", "AlertDays"], per_task),
            "retroExpectedEnd": (task + ["Start", "AlertDays"], per_task),
            "retroDeviation": (task + ["Start", "AlertDays"], per_task),
            "retroLoad": (["Person", "Date", "Tasks", "Deadline", "Holidays", "Weekend", "Start"],
                          [f, f, f, f, r, r, r]),
            "retroOverloaded": (task + ["Start", "Capacity"], per_task),
            "retroLeveledStart": (task + ["Start", "Capacity"], per_task),
            "retroLeveledEnd": (task + ["Start", "Capacity"], per_task),
            "retroLeveledKickoff": (["Tasks", "Deadline", "Holidays", "Weekend", "Capacity"], [f, f, r, r, r]),
            "retroKickoffAt": (["Tasks", "Deadline", "Confidence", "Holidays", "Weekend", "Runs", "Seed"],
                               [f, f, f, r, r, r, r]),
            "retroCriticality": (task + ["Runs", "Seed"], per_task),
        }
        by_method = {fn["method"]: fn for fn in TABLE["functions"]}
        found = self.wizard()
        for method, (params, optional) in expected.items():
            with self.subTest(method):
                fn = by_method[method]
                self.assertEqual([p["name"] for p in fn["params"]], params)
                args = found[fn["name"][self.lang]]["Arguments"]
                self.assertEqual([a.IsOptional for a in args], optional)
        names = {m: by_method[m]["name"] for m in expected}
        self.assertEqual(names["retroStatus"], {"en": "RETRO_STATUS", "fr": "RETRO.STATUT"})
        self.assertEqual(names["retroExpectedEnd"], {"en": "RETRO_EXPECTED_END", "fr": "RETRO.FIN.PREVUE"})
        self.assertEqual(names["retroDeviation"], {"en": "RETRO_DEVIATION", "fr": "RETRO.ECART"})
        self.assertEqual(names["retroLoad"], {"en": "RETRO_LOAD", "fr": "RETRO.CHARGE"})
        self.assertEqual(names["retroOverloaded"], {"en": "RETRO_OVERLOADED", "fr": "RETRO.SURCHARGE"})
        self.assertEqual(names["retroLeveledStart"], {"en": "RETRO_LEVELED_START", "fr": "RETRO.DEBUT.LISSE"})
        self.assertEqual(names["retroLeveledEnd"], {"en": "RETRO_LEVELED_END", "fr": "RETRO.FIN.LISSEE"})
        self.assertEqual(names["retroLeveledKickoff"],
                         {"en": "RETRO_LEVELED_KICKOFF", "fr": "RETRO.DEMARRAGE.LISSE"})
        self.assertEqual(names["retroKickoffAt"], {"en": "RETRO_KICKOFF_AT", "fr": "RETRO.DEMARRAGE.A"})
        self.assertEqual(names["retroCriticality"], {"en": "RETRO_CRITICALITY", "fr": "RETRO.CRITICITE"})


class EnglishWizard(WizardChecks, OfficeTestCase):
    lang = "en"

    def start_of(self, task, deadline="DATE(2027;4;2)", table=TASKS):
        c = self.sheet.getCellRangeByName("L1")
        c.setFormula(f"=RETRO_START({task};{table};{deadline})")
        self.doc.calculateAll()
        return c

    def test_task_ids_as_text_numbers_and_numeric_text(self):
        rows = [["ID", "Duration", "Predecessors"], [1, 2, ""], [7.5, 3, "1"], ["007", 1, "7.5"],
                [123456789, 1, ""]]
        fill(self.sheet, rows, 12, 0)  # M1:O5
        table = "$M$1:$O$5"
        self.sheet.getCellRangeByName("Q1").setValue(1)
        self.sheet.getCellRangeByName("Q2").setString("1")
        self.sheet.getCellRangeByName("Q3").setValue(7.5)
        self.sheet.getCellRangeByName("Q4").setString("007")
        # 007 takes the deadline, Friday 04-02; 7.5 the three days before (Tue 03-30 to Thu
        # 04-01); 1 the two before those (Fri 03-26, Mon 03-29).
        for task in ["1", "\"1\"", "Q1", "Q2", "1.0"]:
            self.assertEqual(iso(self.start_of(task, table=table).getValue()), "2027-03-26", task)
        for task in ["7.5", "Q3"]:
            self.assertEqual(iso(self.start_of(task, table=table).getValue()), "2027-03-30", task)
        for task in ["\"007\"", "Q4"]:
            self.assertEqual(iso(self.start_of(task, table=table).getValue()), "2027-04-02", task)
        self.assertEqual(iso(self.start_of("123456789", table=table).getValue()), "2027-04-02")
        self.assertEqual(self.start_of("7", table=table).getError(), NA)  # 7 is not "007"
        self.assertEqual(self.start_of("\"VIS\"").getError(), 0)  # text IDs, as always
        self.assertEqual(self.start_of("A4").getError(), 0)
        self.assertNotEqual(self.start_of("").getError(), 0)  # omitted: not a task

    def test_deadline_as_date_text_empty_and_error(self):
        vis = "\"VIS\""
        by_date = self.start_of(vis).getValue()
        self.assertEqual(iso(by_date), "2027-03-15")
        self.assertEqual(self.start_of(vis, "\"2027-04-02\"").getValue(), by_date)  # ISO text
        self.sheet.getCellRangeByName("J5").setString("2027-04-02")
        self.assertEqual(self.start_of(vis, "$J$5").getValue(), by_date)  # a text cell
        self.assertEqual(self.start_of(vis, "\"soon\"").getError(), VALUE)
        self.assertEqual(self.start_of(vis, "$J$9").getError(), ILLEGAL_ARGUMENT)  # empty: none
        check = self.sheet.getCellRangeByName("L2")
        check.setFormula(f"=RETRO_CHECK({TASKS};$J$9)")
        self.doc.calculateAll()
        # RETRO_CHECK says what every per-task cell's Err:502 says: no deadline (a review found
        # it saying OK). Only an omitted Deadline checks the table alone.
        self.assertTrue(check.getString().startswith("no deadline: "), check.getString())
        self.sheet.getCellRangeByName("J9").setValue(0)
        self.doc.calculateAll()
        self.assertEqual(self.start_of(vis, "$J$9").getError(), ILLEGAL_ARGUMENT)  # 0: none
        self.assertTrue(check.getString().startswith("no deadline: "), check.getString())
        check.setFormula(f"=RETRO_CHECK({TASKS})")
        self.doc.calculateAll()
        self.assertEqual(check.getString(), "OK")
        self.sheet.getCellRangeByName("J9").setString("")
        slack = self.sheet.getCellRangeByName("L3")  # an empty Start cell is no start date
        slack.setFormula(f"=RETRO_SLACK({vis};{TASKS};DATE(2027;4;2);;;$J$9)")
        self.doc.calculateAll()
        self.assertEqual((slack.getError(), slack.getValue()), (0, 0))  # VIS is critical
        self.sheet.getCellRangeByName("J6").setFormula("=1/0")
        self.assertEqual(self.start_of(vis, "$J$6").getError(), DIV0)  # the error itself
        self.assertNotEqual(self.start_of(vis, "").getError(), 0)  # omitted


class FrenchWizard(WizardChecks, OfficeTestCase):
    ui_locale = "fr-FR"
    lang = "fr"

    def start_of(self, task, deadline="DATE(2027;4;2)", table=TASKS):
        c = self.sheet.getCellRangeByName("L1")
        c.FormulaLocal = f"=RETRO.DEBUT({task};{table};{deadline})"
        self.doc.calculateAll()
        return c

    def test_decimal_ids_and_dates_typed_the_french_way(self):
        rows = [["N°", "Durée", "Prédécesseurs"], [1, 2, ""], [7.5, 3, "1"]]
        fill(self.sheet, rows, 12, 0)  # M1:O3
        # 7.5 takes the last three days, Wed 03-31 to Fri 04-02. Calc passes 7.5 as "7,5" here.
        self.sheet.getCellRangeByName("Q1").setValue(7.5)
        self.assertEqual(iso(self.start_of("Q1", table="$M$1:$O$3").getValue()), "2027-03-31")
        self.assertEqual(iso(self.start_of("7,5", table="$M$1:$O$3").getValue()), "2027-03-31")
        self.sheet.getCellRangeByName("J5").setString("02/04/2027")  # day first in France
        self.assertEqual(iso(self.start_of("\"VIS\"", "$J$5").getValue()), "2027-03-15")


if __name__ == "__main__":
    unittest.main(verbosity=2)
