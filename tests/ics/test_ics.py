"""`retroplan ics` end to end: every exported file is read back by an independent parser
(python3-icalendar) and imported into a real calendar program (khal). Expected dates and reminder
instants are worked out by hand from the scheduling model (§6, §7) in the comments."""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import unittest

import icalendar

CLI = os.environ["RETROPLAN_CLI"]
EXAMPLES = os.environ["RETROPLAN_EXAMPLES"]
CAMPAIGN = os.path.join(EXAMPLES, "campaign.csv")  # the model's worked example (§7)
FRENCH = os.path.join(EXAMPLES, "campagne-multicanal.csv")
FR_HOLIDAYS = os.path.join(EXAMPLES, "jours-feries-fr.txt")
WORKED = ["--deadline", "2027-04-02", "--holidays", "2027-03-29"]
DASH = " \u2014 "


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, env={**os.environ, "LANG": "C"})


def write_csv(path, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def read_ics(path):
    with open(path, "rb") as f:
        return icalendar.Calendar.from_ical(f.read())


def events(cal):
    """Task ID -> VEVENT (the ID is SUMMARY's part before the dash)."""
    out = {}
    for ev in cal.walk("VEVENT"):
        tid = str(ev["SUMMARY"]).split(DASH)[0]
        assert tid not in out, f"two events for {tid}"
        out[tid] = ev
    return out


def alarm_instants(ev):
    """The local (floating) instants the event's reminders ring at: all-day DTSTART at midnight
    plus each trigger, RELATED=START."""
    start = dt.datetime.combine(ev["DTSTART"].dt, dt.time(0))
    out = []
    for a in ev.walk("VALARM"):
        assert str(a["ACTION"]) == "DISPLAY"
        assert str(a.get("DESCRIPTION", ""))
        assert a["TRIGGER"].params.get("RELATED", "START") == "START"
        out.append(start + a["TRIGGER"].dt)
    return out


def at9(y, m, d):
    return dt.datetime(y, m, d, 9, 0)


def schedule(plan, *args):
    """Task ID -> (start, end) from `retroplan schedule` as ISO strings."""
    r = run("schedule", plan, *args)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(r.stdout.splitlines()))
    return {row["id"]: (row["start"], row["end"]) for row in rows}


class IcsTestCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="retroplan-ics-")
        self.addCleanup(shutil.rmtree, self.dir, True)

    def path(self, name):
        return os.path.join(self.dir, name)

    def export(self, plan, *args, out="out.ics"):
        r = run("ics", plan, *args, "-o", self.path(out))
        self.assertEqual(r.returncode, 0, r.stderr)
        return read_ics(self.path(out))


