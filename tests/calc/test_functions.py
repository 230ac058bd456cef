"""The RETRO_* functions in a real headless LibreOffice with the built .oxt installed."""
import datetime
import os
import unittest

import uno  # noqa: F401  (installs the import hook for the com.sun.star modules)
from com.sun.star.util import Date as UnoDate

from fixtures import CAMPAIGN, EXAMPLES, OfficeTestCase, SheetTestCase, cli_schedule, fill, iso

NA = 32767  # Calc's error code for #N/A
TASKS = "$A$1:$F$10"
FUNCS = ["RETRO_START", "RETRO_END", "RETRO_EARLY_START", "RETRO_EARLY_END", "RETRO_SLACK",
         "RETRO_FREE_SLACK", "RETRO_CRITICAL"]


def cli_worked_example(*args):
    return cli_schedule(os.path.join(EXAMPLES, "campaign.csv"), *args)


def fill_at(sheet, rows, top_left="A1"):
    fill(sheet, rows, ord(top_left[0]) - ord("A"), int(top_left[1:]) - 1)


class CalcFunctions(SheetTestCase):
    def setUp(self):
        super().setUp()
        fill(self.sheet, CAMPAIGN)
        self.sheet.getCellRangeByName("J1").setFormula("=DATE(2027;4;2)")   # deadline
        self.sheet.getCellRangeByName("J2").setFormula("=DATE(2027;3;29)")  # holiday
        self.sheet.getCellRangeByName("J3").setFormula("=DATE(2027;3;4)")   # start

    def put_columns(self, settings, first_col="L"):
        """One column per function, one row per task; returns {(func, id): cell}."""
        cells = {}
        for f, func in enumerate(FUNCS):
            col = chr(ord(first_col) + f)
            for r in range(2, 11):
                c = self.cell(f"{col}{r}")
                c.setFormula(f"={func}(A{r};{TASKS};{settings})")
                cells[(func, CAMPAIGN[r - 1][0])] = c
        self.doc.calculateAll()
        return cells

    def assert_matches_cli(self, cells, cli, null=datetime.date(1899, 12, 30)):
        for (func, tid), c in cells.items():
            self.assertEqual(c.getError(), 0, f"{func}({tid})")
            v = c.getValue()
            want = {"RETRO_START": cli[tid]["start"], "RETRO_END": cli[tid]["end"],
                    "RETRO_EARLY_START": cli[tid]["early_start"],
                    "RETRO_EARLY_END": cli[tid]["early_end"]}.get(func)
            if want:
                self.assertEqual(iso(v, null), want, f"{func}({tid})")
            elif func == "RETRO_SLACK":
                self.assertEqual(int(v), int(cli[tid]["slack"]), tid)
            elif func == "RETRO_FREE_SLACK":
                self.assertEqual(int(v), int(cli[tid]["free_slack"]), tid)
            else:
                self.assertEqual(bool(v), cli[tid]["critical"] == "true", tid)

    def test_every_function_equals_the_cli_on_the_worked_example(self):
        cells = self.put_columns("$J$1;$J$2")
        cli = cli_worked_example("--deadline", "2027-04-02", "--holidays", "2027-03-29")
        self.assert_matches_cli(cells, cli)
        self.assertEqual(iso(cells[("RETRO_START", "BRIEF")].getValue()), "2027-03-02")
        self.assertEqual(iso(cells[("RETRO_END", "VIS")].getValue()), "2027-03-23")
        self.assertEqual(cells[("RETRO_SLACK", "TXT")].getValue(), 8)

    def test_start_date_gives_lateness_like_the_cli(self):
        cells = self.put_columns("$J$1;$J$2;;$J$3")
        cli = cli_worked_example("--deadline", "2027-04-02", "--holidays", "2027-03-29",
                           "--start", "2027-03-04")
        self.assert_matches_cli(cells, cli)
        self.assertEqual(cells[("RETRO_SLACK", "BRIEF")].getValue(), -2)

    def test_kickoff_and_schedule_array(self):
        k = self.formula("L1", f"=RETRO_KICKOFF({TASKS};$J$1;$J$2)")
        self.assertEqual(iso(k.getValue()), "2027-03-02")
        target = self.sheet.getCellRangeByName("L20:S28")
        target.setArrayFormula(f"=RETRO_SCHEDULE({TASKS};$J$1;$J$2)")
        self.doc.calculateAll()
        rows = target.getDataArray()
        self.assertEqual(rows[0][0], "BRIEF")
        self.assertEqual(iso(rows[0][1]), "2027-03-02")
        self.assertEqual(rows[3][0], "TXT")
        self.assertEqual(rows[3][5], 8)
        self.assertEqual(iso(rows[8][2]), "2027-04-02")

    def test_holidays_as_range_inline_array_or_omitted(self):
        by_range = self.formula("L1", f"=RETRO_START(\"VAL\";{TASKS};$J$1;$J$2)").getValue()
        inline = self.formula("L2", f"=RETRO_START(\"VAL\";{TASKS};$J$1;{{46475}})").getValue()
        none = self.formula("L3", f"=RETRO_START(\"VAL\";{TASKS};$J$1)").getValue()
        self.assertEqual(iso(by_range), "2027-03-26")
        self.assertEqual(inline, by_range)
        self.assertEqual(iso(none), "2027-03-29")  # Easter Monday is a working day then

    def test_weekend_code_forms(self):
        fill_at(self.sheet, [["ID", "Duration"], ["A", 5]], "A20")
        t = "$A$20:$B$21"
        as_text = self.formula("L1", f"=RETRO_START(\"A\";{t};DATE(2027;4;2);;\"0000110\")").getValue()
        as_code = self.formula("L2", f"=RETRO_START(\"A\";{t};DATE(2027;4;2);;7)").getValue()
        default = self.formula("L3", f"=RETRO_START(\"A\";{t};DATE(2027;4;2);;1)").getValue()
        self.assertEqual(iso(as_text), "2027-03-28")  # Friday and Saturday off
        self.assertEqual(as_code, as_text)
        self.assertEqual(iso(default), "2027-03-29")

    def test_null_date_1904(self):
        self.doc.NullDate = UnoDate(1, 1, 1904)
        self.sheet.getCellRangeByName("J1").setFormula("=DATE(2027;4;2)")
        self.sheet.getCellRangeByName("J2").setFormula("=DATE(2027;3;29)")
        c = self.formula("L1", f"=RETRO_START(\"VIS\";{TASKS};$J$1;$J$2)")
        self.assertEqual(iso(c.getValue(), datetime.date(1904, 1, 1)), "2027-03-12")
        self.assertEqual(iso(self.cell("J1").getValue(), datetime.date(1904, 1, 1)), "2027-04-02")

    def test_editing_a_duration_recalculates_dependent_cells(self):
        c = self.formula("L1", f"=RETRO_START(\"BRIEF\";{TASKS};$J$1;$J$2)")
        self.assertEqual(iso(c.getValue()), "2027-03-02")
        self.cell("C3").setValue(5)  # MSG 3 -> 5 days
        self.doc.calculateAll()
        self.assertEqual(iso(c.getValue()), "2027-02-26")
        self.cell("D5").setString("")  # TXT no longer follows MSG: nothing changes for BRIEF
        self.cell("C3").setValue(3)
        self.doc.calculateAll()
        self.assertEqual(iso(c.getValue()), "2027-03-02")

    def test_hard_recalculations_keep_the_schedule_and_an_edit_still_counts(self):
        # Calc tells every range it changed at each calculateAll: the table is read again, and
        # kept with its schedules when it reads the same. The kept table still hears edits.
        c = self.formula("L1", f"=RETRO_START(\"BRIEF\";{TASKS};$J$1;$J$2)")
        for _ in range(3):
            self.doc.calculateAll()
            self.assertEqual(iso(c.getValue()), "2027-03-02")
        self.cell("C3").setValue(5)  # MSG 3 -> 5 days: BRIEF two working days earlier
        self.doc.calculate()
        self.assertEqual(iso(c.getValue()), "2027-02-26")
        self.doc.calculateAll()
        self.cell("C3").setValue(3)
        self.doc.calculate()
        self.assertEqual(iso(c.getValue()), "2027-03-02")

    def test_a_duration_formula_whose_result_changes(self):
        self.cell("H1").setValue(3)
        self.cell("C3").setFormula("=H1")  # MSG's duration comes from outside the table
        c = self.formula("L1", f"=RETRO_START(\"BRIEF\";{TASKS};$J$1;$J$2)")
        self.assertEqual(iso(c.getValue()), "2027-03-02")
        self.cell("H1").setValue(5)
        self.doc.calculateAll()
        self.assertEqual(iso(c.getValue()), "2027-02-26")

    def test_undo_and_rows_inserted_inside_the_range(self):
        c = self.formula("L1", f"=RETRO_START(\"BRIEF\";{TASKS};$J$1;$J$2)")
        self.cell("C3").setValue(5)
        self.doc.calculateAll()
        self.assertEqual(iso(c.getValue()), "2027-02-26")
        self.doc.UndoManager.undo()
        self.doc.calculateAll()
        self.assertEqual(self.cell("C3").getValue(), 3)
        self.assertEqual(iso(c.getValue()), "2027-03-02")
        self.sheet.Rows.insertByIndex(4, 1)  # a new row 5, inside the table
        fill_at(self.sheet, [["PRE", "Pre-brief", 2, "", "", ""]], "A5")
        self.cell("D2").setString("PRE")
        self.doc.calculateAll()
        self.assertIn("$A$1:$F$11", self.cell("L1").getFormula())  # the range grew
        self.assertEqual(iso(c.getValue()), "2027-03-02")
        pre = self.formula("L2", "=RETRO_END(\"PRE\";$A$1:$F$11;$J$1;$J$2)")
        self.assertEqual(iso(pre.getValue()), "2027-03-01")

    def test_same_range_in_two_documents(self):
        other = self.office.new_calc()
        try:
            s2 = other.Sheets.getByIndex(0)
            rows = [r[:] for r in CAMPAIGN]
            rows[1][2] = 10  # BRIEF twice as long
            fill(s2, rows)
            c2 = s2.getCellRangeByName("L1")
            c2.setFormula(f"=RETRO_START(\"BRIEF\";{TASKS};DATE(2027;4;2);DATE(2027;3;29))")
            other.calculateAll()
            c1 = self.formula("L1", f"=RETRO_START(\"BRIEF\";{TASKS};$J$1;$J$2)")
            self.assertEqual(iso(c1.getValue()), "2027-03-02")
            self.assertEqual(iso(c2.getValue()), "2027-02-23")
        finally:
            other.close(True)

    def test_french_headers_and_semicolon_lists(self):
        fr = [["N°", "Étape", "Durée", "Dépend de", "Marge"],
              ["A", "Brief", "1sem", "", ""], ["B", "Visuels", "3j", "AFD", "1j"]]
        fill_at(self.sheet, fr, "A20")
        c = self.formula("L1", "=RETRO_START(\"A\";$A$20:$E$22;DATE(2027;4;2))")
        self.assertEqual(iso(c.getValue()), "2027-03-23")

    def test_named_range_and_other_sheet_as_the_table(self):
        origin = uno.createUnoStruct("com.sun.star.table.CellAddress")
        self.doc.NamedRanges.addNewByName("TaskTable", "$Sheet1.$A$1:$F$10", origin, 0)
        named = self.formula("L1", "=RETRO_END(\"VIS\";TaskTable;$J$1;$J$2)")
        self.assertEqual(iso(named.getValue()), "2027-03-23")
        self.doc.Sheets.insertNewByName("Other", 1)
        other = self.doc.Sheets.getByName("Other").getCellRangeByName("A1")
        other.setFormula("=RETRO_END(\"VIS\";$Sheet1.$A$1:$F$10;$Sheet1.$J$1;$Sheet1.$J$2)")
        self.doc.calculateAll()
        self.assertEqual(iso(other.getValue()), "2027-03-23")

    def test_whole_columns_as_the_table(self):
        c = self.formula("L1", "=RETRO_START(\"VIS\";$A:$F;$J$1;$J$2)")
        self.assertEqual(iso(c.getValue()), "2027-03-12")
        self.cell("C4").setValue(9)  # VIS 8 -> 9 days
        self.doc.calculateAll()
        self.assertEqual(iso(c.getValue()), "2027-03-11")
        fill_at(self.sheet, [["NEW", "Added below", 1, "GO", "", ""]], "A11")
        c2 = self.formula("L2", "=RETRO_END(\"NEW\";$A:$F;$J$1;$J$2)")
        self.assertEqual(c2.getError(), 0)

    def test_rows_far_below_gaps_and_a_sparse_column_are_read(self):
        # Each column's last filled row is found bottom-up in windows of 1,024 rows and more
        # (task_table.cxx): a task 2,500 rows below the others, under an Owner column filled on
        # one row in three down to row 4,000, is read, and so is a task added below that.
        self.sheet.getCellRangeByPosition(5, 10, 5, 3999).setDataArray(
            tuple(("Ana" if r % 3 == 0 else "",) for r in range(10, 4000)))
        fill_at(self.sheet, [["LATE", "Late task", 2, "", "", "Bob"]], "A2501")
        late = self.formula("L1", "=RETRO_START(\"LATE\";$A:$F;$J$1;$J$2)")
        self.assertEqual((late.getError(), iso(late.getValue())), (0, "2027-04-01"))  # 2 days to 04-02
        self.assertEqual(self.formula("L2", "=RETRO_CHECK($A:$F;$J$1;$J$2)").getString(), "OK")
        fill_at(self.sheet, [["LAST", "Last task", 3, "LATE", "", ""]], "A6001")
        self.doc.calculateAll()
        # LAST, 3 days after LATE, ends on the deadline (03-31 to 04-02): LATE now ends on Tuesday
        # 03-30 and starts the working day before, Friday 03-26 (Easter Monday 03-29 is off).
        self.assertEqual(iso(late.getValue()), "2027-03-26")

    def test_a_hundred_thousand_rows(self):
        n = 100_000
        rows = [["ID", "Duration", "Predecessors"]] + [[f"T{i}", i % 7, f"T{i - 1}" if i % 50 else ""]
                                                         for i in range(n)]
        big = self.doc.Sheets.getByIndex(0)
        fill(big, rows, 20, 0)  # columns U:W
        check = self.formula("L1", f"=RETRO_CHECK($U$1:$W${n + 1};DATE(2040;12;31))")
        self.assertEqual(check.getString(), "OK")
        last = self.formula("L2", f"=RETRO_END(\"T{n - 1}\";$U$1:$W${n + 1};DATE(2040;12;31))")
        self.assertEqual(iso(last.getValue()), "2040-12-31")
        self.assertTrue(self.office.alive())

    def test_extension_manager_lists_the_extension(self):
        listing = self.office.listing
        self.assertIn("org.retroplan.extension", listing)
        self.assertIn("Version: 0.1.0", listing)
        self.assertIn("is registered: yes", listing)

    def test_numeric_ids(self):
        fill_at(self.sheet, [["ID", "Duration", "Predecessors"], [1, 2, ""], [2, 3, ""], [3, 1, "1;2"]], "A20")
        c = self.formula("L1", "=RETRO_SLACK(1;$A$20:$C$23;DATE(2027;4;2))")
        self.assertEqual(c.getValue(), 1)
        target = self.sheet.getCellRangeByName("L30:S32")
        target.setArrayFormula("=RETRO_SCHEDULE($A$20:$C$23;DATE(2027;4;2))")
        self.doc.calculateAll()
        rows = target.getDataArray()
        self.assertEqual([r[0] for r in rows], [1.0, 2.0, 3.0])  # numbers back, as in the table
        self.assertEqual(iso(rows[2][1]), "2027-04-02")

    def test_errors_show_in_the_cell_and_the_office_keeps_answering(self):
        unknown = self.formula("L1", f"=RETRO_START(\"NOPE\";{TASKS};$J$1)")
        self.assertEqual(unknown.getError(), NA)
        self.cell("D2").setString("GO")  # BRIEF after GO: a cycle
        self.doc.calculateAll()
        bad = self.formula("L2", f"=RETRO_START(\"BRIEF\";{TASKS};$J$1)")
        self.assertNotEqual(bad.getError(), 0)
        check = self.formula("L3", f"=RETRO_CHECK({TASKS};$J$1)")
        self.assertIn("row 2", check.getString())
        self.assertIn("BRIEF \u2192 MSG", check.getString())
        self.assertIn("the links form a cycle", check.getString())
        self.assertNotIn("[cycle]", check.getString())  # IDs are for scripts, not cells
        for text in ["\"x\"", "-5", "1E+300", "TRUE()", "1/0"]:
            c = self.formula("L4", f"=RETRO_START(\"VAL\";{TASKS};{text})")
            self.assertNotEqual(c.getError(), 0, text)
        self.cell("D2").setString("")
        self.cell("C4").setString("3.5 days")
        self.doc.calculateAll()
        self.assertIn("row 4", self.cell("L3").getString())
        self.assertIn("3.5 days", self.cell("L3").getString())
        self.assertTrue(self.office.alive())
        self.cell("C4").setValue(8)
        ok = self.formula("L5", f"=RETRO_CHECK({TASKS};$J$1)")
        self.assertEqual(ok.getString(), "OK")
        self.assertEqual(self.formula("L6", f"=RETRO_CHECK({TASKS})").getString(), "OK")

    def test_hostile_cells_never_crash(self):
        junk = [["ID", "Duration", "Predecessors"]]
        junk += [[f"T{i}", ["x", -1, 1e300, "", 2.5, "9" * 400][i % 6], ";;,,SS+"] for i in range(60)]
        fill_at(self.sheet, junk, "A30")
        self.cell("B35").setFormula("=1/0")      # an error value
        self.cell("B36").setFormula("=TRUE()")   # a boolean
        self.cell("A37").setFormula("=NA()")     # an error as an ID
        c = self.formula("L1", "=RETRO_CHECK($A$30:$C$90;DATE(2027;4;2))")
        self.assertIn("row 31", c.getString())
        c = self.formula("L2", "=RETRO_START(\"T1\";$A$30:$C$90;DATE(2027;4;2))")
        self.assertNotEqual(c.getError(), 0)
        self.assertTrue(self.office.alive())

    def test_saved_document_recalculates_on_load(self):
        self.formula("L1", f"=RETRO_END(\"VIS\";{TASKS};$J$1;$J$2)")
        path = self.office.save_as(self.doc, "saved.ods")
        again = self.office.load(path)
        try:
            again.calculateAll()
            c = again.Sheets.getByIndex(0).getCellRangeByName("L1")
            self.assertEqual(iso(c.getValue()), "2027-03-23")
        finally:
            again.close(True)


