"""The Retroplan sheet as issue 10 wants it, in a headless LibreOffice with the built .oxt: the
rebuild never reads a sheet Retroplan wrote (items 1), a timeline that fits and marks buffers and
due dates (7), print and PDF that fill a landscape A4 page at 7 pt or more (8), and the live
freshness cell (9). The window itself (1600×1000 at 100 %) is tests/gui/test_timeline_window.py."""
import datetime
import os
import shutil
import unittest

import uno

import pdf_check
from fixtures import CAMPAIGN, EXAMPLES, OfficeTestCase, campaign_workbook, fill, iso
from office import prop

ARTIFACTS = os.environ.get("RETROPLAN_ARTIFACTS", "")

# 0-based, see addin/timeline_sheet.hxx.
FIRST_TASK_ROW, FIRST_GRID_COL, DAY_ROW, LEGEND_ROW = 11, 7, 10, 7
TITLE, BUILT, FRESHNESS = (0, 0), (3, 5), (3, 6)  # (column, row)
CRITICAL, CRITICAL_BUFFER, TASK_BUFFER, DUE = 0xC0392B, 0xF1A9A0, 0x7FB3D5, 0x7D3C98
UP_TO_DATE, OUT_OF_DATE = "up to date", "out of date \u2014 rebuild"


def cell(sheet, at):
    return sheet.getCellByPosition(*at)


def snapshot(sheet):
    cursor = sheet.createCursor()
    cursor.gotoStartOfUsedArea(False)
    cursor.gotoEndOfUsedArea(True)
    return cursor.getRangeAddress(), cursor.getFormulaArray(), cursor.getDataArray()


