"""The Workload sheet Rebuild writes beside the timeline (issue 13, item 5; model §12), the ⚠ flags
on the Retroplan sheet and the Level setting, in a headless LibreOffice with the built .oxt.

The plan, worked out by hand (deadline Fri 2027-04-02, weekend Saturday and Sunday):
  A  5 days, Ana                  Mon 03-29 .. Fri 04-02
  B  4 days, due Wed 03-31, "ana ; Bob"   Fri 03-26 .. Wed 03-31
  C  2 days, Bob at 50 %          Thu 04-01 .. Fri 04-02
  D  2 days, due Fri 03-26, Cleo  Thu 03-25 .. Fri 03-26
Kick-off Thu 03-25, the timeline's first day column (H). Ana: 100 on Fri 03-26, 200 Mon 03-29 ..
Wed 03-31 (one overload, A and B), 100 Thu and Fri. Bob: 100 Fri 03-26 .. Wed 03-31, 50 Thu and
Fri. Cleo: 100 Thu 03-25 and Fri 03-26.
Levelled: A (slack 2 on the forward pass from Thu 03-25) then C (slack 5) keep their dates; B,
bound to end Wed 03-31, finds Ana free only before Mon 03-29: Tue 03-23 .. Fri 03-26; D keeps its
dates. Kick-off Tue 03-23: two working days earlier.
"""
import csv
import datetime
import os
import subprocess
import tempfile
import unittest

import uno

from fixtures import CLI, EXAMPLES, OfficeTestCase, fill, iso

FIRST_TASK_ROW, FIRST_GRID_COL, OWNER_COL, SPACER_COL = 11, 7, 2, 6  # addin/timeline_sheet.hxx
OVER, FULL, LIGHT, NON_WORKING, WHITE, CRITICAL = 0xE74C3C, 0xAED6F1, 0xD6EAF8, 0xD9D9D9, 0xFFFFFF, 0xC0392B
NULL = datetime.date(1899, 12, 30)
WARNING = "\u26A0"


def serial(y, m, d):
    return float((datetime.date(y, m, d) - NULL).days)


TASKS = [
    ["ID", "Name", "Duration", "Due", "Owner", "Load"],
    ["A", "Venue", 5, "", "Ana", ""],
    ["B", "Catering", 4, serial(2027, 3, 31), "ana ; Bob", ""],
    ["C", "Badges", 2, "", "Bob", 0.5],
    ["D", "Invitations", 2, serial(2027, 3, 26), "Cleo", ""],
]

# With three-point columns too (A: 5, 5, 5 days, the others none): every simulated run is the plain
# plan, so the Risk sheet's 80 % kick-off is the plain kick-off, Thu 03-25 (the simulation does not
# level, model §13).
RISKY = ([TASKS[0] + ["Optimistic", "Most likely", "Pessimistic"], TASKS[1] + [5, 5, 5]]
         + [r + ["", "", ""] for r in TASKS[2:]])
START_BY = "start by 2027-03-25 for 80 % confidence"


