"""What the Calc tests share: the office per test class, the worked example, dates, CLI runs."""
import csv
import datetime
import io
import os
import subprocess
import unittest

import uno

from office import Office

OXT = os.environ["RETROPLAN_OXT"]
CLI = os.environ["RETROPLAN_CLI"]
EXAMPLES = os.environ["RETROPLAN_EXAMPLES"]

# The worked example of docs/scheduling-model.md §7, as cells (examples/campaign.csv).
CAMPAIGN = [
    ["ID", "Name", "Duration", "Predecessors", "Buffer", "Owner"],
    ["BRIEF", "Brief & KPIs", 5, "", "", "Project lead"],
    ["MSG", "Message validated", 3, "BRIEF", "", "Client"],
    ["VIS", "Visuals", 8, "MSG", 2, "Designer"],
    ["TXT", "Copywriting", 4, "MSGSS+1", "", "Copywriter"],
    ["VAL", "Client sign-off", 2, "VIS;TXT", "", "Client"],
    ["PR", "Press release", 2, "VAL", "", "Press officer"],
    ["PROG", "Scheduling posts", 3, "VAL", "", "Community manager"],
    ["GO", "Launch", 0, "PROG", "", "Project lead"],
    ["SOC", "Social teasing", 5, "VIS-2", "", "Community manager"],
]


def campaign_workbook(office, name, tasks=CAMPAIGN, sheet_name="Tasks", labels=("Deadline", "Holidays"),
                      named=False):
    """The worked example in a real .ods written to disk, then opened from it like a user's file:
    deadline and holiday labels in A1:B2 (or named ranges RETRO_DEADLINE/RETRO_HOLIDAYS), the table
    from row 4."""
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = sheet_name
    fill(sheet, [[labels[0], ""], [labels[1], ""]])
    sheet.getCellRangeByName("B1").setFormula("=DATE(2027;4;2)")
    sheet.getCellRangeByName("B2").setFormula("=DATE(2027;3;29)")
    fill(sheet, tasks, 0, 3)
    if named:
        sheet.getCellRangeByName("B1").setFormula("=DATE(2027;5;7)")  # the label says otherwise
        sheet.getCellRangeByName("H1").setFormula("=DATE(2027;4;2)")
        origin = uno.createUnoStruct("com.sun.star.table.CellAddress")
        doc.NamedRanges.addNewByName("RETRO_DEADLINE", f"${sheet_name}.$H$1", origin, 0)
        doc.NamedRanges.addNewByName("RETRO_HOLIDAYS", f"${sheet_name}.$B$2", origin, 0)
    path = office.save_as(doc, name)
    doc.close(True)
    return office.load(path)


def iso(serial, null=datetime.date(1899, 12, 30)):
    return (null + datetime.timedelta(days=int(serial))).isoformat()


def fill(sheet, rows, col=0, row=0):
    """Writes rows of values (ragged rows padded) with one setDataArray."""
    width = max(len(r) for r in rows)
    data = tuple(tuple(r + [""] * (width - len(r))) for r in rows)
    sheet.getCellRangeByPosition(col, row, col + width - 1, row + len(rows) - 1).setDataArray(data)


def cli_schedule(plan, *args):
    """The CLI's CSV output, by task ID."""
    out = subprocess.run([CLI, "schedule", plan, *args], check=True, capture_output=True, text=True).stdout
    return {row["id"]: row for row in csv.DictReader(io.StringIO(out))}


class OfficeTestCase(unittest.TestCase):
    """One headless office with the built extension per test class, closed even on failure.
    Every test runs under the office's watchdog: a freeze or a runaway office fails the test
    within seconds, and the next test gets a fresh office."""

    ui_locale = None  # e.g. "fr-FR": the office's user-interface language
    tz = None  # e.g. "Etc/GMT-14": the office's time zone
    watchdog = dict(idle=10.0, limit=300.0, max_rss_mb=4000.0)

    @classmethod
    def setUpClass(cls):
        cls.office = Office(OXT, ui_locale=cls.ui_locale, tz=cls.tz).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.office.close()

    def run(self, result=None):
        if not self.office.alive():
            self.office.restart()
        with self.office.watch(**self.watchdog) as dog:
            outcome = super().run(result)
        if dog.fired and result is not None:
            result.addFailure(self, (AssertionError, AssertionError(f"watchdog: {dog.fired}"), None))
        return outcome

    def rebuild(self, doc):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(doc.CurrentController.Frame, "org.retroplan.command:Rebuild", "", 0, ())
        return doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")


class SheetTestCase(OfficeTestCase):
    """A new Calc document per test, its first sheet at hand, closed after the test."""

    def setUp(self):
        self.doc = self.office.new_calc()
        self.sheet = self.doc.Sheets.getByIndex(0)

    def tearDown(self):
        self.doc.close(True)

    def cell(self, name):
        return self.sheet.getCellRangeByName(name)

    def formula(self, name, text):
        """Sets the formula, recalculates the document and returns the cell."""
        c = self.cell(name)
        c.setFormula(text)
        self.doc.calculateAll()
        return c
