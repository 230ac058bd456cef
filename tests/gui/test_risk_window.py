"""The Risk sheet in a real Calc window (Xvfb, 1600×1000 at 96 dpi), rebuilt from the window: the
software-release example's chart and a screenshot (RETROPLAN_ARTIFACTS/risk-window-software-
release.png, in the README); and undo in a window, where the sheets Rebuild adds are inside the
undo step: one undo removes the Retroplan, Workload (the campaign has owners) and Risk sheets."""
import os
import shutil
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "calc"))
from fixtures import CAMPAIGN, EXAMPLES, fill  # noqa: E402
from office import prop  # noqa: E402
from test_gui import WindowTestCase  # noqa: E402

ARTIFACTS = os.environ.get("RETROPLAN_ARTIFACTS", "")
WIDTH, HEIGHT = 1600, 1000
CHART = "RetroplanRiskCurve"
ESTIMATES = {"VIS": (6, 8, 14), "TXT": (3, 4, 8), "VAL": (1, 2, 5), "SOC": (3, 5, 9)}


@unittest.skipUnless(shutil.which("Xvfb"), "needs Xvfb and the GUI build of LibreOffice")
class RiskWindow(WindowTestCase):
    screen, dpi = f"{WIDTH}x{HEIGHT}", 96

    def show(self, doc):
        frame = doc.CurrentController.Frame
        frame.ContainerWindow.setPosSize(0, 0, WIDTH, HEIGHT, 15)
        deadline = time.time() + 30
        while not frame.ContainerWindow.isVisible() and time.time() < deadline:
            time.sleep(0.2)
        doc.CurrentController.ZoomValue = 100
        return frame

    def rebuild(self, doc, frame):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(frame, "org.retroplan.command:Rebuild", "", 0, ())
        return doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")

    def test_software_release_risk_sheet_and_screenshot(self):
        local = os.path.join(self.office.dir, "software-release.ods")
        shutil.copy(os.path.join(EXAMPLES, "software-release.ods"), local)
        os.chmod(local, 0o666)
        doc = self.office.load(local, hidden=False)
        try:
            frame = self.show(doc)
            status = self.rebuild(doc, frame)
            self.assertIn("for 80 % confidence", status)
            self.assertFalse(doc.Sheets.hasByName("Risk (2)"))  # the example's own sheet is reused
            risk = doc.Sheets.getByName("Risk")
            self.assertEqual(risk.Charts.ElementNames, (CHART,))
            doc.CurrentController.setActiveSheet(risk)
            if ARTIFACTS:
                os.makedirs(ARTIFACTS, exist_ok=True)
                time.sleep(2)  # let the window lay out and paint the chart
                shot = os.path.join(ARTIFACTS, "risk-window-software-release.png")
                subprocess.run(["import", "-display", self.display, "-window", "root", shot],
                               check=True, timeout=60)
                self.assertGreater(os.path.getsize(shot), 20000)
        finally:
            doc.close(True)

    def test_one_undo_in_a_window_removes_the_new_sheets(self):
        doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                       (prop("Hidden", False),))
        try:
            frame = self.show(doc)
            sheet = doc.Sheets.getByIndex(0)
            sheet.Name = "Tasks"
            fill(sheet, [["Deadline", ""], ["Holidays", ""]])
            sheet.getCellRangeByName("B1").setFormula("=DATE(2027;4;2)")
            sheet.getCellRangeByName("B2").setFormula("=DATE(2027;3;29)")
            rows = [CAMPAIGN[0] + ["Optimistic", "Most likely", "Pessimistic"]]
            rows += [r + list(ESTIMATES.get(r[0], ("", "", ""))) for r in CAMPAIGN[1:]]
            fill(sheet, rows, 0, 3)
            self.assertTrue(self.rebuild(doc, frame).startswith("OK"))
            self.assertEqual(list(doc.Sheets.ElementNames), ["Tasks", "Retroplan", "Workload", "Risk"])
            self.assertEqual(doc.Sheets.getByName("Risk").Charts.ElementNames, (CHART,))
            doc.UndoManager.undo()  # the whole rebuild: the three sheets, the chart with them
            self.assertEqual(list(doc.Sheets.ElementNames), ["Tasks"])
            doc.UndoManager.redo()
            self.assertEqual(list(doc.Sheets.ElementNames), ["Tasks", "Retroplan", "Workload", "Risk"])
            print(f"\nafter redo: charts {doc.Sheets.getByName('Risk').Charts.ElementNames}", end="")
            self.assertEqual(doc.Sheets.getByName("Risk").DrawPage.getCount(), 1)
            self.assertTrue(self.office.alive())
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
