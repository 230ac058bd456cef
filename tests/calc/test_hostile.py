"""Hostile but ordinary workbooks (issue 8) in a real headless LibreOffice: the add-in never
freezes the office, never exhausts its memory, never overwrites a sheet it did not make and never
reads an error as empty. A freeze or a runaway office is turned into a failure by the office
watchdog (tests/calc/office.py) within seconds."""
import datetime
import os
import time
import unittest

import uno
from com.sun.star.lang import Locale

from fixtures import CAMPAIGN, EXAMPLES, OfficeTestCase, cli_schedule, fill, iso

DEADLINE = "DATE(2027;4;2)"
FIRST_TASK_ROW, FIRST_GRID_COL, DAY_ROW = 11, 7, 10  # 0-based, see addin/timeline_sheet.hxx
TODAY_COLOR = 0xE67E22
LOGICAL = 1024  # com.sun.star.util.NumberFormat.LOGICAL
ORIGIN = uno.createUnoStruct("com.sun.star.table.CellAddress")

# Every header Retroplan recognises (engine/src/headers.cpp), one column each.
ALL_HEADERS = ["ID", "Name", "Duration", "Predecessors", "Buffer", "Owner", "Due", "Actual start",
               "Actual end", "Progress", "Baseline start", "Baseline end", "Accountable",
               "Consulted", "Informed", "Load", "Optimistic", "Most likely", "Pessimistic"]
# Formulas with their error, as Calc shows it.
ERRORS = [("=1/0", "#DIV/0!"), ("=NA()", "#N/A"), ("=\"x\"*1", "#VALUE!"), ("=SQRT(-1)", "Err:502"),
          ("=INDIRECT(\"ZZ\")", "#REF!"), ("=NOSUCHFUNCTION(1)", "#NAME?"), ("=ASIN(2)", "#NUM!")]


def campaign_cli(*args):
    return cli_schedule(os.path.join(EXAMPLES, "campaign.csv"), "--deadline", "2027-04-02", *args)


def big_plan(n):
    """n tasks in chains of 50: ID, Duration, Predecessors."""
    return [["ID", "Duration", "Predecessors"]] + [[f"T{i}", i % 7, f"T{i - 1}" if i % 50 else ""]
                                                   for i in range(n)]


