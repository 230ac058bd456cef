"""Builds the example workbooks in examples/ from their CSV plans, in headless LibreOffice with
the built extension: a task sheet with live RETRO_* columns, a settings sheet with the named
ranges RETRO_DEADLINE and RETRO_HOLIDAYS, an instructions sheet, and the rebuilt timeline (and
Workload sheet when the plan names owners, Risk sheet when it has three-point estimates).
The corporate event gives one person two overlapping critical tasks on purpose (VEN and INVL, the
event manager's): its Workload sheet shows the overload.
campagne-en-cours follows a plan under way (model §11 plus a task not started): progress columns
and a fixed status date (named range RETRO_START), so that it shows every status whatever the
real date, and the alert window (RETRO_ALERT_DAYS).
Usage: /usr/bin/python3 scripts/make_examples.py BUILD_DIR [OUT_DIR [NAME…]]
(OUT_DIR: examples/; NAME: only these examples)
"""
import csv
import datetime
import os
import shutil
import sys

import uno

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "calc"))
from office import Office  # noqa: E402

EN = {
    "tasks": "Tasks", "settings": "Settings", "help": "Instructions",
    "deadline": "Deadline", "holidays": "Holidays", "check": "Check",
    "results": ["Start", "End", "Slack (days)", "Critical", "Early start", "Free slack"],
    "instructions": [
        "How to use this workbook",
        "1. List the tasks on the Tasks sheet: ID, name, duration in working days (5, 5d, 2w),",
        "   predecessors (T1, T2SS+2, T3FF-1d), safety buffer, owner, optional due date.",
        "2. Set the launch date and the public holidays on the Settings sheet",
        "   (named ranges RETRO_DEADLINE and RETRO_HOLIDAYS).",
        "3. The grey columns compute live: =RETRO_START(A2;RETRO_TASKS;RETRO_DEADLINE;RETRO_HOLIDAYS)…",
        "   RETRO_TASKS is the table down to the last row: a task added below it counts.",
        "   Change a duration and every date follows.",
        "4. Retroplan ▸ Rebuild retroplan redraws the Retroplan sheet (timeline, critical path in red)",
        "   and the Workload sheet: each owner's load per day, overloads in red (⚠ on the timeline).",
        "   A named range RETRO_LEVEL = yes (or a cell labelled Level = yes) levels the plan.",
        "Settings ▸ Check says OK, or the first problem of the table with its row.",
    ],
}
FR = {
    "tasks": "Tâches", "settings": "Paramètres", "help": "Mode d'emploi",
    "deadline": "Date de lancement", "holidays": "Jours fériés", "check": "Vérification",
    "results": ["Début", "Fin", "Marge (j)", "Critique", "Début au plus tôt", "Marge libre"],
    "instructions": [
        "Mode d'emploi de ce classeur",
        "1. Listez les tâches dans la feuille Tâches : ID, tâche, durée en jours ouvrés (5, 5j, 2sem),",
        "   prédécesseurs (T1, T2DD+2, T3FF-1j), marge de sécurité, responsable, échéance facultative.",
        "2. Indiquez la date de lancement et les jours fériés dans la feuille Paramètres",
        "   (plages nommées RETRO_DEADLINE et RETRO_HOLIDAYS).",
        "3. Les colonnes grises se calculent en direct : =RETRO.DEBUT(A2;RETRO_TASKS;RETRO_DEADLINE;RETRO_HOLIDAYS)…",
        "   RETRO_TASKS est le tableau jusqu'à la dernière ligne : une tâche ajoutée dessous compte.",
        "   Modifiez une durée, toutes les dates suivent.",
        "4. Rétroplanning ▸ Reconstruire le rétroplanning redessine la feuille Retroplan (chemin critique en rouge)",
        "   et la feuille Charge : la charge de chaque responsable par jour, surcharges en rouge (⚠ sur le planning).",
        "   Une plage nommée RETRO_LEVEL = oui (ou une cellule Lisser = oui) lisse le plan.",
        "Paramètres ▸ Vérification affiche OK, ou le premier problème du tableau avec sa ligne.",
    ],
}
# Following the plan: the status date, fixed, and the alert window, with their labels; the live
# columns gain the status, the expected end and the deviation.
FOLLOW_FR = {
    "start": "Date d'état", "alert_days": "Jours d'alerte",
    "results": ["Statut", "Fin prévue", "Écart (j)"],
    "instructions": [
        "Un plan en cours : avancement au vendredi 19/03/2027 (date d'état fixe, plage RETRO_START).",
        "5. Chaque jour : renseignez Début réel, Fin réelle et Avancement, puis Rétroplanning ▸",
        "   Reconstruire : l'encadré d'alertes liste les tâches en retard puis celles à échéance proche.",
        "6. Sans date d'état, Retroplan suit le plan à la date du jour dès qu'il y a de l'avancement.",
    ],
}
FOLLOW_FUNCS = ["RETRO_STATUS", "RETRO_EXPECTED_END", "RETRO_DEVIATION"]
FUNCS = ["RETRO_START", "RETRO_END", "RETRO_SLACK", "RETRO_CRITICAL", "RETRO_EARLY_START", "RETRO_FREE_SLACK"]
EXAMPLES = [  # name, words, deadline, status date (none: the plan as made)
    ("campagne-multicanal", FR, datetime.date(2027, 5, 20), None),
    ("corporate-event", EN, datetime.date(2027, 10, 14), None),
    ("software-release", EN, datetime.date(2027, 9, 30), None),
    ("campagne-en-cours", FR, datetime.date(2027, 4, 2), datetime.date(2027, 3, 19)),
]


