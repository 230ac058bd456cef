"""New retroplan: org.retroplan.command:NewPlan dispatched in a headless LibreOffice with the built
.oxt installed, in an English and a French user interface. Every template gives a task sheet whose
headers, formats and named ranges are checked, whose RETRO_* cells compute without error and equal
the CLI's schedule of the same table, that Rebuild reads at once and one undo removes; its tasks
are the bundled examples' plans (examples/*.csv). Documents are opened as in a window (Hidden
false: the office's headless window counts as visible), so that the sheet's insertion is part of
the undo step; tests/gui opens the template dialog in a real window."""
import csv
import datetime
import io
import os
import re
import subprocess
import unittest

from fixtures import CLI, EXAMPLES, OfficeTestCase, iso
from office import prop

COMMAND = "org.retroplan.command:NewPlan"
HEADER_ROW, FIRST_TASK_ROW = 7, 8  # 0-based, addin/new_plan_sheet.hxx
RESULT_COLUMNS = range(10, 15)  # K:O
# com.sun.star.util.NumberFormat
DATE, NUMBER, PERCENT, TEXT, LOGICAL = 2, 16, 128, 256, 1024
# Task count and the example each template comes from.
TEMPLATES = {
    "campaign": (13, "campagne-multicanal.csv"),
    "event": (15, "corporate-event.csv"),
    "release": (12, "software-release.csv"),
    "empty": (0, None),
}


def working_days(text):
    """'2w' -> 10, '1sem' -> 5, '5d' -> 5, '3' -> 3, '' -> 0."""
    m = re.fullmatch(r"(\d+)\s*(w|sem|d|j)?", text.strip())
    if not m:
        return 0
    return int(m.group(1)) * (5 if m.group(2) in ("w", "sem") else 1)


def example_rows(name):
    with open(os.path.join(EXAMPLES, name), newline="", encoding="utf-8") as f:
        text = f.read()
    return list(csv.reader(io.StringIO(text), delimiter=";" if ";" in text.splitlines()[0] else ","))[1:]