class Timeline(OfficeTestCase):
    height_per_point = None

    def smallest_text_pt(self, pdf, page):
        if Timeline.height_per_point is None:
            Timeline.height_per_point = pdf_check.text_height_per_point(self.office, self.office.dir)
        return pdf_check.smallest_text_pt(pdf, page, Timeline.height_per_point)

    def workbook(self, name, **kwargs):
        doc = campaign_workbook(self.office, name, **kwargs)
        self.addCleanup(doc.close, True)
        return doc

    def activate(self, doc, name):
        doc.CurrentController.setActiveSheet(doc.Sheets.getByName(name))

    def names(self, doc):
        return [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]

    # -- item 1: the task table -----------------------------------------------------------
    def test_rebuilding_from_the_retroplan_sheet_reads_the_task_sheet(self):
        doc = self.workbook("from-retroplan.ods")
        self.assertTrue(self.rebuild(doc).startswith("OK: 9 tasks"))
        tasks = doc.Sheets.getByName("Tasks")
        tasks.getCellRangeByName("C5").setValue(7)  # BRIEF 5 -> 7 days: kick-off 2027-02-26
        # Calc leaves the person on the Retroplan sheet: the natural "refresh" is to rebuild there.
        self.assertEqual(doc.CurrentController.ActiveSheet.Name, "Retroplan")
        status = self.rebuild(doc)
        self.assertEqual(status, "OK: 9 tasks written to Retroplan; latest kick-off 2027-02-26")
        out = doc.Sheets.getByName("Retroplan")
        self.assertEqual(cell(out, TITLE).getString(), "Retroplan \u2014 Tasks")
        from_retroplan = snapshot(out)
        # The same as a rebuild from the task sheet.
        self.activate(doc, "Tasks")
        self.assertEqual(self.rebuild(doc), status)
        self.assertEqual(snapshot(out), from_retroplan)
        self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload"])  # the campaign has owners

    def test_the_sheet_it_was_built_from_is_remembered_even_renamed(self):
        # No sheet named Tasks: the table is on "Plan v2", after a "Notes" sheet.
        doc = self.workbook("remembered.ods", sheet_name="Plan v2")
        doc.Sheets.insertNewByName("Notes", 0)
        doc.Sheets.getByName("Notes").getCellRangeByName("A1").setString("Meeting notes")
        self.activate(doc, "Plan v2")
        self.assertTrue(self.rebuild(doc).startswith("OK"))
        self.assertEqual(self.names(doc), ["Notes", "Plan v2", "Retroplan", "Workload"])
        # Renamed, and the person is on the Retroplan sheet, then on the notes.
        doc.Sheets.getByName("Plan v2").Name = "Budget plan"
        doc.Sheets.getByName("Budget plan").getCellRangeByName("C5").setValue(7)
        for active in ("Retroplan", "Notes"):
            self.activate(doc, active)
            self.assertIn("latest kick-off 2027-02-26", self.rebuild(doc))
            out = doc.Sheets.getByName("Retroplan")
            self.assertEqual(cell(out, TITLE).getString(), "Retroplan \u2014 Budget plan")
            self.assertTrue(cell(out, BUILT).getString().endswith(" from Budget plan"))

    def test_without_a_remembered_sheet_the_first_sheet_with_a_table(self):
        doc = self.workbook("first-table.ods", sheet_name="Plan")
        doc.Sheets.insertNewByName("Notes", 0)
        self.activate(doc, "Notes")  # no header row there
        status = self.rebuild(doc)
        self.assertTrue(status.startswith("OK"), status)
        self.assertEqual(cell(doc.Sheets.getByName("Retroplan"), TITLE).getString(), "Retroplan \u2014 Plan")

    def test_no_sheet_qualifies_says_so(self):
        doc = self.workbook("none.ods")
        self.rebuild(doc)
        doc.Sheets.removeByName("Tasks")
        before = snapshot(doc.Sheets.getByName("Retroplan"))
        for active in ("Retroplan", "Workload"):  # the Workload sheet is Retroplan's too
            self.activate(doc, active)
            status = self.rebuild(doc)
            self.assertIn("No sheet holds a task table (Retroplan never reads a sheet it wrote).", status)
            self.assertEqual(snapshot(doc.Sheets.getByName("Retroplan")), before)

    def test_export_calendar_makes_the_same_choice(self):
        doc = self.workbook("calendar.ods")
        self.rebuild(doc)
        self.activate(doc, "Retroplan")
        path = os.path.join(self.office.dir, "from-retroplan.ics")
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(doc.CurrentController.Frame, "org.retroplan.command:ExportCalendar", "",
                               0, (prop("Path", path),))
        status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
        self.assertTrue(status.startswith("OK"), status)
        with open(path, encoding="utf-8") as f:
            ics = f.read()
        self.assertEqual(ics.count("BEGIN:VEVENT"), 9)
        self.assertIn("BRIEF \u2014 Brief & KPIs", ics)

    # -- item 9: the freshness cell ---------------------------------------------------------
    def test_freshness_follows_the_table_and_its_settings(self):
        doc = self.workbook("fresh.ods")
        self.rebuild(doc)
        out, tasks = doc.Sheets.getByName("Retroplan"), doc.Sheets.getByName("Tasks")
        fresh = cell(out, FRESHNESS)
        self.assertEqual(fresh.getString(), UP_TO_DATE)
        built = cell(out, BUILT).getString()
        self.assertRegex(built, r"^\d{4}-\d\d-\d\d \d\d:\d\d from Tasks$")
        tasks.getCellRangeByName("C5").setValue(6)  # a duration
        self.assertEqual(fresh.getString(), OUT_OF_DATE)
        tasks.getCellRangeByName("C5").setValue(5)  # back: the drawn schedule again
        self.assertEqual(fresh.getString(), UP_TO_DATE)
        tasks.getCellRangeByName("B1").setFormula("=DATE(2027;4;9)")  # the labelled deadline
        self.assertEqual(fresh.getString(), OUT_OF_DATE)
        tasks.getCellRangeByName("B1").setFormula("=DATE(2027;4;2)")
        tasks.getCellRangeByName("C2").setFormula("=DATE(2027;3;16)")  # a second holiday
        self.assertEqual(fresh.getString(), OUT_OF_DATE)
        tasks.getCellRangeByName("C2").setString("")
        tasks.getCellRangeByName("B8").setString("Visual design")  # a name the sheet shows
        self.assertEqual(fresh.getString(), OUT_OF_DATE)
        self.rebuild(doc)
        self.assertEqual(fresh.getString(), UP_TO_DATE)

    def test_freshness_with_named_settings_and_in_french(self):
        fr = [["N°", "Tâche", "Durée", "Prédécesseurs", "Marge", "Responsable"]] + [r[:] for r in CAMPAIGN[1:]]
        doc = self.workbook("frais.ods", tasks=fr, sheet_name="Tâches",
                            labels=("Date de lancement", "Jours fériés"), named=True)
        locale = uno.createUnoStruct("com.sun.star.lang.Locale")
        locale.Language, locale.Country = "fr", "FR"
        doc.CharLocale = locale
        self.rebuild(doc)
        out = doc.Sheets.getByName("Retroplan")
        self.assertEqual(cell(out, FRESHNESS).getString(), "à jour")
        self.assertTrue(cell(out, BUILT).getString().endswith(" depuis Tâches"))
        doc.Sheets.getByName("Tâches").getCellRangeByName("H1").setFormula("=DATE(2027;4;16)")
        self.assertEqual(cell(out, FRESHNESS).getString(), "à reconstruire")
        # The label's value is not the setting here: RETRO_DEADLINE is.
        doc.Sheets.getByName("Tâches").getCellRangeByName("H1").setFormula("=DATE(2027;4;2)")
        doc.Sheets.getByName("Tâches").getCellRangeByName("B1").setFormula("=DATE(2027;6;1)")
        self.assertEqual(cell(out, FRESHNESS).getString(), "à jour")

    def test_freshness_reads_settings_where_the_rebuild_found_them(self):
        # Model §16: the table from row 1, the deadline on its header row (H1 | I1), the holiday
        # below its label beside the table (H3, its value H4). The freshness formula reads I1 and
        # H4, no more: not the date in I4 beside the holiday.
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        tasks = doc.Sheets.getByIndex(0)
        tasks.Name = "Tasks"
        fill(tasks, CAMPAIGN)
        fill(tasks, [["Deadline", ""], ["", ""], ["Holidays", ""]], 7, 0)
        for at, formula in (("I1", "=DATE(2027;4;2)"), ("H4", "=DATE(2027;3;29)"),
                            ("I4", "=DATE(2027;3;10)")):
            tasks.getCellRangeByName(at).setFormula(formula)
        self.assertTrue(self.rebuild(doc).startswith("OK: 9 tasks"))
        fresh = cell(doc.Sheets.getByName("Retroplan"), FRESHNESS)
        self.assertIn(";$Tasks.$I$1;$Tasks.$H$4)", fresh.getFormula())
        self.assertEqual(fresh.getString(), UP_TO_DATE)
        tasks.getCellRangeByName("I4").setFormula("=DATE(2027;3;11)")  # no setting: not read
        self.assertEqual(fresh.getString(), UP_TO_DATE)
        tasks.getCellRangeByName("I1").setFormula("=DATE(2027;4;9)")  # the deadline
        self.assertEqual(fresh.getString(), OUT_OF_DATE)
        tasks.getCellRangeByName("I1").setFormula("=DATE(2027;4;2)")
        self.assertEqual(fresh.getString(), UP_TO_DATE)
        tasks.getCellRangeByName("H4").setFormula("=DATE(2027;3;17)")  # the holiday
        self.assertEqual(fresh.getString(), OUT_OF_DATE)
        self.assertTrue(self.rebuild(doc).startswith("OK: 9 tasks"))
        self.assertEqual(fresh.getString(), UP_TO_DATE)

    def test_fingerprint_function(self):
        doc = self.workbook("fingerprint.ods")
        tasks = doc.Sheets.getByName("Tasks")
        f = tasks.getCellRangeByName("H1")
        f.setFormula("=RETRO_FINGERPRINT($A$4:$F$13;B1;B2)")
        first = f.getValue()
        self.assertEqual(f.getError(), 0)
        self.assertTrue(0 < first < 2 ** 48 and first == int(first), first)
        tasks.getCellRangeByName("C5").setValue(6)
        self.assertNotEqual(f.getValue(), first)
        tasks.getCellRangeByName("C5").setValue(5)
        self.assertEqual(f.getValue(), first)
        # Whole columns read the same table (the header must be the range's first row).
        tasks.getCellRangeByName("H2").setFormula("=RETRO_FINGERPRINT($Tasks.$A$4:$Z$200;B1;B2)")
        self.assertEqual(tasks.getCellRangeByName("H2").getValue(), first)

    def test_a_done_task_has_no_slack_on_the_sheet(self):
        # Model §8: with a status date, a done task has no slack (its cell empty, as RETRO_SLACK's)
        # and is not critical. BRIEF's latest dates: Tue 03-02 to Mon 03-08; done on Thu 03-04.
        plan = [r[:] + [""] for r in CAMPAIGN]
        plan[0][6] = "Actual end"
        plan[1][6] = "2027-03-04"
        doc = self.workbook("done.ods", tasks=plan)
        tasks = doc.Sheets.getByName("Tasks")
        fill(tasks, [["Start", ""]], 0, 2)
        tasks.getCellRangeByName("B3").setFormula("=DATE(2027;3;5)")  # status date, Friday
        self.assertTrue(self.rebuild(doc).startswith("OK: 9 tasks"))
        out = doc.Sheets.getByName("Retroplan")
        # With a status date the alert box sits above the grid (test_follow_sheet.py): the tasks
        # start under the "ID" title.
        brief = next(r for r in range(8, 40) if out.getCellByPosition(0, r - 1).getString() == "ID")
        msg = brief + 1
        slack = out.getCellByPosition(5, brief)
        self.assertEqual(slack.getType().value, "EMPTY")
        self.assertNotEqual(out.getCellByPosition(0, brief).CharColor, CRITICAL)
        # MSG (3 days) starts Fri 03-05 after BRIEF, ends Tue 03-09; its latest end Thu 03-11: 2.
        self.assertEqual(out.getCellByPosition(5, msg).getValue(), 2)
        # Without the status date (and without the progress column, which would make today the
        # status date) BRIEF is the critical path's first task: 0, in red.
        tasks.getCellRangeByName("B3").setString("")
        tasks.getCellRangeByName("G4").setString("")
        tasks.getCellRangeByName("G5").setString("")
        self.assertTrue(self.rebuild(doc).startswith("OK: 9 tasks"))
        slack = out.getCellByPosition(5, FIRST_TASK_ROW)
        self.assertEqual(slack.getType().value, "VALUE")
        self.assertEqual(slack.getValue(), 0)
        self.assertEqual(out.getCellByPosition(0, FIRST_TASK_ROW).CharColor, CRITICAL)

    # -- item 7: what the sheet shows --------------------------------------------------------
    def test_long_names_shortened_legend_buffers_and_due_dates(self):
        plan = [r[:] + [""] for r in CAMPAIGN]
        plan[0][6] = "Due"
        plan[3][1] = "Visuals for every channel, print and digital, in three sizes"  # VIS, 62 chars
        plan[4][6] = "2027-03-24"  # TXT is due Wednesday 03-24: it ends then, not on 03-25
        doc = self.workbook("marks.ods", tasks=plan)
        self.assertTrue(self.rebuild(doc).startswith("OK"))
        out = doc.Sheets.getByName("Retroplan")
        vis, txt = FIRST_TASK_ROW + 2, FIRST_TASK_ROW + 3
        name = out.getCellByPosition(1, vis)
        self.assertEqual(name.getString(), "Visuals for every channel, prin\u2026")  # 31 + "…"
        self.assertEqual(name.getAnnotation().getString(), plan[3][1])
        # The legend: one cell, one line, over the empty cells of its row.
        legend = [out.getCellByPosition(c, LEGEND_ROW).getString() for c in range(FIRST_GRID_COL + 30)]
        self.assertTrue(legend[0].startswith("\u25A0 Critical task"))
        self.assertIn("Buffer", legend[0])
        self.assertIn("Due date", legend[0])
        self.assertEqual(legend[1:], [""] * (len(legend) - 1))
        self.assertNotIn("\n", legend[0])
        # Day columns from the kick-off, Tue 03-02 (the due date moves nothing earlier).
        col = lambda d: FIRST_GRID_COL + (d - datetime.date(2027, 3, 2)).days
        self.assertEqual(iso(out.getCellByPosition(3, FIRST_TASK_ROW).getValue()), "2027-03-02")
        # VIS (critical) ends Tue 03-23; its 2-day buffer: Wed 03-24, Thu 03-25, a lighter red.
        for day in (24, 25):
            self.assertEqual(out.getCellByPosition(col(datetime.date(2027, 3, day)), vis).CellBackColor,
                             CRITICAL_BUFFER)
        self.assertEqual(out.getCellByPosition(col(datetime.date(2027, 3, 23)), vis).CellBackColor,
                         CRITICAL)
        self.assertEqual(out.getCellByPosition(col(datetime.date(2027, 3, 26)), vis).CellBackColor, -1)
        # TXT's due date: a dashed line after Wednesday 03-24 in its row.
        due = out.getCellByPosition(col(datetime.date(2027, 3, 24)), txt).RightBorder
        self.assertEqual(due.Color, DUE)
        self.assertGreater(due.OuterLineWidth, 0)
        # Slack is the last task column; the next one is the empty spacer (no "0oui").
        self.assertEqual(out.getCellByPosition(5, DAY_ROW).getString(), "Slack")
        self.assertEqual([out.getCellByPosition(6, r).getString() for r in range(DAY_ROW, DAY_ROW + 10)],
                         [""] * 10)

    def test_month_name_repeated_in_the_header(self):
        doc = self.workbook("months.ods")
        self.rebuild(doc)
        out = doc.Sheets.getByName("Retroplan")
        months = {c - FIRST_GRID_COL: out.getCellByPosition(c, DAY_ROW - 2).getString()
                  for c in range(FIRST_GRID_COL, FIRST_GRID_COL + 32)}
        named = {c: s for c, s in months.items() if s}
        # Tue 03-02 .. Fri 04-02: March at the start and again on Mondays 03-15 and 03-22; April
        # has two columns, too few for "April 2027": its month only.
        self.assertEqual(named, {0: "March 2027", 13: "March 2027", 20: "March 2027", 30: "Apr"})

    # -- item 8: print and PDF ---------------------------------------------------------------
    def check_pdf(self, doc, name, pages=1, title_rows=(DAY_ROW - 2, DAY_ROW), spacer=6):
        """The Retroplan sheet exported alone; returns the PDF's path."""
        out = doc.Sheets.getByName("Retroplan")
        page = doc.StyleFamilies.getByName("PageStyles").getByName(out.PageStyle)
        self.assertTrue(page.IsLandscape)
        self.assertAlmostEqual(page.Width, 29700, delta=5)  # A4, in Calc's twips
        self.assertAlmostEqual(page.Height, 21000, delta=5)
        self.assertTrue(out.PrintTitleRows and out.PrintTitleColumns)
        self.assertEqual((out.TitleRows.StartRow, out.TitleRows.EndRow), title_rows)
        self.assertEqual((out.TitleColumns.StartColumn, out.TitleColumns.EndColumn), (0, spacer))
        self.assertGreaterEqual(page.PageScale, 70)
        pdf = os.path.join(self.office.dir, name + ".pdf")
        pdf_check.export_sheet(doc, out, pdf)
        self.assertEqual(pdf_check.pages(pdf), pages)
        return pdf

    def test_pdf_of_the_examples_fills_the_page(self):
        # The campaign under way has the status column and the alert box (7 tasks) above the grid:
        # its header rows are 17-19 and its spacer column H (test_follow_sheet.py).
        layouts = {"campagne-en-cours": dict(title_rows=(17, 19), spacer=7)}
        for name in ("campagne-multicanal", "corporate-event", "software-release", "campagne-en-cours"):
            with self.subTest(name):
                local = os.path.join(self.office.dir, name + ".ods")
                shutil.copy(os.path.join(EXAMPLES, name + ".ods"), local)
                os.chmod(local, 0o666)
                doc = self.office.load(local)
                self.addCleanup(doc.close, True)
                self.assertTrue(self.rebuild(doc).startswith("OK"))
                pdf = self.check_pdf(doc, name, **layouts.get(name, {}))
                width, height = pdf_check.coverage(pdf, 1)
                print(f"\n{name}: the drawing covers {width:.0%} of the page's width and {height:.0%} "
                      f"of its height; smallest text {self.smallest_text_pt(pdf, 1):.1f} pt", end="")
                self.assertGreaterEqual(width, 0.80)
                self.assertGreaterEqual(height, 0.50)
                self.assertGreaterEqual(round(self.smallest_text_pt(pdf, 1), 1), 7.0)
                # The slack is a number of its own, never run into a neighbour ("0oui").
                self.assertNotRegex(pdf_check.text(pdf, 1), r"\d(yes|no|oui|non)\b")
                if ARTIFACTS:
                    os.makedirs(ARTIFACTS, exist_ok=True)
                    shutil.copy(pdf, ARTIFACTS)
                    pdf_check.render(pdf, 1, os.path.join(ARTIFACTS, f"timeline-{name}.png"), dpi=80)

    def test_sixty_tasks_over_six_months_print_at_seven_points(self):
        # 60 tasks of 2 working days in a chain: 120 working days, close to six months, in weeks.
        plan = [["ID", "Name", "Duration", "Predecessors", "Buffer", "Owner"]]
        for i in range(60):
            plan.append([f"T{i:02}", f"Task number {i} of the long plan", 2, f"T{i - 1:02}" if i else "",
                         "", ["Ann", "Bob", "Chloé"][i % 3]])
        doc = self.workbook("sixty.ods", tasks=plan)
        self.assertTrue(self.rebuild(doc).startswith("OK: 60 tasks"))
        out = doc.Sheets.getByName("Retroplan")
        self.assertIn("week", out.getCellByPosition(0, DAY_ROW - 2).getString())
        pdf = self.check_pdf(doc, "sixty", pages=2)
        for page in (1, 2):
            # (to the tenth of a point: the word boxes' coordinates are rounded)
            self.assertGreaterEqual(round(self.smallest_text_pt(pdf, page), 1), 7.0, page)
            # Every page repeats the header rows and the task columns.
            text = pdf_check.text(pdf, page)
            self.assertIn("Slack", text)
            self.assertIn("Task number", text)
        width, _ = pdf_check.coverage(pdf, 1)
        self.assertGreaterEqual(width, 0.80)
        self.assertIn("T59", pdf_check.text(pdf, 2))


if __name__ == "__main__":
    unittest.main(verbosity=2)
