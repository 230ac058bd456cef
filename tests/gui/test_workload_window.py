"""The corporate event's Workload sheet in a real Calc window of 1600×1000 at 100 % (Xvfb, 96 dpi),
rebuilt from the window: the event manager's deliberate overload (VEN and INVL, two critical tasks)
in red, a screenshot kept (RETROPLAN_ARTIFACTS/workload-window-corporate-event.png, in the README),
and with a window one undo takes both new sheets away."""
import datetime
import os
import shutil
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "calc"))
from fixtures import EXAMPLES, iso  # noqa: E402
from test_gui import WindowTestCase  # noqa: E402

ARTIFACTS = os.environ.get("RETROPLAN_ARTIFACTS", "")
WIDTH, HEIGHT = 1600, 1000
FIRST_TASK_ROW, OVER = 11, 0xE74C3C  # addin/timeline_sheet.hxx, addin/workload_sheet.cxx


@unittest.skipUnless(shutil.which("Xvfb"), "needs Xvfb and the GUI build of LibreOffice")
class WorkloadWindow(WindowTestCase):
    screen, dpi = f"{WIDTH}x{HEIGHT}", 96

    def test_corporate_event_workload(self):
        local = os.path.join(self.office.dir, "corporate-event.ods")
        shutil.copy(os.path.join(EXAMPLES, "corporate-event.ods"), local)
        os.chmod(local, 0o666)
        doc = self.office.load(local, hidden=False)
        try:
            frame = doc.CurrentController.Frame
            frame.ContainerWindow.setPosSize(0, 0, WIDTH, HEIGHT, 15)
            deadline = time.time() + 30
            while not frame.ContainerWindow.isVisible() and time.time() < deadline:
                time.sleep(0.2)
            view = doc.CurrentController
            view.ZoomValue = 100
            names = lambda: [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]  # noqa: E731
            # As a user who never rebuilt: neither sheet yet.
            doc.Sheets.removeByName("Retroplan")
            doc.Sheets.removeByName("Workload")
            helper = self.office.service("com.sun.star.frame.DispatchHelper")
            helper.executeDispatch(frame, "org.retroplan.command:Rebuild", "", 0, ())
            status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
            self.assertTrue(status.startswith("OK: 15 tasks"), status)
            self.assertEqual(names(), ["Instructions", "Tasks", "Retroplan", "Workload", "Settings"])
            w = doc.Sheets.getByName("Workload")
            people = [w.getCellByPosition(0, FIRST_TASK_ROW + i).getString() for i in range(5)]
            self.assertEqual(people, ["Event manager", "Content lead", "Designer", "Communications", "Logistics"])
            # The event manager's overload: VEN (03-26 .. 04-16) and INVL (03-26 .. 04-09), at 200 %.
            manager = FIRST_TASK_ROW
            self.assertEqual(w.getCellByPosition(2, manager).getValue(), 200)
            self.assertEqual(w.getCellByPosition(4, manager).getString(), "VEN; INVL")
            red = [c for c in range(7, 60) if w.getCellByPosition(c, manager).CellBackColor == OVER]
            self.assertEqual(len(red), 3)  # weeks of Mar 22 (03-26), Mar 29 and Apr 5
            listed = FIRST_TASK_ROW + 5 + 3  # under the person rows, a blank row, title, columns
            self.assertEqual((w.getCellByPosition(0, listed).getString(), iso(w.getCellByPosition(1, listed).getValue()),
                              iso(w.getCellByPosition(2, listed).getValue()), w.getCellByPosition(4, listed).getString()),
                             ("Event manager", "2027-03-26", "2027-04-09", "VEN;INVL"))
            # The user is left on the Retroplan sheet; the Workload sheet has its person columns
            # (A-F and the spacer) and header rows frozen, at G12. Read from the view's settings
            # string (Calc's ScViewData::WriteUserData: after "tw:…", one field a sheet, "cursor
            # X/cursor Y/horizontal mode/vertical mode/column/row/…", mode 2 = frozen):
            # getSplitColumn() converts the split's pixel position back and said H (7) for panes
            # the screenshot shows frozen at G.
            self.assertEqual(view.ActiveSheet.Name, "Retroplan")
            view.setActiveSheet(w)
            time.sleep(1)  # let the window lay out and paint
            self.assertTrue(view.hasFrozenPanes())
            fields = view.getViewData().split(";")
            first = next(i for i, f in enumerate(fields) if f.startswith("tw:")) + 1
            workload = fields[first + names().index("Workload")].split("/")
            self.assertEqual(workload[2:6], ["2", "2", "6", str(FIRST_TASK_ROW)])
            if ARTIFACTS:
                os.makedirs(ARTIFACTS, exist_ok=True)
                shot = os.path.join(ARTIFACTS, "workload-window-corporate-event.png")
                subprocess.run(["import", "-display", self.display, "-window", "root", shot],
                               check=True, timeout=60)
                self.assertGreater(os.path.getsize(shot), 20000)
            # With a window the sheets' insertion is part of the rebuild's undo step: one undo
            # removes both.
            doc.UndoManager.undo()
            self.assertEqual(names(), ["Instructions", "Tasks", "Settings"])
            self.assertTrue(self.office.alive())
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