def run_cli(rows, deadline, *settings):
    """The CLI's schedule of the table (header row first), by task ID, and its kick-off."""
    path = os.path.join("/tmp", f"retroplan-newplan-{os.getpid()}.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    try:
        done = subprocess.run([CLI, "schedule", path, "--deadline", deadline, *settings],
                              check=True, capture_output=True, text=True)
    finally:
        os.remove(path)
    kickoff = re.search(r"kick-off (\S+)", done.stderr).group(1)
    return {r["id"]: r for r in csv.DictReader(io.StringIO(done.stdout))}, kickoff


class NewPlanEnglish(OfficeTestCase):
    sheet = "Tasks"
    first_sheet = "Sheet1"
    headers = ["ID", "Task", "Duration", "Predecessors", "Buffer", "Owner", "Due date", "Progress",
               "Baseline start", "Baseline end", "Latest start", "Latest end", "Slack (days)",
               "Critical", "Earliest start"]
    labels = ["Deadline", "Latest kick-off", "Today", "Holidays", "Check"]
    # The templates whose words are the example's own (the others are translations).
    same_language = {"event", "release"}
    undo_titles = ["New retroplan", "Save baseline", "Rebuild retroplan"]
    long_owner = "Event manager"  # the event template's longest owner
    beyond = ("row 12, column \u201CC (Duration)\u201D: duration \u201C{}\u201D does not fit in "
              "the calendar: the task would start before 1900",
              "row 12, column \u201CG (Due date)\u201D: due date \u201C1900-01-01\u201D leaves "
              "too little room",
              "row 12, column \u201CH (Progress)\u201D: progress \u201C1.5\u201D (that is 150 %) "
              "is not a percentage")
    titles = {"campaign": "Marketing campaign", "event": "Corporate event",
              "release": "Software release", "empty": "Empty plan"}

    # -- helpers ------------------------------------------------------------------------
    def open_document(self):
        """A new workbook as a person has it: a first sheet with content of their own."""
        doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                       (prop("Hidden", False),))
        self.addCleanup(doc.close, True)
        mine = doc.Sheets.getByIndex(0)
        mine.getCellRangeByName("A1").setString("keep me")
        mine.getCellRangeByName("B1").setFormula("=1+1")
        doc.UndoManager.clear()
        return doc

    def dispatch(self, doc, command, **arguments):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(doc.CurrentController.Frame, command, "", 0,
                               tuple(prop(k, v) for k, v in arguments.items()))
        return doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")

    @staticmethod
    def names(doc):
        return {n: doc.NamedRanges.getByName(n).Content for n in doc.NamedRanges.ElementNames}

    @staticmethod
    def contents(sheet):
        cursor = sheet.createCursor()
        cursor.gotoStartOfUsedArea(False)
        cursor.gotoEndOfUsedArea(True)
        return cursor.getRangeAddress().EndRow, cursor.getFormulaArray()

    def format_type(self, doc, cell):
        return doc.NumberFormats.getByKey(cell.NumberFormat).Type

    def table(self, sheet):
        """The task table as text rows, header first, with each row's sheet row: the rows with
        an ID down to the sheet's last used row."""
        last = self.contents(sheet)[0]
        rows = []
        for r in range(HEADER_ROW, last + 1):
            values = [sheet.getCellByPosition(c, r).getString() for c in range(8)]
            if values[0]:
                rows.append((r, values))
        return rows

    def assert_equals_cli(self, doc, *settings):
        """Every result cell and the kick-off as the CLI computes the sheet's own table."""
        doc.calculateAll()
        sheet = doc.Sheets.getByName(self.sheet)
        self.assertEqual(sheet.queryFormulaCells(4).Count, 0, "a formula shows an error")  # ERROR
        self.assertEqual(sheet.getCellRangeByName("B6").getString(), "OK")
        rows = self.table(sheet)
        deadline = iso(sheet.getCellRangeByName("B2").getValue())
        cli, kickoff = run_cli([values for _, values in rows], deadline, *settings)
        self.assertEqual(len(cli), len(rows) - 1)
        self.assertEqual(iso(sheet.getCellRangeByName("B3").getValue()), kickoff)
        for r, values in rows[1:]:
            expected, tid = cli[values[0]], values[0]
            got = [sheet.getCellByPosition(c, r) for c in RESULT_COLUMNS]
            self.assertEqual(iso(got[0].getValue()), expected["start"], tid)
            self.assertEqual(iso(got[1].getValue()), expected["end"], tid)
            self.assertEqual(str(int(got[2].getValue())), expected["slack"], tid)
            self.assertEqual(bool(got[3].getValue()), expected["critical"] == "true", tid)
            self.assertEqual(iso(got[4].getValue()), expected["early_start"], tid)
        return cli, kickoff

    # -- the templates ------------------------------------------------------------------
    def check_template(self, key):
        doc = self.open_document()
        mine = doc.Sheets.getByIndex(0)
        before = self.contents(mine)
        status = self.dispatch(doc, COMMAND, Template=key)
        count, example = TEMPLATES[key]
        self.assertTrue(status.startswith(f"OK: {self.titles[key]}, {count} "), status)
        self.assertEqual(doc.Sheets.ElementNames, (self.first_sheet, self.sheet))
        self.assertEqual(self.contents(mine), before)  # no existing cell touched
        sheet = doc.Sheets.getByName(self.sheet)
        self.assertEqual(doc.CurrentController.ActiveSheet.Name, self.sheet)

        # Labels, headers, named ranges.
        self.assertEqual([sheet.getCellByPosition(0, r).getString() for r in range(1, 6)], self.labels)
        self.assertEqual([sheet.getCellByPosition(c, HEADER_ROW).getString() for c in range(15)],
                         self.headers)
        quoted = f"${self.sheet}"
        self.assertEqual(self.names(doc), {
            "RETRO_TASKS": f"{quoted}.$A$8:$J$1048576", "RETRO_DEADLINE": f"{quoted}.$B$2",
            "RETRO_START": f"{quoted}.$B$4", "RETRO_HOLIDAYS": f"{quoted}.$B$5:$Q$5"})

        # Formats: dates as dates, durations as numbers, percentages, booleans; rows far below
        # the tasks too, for tasks typed later.
        for row in (FIRST_TASK_ROW, FIRST_TASK_ROW + 500):
            cell = lambda col: sheet.getCellByPosition(col, row)  # noqa: E731
            self.assertEqual(self.format_type(doc, cell(0)) & TEXT, TEXT)  # ID: "1,2" stays text
            self.assertEqual(self.format_type(doc, cell(2)) & NUMBER, NUMBER)  # duration
            self.assertEqual(self.format_type(doc, cell(3)) & TEXT, TEXT)  # predecessors
            self.assertEqual(self.format_type(doc, cell(4)) & NUMBER, NUMBER)  # buffer
            self.assertEqual(self.format_type(doc, cell(6)) & DATE, DATE)  # due date
            self.assertEqual(self.format_type(doc, cell(7)) & PERCENT, PERCENT)  # progress
            for col in (8, 9, 10, 11, 14):  # baseline start and end, latest dates, early start
                self.assertEqual(self.format_type(doc, cell(col)) & DATE, DATE)
            self.assertEqual(self.format_type(doc, cell(12)) & NUMBER, NUMBER)  # slack
            self.assertEqual(self.format_type(doc, cell(13)) & LOGICAL, LOGICAL)  # critical
        for name in ("B2", "B3", "B4", "B5", "Q5"):
            self.assertEqual(self.format_type(doc, sheet.getCellRangeByName(name)) & DATE, DATE, name)

        # The tasks are the example's plan: durations and buffers row by row; IDs, names,
        # predecessors and owners too when the example is in this language.
        rows = [values for _, values in self.table(sheet)]
        self.assertEqual(len(rows) - 1, count)
        if example:
            for got, want in zip(rows[1:], example_rows(example), strict=True):
                self.assertEqual(int(got[2]), working_days(want[2]), got)
                self.assertEqual(working_days(got[4]), working_days(want[4]), got)
                if key in self.same_language:
                    self.assertEqual([got[0], got[1], got[3], got[5]],
                                     [want[0], want[1], want[3], want[5]])

        if count:
            # The deadline leaves ten working days before the kick-off (engine test:
            # PlanTemplates.DeadlineLeavesTwoWeeksBeforeTheKickoff).
            _, kickoff = self.assert_equals_cli(doc)
            self.assertGreater(datetime.date.fromisoformat(kickoff), datetime.date.today())
            self.assertLessEqual(datetime.date.fromisoformat(kickoff),
                                 datetime.date.today() + datetime.timedelta(days=16))
            # Rebuild reads the new sheet at once.
            rebuilt = self.dispatch(doc, "org.retroplan.command:Rebuild")
            self.assertTrue(rebuilt.startswith(f"OK: {count} "), rebuilt)
            timeline = doc.Sheets.getByName("Retroplan")
            # The summary: labels in A, values in D (addin/timeline_sheet.hxx).
            self.assertEqual(iso(timeline.getCellRangeByName("D3").getValue()), kickoff)
            doc.UndoManager.undo()  # the rebuild
        else:
            self.assertEqual(sheet.getCellRangeByName("B3").getString(), "")  # no kick-off yet

        # One undo step removes the sheet and its names, and nothing else.
        doc.UndoManager.undo()
        self.assertEqual(doc.Sheets.ElementNames, (self.first_sheet,))
        self.assertEqual(self.names(doc), {})
        self.assertEqual(self.contents(mine), before)
        self.assertTrue(self.office.alive())

    def test_campaign(self):
        self.check_template("campaign")

    def test_event(self):
        self.check_template("event")

    def test_release(self):
        self.check_template("release")

    def test_empty(self):
        self.check_template("empty")

    # -- living with the sheet -------------------------------------------------------------
    def test_tasks_typed_below_and_holidays_count(self):
        doc = self.open_document()
        self.dispatch(doc, COMMAND, Template="campaign")
        sheet = doc.Sheets.getByName(self.sheet)
        cli, _ = self.assert_equals_cli(doc)
        # A holiday on a critical task's day moves the plan: RETRO_HOLIDAYS is wired.
        first = self.table(sheet)[1][1][0]
        holiday = cli[first]["end"]
        sheet.getCellRangeByName("C5").setValue(
            (datetime.date.fromisoformat(holiday) - datetime.date(1899, 12, 30)).days)
        moved, _ = self.assert_equals_cli(doc, "--holidays", holiday)
        self.assertNotEqual(moved[first]["start"], cli[first]["start"])
        # A task typed in the first free row computes at once (RETRO_TASKS runs to the last row).
        row = self.table(sheet)[-1][0] + 1
        for col, value in enumerate(["NEW", "New task", 4, "GO", "", "Ana"]):
            cell = sheet.getCellByPosition(col, row)
            cell.setValue(value) if isinstance(value, int) else cell.setString(value)
        after, _ = self.assert_equals_cli(doc, "--holidays", holiday)
        self.assertIn("NEW", after)
        self.assertEqual(after["NEW"]["end"], iso(sheet.getCellRangeByName("B2").getValue()))
        # Rows inserted inside the table keep RETRO_TASKS down to the last row.
        sheet.Rows.insertByIndex(FIRST_TASK_ROW + 2, 3)
        self.assertEqual(self.names(doc)["RETRO_TASKS"], f"${self.sheet}.$A$8:$J$1048576")
        self.assert_equals_cli(doc, "--holidays", holiday)

    def test_empty_plan_computes_tasks_as_they_are_typed(self):
        doc = self.open_document()
        self.dispatch(doc, COMMAND, Template="empty")
        sheet = doc.Sheets.getByName(self.sheet)
        for r, task in enumerate([["A", "First", 3, ""], ["B", "Second", 2, "A"], ["C", "Third", 0, "B"]]):
            for col, value in enumerate(task):
                cell = sheet.getCellByPosition(col, FIRST_TASK_ROW + r)
                cell.setValue(value) if isinstance(value, int) else cell.setString(value)
        cli, _ = self.assert_equals_cli(doc)
        self.assertEqual(cli["C"]["end"], iso(sheet.getCellRangeByName("B2").getValue()))

    def test_save_baseline_fills_the_template_baseline_columns(self):
        """A review found Save baseline writing N:O, outside RETRO_TASKS (A:H): RETRO_DEVIATION
        stayed empty, the header showed "Baseline st▸" and the dates another format."""
        doc = self.open_document()
        self.dispatch(doc, COMMAND, Template="campaign")
        sheet = doc.Sheets.getByName(self.sheet)
        status = self.dispatch(doc, "org.retroplan.command:SaveBaseline")
        self.assertTrue(status.startswith("OK"), status)
        self.assertIn(f"I ({self.headers[8]})", status)
        self.assertIn(f"J ({self.headers[9]})", status)
        doc.calculateAll()
        for r, values in self.table(sheet)[1:]:
            cell = lambda col: sheet.getCellByPosition(col, r)  # noqa: E731
            # The baseline is today's latest start and end, shown as the due dates are.
            self.assertEqual(cell(8).getValue(), cell(10).getValue(), values[0])
            self.assertEqual(cell(9).getValue(), cell(11).getValue(), values[0])
            self.assertEqual(cell(8).NumberFormat, cell(6).NumberFormat)
            self.assertEqual(cell(9).NumberFormat, cell(6).NumberFormat)
        for col in (8, 9):  # the headers wrap in columns as wide as the other date columns
            header = sheet.getCellByPosition(col, HEADER_ROW)
            self.assertTrue(header.IsTextWrapped)
            self.assertGreaterEqual(sheet.Columns.getByIndex(col).Width,
                                    sheet.Columns.getByIndex(6).Width)
        # With a status date, the deviation of every task not late is 0 (model §9): the
        # per-task functions read the baseline through RETRO_TASKS.
        today = (datetime.date.today() - datetime.date(1899, 12, 30)).days
        sheet.getCellRangeByName("B4").setValue(today)
        first = FIRST_TASK_ROW + 1
        deviation = sheet.getCellByPosition(16, FIRST_TASK_ROW)  # Q9
        deviation.setFormula(f"=RETRO_DEVIATION(A{first};RETRO_TASKS;RETRO_DEADLINE;"
                             "RETRO_HOLIDAYS;;RETRO_START)")
        doc.calculateAll()
        self.assertEqual((deviation.getError(), deviation.getString()), (0, "0"))

    def test_undo_steps_are_named_in_the_interface_language(self):
        doc = self.open_document()
        manager = doc.UndoManager
        self.dispatch(doc, COMMAND, Template="campaign")
        self.assertEqual(manager.getCurrentUndoActionTitle(), self.undo_titles[0])
        self.dispatch(doc, "org.retroplan.command:SaveBaseline")
        self.assertEqual(manager.getCurrentUndoActionTitle(), self.undo_titles[1])
        self.dispatch(doc, "org.retroplan.command:Rebuild")
        self.assertEqual(manager.getCurrentUndoActionTitle(), self.undo_titles[2])

    def test_timeline_names_and_owners_fit_their_columns(self):
        """A review saw "Responsable événem▸" (21 characters at 10 pt, a 40 mm column): every
        name and owner the timeline shows fits its column, measured by Calc itself (the optimal
        width of a scratch column holding that text alone, in the cell's font)."""
        doc = self.open_document()
        self.dispatch(doc, COMMAND, Template="event")
        tasks = doc.Sheets.getByName(self.sheet)
        ids = {values[0] for _, values in self.table(tasks)[1:]}
        scratch = doc.Sheets.getByIndex(0)  # the person's sheet: column Z is free
        probe = scratch.getCellByPosition(25, 0)
        # Then with the deadline as status date: every task late, the alert box shows them too.
        for status_date, shown_rows in ((None, len(ids)), (tasks.getCellRangeByName("B2").getValue(), None)):
            if status_date:
                tasks.getCellRangeByName("B4").setValue(status_date)
            rebuilt = self.dispatch(doc, "org.retroplan.command:Rebuild")
            self.assertTrue(rebuilt.startswith("OK"), rebuilt)
            out = doc.Sheets.getByName("Retroplan")
            rows = [r for r in range(80) if out.getCellByPosition(0, r).getString() in ids]
            if shown_rows:
                self.assertEqual(len(rows), shown_rows)
            else:
                self.assertGreater(len(rows), len(ids))  # the alert box's rows too
            owners = set()
            for col in (1, 2):
                width = out.Columns.getByIndex(col).Width
                for r in rows:
                    shown = out.getCellByPosition(col, r)
                    text = shown.getString()
                    self.assertNotEqual(text, "", (col, r))
                    probe.setString(text)
                    probe.CharFontName, probe.CharHeight = shown.CharFontName, shown.CharHeight
                    scratch.Columns.getByIndex(25).OptimalWidth = True
                    self.assertLessEqual(scratch.Columns.getByIndex(25).Width, width, (text, r))
                    full = shown.getAnnotation().getString()  # a shortened text keeps its whole
                    self.assertTrue(full == "" or (text.endswith("\u2026")
                                                   and full.startswith(text[:-1])), (text, full))
                    if col == 2:
                        owners.add(full or text)
            self.assertIn(self.long_owner, owners)

    def test_check_names_the_cell_at_fault_and_the_scale_it_read(self):
        """The review's cases: a duration of 46388 (2027-01-01 typed as a date) or 99999, or a
        due date of 1900-01-01, on row 12 were blamed on row 9 (OBJ) as date_out_of_range; a
        progress of 150 % read “1.5”; 50% typed into the percent column gives the text 50%%."""
        doc = self.open_document()
        self.dispatch(doc, COMMAND, Template="campaign")
        sheet = doc.Sheets.getByName(self.sheet)
        check = sheet.getCellRangeByName("B6")
        duration = sheet.getCellRangeByName("C12")  # BRF, 3 days
        for value in (46388, 99999):
            duration.setValue(value)
            doc.calculateAll()
            self.assertTrue(check.getString().startswith(self.beyond[0].format(value)),
                            check.getString())
        duration.setValue(3)
        due = sheet.getCellRangeByName("G12")
        due.setValue(2)  # 1900-01-01
        doc.calculateAll()
        self.assertTrue(check.getString().startswith(self.beyond[1]), check.getString())
        due.setString("")
        doc.calculateAll()
        self.assertEqual(check.getString(), "OK")
        # Progress counts with a status date (B4).
        sheet.getCellRangeByName("B4").setValue(
            (datetime.date.today() - datetime.date(1899, 12, 30)).days)
        progress = sheet.getCellRangeByName("H12")
        progress.setValue(1.5)  # shown as 150 %
        doc.calculateAll()
        self.assertTrue(check.getString().startswith(self.beyond[2]), check.getString())
        progress.setString("50%%")
        doc.calculateAll()
        self.assertEqual(check.getString(), "OK")

    def test_a_workbook_with_a_plan_gets_a_new_workbook(self):
        doc = self.open_document()
        self.dispatch(doc, COMMAND, Template="campaign")
        doc.UndoManager.clear()
        names, sheets = self.names(doc), doc.Sheets.ElementNames
        modified = doc.isModified()
        status = self.dispatch(doc, COMMAND, Template="release")
        self.assertTrue(status.startswith("OK"), status)
        self.assertEqual((self.names(doc), doc.Sheets.ElementNames), (names, sheets))
        self.assertEqual(doc.isModified(), modified)
        components = self.office.desktop.Components.createEnumeration()
        others = []
        while components.hasMoreElements():
            c = components.nextElement()
            if c != doc and hasattr(c, "Sheets"):
                others.append(c)
        self.assertEqual(len(others), 1)
        new = others[0]
        self.addCleanup(new.close, True)
        self.assertEqual(new.Sheets.ElementNames, (self.sheet,))
        self.assertEqual(len(self.table(new.Sheets.getByName(self.sheet))) - 1, 12)
        self.assert_equals_cli(new)
        self.assertFalse(new.UndoManager.isUndoPossible())  # closing it is the undo

    def test_refusals_add_nothing(self):
        doc = self.open_document()
        status = self.dispatch(doc, COMMAND, Template="nope")
        self.assertIn("campaign, event, release", status)
        self.assertEqual(doc.Sheets.Count, 1)
        doc.protect("")
        status = self.dispatch(doc, COMMAND, Template="event")
        self.assertFalse(status.startswith("OK"), status)
        self.assertEqual(doc.Sheets.Count, 1)
        doc.unprotect("")
        self.assertEqual(self.names(doc), {})

    def test_hidden_document(self):
        """A document without a window: no Template is an error (no dialog to ask); undo empties
        the sheet instead of removing it (README, Limits)."""
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        self.assertIn("Template", self.dispatch(doc, COMMAND))
        self.assertEqual(doc.Sheets.Count, 1)
        self.assertTrue(self.dispatch(doc, COMMAND, Template="event").startswith("OK"))
        self.assert_equals_cli(doc)
        doc.UndoManager.undo()
        self.assertEqual(self.names(doc), {})
        self.assertEqual(self.contents(doc.Sheets.getByName(self.sheet)), (0, (("",),)))
        self.assertTrue(self.office.alive())