class Dates(IcsTestCase):
    def check_against_schedule(self, plan, *args):
        evs = events(self.export(plan, *args))
        sched = schedule(plan, *args)
        self.assertEqual(sorted(evs), sorted(sched))  # one event per task
        for tid, (start, end) in sched.items():
            ev = evs[tid]
            self.assertEqual(ev["DTSTART"].dt.isoformat(), start, tid)
            # DTEND is exclusive: the day after the last day (a milestone: one day).
            self.assertEqual(ev["DTEND"].dt - dt.timedelta(days=1), dt.date.fromisoformat(end), tid)
            self.assertIsInstance(ev["DTSTART"].dt, dt.date)
            self.assertNotIsInstance(ev["DTSTART"].dt, dt.datetime)  # all-day
            self.assertEqual(str(ev["TRANSP"]), "TRANSPARENT")
        return evs

    def test_worked_example_equals_schedule(self):
        evs = self.check_against_schedule(CAMPAIGN, *WORKED)
        # By hand (model §7): BRIEF Tue 03-02 .. Mon 03-08; GO a milestone on Fri 04-02.
        self.assertEqual((evs["BRIEF"]["DTSTART"].dt, evs["BRIEF"]["DTEND"].dt),
                         (dt.date(2027, 3, 2), dt.date(2027, 3, 9)))
        self.assertEqual((evs["GO"]["DTSTART"].dt, evs["GO"]["DTEND"].dt),
                         (dt.date(2027, 4, 2), dt.date(2027, 4, 3)))
        self.assertEqual(str(evs["TXT"]["SUMMARY"]), "TXT — Copywriting")
        self.assertEqual(str(evs["TXT"]["DESCRIPTION"]).split("\n"),
                         ["Owner: Copywriter", "Duration: 4 working days", "Slack: 8 working days",
                          "Critical: no", "Predecessors: MSGSS+1"])
        self.assertEqual(str(evs["GO"]["DESCRIPTION"]).split("\n"),
                         ["Owner: Project lead", "Duration: Milestone", "Slack: 0 working days",
                          "Critical: yes", "Predecessors: PROG"])
        self.assertEqual([str(c) for c in evs["VAL"]["CATEGORIES"].cats], ["Client"])

    def test_french_example_equals_schedule(self):
        self.check_against_schedule(FRENCH, "--deadline", "2027-05-20", "--holidays-file", FR_HOLIDAYS)

    def test_french_descriptions(self):
        evs = events(self.export(CAMPAIGN, *WORKED, "--lang", "fr"))
        self.assertEqual(str(evs["BRIEF"]["DESCRIPTION"]).split("\n"),
                         ["Responsable : Project lead", "Durée : 5 jours ouvrés", "Marge : 0 jour ouvré",
                          "Critique : oui"])

    def test_late_plan_shows_negative_slack(self):
        # Model §7: started on Thursday 03-04 the plan is late by 2; VIS has slack -2, latest dates
        # unchanged (the commitment).
        evs = events(self.export(CAMPAIGN, *WORKED, "--start", "2027-03-04"))
        self.assertIn("Slack: -2 working days", str(evs["VIS"]["DESCRIPTION"]))
        self.assertEqual(evs["VIS"]["DTSTART"].dt, dt.date(2027, 3, 12))