def holidays():
    path = os.path.join(ROOT, "examples", "jours-feries-fr.txt")
    return [datetime.date.fromisoformat(l.strip()) for l in open(path) if l.strip() and not l.startswith("#")]


def serial(d):
    return float((d - datetime.date(1899, 12, 30)).days)


def col(i):
    return chr(ord("A") + i)


def cell_value(v):
    """A CSV value as the cell a person types: whole numbers, ISO dates as dates, "25%" as 0.25."""
    if v.isdigit():
        return int(v)
    if len(v) == 10 and v[4] == "-" and v[7] == "-":
        return serial(datetime.date.fromisoformat(v))
    if v.endswith("%") and v[:-1].strip().isdigit():
        return int(v[:-1]) / 100
    return v


def build(office, name, words, deadline, out_dir, status_date=None):
    with open(os.path.join(ROOT, "examples", name + ".csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=";" if name.startswith("campagne") else ","))
    doc = office.new_calc()
    if words is FR:  # French dates and a French timeline
        locale = uno.createUnoStruct("com.sun.star.lang.Locale")
        locale.Language, locale.Country = "fr", "FR"
        doc.CharLocale = locale
    sheets = doc.Sheets
    help_sheet = sheets.getByIndex(0)
    help_sheet.Name = words["help"]
    sheets.insertNewByName(words["tasks"], 1)
    sheets.insertNewByName(words["settings"], 2)
    tasks = sheets.getByName(words["tasks"])
    settings = sheets.getByName(words["settings"])
    date_fmt = doc.NumberFormats.getStandardFormat(2, doc.CharLocale)  # DATE

    lines = words["instructions"] + (FOLLOW_FR["instructions"] if status_date else [])
    for i, line in enumerate(lines):
        help_sheet.getCellByPosition(0, i).setString(line)
    help_sheet.getCellByPosition(0, 0).CharWeight = 150.0
    help_sheet.getCellByPosition(0, 0).CharHeight = 14.0

    # Settings and named ranges.
    settings.getCellByPosition(0, 0).setString(words["deadline"])
    settings.getCellByPosition(1, 0).setValue(serial(deadline))
    settings.getCellByPosition(0, 2).setString(words["holidays"])
    hol = holidays()
    for k, d in enumerate(hol):
        settings.getCellByPosition(1, 2 + k).setValue(serial(d))
    settings.getCellRangeByPosition(1, 0, 1, 2 + len(hol)).NumberFormat = date_fmt
    origin = uno.createUnoStruct("com.sun.star.table.CellAddress")
    sname = "$'" + words["settings"] + "'"
    doc.NamedRanges.addNewByName("RETRO_DEADLINE", f"{sname}.$B$1", origin, 0)
    doc.NamedRanges.addNewByName("RETRO_HOLIDAYS", f"{sname}.$B$3:$B${3 + len(hol) - 1}", origin, 0)
    extra = ""
    if status_date:  # beside the deadline: labels in C, values in D
        settings.getCellByPosition(2, 0).setString(FOLLOW_FR["start"])
        settings.getCellByPosition(3, 0).setValue(serial(status_date))
        settings.getCellByPosition(3, 0).NumberFormat = date_fmt
        settings.getCellByPosition(2, 1).setString(FOLLOW_FR["alert_days"])
        settings.getCellByPosition(3, 1).setValue(2)
        doc.NamedRanges.addNewByName("RETRO_START", f"{sname}.$D$1", origin, 0)
        doc.NamedRanges.addNewByName("RETRO_ALERT_DAYS", f"{sname}.$D$2", origin, 0)
        extra = ";;RETRO_START"  # RETRO_STATUS also takes the alert window

    # The task table, then the live result columns to its right (outside the table range).
    width, n = len(rows[0]), len(rows) - 1
    data = tuple(tuple(cell_value(v) for v in r) for r in rows)
    tasks.getCellRangeByPosition(0, 0, width - 1, n).setDataArray(data)
    for c, title in enumerate(rows[0]):  # progress columns: dates and percentages
        column = tasks.getCellRangeByPosition(c, 1, c, n)
        if title in ("Début réel", "Fin réelle", "Fin de référence"):
            column.NumberFormat = date_fmt
        elif title == "Avancement":
            column.NumberFormat = doc.NumberFormats.getStandardFormat(128, doc.CharLocale)  # PERCENT
    # The table's columns down to the sheet's last row, so that a task typed below the last one
    # counts (reads stop at the last filled row); the result columns stay outside it.
    doc.NamedRanges.addNewByName(
        "RETRO_TASKS", f"$'{words['tasks']}'.$A$1:${col(width - 1)}$1048576", origin, 0)
    table = "RETRO_TASKS"
    funcs = FUNCS + (FOLLOW_FUNCS if status_date else [])
    titles = words["results"] + (FOLLOW_FR["results"] if status_date else [])
    for k, (title, func) in enumerate(zip(titles, funcs)):
        c = width + k
        tasks.getCellByPosition(c, 0).setString(title)
        alert = ";RETRO_ALERT_DAYS" if func == "RETRO_STATUS" else ""
        formulas = tuple((f"={func}($A{r};{table};RETRO_DEADLINE;RETRO_HOLIDAYS{extra}{alert})",)
                         for r in range(2, n + 2))
        rng = tasks.getCellRangeByPosition(c, 1, c, n)
        rng.setFormulaArray(formulas)
        if func in ("RETRO_START", "RETRO_END", "RETRO_EARLY_START", "RETRO_EXPECTED_END"):
            rng.NumberFormat = date_fmt
        elif func == "RETRO_CRITICAL":  # 1/0 shown as TRUE/FALSE (VRAI/FAUX)
            rng.NumberFormat = doc.NumberFormats.getStandardFormat(1024, doc.CharLocale)  # LOGICAL
    results = tasks.getCellRangeByPosition(width, 0, width + len(funcs) - 1, n)
    results.CellBackColor = 0xEEEEEE
    tasks.getCellRangeByPosition(0, 0, width + len(funcs) - 1, 0).CharWeight = 150.0
    settings.getCellByPosition(0, 1).setString(words["check"])
    settings.getCellByPosition(1, 1).setFormula(
        f"=RETRO_CHECK({table};RETRO_DEADLINE;RETRO_HOLIDAYS{extra})")
    for s in (tasks, settings, help_sheet):
        s.Columns.OptimalWidth = True
    doc.calculateAll()

    helper = office.service("com.sun.star.frame.DispatchHelper")
    doc.CurrentController.setActiveSheet(tasks)
    helper.executeDispatch(doc.CurrentController.Frame, "org.retroplan.command:Rebuild", "", 0, ())
    status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
    check = settings.getCellByPosition(1, 1).getString()
    doc.CurrentController.setActiveSheet(tasks)
    path = office.save_as(doc, name + ".ods")
    doc.close(True)
    shutil.copy(path, os.path.join(out_dir, name + ".ods"))
    print(f"{name}.ods: check {check}; rebuild {status}")
    return check == "OK" and status.startswith("OK")


def main():
    build_dir = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "examples")
    ok = True
    with Office(os.path.join(build_dir, "retroplan.oxt")) as office:
        only = sys.argv[3:]  # optional: the examples to build, by name
        for name, words, deadline, status_date in EXAMPLES:
            if not only or name in only:
                ok &= build(office, name, words, deadline, out_dir, status_date)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
