"""RETRO_* cells in a visible window follow every edit at once (API edits, formulas, undo), never
one edit behind. Calc runs the formulas that show on screen before it tells a range's modify
listeners of the change (ScDocShell::PostDataChanged before BroadcastUno; an undo of a typed cell
even before it marks the document modified), so a cache that trusted its listener alone served
the previous schedule to them. A hidden document has no grid window to run them early: the same
workbook, hidden, with the same edits, is what the visible one must show."""
import os
import shutil
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_gui import WindowTestCase  # noqa: E402
from fixtures import EXAMPLES  # noqa: E402
from office import prop  # noqa: E402

ROWS = range(1, 14)  # the tasks of campagne-multicanal.ods (Tâches!A1:F14)
START, END, DURATION = 6, 7, 2  # columns G, H and C


@unittest.skipUnless(shutil.which("Xvfb"), "needs Xvfb and the GUI build of LibreOffice")
class CellsFollowEdits(WindowTestCase):
    def open(self, name, hidden):
        local = os.path.join(self.office.dir, name)
        shutil.copy(os.path.join(EXAMPLES, "campagne-multicanal.ods"), local)
        os.chmod(local, 0o666)
        doc = self.office.load(local, hidden=hidden)
        sheet = doc.Sheets.getByName("Tâches")
        if not hidden:
            frame = doc.CurrentController.Frame
            frame.ContainerWindow.setPosSize(0, 0, 1280, 800, 15)
            doc.CurrentController.setActiveSheet(sheet)  # the RETRO_* cells on screen
            time.sleep(1)
        return doc, sheet

    @staticmethod
    def shown(doc, sheet):
        cells = [sheet.getCellByPosition(c, r).getValue() for r in ROWS for c in (START, END)]
        check = doc.Sheets.getByName("Paramètres").getCellByPosition(1, 1).getString()
        return cells, check

    def test_every_edit_shows_at_once(self):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        visible, visible_tasks = self.open("visible.ods", hidden=False)
        hidden, hidden_tasks = self.open("hidden.ods", hidden=True)
        before = self.shown(visible, visible_tasks)
        self.assertEqual(before, self.shown(hidden, hidden_tasks))
        self.assertEqual(before[1], "OK")
        steps = [("value", 20), ("value", 2), ("formula", "=1/0"), ("value", 7), ("undo", None),
                 ("undo", None), ("value", 9), ("undo", None), ("formula", "=4+4"),
                 ("typed", "12"), ("undo", None), ("typed", "3"), ("value", 6), ("undo", None)]
        changes = 0
        for i, (kind, value) in enumerate(steps):
            for doc, tasks in ((visible, visible_tasks), (hidden, hidden_tasks)):
                cell = tasks.getCellByPosition(DURATION, 1)  # C2, the first task's duration
                if kind == "value":
                    cell.setValue(value)
                elif kind == "formula":
                    cell.setFormula(value)
                elif kind == "typed":  # as typed in the cell (its undo is the FR reviewer's)
                    doc.CurrentController.select(cell)
                    helper.executeDispatch(doc.CurrentController.Frame, ".uno:EnterString", "", 0,
                                           (prop("StringName", value),))
                else:
                    helper.executeDispatch(doc.CurrentController.Frame, ".uno:Undo", "", 0, ())
                if doc is visible:
                    got = self.shown(doc, tasks)  # read at once, right after the edit
            want = self.shown(hidden, hidden_tasks)
            self.assertEqual(got, want, f"step {i}: {kind} {value}")
            changes += got != before
            before = got
        # The steps do change what shows (a test that cannot fail proves nothing): C2 = 20 moves
        # the first task's start, =1/0 makes the check a message and the dates errors.
        self.assertGreaterEqual(changes, 10)
        visible.close(True)
        hidden.close(True)

    def test_documents_closed_and_opened_meanwhile(self):
        # Closing a document drops its tables; the next one may be at the same address and has the
        # same range: neither may be served the other's tables, and the visible one still follows.
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        visible, visible_tasks = self.open("visible2.ods", hidden=False)
        for k, value in enumerate((15, 4)):
            first, _ = self.open(f"closed{k}.ods", hidden=True)
            first.Sheets.getByName("Tâches").getCellByPosition(DURATION, 1).setValue(30 + k)
            self.shown(first, first.Sheets.getByName("Tâches"))
            first.close(True)
            hidden, hidden_tasks = self.open(f"hidden{k}.ods", hidden=True)
            for doc, tasks in ((visible, visible_tasks), (hidden, hidden_tasks)):
                tasks.getCellByPosition(DURATION, 1).setValue(value)
            got = self.shown(visible, visible_tasks)
            self.assertEqual(got, self.shown(hidden, hidden_tasks), f"C2 = {value}")
            helper.executeDispatch(visible.CurrentController.Frame, ".uno:Undo", "", 0, ())
            hidden.close(True)
            undone = self.shown(visible, visible_tasks)
            self.assertNotEqual(undone, got, f"undo of C2 = {value}")
        visible.close(True)


if __name__ == "__main__":
    unittest.main()
