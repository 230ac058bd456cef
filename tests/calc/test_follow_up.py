"""Following the plan in cells (issue 11): RETRO_STATUS, RETRO_EXPECTED_END, RETRO_DEVIATION and
RETRO_SCHEDULE's follow-up columns on the model's worked example with progress (§11), against the
model and the CLI, in the table's language; their problems reaching the cells; and the Save
baseline command, headless (the window's question is in tests/gui/test_gui.py)."""
import csv
import os
import tempfile
import unittest

from direct_calls import message_of  # first: before uno

from fixtures import CAMPAIGN, OfficeTestCase, SheetTestCase, cli_schedule, fill, iso  # noqa: E402

ILLEGAL_ARGUMENT, NA = 502, 32767
VALUE, STRING = 1, 2  # com.sun.star.sheet.FormulaResult

# Model §11: the §7 campaign plus WEB, at the status date Friday 2027-03-19; baseline ends =
# §7's latest ends (WEB: the deadline).
HEADER_EN = ["ID", "Name", "Duration", "Predecessors", "Buffer", "Actual start", "Actual end",
             "Progress", "Baseline end"]
HEADER_FR = ["N°", "Tâche", "Durée", "Prédécesseurs", "Marge", "Début réel", "Fin réelle",
             "Avancement", "Fin de référence"]
ROWS = [
    ["BRIEF", "Brief & KPIs", 5, "", "", "2027-03-01", "2027-03-05", "", "2027-03-08"],
    ["MSG", "Message validated", 3, "BRIEF", "", "2027-03-08", "2027-03-12", "", "2027-03-11"],
    ["VIS", "Visuals", 8, "MSG", 2, "2027-03-15", "", "25%", "2027-03-23"],
    ["TXT", "Copywriting", 4, "MSGSS+1", "", "", "", "", "2027-03-25"],
    ["VAL", "Client sign-off", 2, "VIS;TXT", "", "", "", "", "2027-03-30"],
    ["PR", "Press release", 2, "VAL", "", "", "", "", "2027-04-02"],
    ["PROG", "Scheduling posts", 3, "VAL", "", "", "", "", "2027-04-02"],
    ["GO", "Launch", 0, "PROG", "", "", "", "", "2027-04-02"],
    ["SOC", "Social teasing", 5, "VIS-2", "", "", "", "", "2027-04-02"],
    ["WEB", "Landing page", 6, "BRIEF", "", "2027-03-15", "", "50%", "2027-04-02"],
]
IDS = [r[0] for r in ROWS]
TASKS = "$A$1:$I$11"
SETTINGS = "DATE(2027;4;2);DATE(2027;3;29)"  # deadline; Easter Monday
TODAY = "DATE(2027;3;19)"
# Model §11's table, worked out by hand there: status, expected end, deviation.
MODEL = {
    "BRIEF": ("done", "2027-03-05", -1), "MSG": ("done", "2027-03-12", 1),
    "VIS": ("late", "2027-03-26", 3), "TXT": ("due soon", "2027-03-25", 0),
    "VAL": ("late", "2027-04-02", 3), "PR": ("late", "2027-04-06", 2),
    "PROG": ("late", "2027-04-07", 3), "GO": ("late", "2027-04-07", 3),
    "SOC": ("late", "2027-04-05", 1), "WEB": ("in progress", "2027-04-02", 0),
}
FRENCH = {"done": "terminé", "late": "en retard", "due soon": "échéance proche",
          "in progress": "en cours", "not started": "à venir"}


