"""Export calendar (.ics): org.retroplan.command:ExportCalendar dispatched headless on the example
workbook with the built .oxt installed. Every file is read back with an independent parser
(python3-icalendar); dates are compared with the CLI's `retroplan schedule` of the CSV twin, and
the hand-worked expectations are in the comments (docs/scheduling-model.md)."""
import datetime as dt
import os
import shutil
import unittest

import icalendar
import uno

from fixtures import EXAMPLES, OfficeTestCase, cli_schedule
from office import NOBODY, prop

COMMAND = "org.retroplan.command:ExportCalendar"
DASH = " \u2014 "
TASK_SHEET = "Tâches"
CLI_SETTINGS = ("--deadline", "2027-05-20", "--holidays-file", os.path.join(EXAMPLES, "jours-feries-fr.txt"))
# examples/campagne-multicanal.csv, owner by owner.
OWNERS = {
    "Chef de projet": {"OBJ", "CIB", "CAN", "BRF", "SUIV", "GO"},
    "Graphiste": {"VIS", "COR"},
    "Community manager": {"RED", "REL", "PROG"},
    "Client": {"VAL1", "VAL2"},
}


def read_ics(path):
    with open(path, "rb") as f:
        return icalendar.Calendar.from_ical(f.read())


def events(cal):
    """Task ID (SUMMARY's part before the dash) -> VEVENT; one event per task."""
    out = {}
    for ev in cal.walk("VEVENT"):
        tid = str(ev["SUMMARY"]).split(DASH)[0]
        assert tid not in out, f"two events for {tid}"
        out[tid] = ev
    return out