class NewPlanFrench(NewPlanEnglish):
    """The same in a French user interface (the language pack is installed by setup)."""

    ui_locale = "fr-FR"
    sheet = "Tâches"
    first_sheet = "Feuille1"
    headers = ["ID", "Tâche", "Durée", "Prédécesseurs", "Marge de sécurité", "Responsable",
               "Échéance", "Avancement", "Début de référence", "Fin de référence",
               "Début au plus tard", "Fin au plus tard", "Marge totale (j)", "Critique",
               "Début au plus tôt"]
    labels = ["Date de lancement", "Démarrage au plus tard", "Aujourd'hui", "Jours fériés",
              "Vérification"]
    same_language = {"campaign"}
    undo_titles = ["Nouveau rétroplanning", "Enregistrer la référence",
                   "Reconstruire le rétroplanning"]
    long_owner = "Responsable événement"
    beyond = ("ligne 12, colonne « C (Durée) » : la durée « {} » ne tient pas dans le "
              "calendrier : la tâche commencerait avant 1900",
              "ligne 12, colonne « G (Échéance) » : l'échéance « 1900-01-01 » laisse trop peu "
              "de place",
              "ligne 12, colonne « H (Avancement) » : l'avancement « 1.5 » (soit 150 %) n'est "
              "pas un pourcentage")
    titles = {"campaign": "Campagne marketing", "event": "Événement d'entreprise",
              "release": "Livraison d'un logiciel", "empty": "Planning vide"}


if __name__ == "__main__":
    unittest.main(verbosity=2)