class Reminders(IcsTestCase):
    # Deadline Fri 2027-04-02, Easter Monday 2027-03-29 off, weekend Saturday-Sunday.
    ROWS = [["ID", "Name", "Duration", "Due"],
            ["MON", "Starts on a Monday", "5", "2027-03-12"],    # Mon 03-08 .. Fri 03-12
            ["HOL", "After Easter Monday", "2", "2027-03-31"],   # Tue 03-30 .. Wed 03-31
            ["MS", "A milestone", "0", "2027-04-01"],            # Thu 04-01
            ["ONE", "One day", "1", "2027-03-22"]]               # Mon 03-22

    def plan(self):
        return write_csv(self.path("reminders.csv"), self.ROWS)

    def test_two_working_days_before_start_and_end(self):
        evs = events(self.export(self.plan(), *WORKED))
        # Monday start: Fri 03-05 is one working day before, Thu 03-04 two. End Fri 03-12: Wed 03-10.
        self.assertEqual(alarm_instants(evs["MON"]), [at9(2027, 3, 4), at9(2027, 3, 10)])
        # Tue 03-30 after the holiday: Fri 03-26 is one working day before, Thu 03-25 two.
        # End Wed 03-31: Tue 03-30, then Fri 03-26.
        self.assertEqual(alarm_instants(evs["HOL"]), [at9(2027, 3, 25), at9(2027, 3, 26)])
        # A milestone: one reminder, two working days before Thu 04-01: Tue 03-30.
        self.assertEqual(alarm_instants(evs["MS"]), [at9(2027, 3, 30)])
        # One day long: start and end reminders are the same instant, given once (Thu 03-18).
        self.assertEqual(alarm_instants(evs["ONE"]), [at9(2027, 3, 18)])

    def test_alert_days_option(self):
        evs = events(self.export(self.plan(), *WORKED, "--alert-days", "3"))
        # Three working days before Mon 03-08: Wed 03-03; before Fri 03-12: Tue 03-09.
        self.assertEqual(alarm_instants(evs["MON"]), [at9(2027, 3, 3), at9(2027, 3, 9)])
        evs = events(self.export(self.plan(), *WORKED, "--alert-days", "0"))
        self.assertEqual(alarm_instants(evs["MON"]), [at9(2027, 3, 8), at9(2027, 3, 12)])

    def test_friday_saturday_weekend(self):
        # Weekend 0000110: Friday and Saturday off, Sunday worked. Deadline Thu 2027-04-01.
        plan = write_csv(self.path("weekend.csv"),
                         [["ID", "Name", "Duration", "Due"],
                          ["SUN", "Starts on a Sunday", "3", "2027-03-16"],  # Sun 03-14 .. Tue 03-16
                          ["TUE", "One Tuesday", "1", "2027-03-23"]])        # Tue 03-23
        evs = events(self.export(plan, "--deadline", "2027-04-01", "--weekend", "0000110"))
        self.assertEqual(evs["SUN"]["DTSTART"].dt, dt.date(2027, 3, 14))
        # Sunday 03-14: Thu 03-11 is one working day before (Fri, Sat off), Wed 03-10 two.
        # End Tue 03-16: Mon 03-15, then Sun 03-14.
        self.assertEqual(alarm_instants(evs["SUN"]), [at9(2027, 3, 10), at9(2027, 3, 14)])
        # Tuesday 03-23: Mon 03-22, then Sunday 03-21 (a Saturday-Sunday weekend would say Fri 03-19).
        self.assertEqual(alarm_instants(evs["TUE"]), [at9(2027, 3, 21)])

    def test_worked_example_reminders(self):
        evs = events(self.export(CAMPAIGN, *WORKED))
        # BRIEF Tue 03-02 .. Mon 03-08: Fri 02-26 and Thu 03-04. GO (Fri 04-02): Wed 03-31.
        self.assertEqual(alarm_instants(evs["BRIEF"]), [at9(2027, 2, 26), at9(2027, 3, 4)])
        self.assertEqual(alarm_instants(evs["GO"]), [at9(2027, 3, 31)])


class Identity(IcsTestCase):
    def test_uids_stable_and_sequence_counts_date_changes(self):
        plan = self.path("campaign.csv")
        shutil.copy(CAMPAIGN, plan)
        first = events(self.export(plan, *WORKED))
        self.assertEqual({str(e["SEQUENCE"]) for e in first.values()}, {"0"})
        # VAL takes 3 days instead of 2. Its end stays Tue 03-30 (PR and PROG hold it), so it starts
        # a day earlier, and so does everything before it: VIS (buffer 2), MSG, BRIEF, and TXT.
        # PR, PROG, GO and SOC (tied to the deadline) keep their dates.
        with open(CAMPAIGN, encoding="utf-8") as f:
            edited = f.read().replace("VAL,Client sign-off,2,", "VAL,Client sign-off,3,")
        with open(plan, "w", encoding="utf-8") as f:
            f.write(edited)
        second = events(self.export(plan, *WORKED))  # replaces out.ics: its SEQUENCE state
        moved = {"BRIEF", "MSG", "VIS", "TXT", "VAL"}
        self.assertEqual(sorted(second), sorted(first))
        for tid in first:
            self.assertEqual(str(second[tid]["UID"]), str(first[tid]["UID"]), tid)
            self.assertEqual(int(second[tid]["SEQUENCE"]), 1 if tid in moved else 0, tid)
            self.assertEqual(second[tid]["DTSTART"].dt != first[tid]["DTSTART"].dt, tid in moved, tid)
        self.assertEqual(second["VAL"]["DTSTART"].dt, dt.date(2027, 3, 25))
        self.assertEqual(second["BRIEF"]["DTSTART"].dt, dt.date(2027, 3, 1))
        # Back to the first plan: the same tasks move again, their SEQUENCE goes on increasing.
        shutil.copy(CAMPAIGN, plan)
        third = events(self.export(plan, *WORKED))
        for tid in first:
            self.assertEqual(int(third[tid]["SEQUENCE"]), 2 if tid in moved else 0, tid)
        # Nothing changed: nothing increases.
        fourth = events(self.export(plan, *WORKED))
        for tid in first:
            self.assertEqual(int(fourth[tid]["SEQUENCE"]), int(third[tid]["SEQUENCE"]), tid)

    def test_uid_names_task_and_plan(self):
        a = events(self.export(CAMPAIGN, *WORKED))
        b = events(self.export(CAMPAIGN, *WORKED, "--plan-id", "another plan"))
        self.assertTrue(str(a["BRIEF"]["UID"]).startswith("BRIEF-"))
        self.assertNotEqual(str(a["BRIEF"]["UID"]), str(b["BRIEF"]["UID"]))
        self.assertEqual(len({str(e["UID"]) for e in a.values()}), len(a))
        # The default identity is the file's name, not its folder.
        other = os.path.join(self.dir, "elsewhere")
        os.mkdir(other)
        shutil.copy(CAMPAIGN, other)
        c = events(self.export(os.path.join(other, "campaign.csv"), *WORKED, out="c.ics"))
        self.assertEqual(str(c["BRIEF"]["UID"]), str(a["BRIEF"]["UID"]))

    def test_dtstamp_is_now_in_utc(self):
        before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        evs = events(self.export(CAMPAIGN, *WORKED))
        after = dt.datetime.now(dt.timezone.utc)
        for ev in evs.values():
            self.assertTrue(before <= ev["DTSTAMP"].dt <= after)