class Hostile(OfficeTestCase):
    # Tighter than the default: a read that materialises a far rectangle is stopped early.
    watchdog = dict(idle=8.0, limit=240.0, max_rss_mb=2500.0)

    def setUp(self):
        self.docs = []

    def tearDown(self):
        for doc in self.docs:
            try:
                doc.close(True)
            except Exception:
                pass  # the watchdog killed the office

    def new_doc(self, rows=CAMPAIGN, sheet_name=None):
        doc = self.office.new_calc()
        self.docs.append(doc)
        sheet = doc.Sheets.getByIndex(0)
        if sheet_name:
            sheet.Name = sheet_name
        if rows:
            fill(sheet, rows)
        return doc, sheet

    def formula(self, doc, sheet, name, text):
        cell = sheet.getCellRangeByName(name)
        cell.setFormula(text)
        doc.calculateAll()
        return cell

    def tasks_workbook(self, tasks=CAMPAIGN, deadline="=DATE(2027;4;2)"):
        """A Tasks sheet as the rebuild reads it: labels on top, the table from row 4."""
        doc, sheet = self.new_doc(None, "Tasks")
        fill(sheet, [["Deadline", ""], ["Notes", ""]])
        sheet.getCellRangeByName("B1").setFormula(deadline)
        fill(sheet, tasks, 0, 3)
        return doc, sheet

    def status(self, doc):
        return self.rebuild(doc)

    def names(self, doc):
        return [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]

    # -- 1. No freeze: formulas inside the table they read --------------------------------
    def test_result_columns_inside_a_whole_column_table(self):
        # The README's own advice (whole columns) with the results beside the table, inside the
        # reference; and, in its header row, a check over the whole sheet (the example).
        doc, sheet = self.new_doc()
        fill(sheet, [["Start", "Slack"]], 6, 0)
        for r in range(2, 11):
            sheet.getCellRangeByName(f"G{r}").setFormula(f"=RETRO_START(A{r};$A:$H;{DEADLINE})")
            sheet.getCellRangeByName(f"H{r}").setFormula(f"=RETRO_SLACK(A{r};$A:$H;{DEADLINE})")
        sheet.getCellRangeByName("L1").setFormula(f"=RETRO_CHECK($A:$AMJ;{DEADLINE})")
        sheet.getCellRangeByName("L2").setFormula(f"=RETRO_START(\"VIS\";$A:$AMJ;{DEADLINE})")
        doc.calculateAll()
        cli = campaign_cli()
        for r in range(2, 11):
            tid = CAMPAIGN[r - 1][0]
            self.assertEqual(iso(sheet.getCellRangeByName(f"G{r}").getValue()), cli[tid]["start"], tid)
            self.assertEqual(sheet.getCellRangeByName(f"H{r}").getValue(), int(cli[tid]["slack"]), tid)
        self.assertEqual(sheet.getCellRangeByName("L1").getString(), "OK")
        # Without holidays VAL starts Monday 03-29; VIS (8 days, 2 of buffer) ends Wednesday 03-24.
        self.assertEqual(iso(sheet.getCellRangeByName("L2").getValue()), "2027-03-15")
        sheet.getCellRangeByName("C4").setValue(9)  # VIS 8 -> 9 days
        doc.calculateAll()
        self.assertEqual(iso(sheet.getCellRangeByName("L2").getValue()), "2027-03-12")
        self.assertEqual(iso(sheet.getCellRangeByName("G4").getValue()), "2027-03-12")
        # Loaded from a file, every formula is computed again: still no freeze.
        path = self.office.save_as(doc, "inside.ods")
        again = self.office.load(path)
        self.docs.append(again)
        again.calculateAll()
        s2 = again.Sheets.getByIndex(0)
        self.assertEqual(iso(s2.getCellRangeByName("G4").getValue()), "2027-03-12")
        self.assertEqual(s2.getCellRangeByName("L1").getString(), "OK")

    def test_a_formula_in_a_recognised_column_is_a_circular_reference(self):
        doc, sheet = self.new_doc()
        table = "$A$1:$F$10"
        e5 = sheet.getCellRangeByName("E5")  # TXT's buffer, a column Retroplan reads
        e5.setFormula(f"=RETRO_SLACK(\"VIS\";{table};{DEADLINE})")
        check = sheet.getCellRangeByName("N1")
        check.setFormula(f"=RETRO_CHECK({table};{DEADLINE})")
        start = sheet.getCellRangeByName("N2")
        start.setFormula(f"=RETRO_START(\"BRIEF\";{table};{DEADLINE})")
        for _ in range(2):  # the same answer whatever Calc computes first, and again
            doc.calculateAll()
            self.assertEqual(e5.getError(), 502)  # Err:502, with the message below
            self.assertIn("circular reference", check.getString())
            self.assertIn("A1:F10", check.getString())
            self.assertEqual(start.getError(), 502)
        # RETRO_CHECK typed into the name column says it of itself.
        b6 = self.formula(doc, sheet, "B6", f"=RETRO_CHECK({table};{DEADLINE})")
        self.assertIn("circular reference", b6.getString())
        self.assertIn("Put RETRO_* formulas in columns whose header Retroplan does not read",
                      b6.getString())
        # Taken out of the table, everything computes again.
        e5.setString("")
        sheet.getCellRangeByName("B6").setString("Press release")
        doc.calculateAll()
        self.assertEqual(check.getString(), "OK")
        self.assertEqual(iso(start.getValue()), "2027-03-03")

    def test_slack_under_the_french_buffer_header_is_a_circular_reference(self):
        # "Marge" is the French buffer column: RETRO_SLACK results written under it are read.
        fr = [["N°", "Tâche", "Durée", "Prédécesseurs", "Marge"], ["A", "Brief", 2, "", ""],
              ["B", "Visuels", 3, "A", ""]]
        doc, sheet = self.new_doc(fr)
        for r in (2, 3):
            sheet.getCellRangeByName(f"E{r}").setFormula(f"=RETRO_SLACK(A{r};$A:$E;{DEADLINE})")
        check = self.formula(doc, sheet, "H1", f"=RETRO_CHECK($A:$E;{DEADLINE})")
        self.assertIn("circular reference", check.getString())
        self.assertEqual(sheet.getCellRangeByName("E2").getError(), 502)
        sheet.getCellRangeByName("E1").setString("Marge totale")  # a header Retroplan does not read
        doc.calculateAll()
        self.assertEqual(check.getString(), "OK")
        self.assertEqual(sheet.getCellRangeByName("E2").getValue(), 0)

    def test_a_recognised_cell_that_depends_on_the_table_through_another_cell(self):
        doc, sheet = self.new_doc()
        sheet.getCellRangeByName("X5").setFormula(f"=RETRO_SLACK(\"VIS\";$A$1:$F$10;{DEADLINE})")
        sheet.getCellRangeByName("E5").setFormula("=X5")
        check = self.formula(doc, sheet, "N1", f"=RETRO_CHECK($A$1:$F$10;{DEADLINE})")
        text = check.getString()
        self.assertNotEqual(text, "OK")
        self.assertTrue("circular reference" in text or "E (Buffer)" in text, text)
        self.assertNotEqual(sheet.getCellRangeByName("X5").getError(), 0)

    def test_a_recognised_column_may_use_another_table(self):
        # Due dates computed from a second table: a dependency, not a cycle.
        doc, sheet = self.new_doc()
        fill(sheet, [["ID", "Duration", "Predecessors"], ["X", 3, ""], ["Y", 2, "X"]], 0, 19)
        sheet.getCellRangeByName("G1").setString("Due")
        sheet.getCellRangeByName("G2").setFormula("=RETRO_END(\"X\";$A$20:$C$22;DATE(2027;3;19))")
        check = self.formula(doc, sheet, "N1", f"=RETRO_CHECK($A$1:$G$10;{DEADLINE})")
        self.assertEqual(check.getString(), "OK")
        self.assertEqual(iso(sheet.getCellRangeByName("G2").getValue()), "2027-03-17")
        brief = self.formula(doc, sheet, "N2", f"=RETRO_START(\"BRIEF\";$A$1:$G$10;{DEADLINE})")
        self.assertEqual(iso(brief.getValue()), "2027-03-03")
        sheet.getCellRangeByName("G2").setFormula("=RETRO_END(\"X\";$A$20:$C$22;DATE(2027;3;8))")
        doc.calculateAll()  # BRIEF due 03-04 now: 5 days back from Thursday
        self.assertEqual(iso(brief.getValue()), "2027-02-26")

    def test_schedule_array_and_check_inside_a_whole_sheet_reference(self):
        # Each reads the other's cells (both lie inside the whole sheet), whichever comes first.
        doc, sheet = self.new_doc()
        target = sheet.getCellRangeByName("H2:O10")
        target.setArrayFormula(f"=RETRO_SCHEDULE($1:$1048576;{DEADLINE})")
        check = sheet.getCellRangeByName("Q1")
        check.setFormula(f"=RETRO_CHECK($1:$1048576;{DEADLINE})")
        doc.calculateAll()
        rows = target.getDataArray()
        self.assertEqual(rows[2][0], "VIS")
        self.assertEqual(iso(rows[2][1]), "2027-03-15")
        self.assertEqual(check.getString(), "OK")

    # -- 2. Bounded memory ------------------------------------------------------------------
    def test_a_far_stray_cell_costs_nothing(self):
        doc, sheet = self.new_doc()
        sheet.getCellByPosition(1000, 300000).setString("x")  # column ALM, row 300001
        before = self.office.rss_mb()
        by_columns = self.formula(doc, sheet, "L1", f"=RETRO_CHECK($A:$F;{DEADLINE})")
        whole_sheet = self.formula(doc, sheet, "L2", f"=RETRO_CHECK($1:$1048576;{DEADLINE})")
        self.assertEqual(by_columns.getString(), "OK")
        self.assertEqual(whole_sheet.getString(), "OK")
        self.assertLess(self.office.rss_mb() - before, 200)
        # The rebuild scans the task sheet from its top-left part only.
        doc2, tasks = self.tasks_workbook()
        tasks.getCellByPosition(1000, 300000).setString("x")
        before = self.office.rss_mb()
        status = self.rebuild(doc2)
        self.assertTrue(status.startswith("OK: 9 tasks"), status)
        self.assertLess(self.office.rss_mb() - before, 200)

    def test_whole_sheet_reference_over_sixty_thousand_rows(self):
        n = 60_000
        doc, sheet = self.new_doc(big_plan(n))
        before = self.office.rss_mb()
        check = self.formula(doc, sheet, "L1", "=RETRO_CHECK($1:$1048576;DATE(2040;12;31))")
        self.assertEqual(check.getString(), "OK")
        last = self.formula(doc, sheet, "L2", f"=RETRO_END(\"T{n - 1}\";$1:$1048576;DATE(2040;12;31))")
        self.assertEqual(iso(last.getValue()), "2040-12-31")
        self.assertLess(self.office.rss_mb() - before, 300)

    def test_holidays_named_over_a_whole_sheet(self):
        doc, sheet = self.tasks_workbook()
        doc.Sheets.insertNewByName("Holidays", 1)
        doc.Sheets.getByName("Holidays").getCellRangeByName("C7").setFormula("=DATE(2027;3;29)")
        doc.NamedRanges.addNewByName("RETRO_HOLIDAYS", "$Holidays.$A$1:$AMJ$1048576", ORIGIN, 0)
        before = self.office.rss_mb()
        status = self.rebuild(doc)
        self.assertTrue(status.startswith("OK"), status)
        self.assertIn("latest kick-off 2027-03-02", status)  # Easter Monday is off: a day earlier
        self.assertLess(self.office.rss_mb() - before, 200)

    def test_a_table_too_large_to_read_is_refused_with_a_message(self):
        doc, sheet = self.new_doc()
        sheet.getCellByPosition(5, 1048575).setString("x")  # the last row, in the Owner column
        check = self.formula(doc, sheet, "L1", f"=RETRO_CHECK($A:$F;{DEADLINE})")
        self.assertNotIn("[table_too_large]", check.getString())  # the ID is for scripts
        self.assertIn("6291456 cells to read", check.getString())  # 1,048,576 rows × 6 columns
        # It names the far cell to delete, advice that holds for the rebuild too.
        self.assertIn("its last filled cell is F1048576, far below the tasks. Delete it",
                      check.getString())
        start = self.formula(doc, sheet, "L2", f"=RETRO_START(\"VIS\";$A:$F;{DEADLINE})")
        self.assertEqual(start.getError(), 502)
        doc2, tasks = self.tasks_workbook()
        tasks.getCellByPosition(5, 1048575).setString("x")
        status = self.rebuild(doc2)
        self.assertIn("[table_too_large]", status)
        self.assertIn("its last filled cell is F1048576", status)
        self.assertEqual(self.names(doc2), ["Tasks"])

    def test_many_ranges_over_a_big_table_stay_within_the_cache_budget(self):
        n = 100_000
        doc, sheet = self.new_doc(big_plan(n))
        before = self.office.rss_mb()
        # 16 distinct ranges: 16 tables as far as the cache can tell, about 45 MB each.
        formulas = tuple((f"=RETRO_CHECK($A$1:$C${n + 1 + k};DATE(2040;12;31))",) for k in range(16))
        sheet.getCellRangeByPosition(10, 0, 10, 15).setFormulaArray(formulas)
        doc.calculateAll()
        self.assertEqual(sheet.getCellByPosition(10, 15).getString(), "OK")
        print(f"cache budget: RSS grew {self.office.rss_mb() - before:.0f} MB")
        self.assertLess(self.office.rss_mb() - before, 450)

    def test_a_closed_documents_tables_are_dropped(self):
        n = 100_000
        sizes = []
        for _ in range(4):
            doc, sheet = self.new_doc(big_plan(n))
            for k in range(3):  # three settings: three schedules of that table
                self.formula(doc, sheet, f"L{k + 1}", f"=RETRO_CHECK($A:$C;DATE(204{k};12;31))")
            self.assertEqual(sheet.getCellRangeByName("L3").getString(), "OK")
            doc.close(True)
            self.docs.remove(doc)
            sizes.append(self.office.rss_mb())
        print(f"closed documents: RSS {sizes}")
        self.assertLess(sizes[-1] - sizes[0], 100, sizes)

    # -- 3. Ownership ---------------------------------------------------------------------
    def test_a_sheet_made_after_deleting_the_timeline_is_never_cleared(self):
        doc, tasks = self.tasks_workbook()
        self.assertTrue(self.rebuild(doc).startswith("OK"))
        doc.Sheets.removeByName("Retroplan")
        doc.Sheets.insertNewByName("Retroplan", 1)
        mine = doc.Sheets.getByName("Retroplan")
        mine.getCellRangeByName("A1").setString("my notes")
        mine.getCellRangeByName("B2").setValue(42)
        for _ in range(2):
            status = self.rebuild(doc)
            self.assertIn("written to Retroplan (2)", status)
        self.assertEqual(self.names(doc), ["Tasks", "Retroplan (2)", "Retroplan", "Workload"])
        self.assertEqual(mine.getCellRangeByName("A1").getString(), "my notes")
        self.assertEqual(mine.getCellRangeByName("B2").getValue(), 42)
        # Renamed, Retroplan's sheet is still Retroplan's; saved and loaded too.
        doc.Sheets.getByName("Retroplan (2)").Name = "Plan B"
        path = self.office.save_as(doc, "renamed.ods")
        again = self.office.load(path)
        self.docs.append(again)
        self.assertIn("written to Plan B", self.rebuild(again))
        self.assertEqual(self.names(again), ["Tasks", "Plan B", "Retroplan", "Workload"])
        self.assertEqual(again.Sheets.getByName("Retroplan").getCellRangeByName("A1").getString(),
                         "my notes")

    def test_undoing_the_first_rebuild_keeps_the_sheet_retroplans(self):
        doc, tasks = self.tasks_workbook()
        self.rebuild(doc)
        doc.UndoManager.undo()  # headless: the sheet stays, empty
        self.assertIn("written to Retroplan;", self.rebuild(doc))
        self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload"])  # the campaign has owners

    def test_a_protected_sheet_is_never_written(self):
        doc, tasks = self.tasks_workbook()
        self.rebuild(doc)
        out = doc.Sheets.getByName("Retroplan")
        before = out.getCellByPosition(4, FIRST_TASK_ROW).getValue()
        out.protect("")
        tasks.getCellRangeByName("C5").setValue(10)  # BRIEF 5 -> 10 days
        status = self.rebuild(doc)
        self.assertIn("is protected", status)
        self.assertEqual(out.getCellByPosition(4, FIRST_TASK_ROW).getValue(), before)
        # A workbook whose structure is protected gets no new sheet.
        doc2, _ = self.tasks_workbook()
        doc2.protect("")
        status = self.rebuild(doc2)
        self.assertIn("structure is protected", status)
        self.assertEqual(self.names(doc2), ["Tasks"])

    # -- 4. Errors are problems, booleans are not numbers -----------------------------------
    def test_an_error_in_every_recognised_column_is_named(self):
        doc, sheet = self.new_doc([ALL_HEADERS, ["A", "a", 1] + [""] * (len(ALL_HEADERS) - 3)])
        check = sheet.getCellRangeByName("Z1")
        check.setFormula(f"=RETRO_CHECK($A$1:$S$2;{DEADLINE})")
        for c, header in enumerate(ALL_HEADERS):
            formula, error = ERRORS[c % len(ERRORS)]
            cell = sheet.getCellByPosition(c, 1)
            old = cell.getFormula()
            cell.setFormula(formula)
            doc.calculateAll()
            text = check.getString()
            letter = chr(ord("A") + c)
            self.assertIn(f"row 2, column \u201C{letter} ({header})\u201D", text, header)
            self.assertIn(f"holds the error {error}", text, header)
            self.assertNotIn("[error_value]", text, header)  # no internal tag in a cell
            cell.setFormula(old)
        doc.calculateAll()
        self.assertEqual(check.getString(), "OK")

    def test_errors_in_links_and_durations_are_never_read_as_empty(self):
        # The cases: #DIV/0! in Predecessors dropped the link and RETRO_CHECK said OK.
        doc, sheet = self.new_doc()
        sheet.getCellRangeByName("D3").setFormula("=1/0")  # MSG's predecessors
        sheet.getCellRangeByName("C4").setFormula("=NA()")  # VIS's duration
        check = self.formula(doc, sheet, "L1", f"=RETRO_CHECK($A$1:$F$10;{DEADLINE})")
        self.assertIn("row 3, column \u201CD (Predecessors)\u201D: the cell holds the error #DIV/0!",
                      check.getString())
        self.assertIn("(+1 more)", check.getString())
        start = self.formula(doc, sheet, "L2", f"=RETRO_START(\"BRIEF\";$A$1:$F$10;{DEADLINE})")
        self.assertEqual(start.getError(), 502)

    def test_booleans_are_not_numbers(self):
        doc, sheet = self.new_doc()
        boolean = doc.NumberFormats.getStandardFormat(LOGICAL, Locale())
        duration = sheet.getCellRangeByName("C4")  # VIS: TRUE as typed (1 shown as TRUE)
        duration.setValue(1)
        duration.NumberFormat = boolean
        check = self.formula(doc, sheet, "L1", f"=RETRO_CHECK($A$1:$F$10;{DEADLINE})")
        self.assertIn("row 4", check.getString())
        self.assertIn("\u201CTRUE\u201D", check.getString())
        self.assertIn("is not a whole number of working days", check.getString())
        duration.setValue(8)
        duration.NumberFormat = 0
        sheet.getCellRangeByName("E6").setFormula("=FALSE()")  # VAL's buffer: a logical result
        doc.calculateAll()
        self.assertIn("row 6", check.getString())
        self.assertIn("\u201CFALSE\u201D", check.getString())
        self.assertIn("buffer \u201CFALSE\u201D", check.getString())

    def test_errors_in_named_and_labelled_settings(self):
        doc, tasks = self.tasks_workbook(deadline="=1/0")  # the labelled deadline
        self.assertIn("the deadline holds the error #DIV/0!", self.rebuild(doc))
        tasks.getCellRangeByName("B1").setFormula("=DATE(2027;4;2)")
        tasks.getCellRangeByName("H1").setFormula("=NA()")
        doc.NamedRanges.addNewByName("RETRO_HOLIDAYS", "$Tasks.$H$1:$H$3", ORIGIN, 0)
        self.assertIn("a holiday holds the error #N/A", self.rebuild(doc))
        tasks.getCellRangeByName("H1").setFormula("=DATE(2027;3;29)")
        tasks.getCellRangeByName("J1").setFormula("=SQRT(-1)")
        doc.NamedRanges.addNewByName("RETRO_DEADLINE", "$Tasks.$J$1", ORIGIN, 0)
        self.assertIn("the deadline holds the error Err:502", self.rebuild(doc))
        tasks.getCellRangeByName("J1").setFormula("=DATE(2027;4;2)")
        tasks.getCellRangeByName("J2").setFormula("=\"x\"*1")
        doc.NamedRanges.addNewByName("RETRO_WEEKEND", "$Tasks.$J$2", ORIGIN, 0)
        self.assertIn("the weekend holds the error #VALUE!", self.rebuild(doc))
        tasks.getCellRangeByName("J2").setString("0000011")
        tasks.getCellRangeByName("J3").setFormula("=INDIRECT(\"ZZ\")")
        doc.NamedRanges.addNewByName("RETRO_START", "$Tasks.$J$3", ORIGIN, 0)
        self.assertIn("the start date holds the error #REF!", self.rebuild(doc))
        tasks.getCellRangeByName("J3").setString("")
        self.assertIn("latest kick-off 2027-03-02", self.rebuild(doc))

    def test_an_error_given_as_an_argument_shows_in_the_formula(self):
        # Calc does not call an add-in with an error argument: the formula shows that error
        # (a cell) or Err:504 (a range holding one), never a result computed without it.
        doc, sheet = self.new_doc()
        sheet.getCellRangeByName("J1").setFormula("=1/0")
        sheet.getCellRangeByName("J2").setFormula("=NA()")
        start = self.formula(doc, sheet, "L1", "=RETRO_START(\"VIS\";$A$1:$F$10;$J$1)")
        self.assertEqual(start.getString(), "#DIV/0!")
        check = self.formula(doc, sheet, "L2", "=RETRO_CHECK($A$1:$F$10;$J$1)")
        self.assertEqual(check.getString(), "#DIV/0!")
        holidays = self.formula(doc, sheet, "L3", f"=RETRO_START(\"VIS\";$A$1:$F$10;{DEADLINE};$J$2:$J$3)")
        self.assertEqual(holidays.getString(), "Err:504")

    # -- 2. The rebuild's undo step: memory stays flat over 30 rebuilds ------------------------
    def test_thirty_rebuilds_of_two_thousand_tasks_keep_memory_flat(self):
        rows = [["ID", "Name", "Duration", "Predecessors", "Owner"]]
        for i in range(2000):  # 20 layers of 100 tasks, 5-13 days each: about a year of weeks
            layer = i // 100
            preds = ";".join(f"T{(layer - 1) * 100 + (i * 7 + k) % 100}" for k in range(2)) if layer else ""
            rows.append([f"T{i}", f"Task {i}", 5 + i % 9, preds, "Ann"])
        doc, tasks = self.tasks_workbook(rows, deadline="=DATE(2027;12;31)")
        self.assertTrue(self.rebuild(doc).startswith("OK: 2000 tasks"))
        first = self.office.rss_mb()
        for k in range(2, 31):
            self.rebuild(doc)
            grown = self.office.rss_mb() - first
            self.assertLess(grown, 30 * (k - 1) + 50, f"after {k} rebuilds")
        out = doc.Sheets.getByName("Retroplan")
        kept = out.getCellRangeByPosition(0, 0, 8, FIRST_TASK_ROW + 5).getDataArray()
        doc.UndoManager.undo()  # the 30th rebuild; the 29th wrote the same sheet
        self.assertEqual(out.getCellRangeByPosition(0, 0, 8, FIRST_TASK_ROW + 5).getDataArray(), kept)
        doc.UndoManager.clear()
        flat = self.office.rss_mb()
        for _ in range(5):
            self.rebuild(doc)
        self.assertLess(self.office.rss_mb() - flat, 20)