def write_csv(rows, directory):
    path = os.path.join(directory, "plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


class FollowUpCells(SheetTestCase):
    def setUp(self):
        super().setUp()
        self.tmp = tempfile.mkdtemp(prefix="retroplan-follow-up-")

    def columns(self, header):
        """RETRO_STATUS, RETRO_EXPECTED_END, RETRO_DEVIATION in K:M for every task."""
        fill(self.sheet, [header] + ROWS)
        for r in range(2, len(ROWS) + 2):
            for col, func in zip("KLM", ["RETRO_STATUS", "RETRO_EXPECTED_END", "RETRO_DEVIATION"]):
                self.cell(f"{col}{r}").setFormula(f"={func}(A{r};{TASKS};{SETTINGS};;{TODAY})")
        self.doc.calculateAll()
        return {tid: (self.cell(f"K{r}"), self.cell(f"L{r}"), self.cell(f"M{r}"))
                for r, tid in enumerate(IDS, start=2)}

    def cli(self, header):
        return cli_schedule(write_csv([header] + ROWS, self.tmp), "--deadline", "2027-04-02",
                            "--holidays", "2027-03-29", "--start", "2027-03-19")

    def test_worked_example_matches_the_model_and_the_cli(self):
        cells = self.columns(HEADER_EN)
        cli = self.cli(HEADER_EN)
        for tid, (status, end, deviation) in cells.items():
            for c in (status, end, deviation):
                self.assertEqual(c.getError(), 0, tid)
            want_status, want_end, want_deviation = MODEL[tid]
            self.assertEqual(status.getString(), want_status, tid)
            self.assertEqual(iso(end.getValue()), want_end, tid)
            self.assertEqual(deviation.getValue(), want_deviation, tid)
            self.assertEqual(status.getString(), cli[tid]["status"], tid)
            self.assertEqual(iso(end.getValue()), cli[tid]["expected_end"], tid)
            self.assertEqual(int(deviation.getValue()), int(cli[tid]["deviation"]), tid)

    def test_a_french_table_gives_french_words_in_any_office(self):
        cells = self.columns(HEADER_FR)
        cli = self.cli(HEADER_FR)
        for tid, (status, end, _) in cells.items():
            self.assertEqual(status.getString(), FRENCH[MODEL[tid][0]], tid)
            self.assertEqual(status.getString(), cli[tid]["status"], tid)
            self.assertEqual(iso(end.getValue()), MODEL[tid][1], tid)

    def test_alert_window(self):
        # TXT must start Monday 03-22, one working day after the status date: due soon within
        # 2 working days (the default), not within 1 or 0.
        fill(self.sheet, [HEADER_EN] + ROWS)
        for days, want in (("", "due soon"), ("2", "due soon"), ("1", "not started"), ("0", "not started"),
                           ("5", "due soon")):
            c = self.formula("K1", f"=RETRO_STATUS(\"TXT\";{TASKS};{SETTINGS};;{TODAY};{days})")
            self.assertEqual(c.getString(), want, days)
        # WEB, started, is due to finish 04-02: 10 working days ahead.
        c = self.formula("K2", f"=RETRO_STATUS(\"WEB\";{TASKS};{SETTINGS};;{TODAY};10)")
        self.assertEqual(c.getString(), "due soon")

    def test_without_status_date_or_baseline_the_cells_are_empty(self):
        fill(self.sheet, [HEADER_EN] + ROWS)
        for func in ("RETRO_STATUS", "RETRO_EXPECTED_END", "RETRO_DEVIATION"):
            c = self.formula("K1", f"={func}(\"VIS\";{TASKS};{SETTINGS})")
            self.assertEqual((c.getError(), c.getString()), (0, ""), func)
        no_baseline = "$A$1:$H$11"  # the same table without its Baseline end column
        status = self.formula("K2", f"=RETRO_STATUS(\"VIS\";{no_baseline};{SETTINGS};;{TODAY})")
        self.assertEqual(status.getString(), "late")
        deviation = self.formula("K3", f"=RETRO_DEVIATION(\"VIS\";{no_baseline};{SETTINGS};;{TODAY})")
        self.assertEqual((deviation.getError(), deviation.getString()), (0, ""))
        self.cell("I4").setString("")  # VIS without a baseline end: its deviation only is empty
        self.doc.calculateAll()
        self.assertEqual(self.formula("K4", f"=RETRO_DEVIATION(\"VIS\";{TASKS};{SETTINGS};;{TODAY})").getString(), "")
        self.assertEqual(self.formula("K5", f"=RETRO_DEVIATION(\"VAL\";{TASKS};{SETTINGS};;{TODAY})").getValue(), 3)
        unknown = self.formula("K6", f"=RETRO_STATUS(\"NOPE\";{TASKS};{SETTINGS};;{TODAY})")
        self.assertEqual(unknown.getError(), NA)

    def test_a_done_task_has_no_slack(self):
        # Model §8: a done task has no slack, the cell stays empty (as the CLI's column); §11's
        # BRIEF and MSG are done on 03-19. VIS is late by 3 (slack -3), WEB keeps 7 days. Without
        # a status date nothing is done: BRIEF is critical with slack 0 (§7).
        fill(self.sheet, [HEADER_EN] + ROWS)
        for tid in ("BRIEF", "MSG"):
            for func in ("RETRO_SLACK", "RETRO_FREE_SLACK"):
                c = self.formula("K1", f"={func}(\"{tid}\";{TASKS};{SETTINGS};;{TODAY})")
                self.assertEqual((c.getError(), c.FormulaResultType2, c.getString()), (0, STRING, ""),
                                 (tid, func))
            critical = self.formula("K2", f"=RETRO_CRITICAL(\"{tid}\";{TASKS};{SETTINGS};;{TODAY})")
            self.assertEqual(critical.getValue(), 0)  # and never critical
        for tid, slack in (("VIS", -3), ("WEB", 7)):
            c = self.formula("K3", f"=RETRO_SLACK(\"{tid}\";{TASKS};{SETTINGS};;{TODAY})")
            self.assertEqual((c.FormulaResultType2, c.getValue()), (VALUE, slack), tid)
        plain = self.formula("K4", f"=RETRO_SLACK(\"BRIEF\";{TASKS};{SETTINGS})")
        self.assertEqual((plain.FormulaResultType2, plain.getString()), (VALUE, "0"))
        # RETRO_SCHEDULE's slack columns too.
        array = self.sheet.getCellRangeByName("K20:V29")
        array.setArrayFormula(f"=RETRO_SCHEDULE({TASKS};{SETTINGS};;{TODAY})")
        self.doc.calculateAll()
        rows = array.getDataArray()
        self.assertEqual([r[5:7] for r in rows[:2]], [("", ""), ("", "")])
        self.assertEqual((rows[2][5], rows[9][5]), (-3, 7))  # VIS, WEB

    def test_schedule_array_has_twelve_columns_and_eight_still_work(self):
        fill(self.sheet, [HEADER_EN] + ROWS)
        twelve = self.sheet.getCellRangeByName("K20:V29")
        twelve.setArrayFormula(f"=RETRO_SCHEDULE({TASKS};{SETTINGS};;{TODAY})")
        eight = self.sheet.getCellRangeByName("K40:R49")
        eight.setArrayFormula(f"=RETRO_SCHEDULE({TASKS};{SETTINGS};;{TODAY})")
        plain = self.sheet.getCellRangeByName("K60:V69")
        plain.setArrayFormula(f"=RETRO_SCHEDULE({TASKS};{SETTINGS})")
        self.doc.calculateAll()
        cli = self.cli(HEADER_EN)
        rows = twelve.getDataArray()
        for row, tid in zip(rows, IDS):
            self.assertEqual(row[0], tid)
            status, start, end, deviation = row[8:12]
            self.assertEqual((status, iso(end), int(deviation)), MODEL[tid], tid)
            self.assertEqual(iso(start), cli[tid]["expected_start"], tid)
            self.assertEqual((iso(row[1]), iso(row[2])), (cli[tid]["start"], cli[tid]["end"]), tid)
        # Model §11: expected starts TXT 03-22, SOC 03-30.
        self.assertEqual(iso(rows[3][9]), "2027-03-22")
        self.assertEqual(iso(rows[8][9]), "2027-03-30")
        self.assertEqual([list(r) for r in eight.getDataArray()], [list(r[:8]) for r in rows])
        for c in range(8):  # no error anywhere in an 8-column selection
            self.assertEqual(eight.getCellByPosition(c, 0).getError(), 0)
        # Without a status date there is no follow-up: 8 columns, #N/A beyond (an empty element
        # would cost Calc as much as a string per row).
        for r in range(len(IDS)):
            for c in range(8, 12):
                self.assertEqual(plain.getCellByPosition(c, r).getError(), NA, (r, c))
        self.assertEqual(iso(plain.getCellByPosition(1, 0).getValue()), "2027-03-02")
        self.assertEqual(plain.getCellByPosition(7, 0).getError(), 0)
        # Without baseline ends, no deviation column.
        no_baseline = self.sheet.getCellRangeByName("K80:V89")
        no_baseline.setArrayFormula(f"=RETRO_SCHEDULE($A$1:$H$11;{SETTINGS};;{TODAY})")
        self.doc.calculateAll()
        self.assertEqual(no_baseline.getCellByPosition(8, 2).getString(), "late")  # VIS
        self.assertEqual(iso(no_baseline.getCellByPosition(10, 2).getValue()), "2027-03-26")
        self.assertEqual(no_baseline.getCellByPosition(11, 2).getError(), NA)

    def test_each_follow_up_problem_reaches_only_the_cells_it_changes(self):
        # Model §15: a progress or actual-date problem of task X reaches the status, expected end
        # and deviation of X and of every task downstream of it; a baseline problem only X's
        # deviation. Every other cell keeps §11's value. Downstream, from §11's links: VIS → VAL
        # (→ PR, PROG → GO) and SOC; TXT → VAL …; BRIEF → everything.
        cells = self.columns(HEADER_EN)
        check = f"=RETRO_CHECK({TASKS};{SETTINGS};;{TODAY})"
        from_vis = {"VIS", "VAL", "PR", "PROG", "GO", "SOC"}
        from_txt = {"TXT", "VAL", "PR", "PROG", "GO"}
        cases = [  # (cell, bad value, problem, what the message says, tasks reached, deviation only)
            ("H4", "140%", "bad_progress", ["row 4", "Progress", "140%", "is not a percentage from 0 to 100 %"],
             from_vis, set()),
            ("F5", "soon", "bad_actual_date", ["row 5", "Actual start", "soon", "is not a valid date"],
             from_txt, set()),
            ("F5", "2027-03-22", "actual_after_status_date", ["row 5", "2027-03-22", "is after the status date"],
             from_txt, set()),
            ("G2", "2027-02-26", "actual_end_before_start", ["row 2", "2027-02-26", "is before the actual start"],
             set(IDS), set()),
            ("I6", "someday", "bad_baseline_date", ["row 6", "Baseline end", "baseline date", "someday"],
             set(), {"VAL"}),
        ]
        for name, value, problem, words, reached, deviation_only in cases:
            with self.subTest(problem):
                before = self.cell(name).getString()
                self.cell(name).setString(value)
                self.doc.calculateAll()
                text = self.formula("K20", check).getString()
                for w in words:
                    self.assertIn(w, text)
                for tid, (status, end, deviation) in cells.items():
                    want_status, want_end, want_deviation = MODEL[tid]
                    if tid in reached:
                        for c in (status, end, deviation):
                            self.assertEqual(c.getError(), ILLEGAL_ARGUMENT, tid)
                        continue
                    self.assertEqual((status.getError(), status.getString()), (0, want_status), tid)
                    self.assertEqual((end.getError(), iso(end.getValue())), (0, want_end), tid)
                    if tid in deviation_only:
                        self.assertEqual(deviation.getError(), ILLEGAL_ARGUMENT, tid)
                    else:
                        self.assertEqual((deviation.getError(), deviation.getValue()), (0, want_deviation), tid)
                # An Err:502 cell's message is the first problem in words, as RETRO_CHECK says it.
                first = sorted(reached | deviation_only, key=IDS.index)[0]
                method = "retroDeviation" if deviation_only else "retroStatus"
                message = message_of(self.office, self.doc, method, first, self.cell("A1:I11"),
                                     46479.0, 46475.0, None, 46465.0, None)
                self.assertTrue(message and text.startswith(message), (message, text))
                self.cell(name).setString(before)
        self.doc.calculateAll()
        self.assertEqual(self.formula("K20", check).getString(), "OK")
        for tid, (status, _, _) in cells.items():
            self.assertEqual(status.getString(), MODEL[tid][0], tid)
        # The alert window is an argument: Err:502 in the cell, its message from the function.
        bad = self.formula("K21", f"=RETRO_STATUS(\"TXT\";{TASKS};{SETTINGS};;{TODAY};-1)")
        self.assertEqual(bad.getError(), ILLEGAL_ARGUMENT)
        # Deadline 2027-04-02, Easter Monday 03-29, status date 03-19, as serials.
        message = message_of(self.office, self.doc, "retroStatus", "TXT", self.cell("A1:I11"),
                             46479.0, 46475.0, None, 46465.0, "soon")
        self.assertIn("alert window \u201Csoon\u201D is not a whole number of working days", message)


class SaveBaseline(SheetTestCase):
    """org.retroplan.command:SaveBaseline on a Tasks sheet as the rebuild reads it: labels on top,
    the table from row 4 (A4:F13)."""

    def setUp(self):
        super().setUp()
        self.sheet.Name = "Tasks"
        fill(self.sheet, [["Deadline", ""], ["Holidays", ""]])
        self.sheet.getCellRangeByName("B1").setFormula("=DATE(2027;4;2)")
        self.sheet.getCellRangeByName("B2").setFormula("=DATE(2027;3;29)")

    def save(self):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(self.doc.CurrentController.Frame, "org.retroplan.command:SaveBaseline",
                               "", 0, ())
        return self.doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")

    def everything(self):
        return self.sheet.getCellRangeByName("A1:Z40").getDataArray()

    def is_date_format(self, cell):
        formats = self.doc.NumberFormats
        return bool(formats.getByKey(cell.NumberFormat).Type & 2)  # css.util.NumberFormat.DATE

    def test_adds_the_columns_fills_them_undo_restores_and_a_second_save_overwrites(self):
        fill(self.sheet, CAMPAIGN, 0, 3)
        before = self.everything()
        status = self.save()
        self.assertEqual(status, "OK: 9 tasks: baseline saved in columns G (Baseline start) and "
                                 "H (Baseline end)")
        self.assertEqual((self.sheet.getCellRangeByName("G4").getString(),
                          self.sheet.getCellRangeByName("H4").getString()), ("Baseline start", "Baseline end"))
        got = {row[0]: (iso(row[6]), iso(row[7]))
               for row in self.sheet.getCellRangeByName("A5:H13").getDataArray()}
        # Model §7's latest dates, worked out there by hand.
        self.assertEqual(got["BRIEF"], ("2027-03-02", "2027-03-08"))
        self.assertEqual(got["VIS"], ("2027-03-12", "2027-03-23"))
        self.assertEqual(got["TXT"], ("2027-03-22", "2027-03-25"))
        self.assertEqual(got["GO"], ("2027-04-02", "2027-04-02"))  # a milestone: one day
        self.assertEqual(got["SOC"], ("2027-03-26", "2027-04-02"))
        self.assertTrue(self.is_date_format(self.sheet.getCellRangeByName("G5")))
        self.assertTrue(self.is_date_format(self.sheet.getCellRangeByName("H13")))
        # No other cell changed.
        after = self.everything()
        for r, (old, new) in enumerate(zip(before, after)):
            for c, (a, b) in enumerate(zip(old, new)):
                if not (3 <= r <= 12 and c in (6, 7)):
                    self.assertEqual(a, b, (r, c))
        self.doc.UndoManager.undo()  # one step takes it all back
        self.assertEqual(self.everything(), before)
        self.assertFalse(self.is_date_format(self.sheet.getCellRangeByName("G5")))
        self.doc.UndoManager.redo()
        self.assertEqual(self.everything(), after)

        # A week more for BRIEF moves its latest start 5 working days earlier; saving again
        # overwrites the baseline in place, without a third column (headless: no question).
        self.sheet.getCellRangeByName("C5").setValue(10)
        status = self.save()
        self.assertTrue(status.startswith("OK: 9 tasks"), status)
        brief = self.sheet.getCellRangeByName("G5:H5").getDataArray()[0]
        self.assertEqual((iso(brief[0]), iso(brief[1])), ("2027-02-23", "2027-03-08"))
        self.assertEqual(self.sheet.getCellRangeByName("I4").getString(), "")
        self.doc.UndoManager.undo()  # back to the first baseline
        self.assertEqual(iso(self.sheet.getCellRangeByName("G5").getValue()), "2027-03-02")

    def test_added_columns_show_their_header_and_dates_as_the_due_dates(self):
        """A review saw "Baseline st▸" and baseline dates in another format than the table's."""
        plan = [r[:] + [""] for r in CAMPAIGN]
        plan[0][6] = "Due"
        fill(self.sheet, plan, 0, 3)
        iso_format = self.doc.NumberFormats.queryKey("YYYY-MM-DD", self.doc.CharLocale, False)
        if iso_format == -1:
            iso_format = self.doc.NumberFormats.addNew("YYYY-MM-DD", self.doc.CharLocale)
        self.sheet.getCellRangeByName("G5:G13").NumberFormat = iso_format
        status = self.save()
        self.assertIn("H (Baseline start) and I (Baseline end)", status)
        for col in (7, 8):
            self.assertEqual(self.sheet.getCellByPosition(col, 5).NumberFormat, iso_format)
            column = self.sheet.Columns.getByIndex(col)
            width = column.Width
            column.OptimalWidth = True  # what the header and the dates need
            self.assertGreaterEqual(width, column.Width)
            self.assertGreater(width, 2258)  # wider than a default column, which clips the header

    def test_a_fresh_baseline_gives_no_deviation(self):
        # Model §9: with the baseline equal to today's latest dates and no task late, every
        # deviation is 0 (status date Monday 03-01, the day before the kick-off).
        fill(self.sheet, CAMPAIGN, 0, 3)
        self.save()
        column = self.sheet.getCellRangeByName("J5:J13")
        column.setFormulaArray(tuple(
            (f"=RETRO_DEVIATION(A{r};$A$4:$H$13;$B$1;$B$2;;DATE(2027;3;1))",) for r in range(5, 14)))
        self.doc.calculateAll()
        self.assertEqual([row[0] for row in column.getDataArray()], [0.0] * 9)

    def test_existing_columns_are_reused_and_a_french_table_gets_french_headers(self):
        french = [["N°", "Tâche", "Durée", "Prédécesseurs", "Fin de référence"]] + \
            [[r[0], r[1], r[2], r[3], ""] for r in CAMPAIGN[1:]]
        fill(self.sheet, french, 0, 3)
        status = self.save()
        self.assertTrue(status.startswith("OK: 9 tasks"), status)
        # The end goes where it is (E), the missing start after the table (F), headed in French.
        self.assertEqual(self.sheet.getCellRangeByName("F4").getString(), "Début de référence")
        vis = self.sheet.getCellRangeByName("A7:F7").getDataArray()[0]
        self.assertEqual(vis[0], "VIS")
        # Without §7's buffer VIS ends the day before VAL starts (Fri 03-26): Thu 03-25.
        self.assertEqual((iso(vis[5]), iso(vis[4])), ("2027-03-16", "2027-03-25"))

    def test_a_cell_beside_the_table_is_never_overwritten(self):
        fill(self.sheet, CAMPAIGN, 0, 3)
        self.sheet.getCellRangeByName("H9").setString("a note")
        before = self.everything()
        status = self.save()
        self.assertIn("column H", status)
        self.assertIn("not empty", status)
        self.assertEqual(self.everything(), before)

    def test_a_protected_sheet_is_never_written(self):
        fill(self.sheet, CAMPAIGN, 0, 3)
        self.sheet.protect("")
        before = self.everything()
        status = self.save()
        self.assertIn("is protected", status)
        self.assertEqual(self.everything(), before)

    def test_from_the_retroplan_sheet_the_table_it_was_built_from_gets_the_baseline(self):
        # The rebuild's choice of task sheet (retroplan/task_sheet.hpp), never a Retroplan sheet:
        # no sheet is named Tasks, the person is on the Retroplan sheet the rebuild left them on,
        # and a notes sheet comes first. The sheet the timeline was built from gets the baseline.
        self.sheet.Name = "Plan v2"
        fill(self.sheet, CAMPAIGN, 0, 3)
        self.doc.Sheets.insertNewByName("Notes", 0)
        self.doc.Sheets.getByName("Notes").getCellRangeByName("A1").setString("Meeting notes")
        self.doc.CurrentController.setActiveSheet(self.sheet)
        self.assertTrue(self.rebuild(self.doc).startswith("OK: 9 tasks"))
        self.assertEqual(self.doc.CurrentController.ActiveSheet.Name, "Retroplan")
        timeline = self.doc.Sheets.getByName("Retroplan").getCellRangeByName("A1:AZ40")
        before = timeline.getDataArray()
        status = self.save()
        self.assertEqual(status, "OK: 9 tasks: baseline saved in columns G (Baseline start) and "
                                 "H (Baseline end)")
        brief = self.sheet.getCellRangeByName("G5:H5").getDataArray()[0]
        self.assertEqual((iso(brief[0]), iso(brief[1])), ("2027-03-02", "2027-03-08"))
        # The timeline is not written; only its freshness cell moves: the timeline draws baselines
        # (underlines), so a baseline saved in the table is out of date there until a rebuild.
        self.assertEqual(before[6][3], "up to date")
        after = [list(row) for row in timeline.getDataArray()]
        self.assertEqual(after[6][3], "out of date \u2014 rebuild")
        after[6][3] = before[6][3]
        self.assertEqual(tuple(map(tuple, after)), before)

    def test_an_unusable_plan_is_named(self):
        fill(self.sheet, CAMPAIGN, 0, 3)
        self.sheet.getCellRangeByName("D5").setString("GO")  # a cycle
        before = self.everything()
        status = self.save()
        self.assertTrue(status.startswith("The baseline was not saved."), status)
        self.assertIn("[cycle]", status)
        self.assertEqual(self.everything(), before)


class FrenchOffice(OfficeTestCase):
    """The new functions under their French names, in a French office, on a French table."""

    ui_locale = "fr-FR"

    def test_french_names(self):
        doc = self.office.new_calc()
        try:
            sheet = doc.Sheets.getByIndex(0)
            header = HEADER_FR + ["Responsable", "Optimiste", "Probable", "Pessimiste"]
            rows = [r + ["Ana", r[2], r[2], r[2]] for r in ROWS]
            fill(sheet, [header] + rows)
            t = "$A$1:$M$11"
            s = "DATE(2027;4;2);DATE(2027;3;29)"
            cases = {  # formula: value (hand: model §11, §7; Ana owns every task)
                f'=RETRO.STATUT("VIS";{t};{s};;DATE(2027;3;19))': "en retard",
                f'=RETRO.FIN.PREVUE("VIS";{t};{s};;DATE(2027;3;19))': "2027-03-26",
                f'=RETRO.ECART("PR";{t};{s};;DATE(2027;3;19))': 2,
                f'=RETRO.CHARGE("ana";DATE(2027;4;1);{t};{s})': 400,  # PR, PROG, SOC, WEB
                f'=RETRO.SURCHARGE("TXT";{t};{s})': 1,  # with VIS on 03-22 and 03-23
                f'=RETRO.DEBUT.LISSE("GO";{t};{s})': "2027-04-02",
                f'=RETRO.FIN.LISSEE("GO";{t};{s})': "2027-04-02",
                f'=RETRO.DEMARRAGE.A({t};DATE(2027;4;2);0,8;DATE(2027;3;29);;100)': "2027-03-02",
                f'=RETRO.CRITICITE("TXT";{t};{s};;100)': 0,
            }
            cell = sheet.getCellRangeByName("O1")
            for text, want in cases.items():
                with self.subTest(text):
                    cell.FormulaLocal = text
                    doc.calculateAll()
                    self.assertEqual(cell.getError(), 0)
                    got = cell.getString() if isinstance(want, str) and not want[0].isdigit() else (
                        iso(cell.getValue()) if isinstance(want, str) else cell.getValue())
                    self.assertEqual(got, want)
            cell.FormulaLocal = f"=RETRO.DEMARRAGE.LISSE({t};{s})"  # one person on everything:
            doc.calculateAll()                                      # far earlier than 03-02
            self.assertLess(iso(cell.getValue()), "2027-03-02")
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
