"""The rebuilt Retroplan sheet following the plan (issue 11, item 5), in a headless LibreOffice with
the built .oxt, on the model's worked example with progress (§11: the §7 campaign plus WEB at the
status date Friday 2027-03-19, alert window 2): the status column and its colors, done tasks, done
shares, overruns and baseline marks in the grid, the counts and "late by 3" in the summary, the
alert box; the alert window setting; the status date taken from today when there is progress but
no start setting; and nothing of this without progress data and without a start date. Expected
values are the model's §11 table, worked out by hand there."""
import datetime
import os
import shutil
import unittest

from fixtures import CAMPAIGN, EXAMPLES, OfficeTestCase, fill, iso
from office import prop  # noqa: F401  (the office's helpers load uno first)

# 0-based rows and columns with a status date (addin/timeline_sheet.hxx, Layout): the summary in
# rows 1-6 (values in D), the counts in row 7, the alert box's title in row 8 and its tasks under
# it; then the legend, the header rows and the tasks; the status in column G, the grid from I.
STATUS_ROW, COUNTS_ROW, ALERT_ROW = 4, 7, 8
STATUS_COL, FIRST_GRID_COL = 6, 8
# Without one (issue 10's layout): the legend in row 7, tasks from row 11, the grid from H.
PLAIN_FIRST_TASK_ROW, PLAIN_LEGEND_ROW = 11, 7

DONE, LATE, DUE_SOON, IN_PROGRESS = 0x27AE60, 0xC0392B, 0xE67E22, 0x2E86C1
CRITICAL, TASK = 0xC0392B, 0x2E86C1
CRITICAL_SHARE, TASK_SHARE, OVERRUN, BASELINE = 0x78281F, 0x1B4F72, 0x4A0E0E, 0x17202A
FIRST_DAY = datetime.date(2027, 3, 1)  # BRIEF's actual start: the grid's first column

HEADER = CAMPAIGN[0] + ["Actual start", "Actual end", "Progress", "Baseline end"]
PROGRESS = {  # model §11: actuals and baseline ends (§7's latest ends; WEB: the deadline)
    "BRIEF": ["2027-03-01", "2027-03-05", "", "2027-03-08"],
    "MSG": ["2027-03-08", "2027-03-12", "", "2027-03-11"],
    "VIS": ["2027-03-15", "", "25%", "2027-03-23"],
    "TXT": ["", "", "", "2027-03-25"], "VAL": ["", "", "", "2027-03-30"],
    "PR": ["", "", "", "2027-04-02"], "PROG": ["", "", "", "2027-04-02"],
    "GO": ["", "", "", "2027-04-02"], "SOC": ["", "", "", "2027-04-02"],
    "WEB": ["2027-03-15", "", "50%", "2027-04-02"],
}
# Short owners (and MSG's and PROG's names) keep the task columns narrow enough for day columns: 03-01 to
# 04-07 is 38 days of 22 px beside at most 624 px of task columns (retroplan/timeline_fit.hpp).
OWNERS = {"BRIEF": "Ann", "MSG": "Client", "VIS": "Bob", "TXT": "Cy", "VAL": "Client", "PR": "Dee",
          "PROG": "Eve", "GO": "Ann", "SOC": "Eve", "WEB": "Fay"}
NAMES = {"MSG": "Message", "PROG": "Posts"}
ROWS = [[r[0], NAMES.get(r[0], r[1])] + r[2:5] + [OWNERS[r[0]]] + PROGRESS[r[0]]
        for r in CAMPAIGN[1:]] + [
    ["WEB", "Landing page", 6, "BRIEF", "", OWNERS["WEB"]] + PROGRESS["WEB"]]
IDS = [r[0] for r in ROWS]
# §11's statuses, in table order.
STATUSES = ["done", "done", "late", "due soon", "late", "late", "late", "late", "late",
            "in progress"]
# The alert list: the late tasks by the date of their next commitment, then the due-soon one
# (§10: not started, its latest start; started, its latest end; a milestone, its day).
ALERTS = [("VIS", "Visuals", "Bob", "finish", "2027-03-23", "late"),
          ("VAL", "Client sign-off", "Client", "start", "2027-03-26", "late"),
          ("SOC", "Social teasing", "Eve", "start", "2027-03-26", "late"),
          ("PROG", "Posts", "Eve", "start", "2027-03-31", "late"),
          ("PR", "Press release", "Dee", "start", "2027-04-01", "late"),
          ("GO", "Launch", "Ann", "finish", "2027-04-02", "late"),
          ("TXT", "Copywriting", "Cy", "start", "2027-03-22", "due soon")]


