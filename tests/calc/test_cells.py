"""Cells a person can act on (issue 10, items 3-6) in a real headless LibreOffice: what Calc does
with an add-in's date, a predecessor just outside a function's range, the cells a problem does not
reach, messages without internal IDs, and the deadline found where people put it."""
import datetime
import os
import unittest

import uno  # noqa: F401  (installs the import hook for the com.sun.star modules)
from com.sun.star.lang import Locale

from fixtures import CAMPAIGN, EXAMPLES, SheetTestCase, cli_schedule, fill, iso

DATE_TYPE = 2  # com.sun.star.util.NumberFormat.DATE
IDS = [row[0] for row in CAMPAIGN[1:]]  # BRIEF … SOC, rows 2-10
ORIGIN = uno.createUnoStruct("com.sun.star.table.CellAddress")


def worked_example(*args):
    return cli_schedule(os.path.join(EXAMPLES, "campaign.csv"), "--deadline", "2027-04-02",
                        "--holidays", "2027-03-29", *args)


class Cells(SheetTestCase):
    def campaign(self):
        fill(self.sheet, CAMPAIGN)
        self.cell("J1").setFormula("=DATE(2027;4;2)")   # deadline
        self.cell("J2").setFormula("=DATE(2027;3;29)")  # holiday
        self.cell("J3").setFormula("=DATE(2027;3;4)")   # start date

    def type_of(self, cell):
        return self.doc.NumberFormats.getByKey(cell.NumberFormat).Type

    # -- 3. Dates as dates -------------------------------------------------------------------
    def test_calc_gives_an_add_in_date_no_date_format_so_date_columns_are_formatted(self):
        # Calc formats a new formula cell after the type its outermost function returns: a
        # built-in such as DATE() says DATE, an add-in function says nothing (the README's
        # function section, with the LibreOffice sources). If this ever fails, Calc learnt to.
        self.campaign()
        built_in = self.formula("L1", "=DATE(2027;3;2)")
        self.assertTrue(self.type_of(built_in) & DATE_TYPE)
        start = self.formula("L2", "=RETRO_START(\"BRIEF\";$A:$F;$J$1;$J$2)")
        self.assertEqual(iso(start.getValue()), "2027-03-02")
        self.assertFalse(self.type_of(start) & DATE_TYPE)
        self.assertEqual(start.getString(), str(int(start.getValue())))  # a serial number, 46448
        # A column formatted as dates beforehand shows a date, and keeps showing one.
        iso_format = self.doc.NumberFormats.queryKey("YYYY-MM-DD", Locale(), False)
        if iso_format < 0:
            iso_format = self.doc.NumberFormats.addNew("YYYY-MM-DD", Locale())
        self.sheet.getCellRangeByName("M2:M10").NumberFormat = iso_format
        for r in range(2, 11):
            self.cell(f"M{r}").setFormula(f"=RETRO_START(A{r};$A:$F;$J$1;$J$2)")
        self.doc.calculateAll()
        cli = worked_example()
        self.assertEqual([self.cell(f"M{r}").getString() for r in range(2, 11)],
                         [cli[tid]["start"] for tid in IDS])

    # -- 4. Cells and rebuild agree ------------------------------------------------------------
    def test_a_predecessor_below_a_fixed_range_is_named_with_its_row(self):
        self.campaign()
        fill(self.sheet, [["BETA", "Extra task", 1, "", "", ""]], 0, 10)  # row 11, below A1:F10
        self.cell("D9").setString("PROG;BETA")  # GO waits for BETA too
        check = self.formula("L1", "=RETRO_CHECK($A$1:$F$10;$J$1;$J$2)")
        self.assertEqual(
            check.getString(),
            "row 9, column \u201CD (Predecessors)\u201D: predecessor \u201CBETA\u201D is in row "
            "11, outside the table A1:F10; use whole columns $A:$F or the named range RETRO_TASKS")
        # What the missing link cannot change still computes: GO's own latest dates.
        go = self.formula("L2", "=RETRO_START(\"GO\";$A$1:$F$10;$J$1;$J$2)")
        self.assertEqual(iso(go.getValue()), "2027-04-02")
        brief = self.formula("L3", "=RETRO_START(\"BRIEF\";$A$1:$F$10;$J$1;$J$2)")
        self.assertEqual(brief.getError(), 502)
        # Whole columns and a named range take BETA in: the cells agree with the rebuild.
        self.doc.NamedRanges.addNewByName("RETRO_TASKS", "$Sheet1.$A:$F", ORIGIN, 0)
        self.assertEqual(self.formula("L4", "=RETRO_CHECK($A:$F;$J$1;$J$2)").getString(), "OK")
        self.assertEqual(self.formula("L5", "=RETRO_CHECK(RETRO_TASKS;$J$1;$J$2)").getString(), "OK")
        # The message follows the sheet: BETA deleted, it is an unknown predecessor again.
        self.cell("A11").setString("")
        self.doc.calculateAll()
        self.assertIn("predecessor \u201CBETA\u201D is not the ID of any task", check.getString())

    def test_a_predecessor_above_the_range(self):
        fill(self.sheet, [["KICK", "", 1], [], ["ID", "Name", "Duration", "Predecessors"],
                          ["A", "x", 2, "KICK"]])
        check = self.formula("L1", "=RETRO_CHECK($A$3:$D$4;DATE(2027;4;2))")
        self.assertIn("predecessor \u201CKICK\u201D is in row 1, outside the table A3:D4; use "
                      "whole columns $A:$D", check.getString())

    # -- 5. Errors a person can act on ---------------------------------------------------------
    def test_rows_a_problem_does_not_reach_still_compute(self):
        # The worked example late (start date 03-04), each time with one problem (model §15):
        # which tasks' RETRO_START (latest dates) and RETRO_SLACK still compute.
        self.campaign()
        cli = worked_example("--start", "2027-03-04")
        for r, tid in enumerate(IDS, start=2):
            self.cell(f"L{r}").setFormula(f"=RETRO_START(\"{tid}\";$A:$F;$J$1;$J$2;;$J$3)")
            self.cell(f"M{r}").setFormula(f"=RETRO_SLACK(\"{tid}\";$A:$F;$J$1;$J$2;;$J$3)")
            self.cell(f"N{r}").setFormula(f"=RETRO_EARLY_START(\"{tid}\";$A:$F;$J$1;$J$2;;$J$3)")
        check = self.cell("P1")
        check.setFormula("=RETRO_CHECK($A:$F;$J$1;$J$2;;$J$3)")
        cases = [
            # cell, content, latest dates still known, early dates still known, RETRO_CHECK says
            ("C7", "two", {"PROG", "GO", "SOC"}, set(IDS) - {"PR"},
             "row 7, column \u201CC (Duration)\u201D: duration \u201Ctwo\u201D is not a whole"),
            ("D8", "VAL;ZZ", {"PROG", "GO"}, {"BRIEF", "MSG", "VIS", "TXT", "VAL", "PR", "SOC"},
             "row 8, column \u201CD (Predecessors)\u201D: predecessor \u201CZZ\u201D"),
            ("D2", "GO", {"PR", "SOC"}, set(),  # BRIEF after GO: a cycle through the chain
             "the links form a cycle: BRIEF \u2192 MSG"),
            ("C4", "=1/0", {"TXT", "VAL", "PR", "PROG", "GO", "SOC"}, {"BRIEF", "MSG", "TXT"},
             "row 4, column \u201CC (Duration)\u201D: the cell holds the error #DIV/0!"),
            ("B3", "=NA()", set(IDS), set(IDS), "row 3, column \u201CB (Name)\u201D"),
        ]
        for cell, content, latest, early, says in cases:
            old = self.cell(cell).getFormula()
            self.cell(cell).setFormula(content)
            self.doc.calculateAll()
            self.assertIn(says, check.getString(), cell)
            self.assertNotIn("[", check.getString(), cell)  # no internal ID in a cell
            for r, tid in enumerate(IDS, start=2):
                start, slack, early_start = (self.cell(f"{c}{r}") for c in "LMN")
                if tid in latest:
                    self.assertEqual(start.getError(), 0, f"{cell}: {tid}")
                    self.assertEqual(iso(start.getValue()), cli[tid]["start"], f"{cell}: {tid}")
                else:
                    self.assertEqual(start.getError(), 502, f"{cell}: {tid}")
                if tid in early:
                    self.assertEqual(iso(early_start.getValue()), cli[tid]["early_start"], tid)
                else:
                    self.assertEqual(early_start.getError(), 502, f"{cell}: {tid}")
                if tid in latest & early:
                    self.assertEqual(int(slack.getValue()), int(cli[tid]["slack"]), tid)
                else:
                    self.assertEqual(slack.getError(), 502, f"{cell}: {tid}")
            self.cell(cell).setFormula(old)
        self.doc.calculateAll()
        self.assertEqual(check.getString(), "OK")

    def test_the_kickoff_and_schedule_array_need_a_table_without_problems(self):
        self.campaign()
        self.cell("C7").setString("two")
        kickoff = self.formula("L1", "=RETRO_KICKOFF($A:$F;$J$1;$J$2)")
        self.assertEqual(kickoff.getError(), 502)
        self.cell("C7").setValue(2)
        self.doc.calculateAll()
        self.assertEqual(iso(kickoff.getValue()), "2027-03-02")

    def test_the_rebuild_keeps_problem_ids_for_scripts(self):
        # RetroplanStatus (what scripts read) keeps the IDs; the message box shows the same lines
        # without them (tests/gui/test_gui.py reads the box in a window).
        self.sheet.Name = "Tasks"
        fill(self.sheet, [["Deadline", 46479]] + [[]] + CAMPAIGN)
        self.cell("C6").setString("two")  # VIS
        status = self.rebuild(self.doc)
        self.assertIn("The retroplan was not rebuilt.", status)
        self.assertIn("row 6, column \u201CC (Duration)\u201D: duration \u201Ctwo\u201D", status)
        self.assertIn("[bad_duration]", status)

    # -- 6. The deadline where people put it ---------------------------------------------------
    def test_a_table_in_row_one_with_its_deadline_beside_it(self):
        self.sheet.Name = "Tasks"
        fill(self.sheet, CAMPAIGN)  # from A1: nothing above the table
        fill(self.sheet, [["Deadline", ""], ["Holidays", ""]], 7, 0)  # H1:I2, beside it
        self.cell("I1").setFormula("=DATE(2027;4;2)")  # on the header row: a setting, no column
        self.cell("I2").setFormula("=DATE(2027;3;29)")
        status = self.rebuild(self.doc)
        self.assertTrue(status.startswith("OK"), status)
        self.assertIn("latest kick-off 2027-03-02", status)  # §7: the holiday counts
        # The functions read that header row the same way: "Deadline" there is no due date.
        check = self.formula("L1", "=RETRO_CHECK($A:$I;DATE(2027;4;2);DATE(2027;3;29))")
        self.assertEqual(check.getString(), "OK")
        start = self.formula("L2", "=RETRO_START(\"VIS\";$A:$I;DATE(2027;4;2);DATE(2027;3;29))")
        self.assertEqual(iso(start.getValue()), "2027-03-12")

    def test_a_deadline_label_above_its_date_and_french_labels(self):
        self.sheet.Name = "Tâches"
        fill(self.sheet, [["Jalon final"], [""], ["Jours fériés"], [""], []] + CAMPAIGN)
        self.cell("A2").setFormula("=DATE(2027;4;2)")  # just below its label
        self.cell("A4").setFormula("=DATE(2027;3;29)")
        status = self.rebuild(self.doc)
        self.assertIn("latest kick-off 2027-03-02", status)

    def test_no_deadline_names_both_ways_to_give_one(self):
        self.sheet.Name = "Tasks"
        fill(self.sheet, CAMPAIGN)
        status = self.rebuild(self.doc)
        self.assertIn("no deadline: define the named range RETRO_DEADLINE on the cell holding "
                      "the date, or write \u201CDeadline\u201D", status)


if __name__ == "__main__":
    unittest.main(verbosity=2)