class Names(IcsTestCase):
    LONG = ("Très long nom, avec; ponctuation: « guillemets » 😀 " * 6)[:199] + "✓"  # names are trimmed
    ROWS = [["ID", "Name", "Duration", "Owner"],
            ["C1", 'Virgule, point-virgule; deux-points: "quotes" \\ barre', "2", "Hélène Dupré; Zoë, Anne/Bob"],
            ["É 2", "Événement à Noël — çà et là, ñ", "1", " hélène dupré "],
            ["E3", "🚀 Lancement 🎉 👩‍💻", "0", "Zoë"],
            ["L4", LONG, "3", ""]]

    def test_round_trip(self):
        self.assertEqual(len(self.LONG), 200)
        plan = write_csv(self.path("names.csv"), self.ROWS, delimiter=";")
        cal = self.export(plan, "--deadline", "2027-06-30", "--calendar-name", "Plan, été; 2027 🚀")
        evs = events(cal)
        for tid, name, _, _ in self.ROWS[1:]:
            self.assertEqual(str(evs[tid]["SUMMARY"]), tid + DASH + name)
        self.assertEqual([str(c) for c in evs["C1"]["CATEGORIES"].cats], ["Hélène Dupré", "Zoë", "Anne", "Bob"])
        self.assertIn("Owner: Hélène Dupré; Zoë, Anne/Bob", str(evs["C1"]["DESCRIPTION"]))
        self.assertNotIn("CATEGORIES", evs["L4"])
        self.assertEqual(str(cal["X-WR-CALNAME"]), "Plan, été; 2027 🚀")
        self.assertEqual(str(cal["NAME"]), "Plan, été; 2027 🚀")
        # The reminder text names the task too.
        self.assertTrue(all(str(a["DESCRIPTION"]).endswith(self.LONG) for a in evs["L4"].walk("VALARM")))
        # RFC 5545 lines: CRLF, folded (continuation lines start with a space), valid UTF-8 per line.
        with open(self.path("out.ics"), "rb") as f:
            raw = f.read()
        self.assertNotIn(b"\n", raw.replace(b"\r\n", b""))
        for line in raw.split(b"\r\n"):
            line.decode("utf-8")  # never folded inside a character

    def test_owner_filter(self):
        plan = write_csv(self.path("names.csv"), self.ROWS, delimiter=";")
        # Trimmed, case-insensitive: "  HÉLÈNE DUPRÉ " names C1 and É 2.
        cal = self.export(plan, "--deadline", "2027-06-30", "--owner", "  HÉLÈNE DUPRÉ ")
        self.assertEqual(sorted(events(cal)), ["C1", "É 2"])
        self.assertEqual(str(cal["X-WR-CALNAME"]), "names — Hélène Dupré")
        self.assertEqual(sorted(events(self.export(plan, "--deadline", "2027-06-30", "--owner", "bob"))), ["C1"])

    def test_per_owner(self):
        plan = write_csv(self.path("names.csv"), self.ROWS, delimiter=";")
        folder = self.path("owners")
        r = run("ics", plan, "--deadline", "2027-06-30", "--per-owner", folder)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("1 tasks without an owner are in no calendar", r.stderr)
        files = sorted(os.listdir(folder))
        self.assertEqual(files, ["Anne.ics", "Bob.ics", "Hélène Dupré.ics", "Zoë.ics"])
        got = {f: sorted(events(read_ics(os.path.join(folder, f)))) for f in files}
        self.assertEqual(got, {"Anne.ics": ["C1"], "Bob.ics": ["C1"], "Hélène Dupré.ics": ["C1", "É 2"],
                               "Zoë.ics": ["C1", "E3"]})
        # One event, one UID, whichever file it is in.
        uids = {str(events(read_ics(os.path.join(folder, f)))["C1"]["UID"]) for f in files}
        self.assertEqual(len(uids), 1)

    def test_per_owner_french_example(self):
        folder = self.path("équipe")
        r = run("ics", FRENCH, "--deadline", "2027-05-20", "--holidays-file", FR_HOLIDAYS,
                "--per-owner", folder, "--calendar-name", "Campagne")
        self.assertEqual(r.returncode, 0, r.stderr)
        by_owner = {"Chef de projet": ["BRF", "CAN", "CIB", "GO", "OBJ", "SUIV"], "Graphiste": ["COR", "VIS"],
                    "Community manager": ["PROG", "RED", "REL"], "Client": ["VAL1", "VAL2"]}
        self.assertEqual(sorted(os.listdir(folder)), sorted(o + ".ics" for o in by_owner))
        for owner, ids in by_owner.items():
            cal = read_ics(os.path.join(folder, owner + ".ics"))
            self.assertEqual(sorted(events(cal)), ids)
            self.assertEqual(str(cal["X-WR-CALNAME"]), "Campagne — " + owner)