class WorkloadSheet(OfficeTestCase):
    def workbook(self, name, tasks=TASKS, level=None):
        """Deadline in A1:B1, an optional Level label in A2:B2, the table from row 4."""
        doc = self.office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        sheet.Name = "Tasks"
        fill(sheet, [["Deadline", serial(2027, 4, 2)]] + ([["Level", level]] if level else []))
        fill(sheet, tasks, 0, 3)
        path = self.office.save_as(doc, name)
        doc.close(True)
        return self.office.load(path)

    def names(self, doc):
        return [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]

    @staticmethod
    def col(day, first=datetime.date(2027, 3, 25)):
        return FIRST_GRID_COL + (day - first).days

    def used_end(self, sheet):
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        return cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow

    def test_loads_colors_flags_and_overloads_by_hand(self):
        doc = self.workbook("workload.ods")
        try:
            status = self.rebuild(doc)
            self.assertTrue(status.startswith("OK"), status)
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload"])
            w = doc.Sheets.getByName("Workload")
            cell = lambda c, r: w.getCellByPosition(c, r)
            d = lambda day: self.col(datetime.date(2027, 3, day) if day > 4 else datetime.date(2027, 4, day))
            ana, bob, cleo = FIRST_TASK_ROW, FIRST_TASK_ROW + 1, FIRST_TASK_ROW + 2
            self.assertEqual([cell(0, r).getString() for r in (ana, bob, cleo)], ["Ana", "Bob", "Cleo"])
            self.assertEqual(cell(0, cleo + 1).getString(), "")
            # Ana: 100 on Fri 03-26, 200 Mon..Wed, 100 Thu 04-01 and Fri 04-02; nothing on Thu 03-25.
            self.assertEqual([cell(d(n), ana).getValue() for n in (25, 26, 29, 30, 31, 1, 2)],
                             [0, 100, 200, 200, 200, 100, 100])
            self.assertEqual(cell(d(25), ana).getString(), "")
            # Over capacity: red with the number in white; at capacity: the full tone.
            for n in (29, 30, 31):
                self.assertEqual(cell(d(n), ana).CellBackColor, OVER, n)
                self.assertEqual(cell(d(n), ana).CharColor, WHITE, n)
            self.assertEqual(cell(d(26), ana).CellBackColor, FULL)
            self.assertEqual(cell(d(1), ana).CellBackColor, FULL)
            # Bob: 100 Fri 03-26 .. Wed 03-31, 50 % (C) Thu and Fri in the light tone; never red.
            self.assertEqual([cell(d(n), bob).getValue() for n in (25, 26, 29, 31, 1, 2)],
                             [0, 100, 100, 100, 50, 50])
            self.assertEqual(cell(d(1), bob).CellBackColor, LIGHT)
            self.assertNotIn(OVER, [cell(d(n), bob).CellBackColor for n in (26, 29, 30, 31, 1, 2)])
            # Cleo: 100 Thu 03-25 and Fri 03-26 only.
            self.assertEqual([cell(d(n), cleo).getValue() for n in (25, 26, 29)], [100, 100, 0])
            # The weekend stays grey and empty.
            for c in (d(26) + 1, d(26) + 2):
                self.assertEqual(cell(c, ana).CellBackColor, NON_WORKING)
                self.assertEqual(cell(c, ana).getString(), "")
            # The same time axis as the timeline: its day row, column for column.
            t = doc.Sheets.getByName("Retroplan")
            day_row = FIRST_TASK_ROW - 1
            self.assertEqual([w.getCellByPosition(c, day_row).getValue() for c in range(d(25), d(2) + 1)],
                             [t.getCellByPosition(c, day_row).getValue() for c in range(d(25), d(2) + 1)])
            self.assertEqual(cell(d(25), day_row).getValue(), 25)
            self.assertEqual(w.Columns.getByIndex(d(29)).Width, t.Columns.getByIndex(d(29)).Width)
            # Per person: capacity, peak, days over, the tasks in overloads.
            self.assertEqual([cell(c, ana).getValue() for c in (1, 2, 3)], [100, 200, 3])
            self.assertEqual(cell(4, ana).getString(), "A; B")
            self.assertEqual([cell(c, bob).getValue() for c in (1, 2, 3)], [100, 100, 0])
            self.assertEqual(cell(4, bob).getString(), "")
            # The overload list, as `retroplan load` prints it: one overload.
            first = cleo + 4  # under the title and the column names
            self.assertEqual(cell(0, first - 2).getString(), "Overloads")
            self.assertEqual((cell(0, first).getString(), iso(cell(1, first).getValue()),
                              iso(cell(2, first).getValue()), cell(3, first).getValue(),
                              cell(4, first).getString()),
                             ("Ana", "2027-03-29", "2027-03-31", 200, "A;B"))
            self.assertEqual(cell(0, first + 1).getString(), "")
            # The Retroplan sheet flags A and B before their owners, in red; not C or D.
            owners = [t.getCellByPosition(OWNER_COL, FIRST_TASK_ROW + i) for i in range(4)]
            self.assertEqual([o.getString() for o in owners],
                             [WARNING + " Ana", WARNING + " ana ; Bob", "Bob", "Cleo"])
            self.assertEqual([o.CharColor for o in owners][:2], [CRITICAL, CRITICAL])
            self.assertEqual(t.getCellByPosition(SPACER_COL, FIRST_TASK_ROW).getString(), "")
            # Rebuilt from the Workload sheet: it is never read as a task table.
            before = w.getCellRangeByPosition(0, 0, 20, 20).getDataArray()
            doc.CurrentController.setActiveSheet(w)
            self.assertEqual(self.rebuild(doc), status)
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload"])
            self.assertEqual(w.getCellRangeByPosition(0, 0, 20, 20).getDataArray(), before)
            self.assertEqual(w.getCellByPosition(0, 0).getString(), "Workload \u2014 Tasks")
        finally:
            doc.close(True)

    def test_dates_take_the_locale_long_year_and_the_page_fits_one_width(self):
        """Neither the deadline (a plain number) nor the Due column has a date format: the summary
        and the overload list show the en-US locale's date with four digits, MM/DD/YYYY. The sheet
        prints landscape, one page wide, the grid's header rows (rows 9-11) on every page."""
        doc = self.workbook("longyear.ods")
        try:
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            t, w = doc.Sheets.getByName("Retroplan"), doc.Sheets.getByName("Workload")
            # Deadline Fri 2027-04-02 in D2, kick-off Thu 2027-03-25 in D3.
            self.assertEqual((t.getCellRangeByName("D2").getString(), t.getCellRangeByName("D3").getString()),
                             ("04/02/2027", "03/25/2027"))
            listed = FIRST_TASK_ROW + 3 + 3  # three people, a blank row, the list's title and columns
            self.assertEqual((w.getCellByPosition(1, listed).getString(), w.getCellByPosition(2, listed).getString()),
                             ("03/29/2027", "03/31/2027"))
            page = doc.StyleFamilies.getByName("PageStyles").getByName(w.PageStyle)
            self.assertTrue(page.IsLandscape)
            self.assertEqual((page.ScaleToPagesX, page.ScaleToPagesY), (1, 0))
            self.assertTrue(w.PrintTitleRows)
            self.assertEqual((w.TitleRows.StartRow, w.TitleRows.EndRow), (FIRST_TASK_ROW - 3, FIRST_TASK_ROW - 1))
            self.assertNotEqual(w.PageStyle, t.PageStyle)  # the timeline keeps its zoomed style
        finally:
            doc.close(True)

    def test_dates_follow_the_due_columns_format(self):
        """The Due column shows DD.MM.YYYY: the Retroplan summary, the task dates and the overload
        list show theirs so (deadline 02.04.2027, Ana's overload 29.03.2027 .. 31.03.2027)."""
        doc = self.workbook("dueformat.ods")
        try:
            tasks = doc.Sheets.getByName("Tasks")
            locale = uno.createUnoStruct("com.sun.star.lang.Locale")
            locale.Language, locale.Country = "en", "US"
            key = doc.NumberFormats.queryKey("DD.MM.YYYY", locale, False)
            if key < 0:
                key = doc.NumberFormats.addNew("DD.MM.YYYY", locale)
            tasks.getCellRangeByName("D5:D8").NumberFormat = key  # the Due column's data rows
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            t, w = doc.Sheets.getByName("Retroplan"), doc.Sheets.getByName("Workload")
            self.assertEqual((t.getCellRangeByName("D2").getString(), t.getCellRangeByName("D3").getString()),
                             ("02.04.2027", "25.03.2027"))
            self.assertEqual(t.getCellByPosition(3, FIRST_TASK_ROW).getString(), "29.03.2027")  # A's start
            listed = FIRST_TASK_ROW + 3 + 3
            self.assertEqual((w.getCellByPosition(1, listed).getString(), w.getCellByPosition(2, listed).getString()),
                             ("29.03.2027", "31.03.2027"))
        finally:
            doc.close(True)

    def test_a_flagged_owner_too_wide_is_shortened_after_its_warning(self):
        """Ana renamed "Responsable événement" (44 mm at 10 pt, wider than the owner column's
        40 mm): A's and B's owners keep their ⚠ and are shortened after it with "…", the full
        text in the comment, and fit their column as Calc measures it (a scratch column holding
        the text alone, in the cell's font); Bob and Cleo are written whole."""
        long = "Responsable événement"
        tasks = [TASKS[0]] + [[r[0], r[1], r[2], r[3], r[4].replace("Ana", long).replace("ana", long.lower()),
                               r[5]] for r in TASKS[1:]]
        doc = self.workbook("longowner.ods", tasks)
        try:
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            t = doc.Sheets.getByName("Retroplan")
            scratch = doc.Sheets.getByName("Tasks")
            probe = scratch.getCellByPosition(25, 0)
            width = t.Columns.getByIndex(OWNER_COL).Width
            owners = [t.getCellByPosition(OWNER_COL, FIRST_TASK_ROW + i) for i in range(4)]
            for cell, full in zip(owners[:2], [long, long.lower() + " ; Bob"]):
                text = cell.getString()
                self.assertTrue(text.startswith(WARNING + " ") and text.endswith("\u2026"), text)
                self.assertTrue(full.startswith(text[2:-1]), (text, full))
                self.assertEqual(cell.getAnnotation().getString(), WARNING + " " + full)
                self.assertEqual(cell.CharColor, CRITICAL)
            for cell in owners:
                probe.setString(cell.getString())
                probe.CharFontName, probe.CharHeight = cell.CharFontName, cell.CharHeight
                scratch.Columns.getByIndex(25).OptimalWidth = True
                self.assertLessEqual(scratch.Columns.getByIndex(25).Width, width, cell.getString())
            self.assertEqual([o.getString() for o in owners[2:]], ["Bob", "Cleo"])
            self.assertEqual(owners[2].getAnnotation().getString(), "")
        finally:
            doc.close(True)

    def test_the_sheet_equals_retroplan_load(self):
        doc = self.workbook("same.ods")
        with tempfile.TemporaryDirectory() as tmp:
            plan, daily = os.path.join(tmp, "plan.csv"), os.path.join(tmp, "daily.csv")
            with open(plan, "w", newline="") as f:
                out = csv.writer(f)
                out.writerow(TASKS[0])
                for r in TASKS[1:]:
                    out.writerow([r[0], r[1], r[2], iso(r[3]) if r[3] else "", r[4],
                                  "50%" if r[5] else ""])
            listed = subprocess.run([CLI, "load", plan, "--deadline", "2027-04-02", "--daily", daily],
                                    check=True, capture_output=True, text=True).stdout
            overloads = list(csv.DictReader(listed.splitlines()))
            with open(daily) as f:
                days = list(csv.DictReader(f))
        try:
            self.rebuild(doc)
            w = doc.Sheets.getByName("Workload")
            rows = {w.getCellByPosition(0, r).getString(): r for r in range(FIRST_TASK_ROW, FIRST_TASK_ROW + 3)}
            self.assertEqual(len(days), 6 + 6 + 2)  # every loaded working day, hand count
            for day in days:
                c = self.col(datetime.date.fromisoformat(day["date"]))
                self.assertEqual(w.getCellByPosition(c, rows[day["person"]]).getValue(), float(day["load"]), day)
            loaded = sum(1 for r in rows.values() for c in range(FIRST_GRID_COL, FIRST_GRID_COL + 9)
                         if w.getCellByPosition(c, r).getString() != "")
            self.assertEqual(loaded, len(days))
            self.assertEqual(len(overloads), 1)
            first = FIRST_TASK_ROW + 6
            o = overloads[0]
            self.assertEqual((w.getCellByPosition(0, first).getString(), iso(w.getCellByPosition(1, first).getValue()),
                              iso(w.getCellByPosition(2, first).getValue()), w.getCellByPosition(3, first).getValue(),
                              w.getCellByPosition(4, first).getString()),
                             (o["person"], o["from"], o["to"], float(o["peak_load"]), o["tasks"]))
        finally:
            doc.close(True)

    def test_the_corporate_event_equals_retroplan_load(self):
        """The example's Workload sheet (weeks: each cell the week's busiest day) against the CLI."""
        with tempfile.TemporaryDirectory() as tmp:
            daily = os.path.join(tmp, "daily.csv")
            done = subprocess.run([CLI, "load", os.path.join(EXAMPLES, "corporate-event.csv"), "--deadline",
                                   "2027-10-14", "--holidays-file", os.path.join(EXAMPLES, "jours-feries-fr.txt"),
                                   "--daily", daily], check=True, capture_output=True, text=True)
            overloads = list(csv.DictReader(done.stdout.splitlines()))
            with open(daily) as f:
                days = list(csv.DictReader(f))
        doc = self.office.load(os.path.join(EXAMPLES, "corporate-event.ods"))
        try:
            self.assertTrue(self.rebuild(doc).startswith("OK: 15 tasks"))
            w = doc.Sheets.getByName("Workload")
            rows = {w.getCellByPosition(0, FIRST_TASK_ROW + i).getString(): FIRST_TASK_ROW + i for i in range(5)}
            self.assertEqual(len(rows), 5)
            first_monday = datetime.date(2027, 3, 8)  # the kick-off, Fri 03-12, is in its week
            self.assertEqual(w.getCellByPosition(FIRST_GRID_COL, FIRST_TASK_ROW - 1).getValue(), 8)
            busiest = {}
            for day in days:
                date = datetime.date.fromisoformat(day["date"])
                key = (rows[day["person"]], FIRST_GRID_COL + (date - first_monday).days // 7)
                busiest[key] = max(busiest.get(key, 0.0), float(day["load"]))
            for (r, c), load in busiest.items():
                self.assertEqual(w.getCellByPosition(c, r).getValue(), load, (r, c))
            shown = {(r, c) for r in rows.values() for c in range(FIRST_GRID_COL, FIRST_GRID_COL + 40)
                     if w.getCellByPosition(c, r).getString() != ""}
            self.assertEqual(shown, set(busiest))
            # The deliberate overload (VEN and INVL, the event manager's) and Logistics' one.
            listed = FIRST_TASK_ROW + 5 + 3
            got = [(w.getCellByPosition(0, r).getString(), iso(w.getCellByPosition(1, r).getValue()),
                    iso(w.getCellByPosition(2, r).getValue()), w.getCellByPosition(3, r).getValue(),
                    w.getCellByPosition(4, r).getString()) for r in range(listed, listed + len(overloads))]
            self.assertEqual(got, [(o["person"], o["from"], o["to"], float(o["peak_load"]), o["tasks"])
                                   for o in overloads])
            self.assertEqual(got[0][0], "Event manager")
            self.assertEqual(w.getCellByPosition(0, listed + len(overloads)).getString(), "")
        finally:
            doc.close(True)

    def test_a_french_document_gets_a_charge_sheet(self):
        doc = self.office.load(os.path.join(EXAMPLES, "campagne-multicanal.ods"))
        try:
            doc.Sheets.removeByName("Charge")
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertIn("Charge", self.names(doc))
            self.assertNotIn("Workload", self.names(doc))
            w = doc.Sheets.getByName("Charge")
            self.assertEqual(w.getCellByPosition(0, 0).getString(), "Charge \u2014 T\u00e2ches")
            self.assertEqual(w.getCellByPosition(0, FIRST_TASK_ROW - 1).getString(), "Personne")
        finally:
            doc.close(True)

    def test_no_workload_sheet_without_owners(self):
        no_column = [r[:3] + r[3:4] for r in TASKS]
        blank = [TASKS[0]] + [r[:4] + [""] + r[5:] for r in TASKS[1:]]
        for name, tasks in (("noowner.ods", no_column), ("blankowner.ods", blank)):
            doc = self.workbook(name, tasks)
            try:
                status = self.rebuild(doc)
                self.assertTrue(status.startswith("OK"), status)
                self.assertEqual(self.names(doc), ["Tasks", "Retroplan"], name)
                t = doc.Sheets.getByName("Retroplan")
                self.assertNotIn(WARNING, "".join(t.getCellByPosition(OWNER_COL, FIRST_TASK_ROW + i).getString()
                                                  for i in range(4)))
            finally:
                doc.close(True)
        # Owners removed after a rebuild: Retroplan's Workload sheet says so, never left stale.
        doc = self.workbook("ownersgone.ods")
        try:
            self.rebuild(doc)
            doc.Sheets.getByName("Tasks").getCellRangeByPosition(4, 4, 4, 7).clearContents(7)
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            w = doc.Sheets.getByName("Workload")
            self.assertEqual(self.used_end(w), (0, 1))
            self.assertEqual(w.getCellByPosition(0, 1).getString(),
                             "The task table names no owner: no load to show.")
        finally:
            doc.close(True)

    def test_a_users_workload_sheet_is_never_written(self):
        doc = self.workbook("mine.ods")
        try:
            doc.Sheets.insertNewByName("Workload", 1)
            doc.Sheets.getByName("Workload").getCellRangeByName("A1").setString("my notes")
            self.rebuild(doc)
            self.rebuild(doc)
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload (2)", "Workload"])
            mine = doc.Sheets.getByName("Workload")
            self.assertEqual(mine.getCellRangeByName("A1").getString(), "my notes")
            self.assertEqual(self.used_end(mine), (0, 0))
            ours = doc.Sheets.getByName("Workload (2)")
            self.assertEqual(ours.getCellByPosition(0, FIRST_TASK_ROW).getString(), "Ana")
            # Renamed, ours stays ours: the next rebuild writes it, not a new sheet.
            ours.Name = "Team load"
            self.rebuild(doc)
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Team load", "Workload"])
            self.assertEqual(mine.getCellRangeByName("A1").getString(), "my notes")
        finally:
            doc.close(True)

    def test_a_protected_workload_sheet_stops_the_rebuild(self):
        doc = self.workbook("protected.ods")
        try:
            self.rebuild(doc)
            t, w = doc.Sheets.getByName("Retroplan"), doc.Sheets.getByName("Workload")
            a_end = t.getCellByPosition(4, FIRST_TASK_ROW).getValue()
            w.protect("")
            doc.Sheets.getByName("Tasks").getCellRangeByName("C5").setValue(6)  # A: 5 -> 6 days
            status = self.rebuild(doc)
            self.assertIn("\u201CWorkload\u201D is protected", status)
            # Nothing was written: neither sheet.
            self.assertEqual(t.getCellByPosition(3, FIRST_TASK_ROW).getValue(), serial(2027, 3, 29))
            self.assertEqual(t.getCellByPosition(4, FIRST_TASK_ROW).getValue(), a_end)
            self.assertEqual(w.getCellByPosition(2, FIRST_TASK_ROW).getValue(), 200)
        finally:
            doc.close(True)

    def test_undo_takes_the_workload_sheet_back_in_one_step(self):
        doc = self.workbook("undo.ods")
        try:
            self.rebuild(doc)
            w = doc.Sheets.getByName("Workload")
            first = w.getCellRangeByPosition(0, 0, 20, 20).getDataArray()
            # A second rebuild after an edit: A 5 -> 6 days (Fri 03-26 .. Fri 04-02), then undone.
            doc.Sheets.getByName("Tasks").getCellRangeByName("C5").setValue(6)
            self.rebuild(doc)
            self.assertNotEqual(w.getCellRangeByPosition(0, 0, 20, 20).getDataArray(), first)
            doc.UndoManager.undo()  # the rebuild, one step: both sheets as they were
            self.assertEqual(w.getCellRangeByPosition(0, 0, 20, 20).getDataArray(), first)
            self.assertEqual(doc.Sheets.getByName("Retroplan").getCellByPosition(3, FIRST_TASK_ROW).getValue(),
                             serial(2027, 3, 29))
            doc.UndoManager.undo()  # the edit
            doc.UndoManager.undo()  # the first rebuild: headless, its new sheets stay, empty
            self.assertEqual(self.used_end(w), (0, 0))
            self.assertEqual(w.getCellByPosition(0, 0).getString(), "")
            self.assertEqual(self.used_end(doc.Sheets.getByName("Retroplan")), (0, 0))
            # Still Retroplan's: the next rebuild writes them again, no new sheet.
            self.rebuild(doc)
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload"])
            self.assertEqual(w.getCellRangeByPosition(0, 0, 20, 20).getDataArray(), first)
            self.assertTrue(self.office.alive())
        finally:
            doc.close(True)

    def test_levelling_moves_the_kickoff_two_working_days(self):
        doc = self.workbook("level.ods", level="yes")
        try:
            status = self.rebuild(doc)
            self.assertIn("levelling moves the kick-off 2 working days earlier", status)
            t = doc.Sheets.getByName("Retroplan")
            self.assertEqual(iso(t.getCellRangeByName("D3").getValue()), "2027-03-23")
            self.assertEqual(t.getCellRangeByName("E3").getString(), "levelled: 2 working days earlier")
            b = FIRST_TASK_ROW + 1
            self.assertEqual((iso(t.getCellByPosition(3, b).getValue()), iso(t.getCellByPosition(4, b).getValue())),
                             ("2027-03-23", "2027-03-26"))
            # Nobody over capacity at the levelled dates: no flag, no red, the axis from Tue 03-23.
            self.assertEqual([t.getCellByPosition(OWNER_COL, FIRST_TASK_ROW + i).getString() for i in range(4)],
                             ["Ana", "ana ; Bob", "Bob", "Cleo"])
            w = doc.Sheets.getByName("Workload")
            col = lambda day: self.col(day, datetime.date(2027, 3, 23))
            self.assertIn("levelling moves the kick-off 2 working days earlier", w.getCellByPosition(0, 3).getString())
            ana = FIRST_TASK_ROW
            self.assertEqual([w.getCellByPosition(col(datetime.date(2027, 3, n)), ana).getValue()
                              for n in (23, 26, 29, 31)], [100, 100, 100, 100])
            self.assertEqual(w.getCellByPosition(2, ana).getValue(), 100)  # peak
            self.assertEqual(w.getCellByPosition(0, FIRST_TASK_ROW + 6).getString(), "Nobody is over capacity")
            # Level = no: the plain dates again.
            doc.Sheets.getByName("Tasks").getCellRangeByName("B2").setString("no")
            status = self.rebuild(doc)
            self.assertNotIn("levelling", status)
            self.assertEqual(iso(t.getCellRangeByName("D3").getValue()), "2027-03-25")
            self.assertEqual(t.getCellRangeByName("E3").getString(), "")
        finally:
            doc.close(True)

    def test_retro_level_named_range_in_french(self):
        fr = [["N°", "Tâche", "Durée", "Échéance", "Responsable", "Charge"]] + [r[:] for r in TASKS[1:]]
        doc = self.workbook("lisser.ods", fr)
        try:
            tasks = doc.Sheets.getByName("Tasks")
            tasks.getCellRangeByName("H1").setString("oui")
            origin = uno.createUnoStruct("com.sun.star.table.CellAddress")
            doc.NamedRanges.addNewByName("RETRO_LEVEL", "$Tasks.$H$1", origin, 0)
            status = self.rebuild(doc)
            self.assertIn("2 working days earlier", status)
            t = doc.Sheets.getByName("Retroplan")
            self.assertEqual(iso(t.getCellRangeByName("D3").getValue()), "2027-03-23")
        finally:
            doc.close(True)

    def test_levelling_and_risk_share_the_kickoff_line(self):
        doc = self.workbook("levelrisk.ods", RISKY, level="yes")
        try:
            status = self.rebuild(doc)
            self.assertIn("; levelling moves the kick-off 2 working days earlier; " + START_BY, status)
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload", "Risk"])
            t = doc.Sheets.getByName("Retroplan")
            self.assertEqual(iso(t.getCellRangeByName("D3").getValue()), "2027-03-23")
            self.assertEqual(t.getCellRangeByName("E3").getString(),
                             "levelled: 2 working days earlier \u00B7 " + START_BY)
            # Level = no: the risk's note alone.
            doc.Sheets.getByName("Tasks").getCellRangeByName("B2").setString("no")
            status = self.rebuild(doc)
            self.assertNotIn("levelling", status)
            self.assertIn(START_BY, status)
            self.assertEqual(t.getCellRangeByName("E3").getString(), START_BY)
        finally:
            doc.close(True)

    def test_both_new_sheets_are_checked_before_anything_is_written(self):
        nobody = [RISKY[0]] + [r[:4] + [""] + r[5:] for r in RISKY[1:]]
        doc = self.workbook("checks.ods", nobody)
        try:
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Risk"])
            tasks = doc.Sheets.getByName("Tasks")
            tasks.getCellRangeByPosition(4, 4, 4, 7).setDataArray(tuple((r[4],) for r in TASKS[1:]))
            t = doc.Sheets.getByName("Retroplan")
            timeline = t.getCellRangeByPosition(0, 0, 30, 20).getDataArray()  # now out of date
            # The Risk sheet protected: no Workload sheet is added, the timeline keeps its owners.
            doc.Sheets.getByName("Risk").protect("")
            self.assertIn("\u201CRisk\u201D is protected", self.rebuild(doc))
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Risk"])
            self.assertEqual(t.getCellRangeByPosition(0, 0, 30, 20).getDataArray(), timeline)
            # The structure protected: the Workload sheet cannot be added, nothing written either.
            doc.Sheets.getByName("Risk").unprotect("")
            doc.protect("")
            self.assertIn("the Workload sheet cannot be added", self.rebuild(doc))
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Risk"])
            self.assertEqual(t.getCellRangeByPosition(0, 0, 30, 20).getDataArray(), timeline)
            doc.unprotect("")
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload", "Risk"])
            self.assertEqual(t.getCellByPosition(OWNER_COL, FIRST_TASK_ROW).getString(), WARNING + " Ana")
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
