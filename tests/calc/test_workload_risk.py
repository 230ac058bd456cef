"""Owners' load and levelling (issue 13) and risk (issue 14) in cells: RETRO_LOAD,
RETRO_OVERLOADED, RETRO_LEVELED_START/END/KICKOFF with the capacity table as an argument or the
named range RETRO_CAPACITY; RETRO_KICKOFF_AT and RETRO_CRITICALITY, seeded, served from one
simulation per table. Hand cases from the model, the CLI on the same plans, and every new problem
reaching the cells."""
import csv
import io
import json
import os
import random
import subprocess
import tempfile
import time
import unittest

from direct_calls import message_of  # first: before uno
import uno  # noqa: E402

from fixtures import CAMPAIGN, CLI, EXAMPLES, SheetTestCase, cli_schedule, fill, iso  # noqa: E402

ILLEGAL_ARGUMENT, NA = 502, 32767
ORIGIN = uno.createUnoStruct("com.sun.star.table.CellAddress")
DEADLINE = "DATE(2027;4;2)"
HOLIDAY = "DATE(2027;3;29)"

# Model §12 levelling, worked out on paper in tests/scenarios/levelling_worked_example.scenario.
LEVELLING = [
    ["ID", "Name", "Duration", "Predecessors", "Buffer", "Owner", "Load"],
    ["DES", "Design", 4, "", "", "Designer", ""],
    ["TXT", "Texts", 3, "", "", "Writer", ""],
    ["LAY", "Layout", 3, "DES;TXT", "", "Designer", ""],
    ["PRS", "Press kit", 2, "LAY", "", "Printer", ""],
    ["PRT", "Print", 2, "LAY", "", "Printer", ""],
    ["WEB", "Website", 3, "DES", "", "Designer / Dev", "50%"],
    ["BAN", "Banner", 2, "DES", 1, "designer", ""],
    ["SOC", "Social posts", 2, "TXT", "", "Writer", ""],
    ["GO", "Launch", 0, "PRT;WEB;SOC", "", "", ""],
]
LEVELLED = {"DES": ("2027-03-17", "2027-03-22"), "TXT": ("2027-03-18", "2027-03-22"),
            "LAY": ("2027-03-23", "2027-03-25"), "PRS": ("2027-04-01", "2027-04-02"),
            "PRT": ("2027-03-30", "2027-03-31"), "WEB": ("2027-03-31", "2027-04-02"),
            "BAN": ("2027-03-26", "2027-03-30"), "SOC": ("2027-04-01", "2027-04-02"),
            "GO": ("2027-04-02", "2027-04-02")}
# Plain plan: Designer over on 03-31 and 04-01 (LAY, WEB, BAN), Printer on 04-01 and 04-02.
OVERLOADED = {"LAY", "WEB", "BAN", "PRS", "PRT"}
LTASKS = "$A$1:$G$10"


