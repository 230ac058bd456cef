"""The examples' timelines in a real Calc window of 1600×1000 at 100 % zoom (Xvfb at 96 dpi,
the usual desktop resolution: Calc's 100 % follows the screen's), rebuilt from the window: every
bar of every task is in sight without scrolling — the frozen grid pane shows the sheet's last
column and its last task row — and a screenshot of each is kept
(RETROPLAN_ARTIFACTS/timeline-window-<example>.png, in the README). The campaign under way
(campagne-en-cours, a fixed status date) has the status column and the alert box: its frozen
split is one column right and nine rows lower (addin/timeline_sheet.hxx, Layout)."""
import os
import shutil
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "calc"))
from fixtures import EXAMPLES  # noqa: E402
from test_gui import WindowTestCase  # noqa: E402

ARTIFACTS = os.environ.get("RETROPLAN_ARTIFACTS", "")
WIDTH, HEIGHT = 1600, 1000
TASK_COLUMNS, FIRST_TASK_ROW = 6, 11  # addin/timeline_sheet.hxx: the frozen split


@unittest.skipUnless(shutil.which("Xvfb"), "needs Xvfb and the GUI build of LibreOffice")
class TimelineWindow(WindowTestCase):
    screen, dpi = f"{WIDTH}x{HEIGHT}", 96

    def check_example(self, name, tasks, task_columns=TASK_COLUMNS, first_task_row=FIRST_TASK_ROW):
        local = os.path.join(self.office.dir, name + ".ods")
        shutil.copy(os.path.join(EXAMPLES, name + ".ods"), local)
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
            helper = self.office.service("com.sun.star.frame.DispatchHelper")
            helper.executeDispatch(frame, "org.retroplan.command:Rebuild", "", 0, ())
            status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
            self.assertTrue(status.startswith(f"OK: {tasks} tasks"), status)
            self.assertEqual(view.ZoomValue, 100)
            self.assertEqual(frame.ContainerWindow.getPosSize().Width, WIDTH)
            # Frozen on the task columns and the header rows: the top-left pane shows A1 to the
            # last header row of the last task column. (getSplitColumn() is not asked: it maps the
            # split's pixel back to a column and says 7 at 96 dpi, where the panes show 6.)
            corner = view.getByIndex(0).getVisibleRange()
            self.assertEqual((corner.StartColumn, corner.StartRow, corner.EndColumn, corner.EndRow),
                             (0, 0, task_columns - 1, first_task_row - 1))
            time.sleep(1)  # let the window lay out and paint
            out = doc.Sheets.getByName("Retroplan")
            cursor = out.createCursor()
            cursor.gotoEndOfUsedArea(False)
            last_column, last_row = cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow
            self.assertEqual(last_row, first_task_row + tasks - 1)
            # The grid's pane (bottom right), not scrolled, shows every column up to the last one
            # the timeline drew (the deadline's or the latest end's) and every task row.
            grid = view.getByIndex(view.Count - 1)
            seen = grid.getVisibleRange()
            print(f"\n{name}: last column {last_column}, last row {last_row}; the grid pane shows "
                  f"columns {seen.StartColumn}-{seen.EndColumn}, rows {seen.StartRow}-{seen.EndRow}",
                  end="")
            self.assertEqual((seen.StartColumn, seen.StartRow), (task_columns, first_task_row))
            self.assertGreaterEqual(seen.EndColumn, last_column)
            self.assertGreaterEqual(seen.EndRow, last_row)
            if ARTIFACTS:
                os.makedirs(ARTIFACTS, exist_ok=True)
                shot = os.path.join(ARTIFACTS, f"timeline-window-{name}.png")
                subprocess.run(["import", "-display", self.display, "-window", "root", shot],
                               check=True, timeout=60)
                self.assertGreater(os.path.getsize(shot), 20000)
        finally:
            doc.close(True)

    def test_campaign(self):
        self.check_example("campagne-multicanal", 13)

    def test_corporate_event(self):
        self.check_example("corporate-event", 15)

    def test_software_release(self):
        self.check_example("software-release", 12)

    def test_campaign_under_way(self):
        # Status column G; the counts (row 8), the alert box's title and its 7 tasks (rows 9-16),
        # the legend, the 3 header rows: tasks from row 21 (0-based 20).
        self.check_example("campagne-en-cours", 11, task_columns=7, first_task_row=20)


if __name__ == "__main__":
    unittest.main(verbosity=2)
