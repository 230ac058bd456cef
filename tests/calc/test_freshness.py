"""The Retroplan sheet's freshness cell (RETRO_FINGERPRINT) against every input the rebuild reads to
write the Retroplan, Workload and Risk sheets, in a headless LibreOffice with the built .oxt.

Design (README, "a live cell"): the cell compares a checksum of the inputs as read with the one
stored at the rebuild. Any change to what the rebuild read says "out of date — rebuild"; putting the
value back as it was read says "up to date" again; a rebuild with nothing changed stays "up to
date" and keeps its "built" time; a change to what the rebuild does not read (a notes column, a
cell beside a setting) changes nothing.

The workbook: labels Deadline, Level, Alert days, Start, Weekend in A1:B5, the table from row 7
(owners, so a Workload sheet; three-point columns, so a Risk sheet; progress, RACI, allocation and
baseline columns), a capacity table on the Team sheet named RETRO_CAPACITY.
"""
import datetime
import unittest

import uno

from fixtures import OfficeTestCase, fill

FRESHNESS, BUILT = (3, 6), (3, 5)  # (column, row) on the Retroplan sheet, addin/timeline_sheet.hxx
UP_TO_DATE, OUT_OF_DATE = "up to date", "out of date \u2014 rebuild"
NULL = datetime.date(1899, 12, 30)


def serial(y, m, d):
    return float((datetime.date(y, m, d) - NULL).days)


SETTINGS = [["Deadline", serial(2027, 4, 2)], ["Level", "no"], ["Alert days", 2],
            ["Start", serial(2027, 3, 22)], ["Weekend", "0000011"]]
HEADER = ["ID", "Name", "Duration", "Due", "Owner", "Load", "Optimistic", "Most likely",
          "Pessimistic", "Progress", "Accountable", "Baseline start", "Notes"]
TASKS = [
    HEADER,
    ["A", "Venue", 5, "", "Ana", "", 4, 5, 8, 0, "Zoe", serial(2027, 3, 29), "call back"],
    ["B", "Catering", 4, serial(2027, 3, 31), "ana ; Bob", "", 3, 4, 6, "", "", "", ""],
    ["C", "Badges", 2, "", "Bob", 0.5, "", "", "", "", "", "", ""],
    ["D", "Invitations", 2, serial(2027, 3, 26), "Cleo", "", "", "", "", "", "", "", ""],
]
# Cells: B2 Level, B3 Alert days, B4 Start, B5 Weekend; row 8 is task A: G8 optimistic, H8 most
# likely, I8 pessimistic, J8 progress, K8 accountable, L8 baseline start, M8 notes, F10 C's load.


