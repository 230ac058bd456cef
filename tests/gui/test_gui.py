"""Calc with the extension in a real window under Xvfb (the GUI build of LibreOffice): the
Retroplan menu and toolbar are there, the command works from the window, and a screenshot of the
Calc window is kept (RETROPLAN_ARTIFACTS/calc-gui.png)."""
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

ARTIFACTS = os.environ.get("RETROPLAN_ARTIFACTS", "")


def start_xvfb():
    """Xvfb picks a free display and writes its number to the pipe; -ac: the office runs as
    another user and must be allowed to connect; -noreset: by default Xvfb resets when its last
    client leaves, and the office's second connection (right after its desktop probe's first
    closes) then gets "Can't open display" (seen here about half the time)."""
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-ac",
                             "-noreset", "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    return proc, f":{number}"


MENU = 34  # com.sun.star.accessibility.AccessibleRole.MENU


def find_accessible(context, name, role, depth=0):
    """Depth-first search of an accessibility tree for an element of that name and role."""
    if context.AccessibleName == name and context.AccessibleRole == role:
        return context
    if depth > 2:  # the menu bar's menus are two levels down
        return None
    for i in range(min(context.AccessibleChildCount, 200)):
        child = context.getAccessibleChild(i)
        found = child and find_accessible(child.AccessibleContext, name, role, depth + 1)
        if found:
            return found
    return None


@unittest.skipUnless(shutil.which("Xvfb"), "needs Xvfb and the GUI build of LibreOffice")
class CalcWindow(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.xvfb, cls.display = start_xvfb()
        try:
            cls.office = Office(OXT, display=cls.display).__enter__()
        except BaseException:
            os.killpg(cls.xvfb.pid, signal.SIGKILL)
            raise

    @classmethod
    def tearDownClass(cls):
        cls.office.close()
        os.killpg(cls.xvfb.pid, signal.SIGKILL)
        cls.xvfb.wait()

    def open_example(self):
        local = os.path.join(self.office.dir, "campagne-multicanal.ods")
        shutil.copy(os.path.join(EXAMPLES, "campagne-multicanal.ods"), local)
        os.chmod(local, 0o666)
        doc = self.office.load(local, hidden=False)
        frame = doc.CurrentController.Frame
        frame.ContainerWindow.setPosSize(0, 0, 1280, 800, 15)
        deadline = time.time() + 30
        while not frame.ContainerWindow.isVisible() and time.time() < deadline:
            time.sleep(0.2)
        return doc, frame

    def test_menu_toolbar_and_screenshot(self):
        doc, frame = self.open_example()
        try:
            layout = frame.LayoutManager
            names = []
            deadline = time.time() + 30
            while "private:resource/toolbar/addon_org.retroplan.toolbar" not in names and time.time() < deadline:
                time.sleep(0.5)
                names = [e.ResourceURL for e in layout.getElements()]
            self.assertIn("private:resource/toolbar/addon_org.retroplan.toolbar", names)
            # The menu bar as the window shows it, through its accessibility tree.
            menu = find_accessible(frame.ContainerWindow.AccessibleContext, "Retroplan", MENU)
            self.assertIsNotNone(menu, "no Retroplan menu in Calc's menu bar")
            bar = frame.ContainerWindow.AccessibleContext.getAccessibleChild(0).AccessibleContext
            top = [bar.getAccessibleChild(i).AccessibleContext.AccessibleName for i in range(bar.AccessibleChildCount)]
            self.assertLess(top.index("Tools"), top.index("Retroplan"))
            names = [menu.getAccessibleChild(i).AccessibleContext.AccessibleName
                     for i in range(menu.AccessibleChildCount)]
            self.assertIn("Rebuild retroplan", names)
            if ARTIFACTS:
                doc.CurrentController.setActiveSheet(doc.Sheets.getByName("Retroplan"))
                os.makedirs(ARTIFACTS, exist_ok=True)
                time.sleep(2)  # let the window finish painting
                shot = os.path.join(ARTIFACTS, "calc-gui.png")
                subprocess.run(["import", "-display", self.display, "-window", "root", shot],
                               check=True, timeout=60)
                self.assertGreater(os.path.getsize(shot), 20000)
        finally:
            doc.close(True)

    def test_rebuild_from_the_window_and_undo_it(self):
        doc, frame = self.open_example()
        try:
            sheets = lambda: [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]
            doc.Sheets.removeByName("Retroplan")  # start as a user without a timeline yet
            helper = self.office.service("com.sun.star.frame.DispatchHelper")
            helper.executeDispatch(frame, "org.retroplan.command:Rebuild", "", 0, ())
            status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
            self.assertTrue(status.startswith("OK"), status)
            self.assertIn("Retroplan", sheets())
            view = doc.CurrentController
            self.assertEqual(view.ActiveSheet.Name, "Retroplan")
            self.assertTrue(view.hasFrozenPanes())  # on the header rows and the task columns
            self.assertEqual((view.getSplitColumn(), view.getSplitRow()), (8, 12))
            # With a window, the sheet's insertion is part of the undo step: one undo removes it.
            doc.UndoManager.undo()
            self.assertNotIn("Retroplan", sheets())
            self.assertTrue(self.office.alive())
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
