"""The bundled example workbooks open, compute their RETRO_* columns without errors (the same
dates as the CLI on their CSV twins) and rebuild without errors."""
import csv
import datetime
import io
import os
import shutil
import subprocess
import unittest

from office import Office

OXT = os.environ["RETROPLAN_OXT"]
CLI = os.environ["RETROPLAN_CLI"]
EXAMPLES = os.environ["RETROPLAN_EXAMPLES"]
NULL = datetime.date(1899, 12, 30)
CASES = [("campagne-multicanal", "Tâches", "2027-05-20"),
         ("corporate-event", "Tasks", "2027-10-14"),
         ("software-release", "Tasks", "2027-09-30")]


def iso(serial):
    return (NULL + datetime.timedelta(days=int(serial))).isoformat()


class Examples(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office(OXT).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.office.close()

    def check_example(self, name, sheet_name, deadline):
        local = os.path.join(self.office.dir, name + ".ods")
        shutil.copy(os.path.join(EXAMPLES, name + ".ods"), local)
        os.chmod(local, 0o666)
        doc = self.office.load(local)
        try:
            doc.calculateAll()
            tasks = doc.Sheets.getByName(sheet_name)
            cursor = tasks.createCursor()
            cursor.gotoEndOfUsedArea(False)
            last_row, last_col = cursor.RangeAddress.EndRow, cursor.RangeAddress.EndColumn
            header = [tasks.getCellByPosition(c, 0).getString() for c in range(last_col + 1)]
            out = subprocess.run([CLI, "schedule", os.path.join(EXAMPLES, name + ".csv"), "--deadline", deadline,
                                  "--holidays-file", os.path.join(EXAMPLES, "jours-feries-fr.txt")],
                                 check=True, capture_output=True, text=True).stdout
            cli = {r["id"]: r for r in csv.DictReader(io.StringIO(out))}
            start_col = header.index("Début" if sheet_name == "Tâches" else "Start")
            for r in range(1, last_row + 1):
                tid = tasks.getCellByPosition(0, r).getString()
                for c in range(start_col, last_col + 1):
                    self.assertEqual(tasks.getCellByPosition(c, r).getError(), 0, f"{name} {tid} {header[c]}")
                start = tasks.getCellByPosition(start_col, r).getValue()
                end = tasks.getCellByPosition(start_col + 1, r).getValue()
                self.assertEqual((iso(start), iso(end)), (cli[tid]["start"], cli[tid]["end"]), f"{name} {tid}")
            self.assertEqual(len(cli), last_row)
            helper = self.office.service("com.sun.star.frame.DispatchHelper")
            helper.executeDispatch(doc.CurrentController.Frame, "org.retroplan.command:Rebuild", "", 0, ())
            status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
            self.assertTrue(status.startswith("OK"), status)
            self.assertTrue(doc.Sheets.hasByName("Retroplan"))
            self.assertFalse(doc.Sheets.hasByName("Retroplan (2)"))  # the example's own sheet is reused
        finally:
            doc.close(True)

    def test_campagne_multicanal(self):
        self.check_example(*CASES[0])

    def test_corporate_event(self):
        self.check_example(*CASES[1])

    def test_software_release(self):
        self.check_example(*CASES[2])


if __name__ == "__main__":
    unittest.main(verbosity=2)