class LocalToday(OfficeTestCase):
    """The timeline's "today" is the date on the user's calendar, not UTC's. The office runs in
    a zone whose date differs from UTC's right now: UTC+14 from 10:00 UTC, else UTC-12."""

    now = datetime.datetime.now(datetime.timezone.utc)
    offset = 14 if now.hour >= 10 else -12
    tz = f"Etc/GMT{-offset:+d}"  # POSIX sign: Etc/GMT-14 is UTC+14

    def test_today_is_the_local_date(self):
        local = (self.now + datetime.timedelta(hours=self.offset)).date()
        utc = self.now.date()
        self.assertNotEqual(local, utc)
        deadline = local + datetime.timedelta(days=30)
        doc = self.office.new_calc()
        try:
            sheet = doc.Sheets.getByIndex(0)
            sheet.Name = "Tasks"
            fill(sheet, [["Deadline", ""]])
            sheet.getCellRangeByName("B1").setFormula(
                f"=DATE({deadline.year};{deadline.month};{deadline.day})")
            fill(sheet, [["ID", "Duration", "Predecessors"], ["A", 15, ""], ["B", 10, "A"]], 0, 3)
            status = self.rebuild(doc)
            self.assertTrue(status.startswith("OK"), status)
            out = doc.Sheets.getByName("Retroplan")
            cursor = out.createCursor()
            cursor.gotoEndOfUsedArea(False)
            marked = [c for c in range(FIRST_GRID_COL, cursor.RangeAddress.EndColumn + 1)
                      if out.getCellByPosition(c, DAY_ROW).CellBackColor == TODAY_COLOR]
            self.assertEqual(len(marked), 1)
            self.assertEqual(out.getCellByPosition(marked[0], DAY_ROW).getValue(), local.day)
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