class BadInput(IcsTestCase):
    def check_same_problems(self, rows):
        plan = write_csv(self.path("bad.csv"), rows)
        expected = run("schedule", plan, *WORKED)
        self.assertEqual(expected.returncode, 1)
        out = self.path("never.ics")
        for extra in ([], ["--lang", "fr"]):
            sched = run("schedule", plan, *WORKED, *extra)
            r = run("ics", plan, *WORKED, *extra, "-o", out)
            self.assertEqual((r.returncode, r.stdout, r.stderr), (1, "", sched.stderr))
            self.assertFalse(os.path.exists(out))
        folder = self.path("per-owner")
        r = run("ics", plan, *WORKED, "--per-owner", folder)
        self.assertEqual((r.returncode, r.stderr), (1, expected.stderr))
        self.assertFalse(os.path.exists(folder))
        r = run("ics", plan, *WORKED)  # to stdout: nothing written there either
        self.assertEqual((r.returncode, r.stdout), (1, ""))

    def test_cycle(self):
        self.check_same_problems([["ID", "Name", "Duration", "Predecessors"],
                                  ["A", "a", "1", "C"], ["B", "b", "1", "A"], ["C", "c", "1", "B"]])

    def test_several_problems(self):
        self.check_same_problems([["ID", "Name", "Duration", "Predecessors"],
                                  ["A", "a", "-1", ""], ["A", "b", "2", "Z"], ["", "c", "x", "A"]])

    def test_bad_settings_and_usage(self):
        out = self.path("never.ics")
        r = run("ics", CAMPAIGN, "--deadline", "2027-02-30", "-o", out)
        self.assertEqual(r.returncode, 1)
        self.assertIn("[bad_deadline]", r.stderr)
        self.assertEqual(run("ics", CAMPAIGN, "-o", out).returncode, 2)  # no deadline
        self.assertEqual(run("ics", CAMPAIGN, *WORKED, "--owner", "x", "--per-owner", self.dir).returncode, 2)
        # --alert-days is a setting, checked as `schedule` checks it
        r = run("ics", CAMPAIGN, *WORKED, "--alert-days=-1", "-o", out)
        self.assertEqual(r.returncode, 1)
        self.assertIn("[bad_alert_days]", r.stderr)
        r = run("ics", CAMPAIGN, *WORKED, "--owner", "Nobody", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn('no task names "Nobody" (owners: Project lead, Client, Designer', r.stderr)
        self.assertFalse(os.path.exists(out))


class Khal(IcsTestCase):
    """A real calendar program: import into khal with a throwaway configuration and vdir."""

    def khal(self, *args):
        r = subprocess.run(["khal", "-c", self.config, *args], capture_output=True, text=True,
                           env={**os.environ, "LANG": "C.UTF-8", "HOME": self.dir})
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def setUp(self):
        super().setUp()
        self.vdir = self.path("vdir/retro")
        os.makedirs(self.vdir)
        self.config = self.path("khal.conf")
        with open(self.config, "w") as f:
            f.write(f"""[calendars]
[[retro]]
path = {self.vdir}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Paris
default_timezone = Europe/Paris

[default]
default_calendar = retro

[sqlite]
path = {self.path("khal.db")}
""")

    def days_listed(self):
        """Day -> the list of task IDs khal shows that day."""
        out = self.khal("list", "--format", "{title}", "--day-format", "DAY {date}", "2027-02-01", "2027-06-30")
        days, day = {}, None
        for line in out.splitlines():
            if line.startswith("DAY "):
                day = dt.date.fromisoformat(line[4:])
                days[day] = []
            elif line.strip():
                days[day].append(line.split(DASH)[0])
        return days

    def check_listed(self, sched):
        days = self.days_listed()
        for tid, (start, end) in sched.items():
            first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
            shown = sorted(d for d, ids in days.items() if tid in ids)
            expected = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
            self.assertEqual(shown, expected, tid)
        for d, ids in days.items():
            self.assertEqual(len(ids), len(set(ids)), f"{d}: a task twice")
        self.assertEqual(len(os.listdir(self.vdir)), len(sched))

    def test_done_when_example(self):
        # The "done when" command: the French example with French public holidays.
        args = ["--deadline", "2027-05-20", "--holidays-file", FR_HOLIDAYS]
        self.export(FRENCH, *args, out="campagne.ics")
        self.khal("import", "--batch", "-a", "retro", self.path("campagne.ics"))
        self.check_listed(schedule(FRENCH, *args))

    def test_reimport_moves_instead_of_duplicating(self):
        plan = self.path("campaign.csv")
        shutil.copy(CAMPAIGN, plan)
        self.export(plan, *WORKED)
        self.khal("import", "--batch", "-a", "retro", self.path("out.ics"))
        self.check_listed(schedule(plan, *WORKED))
        with open(CAMPAIGN, encoding="utf-8") as f:
            edited = f.read().replace("VAL,Client sign-off,2,", "VAL,Client sign-off,3,")
        with open(plan, "w", encoding="utf-8") as f:
            f.write(edited)
        self.export(plan, *WORKED)
        self.khal("import", "--batch", "-a", "retro", self.path("out.ics"))
        self.check_listed(schedule(plan, *WORKED))  # the edited dates only, each task once


if __name__ == "__main__":
    unittest.main(verbosity=2)