def grid(day):
    return FIRST_GRID_COL + (datetime.date.fromisoformat(day) - FIRST_DAY).days


class FollowSheet(OfficeTestCase):
    def workbook(self, rows=None, header=None, start="DATE(2027;3;19)", alert_days=None):
        """Deadline, holidays, start (and alert days) labelled above the table, which starts in
        row 6."""
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        sheet = doc.Sheets.getByIndex(0)
        sheet.Name = "Tasks"
        labels = [["Deadline", ""], ["Holidays", ""], ["Start" if start else "", ""],
                  ["Alert days" if alert_days is not None else "", ""]]
        fill(sheet, labels)
        sheet.getCellRangeByName("B1").setFormula("=DATE(2027;4;2)")
        sheet.getCellRangeByName("B2").setFormula("=DATE(2027;3;29)")
        if start:
            sheet.getCellRangeByName("B3").setFormula("=" + start)
        if alert_days is not None:
            sheet.getCellRangeByName("B4").setValue(alert_days)
        fill(sheet, [header or HEADER] + (rows or ROWS), 0, 5)
        return doc

    def rebuilt(self, doc):
        status = self.rebuild(doc)
        self.assertTrue(status.startswith("OK"), status)
        return doc.Sheets.getByName("Retroplan")

    @staticmethod
    def first_task_row(out, first_id="BRIEF"):
        """The row of the first task's ID in column A, under the header rows."""
        for r in range(5, 60):
            if out.getCellByPosition(0, r).getString() == first_id and \
                    out.getCellByPosition(0, r - 1).getString() == "ID":
                return r
        raise AssertionError("no task rows")

    def test_worked_example_statuses_marks_summary_and_alert_box(self):
        out = self.rebuilt(self.workbook())
        first = self.first_task_row(out)
        # Seven alerts under the box's title, the legend, three header rows: tasks from row 20.
        self.assertEqual(first, ALERT_ROW + 1 + len(ALERTS) + 1 + 3)
        self.assertEqual(out.getCellByPosition(STATUS_COL, first - 1).getString(), "Status")
        self.assertTrue(out.getCellByPosition(0, first - 3).getString().startswith("One column per day"))
        # The status column, its words colored.
        words = [out.getCellByPosition(STATUS_COL, first + i).getString() for i in range(len(IDS))]
        self.assertEqual(words, STATUSES)
        colors = {"done": DONE, "late": LATE, "due soon": DUE_SOON, "in progress": IN_PROGRESS}
        for i, word in enumerate(STATUSES):
            self.assertEqual(out.getCellByPosition(STATUS_COL, first + i).CharColor, colors[word], IDS[i])
        # The summary: late by 3 from the forecast, and the counts per status.
        self.assertEqual(out.getCellByPosition(3, STATUS_ROW).getString(), "Late by 3 working days")
        self.assertEqual(out.getCellByPosition(0, COUNTS_ROW).getString(), "Statuses")
        self.assertEqual(out.getCellByPosition(3, COUNTS_ROW).getString(),
                         "done: 2 \u00b7 late: 6 \u00b7 due soon: 1 \u00b7 in progress: 1 \u00b7 not started: 0")
        # The alert box: its title, then ID, name, owner, what is due, when, status.
        self.assertEqual(out.getCellByPosition(0, ALERT_ROW).getString(),
                         "Alerts on 2027-03-19 (late, then due within 2 working days)")
        for k, (tid, name, owner, what, when, status) in enumerate(ALERTS):
            r = ALERT_ROW + 1 + k
            row = [out.getCellByPosition(c, r).getString() for c in range(4)]
            self.assertEqual(row, [tid, name, owner, what], r)
            self.assertEqual(iso(out.getCellByPosition(4, r).getValue()), when, tid)
            self.assertEqual(out.getCellByPosition(STATUS_COL, r).getString(), status, tid)

        def back(task, day):
            return out.getCellByPosition(grid(day), first + IDS.index(task)).CellBackColor

        # Done tasks at their actual dates (BRIEF 03-01..03-05, MSG 03-08..03-12), nothing at their
        # latest dates after that (BRIEF's latest end was Mon 03-08).
        for day in ("2027-03-01", "2027-03-05"):
            self.assertEqual(back("BRIEF", day), DONE, day)
        self.assertEqual(back("MSG", "2027-03-12"), DONE)
        self.assertNotIn(back("BRIEF", "2027-03-08"), (DONE, CRITICAL, TASK))
        # VIS: 2 of 8 days done, the first two of its bar (Fri 03-12, Mon 03-15) darker; the rest
        # of its bar critical to Tue 03-23; its overrun Wed 03-24..Fri 03-26 in dark red.
        self.assertEqual(back("VIS", "2027-03-12"), CRITICAL_SHARE)
        self.assertEqual(back("VIS", "2027-03-15"), CRITICAL_SHARE)
        self.assertEqual(back("VIS", "2027-03-16"), CRITICAL)
        self.assertEqual(back("VIS", "2027-03-23"), CRITICAL)
        for day in ("2027-03-24", "2027-03-26"):
            self.assertEqual(back("VIS", day), OVERRUN, day)
        # WEB, with slack: 3 of 6 days done (Thu 03-25, Fri 03-26, Tue 03-30), then its bar.
        self.assertEqual(back("WEB", "2027-03-25"), TASK_SHARE)
        self.assertEqual(back("WEB", "2027-03-30"), TASK_SHARE)
        self.assertEqual(back("WEB", "2027-03-31"), TASK)
        # VAL (latest 03-26..03-30) expected to end Fri 04-02: overrun 03-31..04-02.
        self.assertEqual(back("VAL", "2027-03-30"), CRITICAL)
        self.assertEqual(back("VAL", "2027-03-31"), OVERRUN)
        self.assertEqual(back("VAL", "2027-04-02"), OVERRUN)
        # TXT is not late: no overrun after its latest end, Thu 03-25.
        self.assertNotEqual(back("TXT", "2027-03-26"), OVERRUN)
        # The baseline under its end's day (no baseline start column): BRIEF Mon 03-08.
        line = out.getCellByPosition(grid("2027-03-08"), first).BottomBorder
        self.assertEqual((line.Color, line.LineWidth > 0), (BASELINE, True))
        self.assertEqual(out.getCellByPosition(grid("2027-03-09"), first).BottomBorder.LineWidth, 0)
        # The legend names what was drawn.
        legend = out.getCellByPosition(0, first - 4).getString()
        for word in ("Done", "Done share", "Overrun", "Baseline"):
            self.assertIn(word, legend)

    def test_alert_days_setting(self):
        # A window of 0 days: TXT (its latest start Mon 03-22, one working day ahead) is not due
        # soon any more, only the six late tasks are in the box.
        out = self.rebuilt(self.workbook(alert_days=0))
        self.assertEqual(out.getCellByPosition(0, ALERT_ROW).getString(),
                         "Alerts on 2027-03-19 (late, then due within 0 working days)")
        first = self.first_task_row(out)
        self.assertEqual(first, ALERT_ROW + 1 + 6 + 1 + 3)
        self.assertEqual(out.getCellByPosition(STATUS_COL, first + IDS.index("TXT")).getString(),
                         "not started")
        self.assertEqual(out.getCellByPosition(3, COUNTS_ROW).getString(),
                         "done: 2 \u00b7 late: 6 \u00b7 due soon: 0 \u00b7 in progress: 1 \u00b7 not started: 1")

    def test_progress_without_start_is_followed_today(self):
        # No start setting: the status date is today (the office's local date, the machine's).
        # A was done two weeks ago; B (20 days) must end by the deadline two months ahead: not
        # started, and not due within 2 working days.
        today = datetime.date.today()

        def serial(d):
            return float((d - datetime.date(1899, 12, 30)).days)

        header = ["ID", "Duration", "Predecessors", "Actual start", "Actual end"]
        rows = [["A", 2, "", serial(today - datetime.timedelta(days=14)),
                 serial(today - datetime.timedelta(days=13))], ["B", 20, "A", "", ""]]
        doc = self.workbook(rows=rows, header=header, start=None)
        doc.Sheets.getByIndex(0).getCellRangeByName("B1").setFormula("=TODAY()+60")
        out = self.rebuilt(doc)
        first = self.first_task_row(out, "A")
        self.assertEqual(first, ALERT_ROW + 1 + 1 + 3)  # an alert box of its title only
        self.assertEqual(out.getCellByPosition(STATUS_COL, first).getString(), "done")
        self.assertEqual(out.getCellByPosition(STATUS_COL, first + 1).getString(), "not started")
        self.assertEqual(out.getCellByPosition(0, ALERT_ROW).getString(),
                         f"Alerts on {today.isoformat()}: no task late or due within 2 working days")
        # The freshness cell follows today: tomorrow the statuses may change.
        self.assertIn("TODAY()", out.getCellByPosition(3, 6).getFormula())

    def test_nothing_of_this_without_progress_and_without_start(self):
        out = self.rebuilt(self.workbook(rows=CAMPAIGN[1:], header=CAMPAIGN[0], start=None))
        self.assertEqual(self.first_task_row(out), PLAIN_FIRST_TASK_ROW)
        self.assertEqual(out.getCellByPosition(STATUS_COL, PLAIN_FIRST_TASK_ROW - 1).getString(), "")
        self.assertEqual(out.getCellByPosition(STATUS_COL, PLAIN_FIRST_TASK_ROW).getString(), "")
        texts = [out.getCellByPosition(c, r).getString() for r in range(PLAIN_FIRST_TASK_ROW)
                 for c in range(8)]
        self.assertFalse([t for t in texts if "Alerts" in t or "Statuses" in t], texts)
        legend = out.getCellByPosition(0, PLAIN_LEGEND_ROW).getString()
        for word in ("Done", "Overrun", "Baseline"):
            self.assertNotIn(word, legend)
        self.assertEqual(out.getCellByPosition(3, STATUS_ROW).getString(), "On time")

    def test_french_example_under_way(self):
        # examples/campagne-en-cours.ods: §11 in French plus IMP (3 days after WEB, not started:
        # it may start Wed 03-24, must start Wed 03-31, 7 working days ahead), status date fixed
        # at Friday 2027-03-19 by RETRO_START: every status, in French.
        local = os.path.join(self.office.dir, "campagne-en-cours.ods")
        shutil.copy(os.path.join(EXAMPLES, "campagne-en-cours.ods"), local)
        os.chmod(local, 0o666)
        doc = self.office.load(local)
        self.addCleanup(doc.close, True)
        out = self.rebuilt(doc)
        self.assertEqual(out.getCellByPosition(3, STATUS_ROW).getString(), "En retard de 3 jours ouvrés")
        self.assertEqual(out.getCellByPosition(3, COUNTS_ROW).getString(),
                         "terminé\u00a0: 2 \u00b7 en retard\u00a0: 6 \u00b7 échéance proche\u00a0: 1 \u00b7 "
                         "en cours\u00a0: 1 \u00b7 à venir\u00a0: 1")
        self.assertTrue(out.getCellByPosition(0, ALERT_ROW).getString().startswith("Alertes au 2027-03-19"))
        first = self.first_task_row(out)
        words = [out.getCellByPosition(STATUS_COL, first + i).getString() for i in range(11)]
        self.assertEqual(words, ["terminé", "terminé", "en retard", "échéance proche", "en retard",
                                 "en retard", "en retard", "en retard", "en retard", "en cours", "à venir"])
        # The alert box's first and last rows: VIS must finish by Tue 03-23, TXT start Mon 03-22.
        self.assertEqual([out.getCellByPosition(c, ALERT_ROW + 1).getString() for c in range(4)],
                         ["VIS", "Visuels", "Graphiste", "fin"])
        self.assertEqual([out.getCellByPosition(c, ALERT_ROW + 7).getString() for c in range(4)],
                         ["TXT", "Rédaction", "Rédacteur", "début"])
        self.assertEqual(iso(out.getCellByPosition(4, ALERT_ROW + 7).getValue()), "2027-03-22")

    def test_one_undo_step(self):
        doc = self.workbook()
        self.rebuilt(doc)
        out = doc.Sheets.getByName("Retroplan")
        self.assertNotEqual(out.getCellByPosition(0, ALERT_ROW).getString(), "")
        manager = doc.UndoManager
        self.assertEqual(manager.getCurrentUndoActionTitle(), "Rebuild retroplan")
        manager.undo()  # the whole rebuild at once
        self.assertEqual(out.getCellByPosition(0, ALERT_ROW).getString(), "")
        self.assertEqual(out.getCellByPosition(STATUS_COL, 20).getString(), "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