def csv_file(rows, directory, name="plan.csv"):
    path = os.path.join(directory, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def cli(*args):
    return subprocess.run([CLI, *args], check=True, capture_output=True, text=True).stdout


class Cells(SheetTestCase):
    def setUp(self):
        super().setUp()
        self.tmp = tempfile.mkdtemp(prefix="retroplan-workload-")

    def column(self, top_left, formulas):
        """One formula per row from top_left down; the cells after calculation."""
        col, row = top_left[0], int(top_left[1:])
        rng = self.sheet.getCellRangeByName(f"{col}{row}:{col}{row + len(formulas) - 1}")
        rng.setFormulaArray(tuple((f,) for f in formulas))
        self.doc.calculateAll()
        return [rng.getCellByPosition(0, i) for i in range(len(formulas))]


class Workload(Cells):
    def per_task(self, func, extra="", top="I2", tasks=LTASKS, ids=None):
        ids = ids or [r[0] for r in LEVELLING[1:]]
        cells = self.column(top, [f"={func}(\"{t}\";{tasks};{DEADLINE};{HOLIDAY}{extra})" for t in ids])
        for t, c in zip(ids, cells):
            self.assertEqual(c.getError(), 0, f"{func} {t}")
        return dict(zip(ids, cells))

    def test_levelling_worked_example_by_hand(self):
        fill(self.sheet, LEVELLING)
        starts = self.per_task("RETRO_LEVELED_START", top="I2")
        ends = self.per_task("RETRO_LEVELED_END", top="J2")
        for t, (start, end) in LEVELLED.items():
            self.assertEqual((iso(starts[t].getValue()), iso(ends[t].getValue())), (start, end), t)
        kickoff = self.formula("K1", f"=RETRO_LEVELED_KICKOFF({LTASKS};{DEADLINE};{HOLIDAY})")
        self.assertEqual(iso(kickoff.getValue()), "2027-03-17")
        plain = self.formula("K2", f"=RETRO_KICKOFF({LTASKS};{DEADLINE};{HOLIDAY})")
        self.assertEqual(iso(plain.getValue()), "2027-03-22")  # levelling costs 3 working days
        overloaded = self.per_task("RETRO_OVERLOADED", top="L2")
        self.assertEqual({t for t, c in overloaded.items() if c.getValue() == 1}, OVERLOADED)
        self.assertEqual({c.getValue() for c in overloaded.values()}, {0.0, 1.0})

    def test_load_in_percent_by_hand(self):
        fill(self.sheet, LEVELLING)
        cases = [  # person, date, load: sums of the shares at the plain latest dates
            ("Designer", "2027-03-31", 250),  # LAY 100 + WEB 50 + BAN 100
            ("designer", "2027-04-01", 150),  # WEB 50 + BAN 100; names ignore case
            (" DESIGNER ", "2027-04-02", 50),  # WEB alone; and spaces
            ("Printer", "2027-04-01", 200), ("Dev", "2027-04-01", 50), ("Writer", "2027-03-24", 100),
            ("Designer", "2027-03-27", 0),  # a Saturday
            ("Designer", "2027-03-29", 0),  # Easter Monday
            ("Designer", "2027-03-01", 0),  # before the plan
        ]
        cells = self.column("I2", [
            f"=RETRO_LOAD(\"{p}\";DATEVALUE(\"{d}\");{LTASKS};{DEADLINE};{HOLIDAY})" for p, d, _ in cases])
        for (p, d, want), c in zip(cases, cells):
            self.assertEqual((c.getError(), c.getValue()), (0, want), (p, d))
        unknown = self.formula("J1", f"=RETRO_LOAD(\"Nobody\";{DEADLINE};{LTASKS};{DEADLINE};{HOLIDAY})")
        self.assertEqual(unknown.getError(), NA)

    def test_cells_equal_the_cli_on_the_levelling_case(self):
        fill(self.sheet, LEVELLING)
        plan = csv_file(LEVELLING, self.tmp)
        settings = ["--deadline", "2027-04-02", "--holidays", "2027-03-29"]
        self.check_against_cli(plan, settings, LTASKS, f"{DEADLINE};{HOLIDAY}", [r[0] for r in LEVELLING[1:]])

    def test_cells_equal_the_cli_on_the_corporate_event_example(self):
        with open(os.path.join(EXAMPLES, "corporate-event.csv"), encoding="utf-8") as f:
            rows = list(csv.reader(f))
        fill(self.sheet, rows)
        tasks = f"$A$1:$G${len(rows)}"
        holidays = os.path.join(EXAMPLES, "jours-feries-fr.txt")
        with open(holidays, encoding="utf-8") as f:
            dates = [line.split()[0] for line in f if line.strip() and line[0].isdigit()]
        fill(self.sheet, [[d] for d in dates], 30, 0)  # AE1:AE…
        settings = ["--deadline", "2027-10-14", "--holidays-file", holidays]
        self.check_against_cli(os.path.join(EXAMPLES, "corporate-event.csv"), settings, tasks,
                               f"DATE(2027;10;14);$AE$1:$AE${len(dates)}", [r[0] for r in rows[1:]])

    def check_against_cli(self, plan, settings, tasks, args, ids):
        daily_path = os.path.join(self.tmp, "daily.csv")
        overloads = list(csv.DictReader(io.StringIO(cli("load", plan, *settings, "--daily", daily_path))))
        with open(daily_path, encoding="utf-8") as f:
            daily = list(csv.DictReader(f))
        self.assertTrue(overloads and daily)  # both cases have overloads
        loads = self.column("I2", [
            f"=RETRO_LOAD(\"{d['person']}\";DATEVALUE(\"{d['date']}\");{tasks};{args})" for d in daily])
        for d, c in zip(daily, loads):
            self.assertEqual((c.getError(), c.getValue()), (0, float(d["load"])), d)
        involved = {t for o in overloads for t in o["tasks"].split(";")}
        flags = self.column("J2", [f"=RETRO_OVERLOADED(\"{t}\";{tasks};{args})" for t in ids])
        self.assertEqual({t for t, c in zip(ids, flags) if c.getValue() == 1}, involved)
        levelled = cli_schedule(plan, *settings, "--level")
        starts = self.column("K2", [f"=RETRO_LEVELED_START(\"{t}\";{tasks};{args})" for t in ids])
        ends = self.column("L2", [f"=RETRO_LEVELED_END(\"{t}\";{tasks};{args})" for t in ids])
        for t, s, e in zip(ids, starts, ends):
            self.assertEqual((iso(s.getValue()), iso(e.getValue())),
                             (levelled[t]["start"], levelled[t]["end"]), t)
        kickoff = self.formula("M1", f"=RETRO_LEVELED_KICKOFF({tasks};{args})")
        self.assertEqual(iso(kickoff.getValue()), min(r["start"] for r in levelled.values()))

    def capacity_flags(self, extra=""):
        return {t: c.getValue() for t, c in self.per_task("RETRO_OVERLOADED", f";;;{extra}" if extra else "",
                                                          top="I20").items()}

    def test_capacity_as_an_argument_or_the_named_range(self):
        fill(self.sheet, LEVELLING)
        fill(self.sheet, [["Person", "Capacity"], ["designer", "300%"], ["PRINTER", 2]], 13, 0)  # N1:O3
        fill(self.sheet, [["Printer", "100%"]], 13, 5)  # N6:O6, no header
        self.assertEqual({t for t, v in self.capacity_flags().items() if v}, OVERLOADED)
        # Room for everyone: nobody is overloaded and levelling changes nothing (plain dates).
        self.assertEqual(set(self.capacity_flags("$N$1:$O$3").values()), {0.0})
        starts = self.per_task("RETRO_LEVELED_START", ";;;$N$1:$O$3", top="J20")
        plain = self.per_task("RETRO_START", "", top="K20")
        self.assertEqual({t: c.getValue() for t, c in starts.items()}, {t: c.getValue() for t, c in plain.items()})
        # The named range serves when the argument is left out; an argument wins over it.
        self.doc.NamedRanges.addNewByName("RETRO_CAPACITY", "$Sheet1.$N$1:$O$3", ORIGIN, 0)
        self.assertEqual(set(self.capacity_flags().values()), {0.0})
        kickoff = self.formula("M1", f"=RETRO_LEVELED_KICKOFF({LTASKS};{DEADLINE};{HOLIDAY})")
        self.assertEqual(iso(kickoff.getValue()), "2027-03-22")
        only_printer = self.capacity_flags("$N$6:$O$6")  # the Designer back at 100 %
        self.assertEqual({t for t, v in only_printer.items() if v}, OVERLOADED)
        # Editing the named table changes the answer at the next calculation.
        self.cell("O2").setString("100%")
        self.doc.calculateAll()
        self.assertEqual({t for t, v in self.capacity_flags().items() if v}, {"LAY", "WEB", "BAN"})

    def test_each_workload_problem_reaches_the_cells_with_its_message(self):
        fill(self.sheet, LEVELLING)
        self.cell("G2").setString("150%")  # DES at 150 % of one person's day
        check = self.formula("K1", f"=RETRO_CHECK({LTASKS};{DEADLINE})")
        self.assertIn("is not a share of a working day", check.getString())  # bad_allocation
        self.assertIn("row 2", check.getString())
        self.assertIn("150%", check.getString())
        load = self.formula("K2", f"=RETRO_LOAD(\"Designer\";{DEADLINE};{LTASKS};{DEADLINE})")
        self.assertEqual(load.getError(), ILLEGAL_ARGUMENT)
        self.cell("G2").setString("")

        fill(self.sheet, [["Person", "Capacity"], ["Designer", "lots"], ["Printer", "50%"],
                          ["printer", "80%"]], 13, 0)  # N1:O4
        self.doc.NamedRanges.addNewByName("RETRO_CAPACITY", "$Sheet1.$N$1:$O$4", ORIGIN, 0)
        flag = self.formula("K3", f"=RETRO_OVERLOADED(\"DES\";{LTASKS};{DEADLINE})")
        self.assertEqual(flag.getError(), ILLEGAL_ARGUMENT)
        tasks = self.cell("A1:G10")
        message = message_of(self.office, self.doc, "retroOverloaded", "DES", tasks, 46479.0, None, None,
                             None, None)
        self.assertIn("capacity \u201Clots\u201D of \u201CDesigner\u201D is not a percentage", message)
        self.assertIn("row 2", message)  # rows of the sheet
        self.cell("O2").setString("100%")
        message = message_of(self.office, self.doc, "retroLeveledKickoff", tasks, 46479.0, None, None, None)
        self.assertIn("already has a capacity on row 3", message)  # duplicate_capacity
        self.assertIn("row 4", message)
        # The load in percent does not depend on capacities: RETRO_LOAD reads none.
        load = self.formula("K4", f"=RETRO_LOAD(\"Printer\";DATE(2027;4;1);{LTASKS};{DEADLINE};{HOLIDAY})")
        self.assertEqual((load.getError(), load.getValue()), (0, 200))
        # A capacity table given as the argument names rows from its own first row.
        message = message_of(self.office, self.doc, "retroLeveledStart", "DES", tasks, 46479.0, None, None,
                             None, uno.Any("[][]any", (("Designer", "0%"),)))
        self.assertIn("capacity \u201C0%\u201D of \u201CDesigner\u201D", message)
        self.assertIn("row 1", message)


# Three-point estimates on the model's §7 campaign (working days).
ESTIMATES = {"VIS": (6, 8, 14), "TXT": (3, 4, 8), "VAL": (1, 2, 5), "PROG": (2, 3, 3), "SOC": (3, 5, 9)}
RISK_HEADER = CAMPAIGN[0] + ["Optimistic", "Most likely", "Pessimistic"]
RISK_ROWS = [r + list(ESTIMATES.get(r[0], ("", "", ""))) for r in CAMPAIGN[1:]]
RTASKS = "$A$1:$I$10"
RIDS = [r[0] for r in CAMPAIGN[1:]]


class Risk(Cells):
    def cli_risk(self, rows, *args):
        out = cli("risk", csv_file([RISK_HEADER] + rows, self.tmp), "--deadline", "2027-04-02",
                  "--holidays", "2027-03-29", "--format", "json", *args)
        return json.loads(out)

    def risk_cells(self, extra=""):
        confidences = [0.5, 0.8, 0.95]
        at = self.column("K2", [f"=RETRO_KICKOFF_AT({RTASKS};{DEADLINE};{c};{HOLIDAY}{extra})"
                                for c in confidences])
        crit = self.column("L2", [f"=RETRO_CRITICALITY(\"{t}\";{RTASKS};{DEADLINE};{HOLIDAY}{extra})"
                                  for t in RIDS])
        for c in at + crit:
            self.assertEqual(c.getError(), 0)
        return ({str(c): iso(cell.getValue()) for c, cell in zip(confidences, at)},
                {t: cell.getValue() for t, cell in zip(RIDS, crit)})

    def test_cells_equal_the_cli_with_the_same_runs_and_seed(self):
        fill(self.sheet, [RISK_HEADER] + RISK_ROWS)
        for extra, args in (("", ()), (";;3000;42", ("--runs", "3000", "--seed", "42"))):
            with self.subTest(args=args):
                want = self.cli_risk(RISK_ROWS, *args)
                at, crit = self.risk_cells(extra)
                self.assertEqual(at, want["kickoff_at"])
                self.assertEqual(crit, {t["id"]: t["criticality"] for t in want["tasks"]})
        # The estimates matter: at 95 % the kick-off is earlier than the plain one.
        self.assertLess(at["0.95"], "2027-03-02")

    def test_same_seed_same_answer_across_recalculations_and_documents(self):
        fill(self.sheet, [RISK_HEADER] + RISK_ROWS)
        first = self.risk_cells(";;2000;7")
        self.doc.calculateAll()
        self.assertEqual(self.risk_cells(";;2000;7"), first)
        self.cell("C2").setValue(6)  # edit and restore: the simulation runs again
        self.doc.calculateAll()
        self.cell("C2").setValue(5)
        self.doc.calculateAll()
        self.assertEqual(self.risk_cells(";;2000;7"), first)
        other = self.office.new_calc()  # another document: another cache entry
        try:
            fill(other.Sheets.getByIndex(0), [RISK_HEADER] + RISK_ROWS)
            c = other.Sheets.getByIndex(0).getCellRangeByName("K1")
            c.setFormula(f"=RETRO_KICKOFF_AT({RTASKS};{DEADLINE};0.8;{HOLIDAY};;2000;7)")
            other.calculateAll()
            self.assertEqual(iso(c.getValue()), first[0]["0.8"])
        finally:
            other.close(True)
        self.assertNotEqual(self.risk_cells(";;2000;8"), first)  # another seed, other runs

    def test_hard_recalculations_keep_the_simulation_and_an_edit_still_counts(self):
        # calculateAll tells every range it changed: the table is read again and, reading the
        # same, keeps its simulations; the kept table still hears edits.
        fill(self.sheet, [RISK_HEADER] + RISK_ROWS)
        at = self.formula("K1", f"=RETRO_KICKOFF_AT({RTASKS};{DEADLINE};0.95;{HOLIDAY};;500)")
        first = iso(at.getValue())
        for _ in range(2):
            self.doc.calculateAll()
            self.assertEqual(iso(at.getValue()), first)
        fill(self.sheet, [[15, 15, 15]], 6, 1)  # BRIEF, on every path, 15 days instead of 5
        self.doc.calculate()
        self.assertLess(iso(at.getValue()), first)
        fill(self.sheet, [["", "", ""]], 6, 1)
        self.doc.calculate()
        self.assertEqual(iso(at.getValue()), first)

    def test_fixed_durations_give_the_plain_plan_at_every_confidence(self):
        # a = m = b everywhere: every run is the plain plan (model §7): kick-off 03-02 whatever
        # the confidence; the critical tasks are critical in every run, the others in none.
        rows = [r + [r[2], r[2], r[2]] for r in CAMPAIGN[1:]]
        fill(self.sheet, [RISK_HEADER] + rows)
        at, crit = self.risk_cells(";;500")
        self.assertEqual(set(at.values()), {"2027-03-02"})
        self.assertEqual(crit, {"BRIEF": 1, "MSG": 1, "VIS": 1, "TXT": 0, "VAL": 1, "PR": 0, "PROG": 1,
                                "GO": 1, "SOC": 0})

    def test_each_risk_problem_reaches_the_cells_with_its_message(self):
        fill(self.sheet, [RISK_HEADER] + RISK_ROWS)
        check = f"=RETRO_CHECK({RTASKS};{DEADLINE})"
        cases = [("G4", "x", "bad_estimate", "row 4", "is not a whole number of working days"),  # VIS
                 ("H5", "", "incomplete_estimate", "row 5", "estimate is incomplete"),  # TXT
                 ("G6", "4", "estimate_order", "row 6", "breaks optimistic \u2264 most likely")]  # VAL 4 > 2
        for name, value, problem, row, words in cases:
            with self.subTest(problem):
                before = self.cell(name).getValue()
                self.cell(name).setString(value)
                self.assertIn(words, self.formula("K1", check).getString())
                self.assertIn(row, self.cell("K1").getString())
                crit = self.formula("K2", f"=RETRO_CRITICALITY(\"VIS\";{RTASKS};{DEADLINE})")
                self.assertEqual(crit.getError(), ILLEGAL_ARGUMENT)
                self.cell(name).setValue(before)
        self.assertEqual(self.formula("K1", check).getString(), "OK")
        tasks = self.cell("A1:I10")
        arguments = [  # cell formula tail, direct call, problem, what the message says
            (f"{DEADLINE};0.8;;;-5", ("retroKickoffAt", tasks, 46479.0, 0.8, None, None, -5.0, None),
             "bad_runs", "number of runs \u201C-5\u201D is not a whole number from 1 to 1,000,000"),
            (f"{DEADLINE};0.8;;;100;\"one\"", ("retroKickoffAt", tasks, 46479.0, 0.8, None, None, 100.0, "one"),
             "bad_seed", "seed \u201Cone\u201D is not a whole number"),
            (f"{DEADLINE};1.5", ("retroKickoffAt", tasks, 46479.0, 1.5, None, None, None, None),
             "bad_confidence", "confidence \u201C1.5\u201D is not a share above 0 and at most 1"),
        ]
        for tail, call, problem, words in arguments:
            with self.subTest(problem):
                c = self.formula("K3", f"=RETRO_KICKOFF_AT({RTASKS};{tail})")
                self.assertEqual(c.getError(), ILLEGAL_ARGUMENT)
                message = message_of(self.office, self.doc, *call)
                self.assertIn(words, message)
                self.assertNotIn(f"[{problem}]", message)  # IDs are for scripts, not cells
        crit = message_of(self.office, self.doc, "retroCriticality", "VIS", tasks, 46479.0, None, None,
                          2e6, None)
        self.assertIn("number of runs \u201C2000000\u201D", crit)

    def test_two_thousand_criticality_cells_cost_one_simulation(self):
        n = 2000
        rng = random.Random(3)
        rows = [["ID", "Duration", "Predecessors", "Optimistic", "Most likely", "Pessimistic"]]
        for i in range(1, n + 1):
            m = rng.randint(1, 8)
            preds = ";".join(f"T{p}" for p in sorted({rng.randint(max(1, i - 30), i - 1) for _ in range(2)})) if i > 1 else ""
            rows.append([f"T{i}", m, preds, max(0, m - 1), m, m + rng.randint(0, 4)])
        fill(self.sheet, rows)
        tasks = f"$A$1:$F${n + 1}"
        deadline = "DATE(2030;12;31)"
        cells = self.sheet.getCellRangeByName(f"I2:I{n + 1}")

        def after_edits():
            """Median time of calculate() after an edit of one duration: every formula over the
            table is recalculated, the table read again and simulated again."""
            times = []
            for value in (3, 4, 3):
                self.cell("B3").setValue(value)
                start = time.perf_counter()
                self.doc.calculate()
                times.append(time.perf_counter() - start)
            return sorted(times)[1]

        one = self.cell("H1")
        one.setFormula(f"=RETRO_KICKOFF_AT({tasks};{deadline};0.8;;;4000;2)")
        self.doc.calculateAll()
        self.assertEqual(one.getError(), 0)
        t_one = after_edits()  # one cell: read + one simulation
        one.setString("")
        cells.setFormulaArray(tuple((f"=RETRO_CRITICALITY(A{r};{tasks};{deadline};;;4000;2)",)
                                    for r in range(2, n + 2)))
        self.doc.calculateAll()
        t_many = after_edits()  # 2,000 cells: read + one simulation + 2,000 lookups
        values = [row[0] for row in cells.getDataArray()]
        self.assertTrue(all(0 <= v <= 1 for v in values))
        self.assertGreater(max(values), 0)
        print(f"\nafter an edit: 1 RETRO_KICKOFF_AT {t_one * 1000:.0f} ms, "
              f"2,000 RETRO_CRITICALITY {t_many * 1000:.0f} ms")
        # A simulation per cell would cost about 2,000 times the first figure.
        self.assertLess(t_many, 3 * t_one + 0.5)

if __name__ == "__main__":
    unittest.main(verbosity=2)
