"""Calc with the extension in a real window under Xvfb (the GUI build of LibreOffice): the
Retroplan menu (New retroplan, Rebuild, Save baseline, Export calendar, Export timeline as PDF,
Save a copy for sharing) and toolbar are there, New retroplan asks for its template in a dialog,
the exports work through their save dialogs, Save baseline asks before replacing a baseline, the
commands work from the window, and a screenshot of the Calc window is kept
(RETROPLAN_ARTIFACTS/calc-gui.png)."""
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "calc"))
from fixtures import EXAMPLES, OXT  # noqa: E402
from office import Office  # noqa: E402

ARTIFACTS = os.environ.get("RETROPLAN_ARTIFACTS", "")


def start_xvfb(size="1280x800", dpi=None):
    """Xvfb picks a free display and writes its number to the pipe; -ac: the office runs as
    another user and must be allowed to connect. -noreset: by default the server resets when its
    last client leaves, and LibreOffice 25.2's launcher connects and leaves just before
    soffice.bin connects: during that reset soffice.bin fails with "Can't open display" (5 starts
    out of 6 on Debian 13)."""
    read, write = os.pipe()
    resolution = ["-dpi", str(dpi)] if dpi else []
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", *resolution,
                             "-ac", "-noreset", "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    return proc, f":{number}"


# com.sun.star.accessibility.AccessibleRole
CHECK_BOX, LIST, PUSH_BUTTON, MENU, TEXT = 4, 32, 44, 34, 60


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


def all_texts(context, depth=0):
    """Every name and text an accessibility tree shows (a message box's message among them)."""
    texts = [context.AccessibleName]
    if hasattr(context, "getText"):
        try:
            texts.append(context.getText())
        except Exception:
            pass  # a text-less element
    for i in range(min(context.AccessibleChildCount, 200) if depth < 15 else 0):
        child = context.getAccessibleChild(i)
        if child:
            context_of = child.getAccessibleContext() if hasattr(child, "getAccessibleContext") else child
            texts += all_texts(context_of, depth + 1)
    return [t for t in texts if t]


def find_all(context, role, depth=0):
    """Every element of that role in an accessibility tree (a dialog's: a few hundred elements)."""
    found = [context] if context.AccessibleRole == role else []
    for i in range(min(context.AccessibleChildCount, 200) if depth < 15 else 0):
        child = context.getAccessibleChild(i)
        if child:  # an XAccessible, or (some dialog parts) directly its context
            context_of = child.getAccessibleContext() if hasattr(child, "getAccessibleContext") else child
            found += find_all(context_of, role, depth + 1)
    return found


class WindowTestCase(unittest.TestCase):
    """One Xvfb screen (`screen`, `dpi`) and one visible office with the built extension per test
    class, both stopped at the end."""
    screen, dpi = "1280x800", None

    @classmethod
    def setUpClass(cls):
        cls.xvfb, cls.display = start_xvfb(cls.screen, cls.dpi)
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