class ExportCalendar(OfficeTestCase):
    def setUp(self):
        self.out = os.path.join(self.office.dir, f"out-{self._testMethodName}")
        os.makedirs(self.out)
        os.chmod(self.out, 0o777)  # the office may run as another user (office.py)

    def open_example(self):
        """The example workbook, copied into a folder the office can write to, loaded from there."""
        folder = os.path.join(self.office.dir, f"doc-{self._testMethodName}")
        os.makedirs(folder)
        local = os.path.join(folder, "campagne-multicanal.ods")
        shutil.copy(os.path.join(EXAMPLES, "campagne-multicanal.ods"), local)
        os.chmod(local, 0o666)
        if os.getuid() == 0:
            os.chown(folder, NOBODY, NOBODY)
        doc = self.office.load(local)
        self.addCleanup(doc.close, True)
        return doc

    def export(self, doc, **arguments):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        args = tuple(prop(k, v) for k, v in arguments.items())
        helper.executeDispatch(doc.CurrentController.Frame, COMMAND, "", 0, args)
        return self.status(doc)

    def rebuild(self, doc):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(doc.CurrentController.Frame, "org.retroplan.command:Rebuild", "", 0, ())
        return self.status(doc)

    @staticmethod
    def status(doc):
        return doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")

    @staticmethod
    def contents(doc):
        """Every sheet's used area as formulas: what a cell modification would change."""
        out = {}
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            cursor = sheet.createCursor()
            cursor.gotoStartOfUsedArea(False)
            cursor.gotoEndOfUsedArea(True)
            out[sheet.Name] = cursor.getFormulaArray()
        return out

    def set_cell(self, doc, task_id, header, value):
        """Writes a cell of the task table, found by task ID and column header."""
        sheet = doc.Sheets.getByName(TASK_SHEET)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_row, last_col = cursor.RangeAddress.EndRow, cursor.RangeAddress.EndColumn
        col = [sheet.getCellByPosition(c, 0).getString() for c in range(last_col + 1)].index(header)
        row = [sheet.getCellByPosition(0, r).getString() for r in range(last_row + 1)].index(task_id)
        sheet.getCellByPosition(col, row).setString(value)

    def test_example_gives_one_event_per_task_at_the_cli_dates(self):
        doc = self.open_example()
        before, modified = self.contents(doc), doc.isModified()
        path = os.path.join(self.out, "campagne.ics")
        status = self.export(doc, Path=path)
        self.assertEqual(status, f"OK: 13 events written to {path}")
        evs = events(read_ics(path))
        cli = cli_schedule(os.path.join(EXAMPLES, "campagne-multicanal.csv"), *CLI_SETTINGS)
        self.assertEqual(sorted(evs), sorted(cli))
        for tid, row in cli.items():
            ev = evs[tid]
            self.assertIsInstance(ev["DTSTART"].dt, dt.date)
            self.assertNotIsInstance(ev["DTSTART"].dt, dt.datetime)  # all-day
            self.assertEqual(ev["DTSTART"].dt.isoformat(), row["start"], tid)
            # DTEND is the day after the last day (a milestone: one day).
            self.assertEqual((ev["DTEND"].dt - dt.timedelta(days=1)).isoformat(), row["end"], tid)
        # By hand: GO, the milestone, on the deadline Thu 2027-05-20. SUIV, 4 working days ending
        # there: 05-20, 05-19, 05-18, then 05-14 (05-17 is Whit Monday, 05-15/16 a weekend).
        self.assertEqual((evs["GO"]["DTSTART"].dt, evs["GO"]["DTEND"].dt),
                         (dt.date(2027, 5, 20), dt.date(2027, 5, 21)))
        self.assertEqual((evs["SUIV"]["DTSTART"].dt, evs["SUIV"]["DTEND"].dt),
                         (dt.date(2027, 5, 14), dt.date(2027, 5, 21)))
        # A French document: French descriptions, even in this English office; the calendar is
        # named after the document; UIDs carry the task ID.
        self.assertEqual(str(evs["VIS"]["DESCRIPTION"]).split("\n")[:2],
                         ["Responsable : Graphiste", "Durée : 15 jours ouvrés"])
        cal = read_ics(path)
        self.assertEqual(str(cal["X-WR-CALNAME"]), "campagne-multicanal")
        uids = [str(ev["UID"]) for ev in evs.values()]
        self.assertEqual(len(set(uids)), 13)
        self.assertTrue(all(u.startswith(t + "-") for t, u in zip(evs, uids)), uids)
        # The document is as it was: no cell changed, not marked modified, nothing to undo.
        self.assertEqual(self.contents(doc), before)
        self.assertFalse(modified)
        self.assertFalse(doc.isModified())
        self.assertFalse(doc.UndoManager.isUndoPossible())
        self.assertEqual(os.listdir(self.out), ["campagne.ics"])  # no temporary file left

    def test_reexport_keeps_uids_and_raises_sequence_only_for_moved_tasks(self):
        doc = self.open_example()
        # Without Path, headless: next to the document, named after it.
        status = self.export(doc)
        default = os.path.join(os.path.dirname(uno.fileUrlToSystemPath(doc.URL)), "campagne-multicanal.ics")
        self.assertEqual(status, f"OK: 13 events written to {default}")
        first = events(read_ics(default))
        self.assertEqual({str(e["SEQUENCE"]) for e in first.values()}, {"0"})
        # Edit the workbook: SUIV 4 -> 6 working days. By hand: its end stays on 05-20 (GO), its
        # start moves to Wed 05-12 (05-20, 19, 18, 14, 13, 12); CAN, its predecessor, stays bound
        # by BRF (03-31 < 05-11). RED is renamed: a new title, the same dates.
        self.set_cell(doc, "SUIV", "Durée", "6j")
        self.set_cell(doc, "RED", "Tâche", "Rédaction des contenus (web)")
        # Again, to the same file given as a file URL: its SEQUENCE numbers go on.
        status = self.export(doc, Path=uno.systemPathToFileUrl(default))
        self.assertTrue(status.startswith("OK: 13 events"), status)
        second = events(read_ics(default))
        self.assertEqual({t: str(e["UID"]) for t, e in second.items()},
                         {t: str(e["UID"]) for t, e in first.items()})
        moved = {t for t in second if second[t]["DTSTART"].dt != first[t]["DTSTART"].dt
                 or second[t]["DTEND"].dt != first[t]["DTEND"].dt}
        self.assertEqual(moved, {"SUIV"})
        self.assertEqual(second["SUIV"]["DTSTART"].dt, dt.date(2027, 5, 12))
        self.assertEqual({t: int(e["SEQUENCE"]) for t, e in second.items()},
                         {t: 1 if t == "SUIV" else 0 for t in first})
        self.assertEqual(str(second["RED"]["SUMMARY"]), "RED — Rédaction des contenus (web)")
        # The CLI agrees on the edited plan's dates.
        edited = os.path.join(self.out, "edited.csv")
        with open(os.path.join(EXAMPLES, "campagne-multicanal.csv"), encoding="utf-8") as f:
            text = f.read().replace("SUIV;Tableau de bord de suivi;4j", "SUIV;Tableau de bord de suivi;6j")
        with open(edited, "w", encoding="utf-8") as f:
            f.write(text)
        cli = cli_schedule(edited, *CLI_SETTINGS)
        self.assertEqual({t: (e["DTSTART"].dt.isoformat(), (e["DTEND"].dt - dt.timedelta(days=1)).isoformat())
                          for t, e in second.items()},
                         {t: (row["start"], row["end"]) for t, row in cli.items()})
        # A third export with nothing changed moves nothing: every SEQUENCE stays.
        self.export(doc, Path=default)
        third = events(read_ics(default))
        self.assertEqual({t: int(e["SEQUENCE"]) for t, e in third.items()},
                         {t: int(e["SEQUENCE"]) for t, e in second.items()})

    def test_per_owner(self):
        doc = self.open_example()
        folder = os.path.join(self.out, "equipe")  # made by the command
        status = self.export(doc, PerOwner=folder)
        self.assertEqual(status, f"OK: 4 calendars, one per owner, written to {folder}")
        self.assertEqual(sorted(os.listdir(folder)), sorted(o + ".ics" for o in OWNERS))
        for owner, tasks in OWNERS.items():
            cal = read_ics(os.path.join(folder, owner + ".ics"))
            self.assertEqual(set(events(cal)), tasks, owner)
            self.assertEqual(str(cal["X-WR-CALNAME"]), "campagne-multicanal" + DASH + owner)
        # The same UIDs as in the whole plan's calendar: one event per task, whichever file.
        whole = os.path.join(self.out, "all.ics")
        self.export(doc, Path=whole)
        uids = {t: str(e["UID"]) for t, e in events(read_ics(whole)).items()}
        for owner in OWNERS:
            for t, e in events(read_ics(os.path.join(folder, owner + ".ics"))).items():
                self.assertEqual(str(e["UID"]), uids[t])

    def test_bad_table_writes_nothing_and_says_what_rebuild_says(self):
        doc = self.open_example()
        self.set_cell(doc, "VAL1", "Prédécesseurs", "VIS;NOPE")
        path = os.path.join(self.out, "bad.ics")
        exported = self.export(doc, Path=path)
        folder = os.path.join(self.out, "bad-owners")
        per_owner = self.export(doc, PerOwner=folder)
        rebuilt = self.rebuild(doc)
        self.assertEqual(os.listdir(self.out), [])
        self.assertTrue(exported.startswith("The calendar was not exported. \n"), exported)
        self.assertTrue(rebuilt.startswith("The retroplan was not rebuilt. \n"), rebuilt)
        # The same problems in the same words, line for line.
        self.assertIn("[unknown_predecessor]", exported)
        self.assertEqual(exported.split("\n")[1:], rebuilt.split("\n")[1:])
        self.assertEqual(per_owner, exported)

    def test_what_cannot_be_exported_is_said(self):
        doc = self.open_example()
        both = self.export(doc, Path=os.path.join(self.out, "a.ics"), PerOwner=self.out)
        self.assertEqual(both, "Give Path (one file) or PerOwner (a folder), not both.")
        remote = self.export(doc, Path="https://example.org/plan.ics")
        self.assertEqual(remote, "https://example.org/plan.ics: calendars are written to local files only.")
        missing = os.path.join(self.out, "no-such-folder", "plan.ics")
        status = self.export(doc, Path=missing)
        self.assertTrue(status.startswith(f"The calendar was not written: {missing} ("), status)
        self.assertEqual(os.listdir(self.out), [])
        # A document never saved has no folder: headless, it needs a Path; with one, its title
        # is the plan's identity.
        new = self.office.new_calc()
        self.addCleanup(new.close, True)
        sheet = new.Sheets.getByIndex(0)
        sheet.Name = "Tasks"
        rows = (("Deadline", "", ""), ("", "", ""), ("ID", "Duration", "Owner"), ("A", "", "Anne"),
                ("B", "", ""), ("C", "", ""))
        sheet.getCellRangeByPosition(0, 0, 2, 5).setDataArray(rows)
        sheet.getCellRangeByName("B1").setFormula("=DATE(2027;4;2)")
        for cell, days in (("B4", 3), ("B5", 2), ("B6", 1)):
            sheet.getCellRangeByName(cell).setValue(days)
        self.assertEqual(self.export(new),
                         "The document is not saved in a local folder: give the calendar's Path.")
        path = os.path.join(self.out, "new.ics")
        self.assertEqual(self.export(new, Path=path), f"OK: 3 events written to {path}")
        cal = read_ics(path)
        self.assertEqual(str(cal["X-WR-CALNAME"]), new.Title)  # "Untitled 1"
        folder = os.path.join(self.out, "owners")
        self.assertEqual(self.export(new, PerOwner=folder),
                         f"OK: 1 calendar, one per owner, written to {folder}; 2 tasks without an owner are in none")
        self.assertEqual(os.listdir(folder), ["Anne.ics"])
        sheet.getCellRangeByName("C4").setString("")
        self.assertEqual(self.export(new, PerOwner=os.path.join(self.out, "nobody")),
                         "No task has an owner: no calendar was written.")
        self.assertEqual(sorted(os.listdir(self.out)), ["new.ics", "owners"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
