"""Rebuild retroplan: org.retroplan.command:Rebuild dispatched on real .ods files in a headless
LibreOffice with the built .oxt installed."""
import datetime
import os
import shutil
import subprocess
import tempfile
import unittest

import uno

from fixtures import CAMPAIGN, EXAMPLES, OfficeTestCase, campaign_workbook, cli_schedule, iso

ARTIFACTS = os.environ.get("RETROPLAN_ARTIFACTS", "")

CRITICAL, TASK, TASK_SLACK, NON_WORKING = 0xC0392B, 0x2E86C1, 0xAED6F1, 0xD9D9D9
TODAY, DEADLINE = 0xE67E22, 0x922B21
FIRST_TASK_ROW, FIRST_GRID_COL, DAY_ROW = 11, 7, 10  # 0-based, see addin/timeline_sheet.hxx
BUILT, FRESHNESS = (3, 5), (3, 6)  # (column, row) of the summary's "Built" and "Timeline" values



def cli_worked_example():
    return cli_schedule(os.path.join(EXAMPLES, "campaign.csv"), "--deadline", "2027-04-02",
                        "--holidays", "2027-03-29")


class Rebuild(OfficeTestCase):
    def make_workbook(self, name, tasks=CAMPAIGN, sheet_name="Tasks", labels=("Deadline", "Holidays"),
                      named=False):
        return campaign_workbook(self.office, name, tasks, sheet_name, labels, named)

    def sheet_names(self, doc):
        return [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]

    def snapshot(self, sheet):
        cursor = sheet.createCursor()
        cursor.gotoStartOfUsedArea(False)
        cursor.gotoEndOfUsedArea(True)
        return cursor.getRangeAddress(), cursor.getFormulaArray(), cursor.getDataArray()

    def grid_colors(self, sheet, rows, cols):
        return [[sheet.getCellByPosition(FIRST_GRID_COL + c, FIRST_TASK_ROW + r).CellBackColor
                 for c in range(cols)] for r in range(rows)]

    def day_column(self, date, grid=FIRST_GRID_COL):
        """Grid column of a date in the worked example's timeline, whose first day is the kick-off."""
        first = datetime.date(2027, 3, 2)
        return grid + (date - first).days

    def test_timeline_matches_the_cli_and_is_painted(self):
        doc = self.make_workbook("campaign.ods")
        try:
            before = self.snapshot(doc.Sheets.getByName("Tasks"))
            status = self.rebuild(doc)
            self.assertTrue(status.startswith("OK"), status)
            # The campaign names owners: a Workload sheet follows the timeline (test_workload_sheet).
            self.assertEqual(self.sheet_names(doc), ["Tasks", "Retroplan", "Workload"])
            out = doc.Sheets.getByName("Retroplan")
            self.assertEqual(doc.CurrentController.ActiveSheet.Name, "Retroplan")
            # (Frozen panes need a window with a size: tests/gui checks them.)
            page = doc.StyleFamilies.getByName("PageStyles").getByName(out.PageStyle)
            self.assertTrue(page.IsLandscape)
            self.assertEqual(len(out.getPrintAreas()), 1)
            self.assertTrue(out.PrintTitleRows)
            cli = cli_worked_example()
            rows = out.getCellRangeByPosition(0, FIRST_TASK_ROW, 5, FIRST_TASK_ROW + 8).getDataArray()
            for i, r in enumerate(rows):
                want = cli[r[0]]
                self.assertEqual((iso(r[3]), iso(r[4]), int(r[5])),
                                 (want["start"], want["end"], int(want["slack"])), r[0])
                # Critical tasks: their ID in red.
                critical = out.getCellByPosition(0, FIRST_TASK_ROW + i).CharColor == CRITICAL
                self.assertEqual(critical, want["critical"] == "true", r[0])
            self.assertEqual(iso(out.getCellRangeByName("D2").getValue()), "2027-04-02")
            self.assertEqual(iso(out.getCellRangeByName("D3").getValue()), "2027-03-02")
            # BRIEF (critical) Tue 03-02..Mon 03-08, weekend 03-06/07 grey.
            col = self.day_column
            brief = FIRST_TASK_ROW
            cell = lambda c, r: out.getCellByPosition(c, r)
            self.assertEqual(cell(col(datetime.date(2027, 3, 2)), brief).CellBackColor, CRITICAL)
            self.assertEqual(cell(col(datetime.date(2027, 3, 8)), brief).CellBackColor, CRITICAL)
            self.assertEqual(cell(col(datetime.date(2027, 3, 6)), brief).CellBackColor, NON_WORKING)
            self.assertEqual(cell(col(datetime.date(2027, 3, 9)), brief).CellBackColor, -1)
            self.assertEqual(cell(col(datetime.date(2027, 3, 29)), brief).CellBackColor, NON_WORKING)
            # TXT (slack 8): bar 03-22..03-25 in the task color, slack shade from 03-10 to 03-19.
            txt = FIRST_TASK_ROW + 3
            self.assertEqual(cell(col(datetime.date(2027, 3, 22)), txt).CellBackColor, TASK)
            self.assertEqual(cell(col(datetime.date(2027, 3, 25)), txt).CellBackColor, TASK)
            self.assertEqual(cell(col(datetime.date(2027, 3, 10)), txt).CellBackColor, TASK_SLACK)
            self.assertEqual(cell(col(datetime.date(2027, 3, 19)), txt).CellBackColor, TASK_SLACK)
            self.assertEqual(cell(col(datetime.date(2027, 3, 9)), txt).CellBackColor, -1)
            # GO: the milestone sits on the deadline.
            go = FIRST_TASK_ROW + 7
            self.assertEqual(cell(col(datetime.date(2027, 4, 2)), go).getString(), "\u25C6")
            self.assertEqual(cell(col(datetime.date(2027, 4, 1)), go).getString(), "")
            self.assertEqual(cell(col(datetime.date(2027, 4, 2)), DAY_ROW).getValue(), 2)
            # The task sheet is exactly as it was.
            self.assertEqual(self.snapshot(doc.Sheets.getByName("Tasks")), before)
        finally:
            doc.close(True)

    def test_late_start_is_summarised_and_today_marked(self):
        doc = self.make_workbook("late.ods")
        try:
            tasks = doc.Sheets.getByName("Tasks")
            tasks.getCellRangeByName("H20").setFormula("=DATE(2027;3;4)")  # not on the holidays row
            origin = uno.createUnoStruct("com.sun.star.table.CellAddress")
            doc.NamedRanges.addNewByName("RETRO_START", "$Tasks.$H$20", origin, 0)
            status = self.rebuild(doc)
            self.assertIn("late by 2 working days", status)
            out = doc.Sheets.getByName("Retroplan")
            self.assertEqual(out.getCellRangeByName("D5").getString(), "Late by 2 working days")
            # The start date is the status date: the sheet follows the plan (status column G, the
            # alert box above the grid, test_follow_sheet.py), so its rows and grid move down and
            # right; the task rows start under the "ID" title.
            first = next(r for r in range(8, 40) if out.getCellByPosition(0, r - 1).getString() == "ID")
            self.assertEqual(out.getCellByPosition(6, first - 1).getString(), "Status")
            grid, day_row = FIRST_GRID_COL + 1, first - 1
            self.assertEqual(out.getCellByPosition(5, first).getValue(), -2)  # BRIEF's slack
            # The forecast runs to Tue 04-06 (late by 2): 36 days beside seven task columns make
            # week columns; today's is the week of Thu 03-04, the grid's first.
            self.assertIn("week", out.getCellByPosition(0, day_row - 2).getString())
            self.assertEqual(out.getCellByPosition(grid, day_row).getValue(), 1)  # Monday 03-01
            self.assertEqual(out.getCellByPosition(grid, day_row).CellBackColor, TODAY)
            self.assertEqual(out.getCellByPosition(grid, first + 5).LeftBorder.Color, TODAY)
            # The deadline, Fri 04-02, in the week of Mon 03-29, the grid's fifth.
            self.assertEqual(out.getCellByPosition(grid + 4, day_row).getValue(), 29)
            self.assertEqual(out.getCellByPosition(grid + 4, first).RightBorder.Color, DEADLINE)
        finally:
            doc.close(True)

    def test_scale_follows_the_plan_length(self):
        # About five months (100 working days, 21 weeks): too long for days beside the task
        # columns in 1,460 px, weeks fit. Fourteen months (300 working days, 61 weeks): months
        # (README, "The Rebuild retroplan command").
        for days, scale, columns in ((100, "week", range(20, 23)), (300, "month", range(14, 16))):
            plan = [["ID", "Name", "Duration"], ["BIG", "Long haul", days], ["SHORT", "Quick one", 3]]
            doc = self.make_workbook(f"long{days}.ods", plan)
            try:
                self.assertTrue(self.rebuild(doc).startswith("OK"))
                out = doc.Sheets.getByName("Retroplan")
                self.assertIn(scale, out.getCellByPosition(0, DAY_ROW - 2).getString())
                cursor = out.createCursor()
                cursor.gotoEndOfUsedArea(False)
                n = cursor.RangeAddress.EndColumn - FIRST_GRID_COL + 1
                self.assertIn(n, columns)
                row = [out.getCellByPosition(FIRST_GRID_COL + c, FIRST_TASK_ROW).CellBackColor
                       for c in range(n)]
                self.assertEqual(row, [CRITICAL] * n)  # no grey: only days have non-working shade
                self.assertEqual(out.getCellByPosition(FIRST_GRID_COL + n - 1,
                                                       FIRST_TASK_ROW + 1).CellBackColor, TASK)
            finally:
                doc.close(True)

    def test_rebuilding_twice_gives_the_same_sheet_and_undo_restores(self):
        doc = self.make_workbook("twice.ods")
        try:
            tasks = doc.Sheets.getByName("Tasks")
            before = self.snapshot(tasks)
            self.rebuild(doc)
            first = self.snapshot(doc.Sheets.getByName("Retroplan"))
            colors = self.grid_colors(doc.Sheets.getByName("Retroplan"), 9, 32)
            self.rebuild(doc)
            self.assertEqual(self.sheet_names(doc), ["Tasks", "Retroplan", "Workload"])
            self.assertEqual(self.snapshot(doc.Sheets.getByName("Retroplan")), first)
            self.assertEqual(self.grid_colors(doc.Sheets.getByName("Retroplan"), 9, 32), colors)
            # A changed plan, rebuilt, then undone: the previous timeline comes back whole.
            tasks.getCellRangeByName("C5").setValue(6)  # BRIEF 5 -> 6 days: one more day column
            self.rebuild(doc)
            self.assertNotEqual(self.snapshot(doc.Sheets.getByName("Retroplan")), first)
            wider = self.snapshot(doc.Sheets.getByName("Retroplan"))[0]
            doc.UndoManager.undo()  # the last rebuild, one step
            out = doc.Sheets.getByName("Retroplan")
            a = first[0]
            same_area = out.getCellRangeByPosition(0, 0, a.EndColumn, a.EndRow)
            self.assertEqual(same_area.getFormulaArray(), first[1])
            # The same values, but for the live freshness cell: the table still holds the edit.
            values = [list(r) for r in same_area.getDataArray()]
            self.assertEqual(values[FRESHNESS[1]][FRESHNESS[0]], "out of date \u2014 rebuild")
            values[FRESHNESS[1]][FRESHNESS[0]] = "up to date"
            self.assertEqual(tuple(tuple(r) for r in values), first[2])
            self.assertEqual(self.grid_colors(out, 9, 32), colors)
            # The columns only the undone timeline had are empty and unpainted again.
            extra = out.getCellRangeByPosition(a.EndColumn + 1, 0, wider.EndColumn, wider.EndRow)
            self.assertTrue(all(v == "" for row in extra.getDataArray() for v in row))
            self.assertEqual(out.getCellByPosition(wider.EndColumn, FIRST_TASK_ROW).CellBackColor, -1)
            doc.UndoManager.undo()  # the edit
            doc.UndoManager.undo()  # the second rebuild
            doc.UndoManager.undo()  # the first rebuild: headless, its new sheet stays, empty
            self.assertEqual(self.snapshot(tasks), before)
            cursor = doc.Sheets.getByName("Retroplan").createCursor()
            cursor.gotoEndOfUsedArea(False)
            self.assertEqual((cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow), (0, 0))
            self.assertEqual(doc.Sheets.getByName("Retroplan").getCellByPosition(0, 0).getString(), "")
            self.assertTrue(self.office.alive())
        finally:
            doc.close(True)

    def test_a_users_own_retroplan_sheet_survives(self):
        doc = self.make_workbook("mine.ods")
        try:
            doc.Sheets.insertNewByName("Retroplan", 1)
            mine = doc.Sheets.getByName("Retroplan")
            mine.getCellRangeByName("A1").setString("my notes")
            self.rebuild(doc)
            self.rebuild(doc)
            self.assertEqual(self.sheet_names(doc), ["Tasks", "Retroplan (2)", "Workload", "Retroplan"])
            self.assertEqual(doc.Sheets.getByName("Retroplan").getCellRangeByName("A1").getString(), "my notes")
        finally:
            doc.close(True)

    def test_cyclic_plan_writes_nothing_but_a_message(self):
        tasks = [r[:] for r in CAMPAIGN]
        tasks[1][3] = "GO"
        doc = self.make_workbook("cycle.ods", tasks)
        try:
            before = self.snapshot(doc.Sheets.getByName("Tasks"))
            status = self.rebuild(doc)
            self.assertIn("cycle", status)
            self.assertIn("row 5", status)  # BRIEF is on sheet row 5
            self.assertIn("BRIEF \u2192 MSG", status)
            self.assertEqual(self.sheet_names(doc), ["Tasks"])
            self.assertEqual(self.snapshot(doc.Sheets.getByName("Tasks")), before)
            self.assertTrue(self.office.alive())
        finally:
            doc.close(True)

    def test_missing_deadline_is_said_and_nothing_is_done(self):
        doc = self.make_workbook("nodeadline.ods", labels=("Notes", "Holidays"))
        try:
            status = self.rebuild(doc)
            self.assertIn("RETRO_DEADLINE", status)
            self.assertEqual(self.sheet_names(doc), ["Tasks"])
        finally:
            doc.close(True)

    def test_french_sheet_headers_and_labels(self):
        fr = [["N°", "Tâche", "Durée", "Prédécesseurs", "Marge", "Responsable"]] + [r[:] for r in CAMPAIGN[1:]]
        doc = self.make_workbook("francais.ods", fr, "Tâches", ("Date de lancement", "Jours fériés"))
        try:
            status = self.rebuild(doc)
            self.assertTrue(status.startswith("OK"), status)
            out = doc.Sheets.getByName("Retroplan")
            self.assertEqual(self.sheet_names(doc), ["Tâches", "Retroplan", "Workload"])
            self.assertEqual(iso(out.getCellByPosition(3, FIRST_TASK_ROW).getValue()), "2027-03-02")
        finally:
            doc.close(True)

    def test_named_ranges_win_over_labels(self):
        doc = self.make_workbook("named.ods", named=True)
        try:
            self.rebuild(doc)
            out = doc.Sheets.getByName("Retroplan")
            self.assertEqual(iso(out.getCellRangeByName("D2").getValue()), "2027-04-02")
        finally:
            doc.close(True)

    def test_pdf_rendering(self):
        doc = self.make_workbook("render.ods")
        try:
            self.rebuild(doc)
            # Keep only the timeline, so that its first page is the first page of the PDF.
            self.office.save_as(doc, "render-full.ods")
            doc.Sheets.removeByName("Tasks")
            path = self.office.save_as(doc, "timeline.ods")
        finally:
            doc.close(True)
        # A separate office process (its own profile) converts it, as a user would.
        work = tempfile.mkdtemp(prefix="retroplan-pdf-")
        try:
            shutil.copy(path, work)
            subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile",
                            "--convert-to", "pdf", "--outdir", work, os.path.join(work, "timeline.ods")],
                           check=True, timeout=180, capture_output=True, env=dict(os.environ, HOME=work))
            pdf = os.path.join(work, "timeline.pdf")
            self.assertGreater(os.path.getsize(pdf), 5000)
            if ARTIFACTS and shutil.which("pdftoppm"):
                os.makedirs(ARTIFACTS, exist_ok=True)
                subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf,
                                os.path.join(ARTIFACTS, "timeline")], check=True, timeout=60)
                shutil.copy(pdf, ARTIFACTS)
                self.assertGreater(os.path.getsize(os.path.join(ARTIFACTS, "timeline.png")), 5000)
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