@unittest.skipUnless(shutil.which("Xvfb"), "needs Xvfb and the GUI build of LibreOffice")
class CalcWindow(WindowTestCase):
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
            # Docked, not floating over the Formatting toolbar (gui/test_toolbar_window.py: where).
            self.assertTrue(layout.isElementDocked("private:resource/toolbar/addon_org.retroplan.toolbar"))
            # The menu bar as the window shows it, through its accessibility tree.
            menu = find_accessible(frame.ContainerWindow.AccessibleContext, "Retroplan", MENU)
            self.assertIsNotNone(menu, "no Retroplan menu in Calc's menu bar")
            bar = frame.ContainerWindow.AccessibleContext.getAccessibleChild(0).AccessibleContext
            top = [bar.getAccessibleChild(i).AccessibleContext.AccessibleName for i in range(bar.AccessibleChildCount)]
            self.assertLess(top.index("Tools"), top.index("Retroplan"))
            names = [menu.getAccessibleChild(i).AccessibleContext.AccessibleName
                     for i in range(menu.AccessibleChildCount)]
            # The commands in order, New retroplan first (dialogs are opened by the tests below).
            self.assertEqual(names[:6], ["New retroplan\u2026", "Rebuild retroplan", "Save baseline",
                                         "Export calendar (.ics)\u2026", "Export timeline as PDF\u2026",
                                         "Save a copy for sharing\u2026"])
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

    def wait_for_top_window(self, title, timeout=30):
        toolkit = self.office.service("com.sun.star.awt.Toolkit")
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i in range(toolkit.TopWindowCount):
                window = toolkit.getTopWindow(i)
                # A window closing while we look (another test's) has no context any more.
                if window is None or window.AccessibleContext is None:
                    continue
                if window.AccessibleContext.AccessibleName == title:
                    return window.AccessibleContext
            time.sleep(0.3)
        self.fail(f"no window {title!r}")

    def test_export_calendar_through_its_dialog(self):
        doc, frame = self.open_example()
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        # The dialog is modal: the dispatch returns when it closes.
        dispatch = threading.Thread(target=helper.executeDispatch, daemon=True,
                                    args=(frame, "org.retroplan.command:ExportCalendar", "", 0, ()))
        dispatch.start()
        try:
            dialog = self.wait_for_top_window("Export calendar (.ics)")
            # It proposes the document's name in the document's folder.
            fields = {t.AccessibleName: t.getText() for t in find_all(dialog, TEXT)}
            self.assertEqual(fields.get("File name:"), "campagne-multicanal.ics")
            self.assertIn(self.office.dir, fields.values())
            boxes = {b.AccessibleName: b for b in find_all(dialog, CHECK_BOX)}
            boxes["One file per owner (in a folder of this name)"].doAccessibleAction(0)
            buttons = {b.AccessibleName: b for b in find_all(dialog, PUSH_BUTTON)}
            buttons["Save"].doAccessibleAction(0)
            dispatch.join(30)
            self.assertFalse(dispatch.is_alive())
            folder = os.path.join(self.office.dir, "campagne-multicanal")
            status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
            self.assertEqual(status, f"OK: 4 calendars, one per owner, written to {folder}")
            self.assertEqual(sorted(os.listdir(folder)),
                             ["Chef de projet.ics", "Client.ics", "Community manager.ics", "Graphiste.ics"])
            self.assertFalse(doc.isModified())
        finally:
            doc.close(True)

    def run_with_dialog(self, frame, command, title):
        """Dispatches a command whose modal dialog opens; returns the dispatch thread and the
        dialog's accessibility context."""
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        dispatch = threading.Thread(target=helper.executeDispatch, daemon=True,
                                    args=(frame, command, "", 0, ()))
        dispatch.start()
        return dispatch, self.wait_for_top_window(title)

    def press(self, dialog, button, dispatch):
        buttons = {b.AccessibleName: b for b in find_all(dialog, PUSH_BUTTON)}
        buttons[button].doAccessibleAction(0)
        dispatch.join(30)
        self.assertFalse(dispatch.is_alive())

    def test_new_plan_asks_for_its_template(self):
        doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
        frame = doc.CurrentController.Frame
        frame.ContainerWindow.setPosSize(0, 0, 1280, 800, 15)
        try:
            dispatch, dialog = self.run_with_dialog(frame, "org.retroplan.command:NewPlan", "New retroplan")
            entries = find_all(dialog, LIST)[0]
            names = [entries.getAccessibleChild(i).AccessibleContext.AccessibleName
                     for i in range(entries.AccessibleChildCount)]
            self.assertEqual(names, ["Marketing campaign (13 tasks)", "Corporate event (15 tasks)",
                                     "Software release (12 tasks)", "Empty plan (headers and formulas only)"])
            entries.selectAccessibleChild(2)
            self.press(dialog, "OK", dispatch)
            status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
            self.assertTrue(status.startswith("OK: Software release, 12 tasks, in the sheet Tasks"), status)
            view = doc.CurrentController
            self.assertEqual(view.ActiveSheet.Name, "Tasks")
            self.assertTrue(view.hasFrozenPanes())  # the ID column and the rows down to the header
            self.assertEqual((view.getSplitColumn(), view.getSplitRow()), (1, 8))
            doc.UndoManager.undo()
            self.assertEqual(doc.Sheets.ElementNames, ("Sheet1",))
            # Cancel adds nothing.
            dispatch, dialog = self.run_with_dialog(frame, "org.retroplan.command:NewPlan", "New retroplan")
            self.press(dialog, "Cancel", dispatch)
            self.assertEqual(doc.Sheets.ElementNames, ("Sheet1",))
        finally:
            doc.close(True)

    def test_pdf_and_shared_copy_through_their_dialogs(self):
        doc, frame = self.open_example()
        try:
            for command, title, name in [
                    ("ExportPdf", "Export timeline as PDF", "campagne-multicanal-timeline.pdf"),
                    ("ShareCopy", "Save a copy for sharing", "campagne-multicanal-shared.ods")]:
                dispatch, dialog = self.run_with_dialog(frame, f"org.retroplan.command:{command}", title)
                # It proposes a name next to the document.
                fields = {t.AccessibleName: t.getText() for t in find_all(dialog, TEXT)}
                self.assertEqual(fields.get("File name:"), name)
                self.assertIn(self.office.dir, fields.values())
                self.press(dialog, "Save", dispatch)
                path = os.path.join(self.office.dir, name)
                status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
                self.assertTrue(status.startswith("OK") and path in status, status)
                self.assertGreater(os.path.getsize(path), 5000)
                self.assertFalse(doc.isModified())
        finally:
            doc.close(True)

    def answer_box(self, title, answer, dispatch, timeout=30):
        """Presses `answer` in the message box `title` until the dispatch it blocks returns: a
        box being built may not have its buttons yet, or ignore a press."""
        toolkit = self.office.service("com.sun.star.awt.Toolkit")
        deadline = time.time() + timeout
        while dispatch.is_alive() and time.time() < deadline:
            try:
                for i in range(toolkit.TopWindowCount):
                    window = toolkit.getTopWindow(i)
                    context = window.AccessibleContext if window else None
                    if context is not None and context.AccessibleName == title:
                        buttons = {b.AccessibleName: b for b in find_all(context, PUSH_BUTTON)}
                        if answer in buttons:
                            buttons[answer].doAccessibleAction(0)
            except Exception:
                pass  # the box came or went while we looked: look again
            dispatch.join(1.0)
        return not dispatch.is_alive()

    def test_save_baseline_asks_before_replacing_one(self):
        doc, frame = self.open_example()
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        status = lambda: doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
        tasks = doc.Sheets.getByName("Tâches")
        cursor = tasks.createCursor()
        cursor.gotoEndOfUsedArea(False)
        first = cursor.RangeAddress.EndColumn + 1  # the baseline goes after the table
        header = lambda: [tasks.getCellByPosition(first + c, 0).getString() for c in range(2)]
        try:
            # No baseline yet: saved without a question, headed in the table's language.
            helper.executeDispatch(frame, "org.retroplan.command:SaveBaseline", "", 0, ())
            self.assertTrue(status().startswith("OK"), status())
            self.assertEqual(header(), ["Début de référence", "Fin de référence"])
            saved = tasks.getCellByPosition(first, 1).getValue()
            tasks.getCellByPosition(2, 1).setString("4sem")  # the first task twice as long
            for answer, kept in (("No", True), ("Yes", False)):
                # The box is modal: the dispatch returns when it closes.
                dispatch = threading.Thread(target=helper.executeDispatch, daemon=True,
                                            args=(frame, "org.retroplan.command:SaveBaseline", "", 0, ()))
                dispatch.start()
                self.assertTrue(self.answer_box("Retroplan", answer, dispatch), f"no box answered {answer}")
                now = tasks.getCellByPosition(first, 1).getValue()
                if kept:
                    self.assertEqual(status(), "Baseline not saved: the one in place is kept.")
                    self.assertEqual(now, saved)
                else:
                    self.assertTrue(status().startswith("OK"), status())
                    self.assertLess(now, saved)  # a longer first task starts earlier
            self.assertEqual(tasks.getCellByPosition(first + 2, 0).getString(), "")  # no third column
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
            self.assertEqual((view.getSplitColumn(), view.getSplitRow()), (6, 11))
            # With a window, the sheet's insertion is part of the undo step: one undo removes it.
            doc.UndoManager.undo()
            self.assertNotIn("Retroplan", sheets())
            self.assertTrue(self.office.alive())
        finally:
            doc.close(True)

    def test_a_bad_table_is_told_in_words_and_scripts_keep_the_ids(self):
        # Issue 10, item 5: the message box names row, column and value without internal IDs;
        # RetroplanStatus, which scripts read, keeps them.
        doc, frame = self.open_example()
        try:
            tasks = doc.Sheets.getByName("T\u00e2ches")
            search = tasks.createSearchDescriptor()
            search.SearchString = "Dur\u00e9e"
            header = tasks.findFirst(search).CellAddress
            row = header.Row + 2  # the first task, as the message counts rows
            tasks.getCellByPosition(header.Column, header.Row + 1).setString("deux")
            helper = self.office.service("com.sun.star.frame.DispatchHelper")
            # The message box is modal: the dispatch returns when it closes.
            dispatch = threading.Thread(target=helper.executeDispatch, daemon=True,
                                        args=(frame, "org.retroplan.command:Rebuild", "", 0, ()))
            dispatch.start()
            try:
                box = self.wait_for_top_window("Retroplan")
                shown = "\n".join(all_texts(box))
                self.assertIn(f"row {row}", shown)
                self.assertIn("\u201Cdeux\u201D", shown)
                self.assertNotIn("[bad_duration]", shown)
            finally:
                for button in find_all(box, PUSH_BUTTON):
                    button.doAccessibleAction(0)
                    break
                dispatch.join(30)
            self.assertFalse(dispatch.is_alive())
            status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
            self.assertIn("\u201Cdeux\u201D", status)
            self.assertIn("[bad_duration]", status)
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
