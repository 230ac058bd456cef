"""The Retroplan toolbar after a fresh install, in an English and a French Calc window (Xvfb): it
opens docked in the top docking area on the Standard toolbar's row, right after the Standard
toolbar, covering no other toolbar (registry/.../UI/CalcWindowState.xcu; without it LibreOffice
floats an add-on toolbar over the Font Name box), and its button still rebuilds the plan. A
screenshot of the toolbars is kept (RETROPLAN_ARTIFACTS/toolbar-window-<lang>.png)."""
import os
import shutil
import signal
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "calc"))
from fixtures import EXAMPLES, OXT  # noqa: E402
from office import Office  # noqa: E402
from test_gui import PUSH_BUTTON, start_xvfb  # noqa: E402

ARTIFACTS = os.environ.get("RETROPLAN_ARTIFACTS", "")
RETROPLAN = "private:resource/toolbar/addon_org.retroplan.toolbar"
STANDARD = "private:resource/toolbar/standardbar"
FORMATTING = "private:resource/toolbar/formatobjectbar"
TOP = 0  # com.sun.star.ui.DockingArea.DOCKINGAREA_TOP
# The toolbar's button, as Addons.xcu names it in each language.
BUTTON = {"en-US": "Rebuild retroplan", "fr-FR": "Reconstruire le r\u00e9troplanning"}


def screen_rect(window):
    """(x, y, width, height) of an awt window on the screen."""
    component = window.AccessibleContext
    where, size = component.getLocationOnScreen(), component.getSize()
    return where.X, where.Y, size.Width, size.Height


def overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@unittest.skipUnless(shutil.which("Xvfb"), "needs Xvfb and the GUI build of LibreOffice")
class ToolbarWindow(unittest.TestCase):
    def check_office(self, ui_locale):
        xvfb, display = start_xvfb("1280x800")
        try:
            with Office(OXT, display=display, ui_locale=ui_locale) as office:
                self.check_toolbar(office, display, ui_locale)
        finally:
            os.killpg(xvfb.pid, signal.SIGKILL)
            xvfb.wait()

    def check_toolbar(self, office, display, ui_locale):
        local = os.path.join(office.dir, "campagne-multicanal.ods")
        shutil.copy(os.path.join(EXAMPLES, "campagne-multicanal.ods"), local)
        os.chmod(local, 0o666)
        doc = office.load(local, hidden=False)
        try:
            frame = doc.CurrentController.Frame
            frame.ContainerWindow.setPosSize(0, 0, 1280, 800, 15)
            layout = frame.LayoutManager
            deadline = time.time() + 30
            while layout.getElement(RETROPLAN) is None and time.time() < deadline:
                time.sleep(0.5)
            toolbar = layout.getElement(RETROPLAN)
            self.assertIsNotNone(toolbar, "no Retroplan toolbar")
            time.sleep(1)  # let the layout manager place it
            self.assertTrue(layout.isElementVisible(RETROPLAN))
            self.assertTrue(layout.isElementDocked(RETROPLAN), "the Retroplan toolbar floats")
            self.assertFalse(layout.isElementFloating(RETROPLAN))
            self.assertEqual(toolbar.RealInterface.AccessibleContext.AccessibleName,
                             "R\u00e9troplanning" if ui_locale == "fr-FR" else "Retroplan")
            # Docked at the top (the docking area window it sits in is the one at the frame's top).
            mine, standard = screen_rect(toolbar.RealInterface), screen_rect(layout.getElement(STANDARD).RealInterface)
            formatting = screen_rect(layout.getElement(FORMATTING).RealInterface)
            window = screen_rect(frame.ContainerWindow)
            self.assertLess(mine[1], formatting[1], "not above the Formatting toolbar")
            # On the Standard toolbar's row, right after it, inside the window.
            self.assertEqual(mine[1], standard[1])
            self.assertEqual(mine[0], standard[0] + standard[2])
            self.assertLessEqual(mine[0] + mine[2], window[0] + window[2])
            for name, other in ((STANDARD, standard), (FORMATTING, formatting)):
                self.assertFalse(overlap(mine, other), f"the Retroplan toolbar {mine} covers {name} {other}")
            # The Formatting toolbar starts at the window's left edge: the Font Name box is uncovered.
            self.assertEqual(formatting[0], window[0])
            if ARTIFACTS:
                os.makedirs(ARTIFACTS, exist_ok=True)
                time.sleep(1)  # let the window paint
                shot = os.path.join(ARTIFACTS, f"toolbar-window-{ui_locale[:2]}.png")
                subprocess.run(["import", "-display", display, "-window", "root", "-crop",
                                f"1280x{formatting[1] + formatting[3] + 4}+0+0", shot],
                               check=True, timeout=60)
                self.assertGreater(os.path.getsize(shot), 5000)
            # Its button still rebuilds: the timeline sheet, removed first, comes back.
            doc.Sheets.removeByName("Retroplan")
            context = toolbar.RealInterface.AccessibleContext
            buttons = [context.getAccessibleChild(i).AccessibleContext for i in range(context.AccessibleChildCount)]
            buttons = [b for b in buttons if b.AccessibleRole == PUSH_BUTTON]
            self.assertEqual([b.AccessibleName for b in buttons], [BUTTON[ui_locale]])
            buttons[0].doAccessibleAction(0)
            deadline = time.time() + 30
            while not doc.Sheets.hasByName("Retroplan") and time.time() < deadline:
                time.sleep(0.3)
            self.assertTrue(doc.Sheets.hasByName("Retroplan"), "the toolbar's button did not rebuild")
            status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
            self.assertTrue(status.startswith("OK"), status)
        finally:
            doc.close(True)

    def test_english_office(self):
        self.check_office("en-US")

    def test_french_office(self):
        self.check_office("fr-FR")


if __name__ == "__main__":
    unittest.main(verbosity=2)
