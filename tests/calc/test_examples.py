"""The bundled example workbooks open, compute their RETRO_* columns without errors (the same
dates as the CLI on their CSV twins) and rebuild without errors."""
import os
import shutil
import unittest

from fixtures import EXAMPLES, OfficeTestCase, cli_schedule, iso

CASES = [("campagne-multicanal", "Tâches", "2027-05-20"),
         ("corporate-event", "Tasks", "2027-10-14"),
         ("software-release", "Tasks", "2027-09-30")]


class Examples(OfficeTestCase):
    def check_example(self, name, sheet_name, deadline):
        local = os.path.join(self.office.dir, name + ".ods")
        shutil.copy(os.path.join(EXAMPLES, name + ".ods"), local)
        os.chmod(local, 0o666)
        doc = self.office.load(local)
        try:
            doc.calculateAll()
            # As shipped, the example's timeline matches its table: its freshness cell says so.
            summary = doc.Sheets.getByName("Retroplan")
            words = [summary.getCellByPosition(c, r).getString() for r in range(12) for c in range(6)]
            self.assertIn("à jour" if sheet_name == "Tâches" else "up to date", words, name)
            tasks = doc.Sheets.getByName(sheet_name)
            cursor = tasks.createCursor()
            cursor.gotoEndOfUsedArea(False)
            last_row, last_col = cursor.RangeAddress.EndRow, cursor.RangeAddress.EndColumn
            header = [tasks.getCellByPosition(c, 0).getString() for c in range(last_col + 1)]
            cli = cli_schedule(os.path.join(EXAMPLES, name + ".csv"), "--deadline", deadline,
                               "--holidays-file", os.path.join(EXAMPLES, "jours-feries-fr.txt"))
            start_col = header.index("Début" if sheet_name == "Tâches" else "Start")
            for r in range(1, last_row + 1):
                tid = tasks.getCellByPosition(0, r).getString()
                for c in range(start_col, last_col + 1):
                    self.assertEqual(tasks.getCellByPosition(c, r).getError(), 0, f"{name} {tid} {header[c]}")
                start = tasks.getCellByPosition(start_col, r).getValue()
                end = tasks.getCellByPosition(start_col + 1, r).getValue()
                self.assertEqual((iso(start), iso(end)), (cli[tid]["start"], cli[tid]["end"]), f"{name} {tid}")
            self.assertEqual(len(cli), last_row)
            status = self.rebuild(doc)
            self.assertTrue(status.startswith("OK"), status)
            self.assertTrue(doc.Sheets.hasByName("Retroplan"))
            self.assertFalse(doc.Sheets.hasByName("Retroplan (2)"))  # the example's own sheet is reused
            # A task typed below the last one belongs to the table (RETRO_TASKS runs to the
            # sheet's last row): the functions find it and the check stays OK.
            new_row = last_row + 1
            tasks.getCellByPosition(0, new_row).setString("NEWT")
            tasks.getCellByPosition(1, new_row).setString("Added below")
            tasks.getCellByPosition(2, new_row).setValue(2)
            probe = tasks.getCellByPosition(30, 0)
            probe.setFormula('=RETRO_END("NEWT";RETRO_TASKS;RETRO_DEADLINE;RETRO_HOLIDAYS)')
            doc.calculateAll()
            self.assertEqual(probe.getError(), 0, name)
            self.assertEqual(iso(probe.getValue()), deadline, name)  # no successor: ends at launch
            settings = "Paramètres" if sheet_name == "Tâches" else "Settings"
            check = doc.Sheets.getByName(settings).getCellByPosition(1, 1)
            self.assertEqual(check.getString(), "OK", name)
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