class FrenchOffice(OfficeTestCase):
    """An office whose user interface is French (the language pack is installed by setup)."""

    ui_locale = "fr-FR"

    def test_french_function_names_and_messages(self):
        doc = self.office.new_calc()
        try:
            sheet = doc.Sheets.getByIndex(0)
            fill(sheet, CAMPAIGN)
            cell = sheet.getCellRangeByName("L1")
            cell.FormulaLocal = '=RETRO.DEBUT("VIS";$A$1:$F$10;DATE(2027;4;2);DATE(2027;3;29))'
            doc.calculateAll()
            self.assertEqual(cell.getError(), 0)
            self.assertEqual(iso(cell.getValue()), "2027-03-12")
            self.assertIn("RETROSTART", cell.getFormula())  # stored under its programmatic name
            critical = sheet.getCellRangeByName("L2")
            critical.FormulaLocal = '=RETRO.CRITIQUE("TXT";$A$1:$F$10;DATE(2027;4;2);DATE(2027;3;29))'
            doc.calculateAll()
            self.assertEqual(critical.getValue(), 0)
            sheet.getCellRangeByName("D2").setString("GO")
            check = sheet.getCellRangeByName("L3")
            check.FormulaLocal = "=RETRO.VERIFIER($A$1:$F$10;DATE(2027;4;2))"
            doc.calculateAll()
            self.assertIn("ligne 2", check.getString())
            self.assertIn("les liens forment une boucle", check.getString())
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