class Freshness(OfficeTestCase):
    def workbook(self, named=False):
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        tasks = doc.Sheets.getByIndex(0)
        tasks.Name = "Tasks"
        fill(tasks, SETTINGS)
        fill(tasks, TASKS, 0, 6)
        doc.Sheets.insertNewByName("Team", 1)
        fill(doc.Sheets.getByName("Team"), [["Person", "Capacity"], ["Ana", 1], ["Bob", 1]])
        origin = uno.createUnoStruct("com.sun.star.table.CellAddress")
        doc.NamedRanges.addNewByName("RETRO_CAPACITY", "$Team.$A$1:$B$3", origin, 0)
        if named:  # the settings as named ranges, beside the labels (which then say otherwise)
            fill(tasks, [["yes", 9]], 7, 0)
            doc.NamedRanges.addNewByName("RETRO_LEVEL", "$Tasks.$H$1", origin, 0)
            doc.NamedRanges.addNewByName("RETRO_ALERT_DAYS", "$Tasks.$I$1", origin, 0)
        doc.CurrentController.setActiveSheet(tasks)
        status = self.rebuild(doc)
        self.assertTrue(status.startswith("OK: 4 tasks"), status)
        names = [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]
        self.assertEqual(names, ["Tasks", "Retroplan", "Workload", "Risk", "Team"])
        return doc, tasks

    def fresh(self, doc):
        return doc.Sheets.getByName("Retroplan").getCellByPosition(*FRESHNESS).getString()

    def check_input(self, doc, cell, changed, back):
        """`changed` makes the sheet out of date; back as read, up to date again; changed and
        rebuilt, up to date; then back to the old value is a change again."""
        at = doc.Sheets.getByName("Tasks").getCellRangeByName(cell) if "." not in cell else \
            doc.Sheets.getByName(cell.split(".")[0]).getCellRangeByName(cell.split(".")[1])
        put = lambda v: at.setString(v) if isinstance(v, str) else at.setValue(v)
        self.assertEqual(self.fresh(doc), UP_TO_DATE, cell)
        put(changed)
        self.assertEqual(self.fresh(doc), OUT_OF_DATE, cell)
        put(back)
        self.assertEqual(self.fresh(doc), UP_TO_DATE, cell)
        put(changed)
        status = self.rebuild(doc)
        self.assertTrue(status.startswith("OK: 4 tasks"), status)
        self.assertEqual(self.fresh(doc), UP_TO_DATE, cell)
        put(back)
        self.assertEqual(self.fresh(doc), OUT_OF_DATE, cell)
        self.rebuild(doc)
        self.assertEqual(self.fresh(doc), UP_TO_DATE, cell)

    def test_level_label_changes_the_timeline_and_the_freshness(self):
        doc, tasks = self.workbook()
        kickoff = doc.Sheets.getByName("Retroplan").getCellRangeByName("D3")
        plain = kickoff.getValue()
        tasks.getCellRangeByName("B2").setString("yes")
        self.assertEqual(self.fresh(doc), OUT_OF_DATE)
        self.rebuild(doc)
        self.assertEqual(self.fresh(doc), UP_TO_DATE)
        self.assertLess(kickoff.getValue(), plain)  # levelled: an earlier kick-off was drawn
        tasks.getCellRangeByName("B2").setString("no")
        self.assertEqual(self.fresh(doc), OUT_OF_DATE)
        tasks.getCellRangeByName("B2").setString("oui")  # yes in French: the same setting as read
        self.assertEqual(self.fresh(doc), UP_TO_DATE)

    def test_capacity_table(self):
        doc, _ = self.workbook()
        self.check_input(doc, "Team.B2", 0.5, 1)  # Ana at 50 %
        self.check_input(doc, "Team.A3", "Cleo", "Bob")  # another person's capacity

    def test_three_point_estimates(self):
        doc, _ = self.workbook()
        for cell, changed, back in (("G8", 3, 4), ("H8", 6, 5), ("I8", 12, 8)):
            self.check_input(doc, cell, changed, back)

    def test_alert_days_label(self):
        doc, _ = self.workbook()
        self.check_input(doc, "B3", 5, 2)

    def test_named_level_alert_days_and_capacity(self):
        doc, tasks = self.workbook(named=True)
        formula = doc.Sheets.getByName("Retroplan").getCellByPosition(*FRESHNESS).getFormula()
        self.assertIn(";RETRO_ALERT_DAYS;RETRO_LEVEL;RETRO_CAPACITY)", formula)
        self.check_input(doc, "H1", "no", "yes")
        self.check_input(doc, "I1", 3, 9)
        # The labels are not the settings here: changing them changes nothing read.
        tasks.getCellRangeByName("B2").setString("yes")
        tasks.getCellRangeByName("B3").setValue(7)
        self.assertEqual(self.fresh(doc), UP_TO_DATE)

    def test_other_settings_and_columns(self):
        doc, _ = self.workbook()
        for cell, changed, back in (
                ("B4", serial(2027, 3, 23), serial(2027, 3, 22)),  # the start (status date)
                ("B5", "0000001", "0000011"),  # the weekend
                ("J8", 0.4, 0),  # progress
                ("L8", serial(2027, 3, 30), serial(2027, 3, 29)),  # a baseline date
                ("K8", "Max", "Zoe"),  # accountable (RACI)
                ("F10", 0.8, 0.5)):  # an allocation
            self.check_input(doc, cell, changed, back)

    def test_a_rebuild_with_nothing_changed_stays_up_to_date(self):
        doc, tasks = self.workbook()
        built = doc.Sheets.getByName("Retroplan").getCellByPosition(*BUILT).getString()
        tasks.getCellRangeByName("M8").setString("called")  # notes: no column Retroplan reads
        tasks.getCellRangeByName("C1").setString("a remark beside the deadline")
        self.assertEqual(self.fresh(doc), UP_TO_DATE)
        self.rebuild(doc)
        self.assertEqual(self.fresh(doc), UP_TO_DATE)
        self.assertEqual(doc.Sheets.getByName("Retroplan").getCellByPosition(*BUILT).getString(), built)

    def test_a_saved_five_argument_formula_still_computes(self):
        # Documents saved before AlertDays, Level and Capacity were arguments call it with five.
        doc, tasks = self.workbook()
        f = tasks.getCellRangeByName("P1")
        f.setFormula("=RETRO_FINGERPRINT($Tasks.$A$7:$M$11;B1;;B5;B4)")
        self.assertEqual(f.getError(), 0)
        value = f.getValue()
        self.assertTrue(0 < value < 2 ** 48 and value == int(value), value)
        # With the arguments the rebuild gives: the same number (Level and alert days at their
        # defaults, the capacity table read from RETRO_CAPACITY when omitted).
        g = tasks.getCellRangeByName("P2")
        g.setFormula("=RETRO_FINGERPRINT($Tasks.$A$7:$M$11;B1;;B5;B4;B3;B2;RETRO_CAPACITY)")
        self.assertEqual(g.getValue(), value)


if __name__ == "__main__":
    unittest.main()
