"""Rebuild's Risk sheet (issue 14): written only when the table has three-point columns, its dates
equal to RETRO_KICKOFF_AT in a cell and to the CLI's `retroplan risk` on the same data and seed, a
real chart over the curve's cells, a user's sheet named "Risk" never written, protection obeyed,
undo."""
import csv
import io
import json
import os
import subprocess
import tempfile
import unittest

import shutil

from fixtures import CAMPAIGN, CLI, EXAMPLES, OfficeTestCase, campaign_workbook, iso

# Three-point estimates on the model's §7 campaign (as in test_workload_risk.py).
ESTIMATES = {"VIS": (6, 8, 14), "TXT": (3, 4, 8), "VAL": (1, 2, 5), "PROG": (2, 3, 3), "SOC": (3, 5, 9)}
HEADER = CAMPAIGN[0] + ["Optimistic", "Most likely", "Pessimistic"]
ROWS = [r + list(ESTIMATES.get(r[0], ("", "", ""))) for r in CAMPAIGN[1:]]
TABLE = "$Tasks.$A$4:$I$13"
# Rows and columns of the Risk sheet (0-based, addin/risk_sheet.hxx): values in D.
SUMMARY_ROW, LEVEL_ROWS, PLAIN_ROW, TASK_HEAD_ROW, CURVE_COL = 1, (4, 5, 6), 7, 12, 14
CHART = "RetroplanRiskCurve"


def cli_risk(rows, tmp, *args):
    path = os.path.join(tmp, "plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER] + rows)
    curve = os.path.join(tmp, "curve.csv")
    out = subprocess.run([CLI, "risk", path, "--deadline", "2027-04-02", "--holidays", "2027-03-29",
                          "--format", "json", "--curve", curve, *args],
                         check=True, capture_output=True, text=True).stdout
    with open(curve, encoding="utf-8") as f:
        points = [(r["date"], float(r["share"])) for r in csv.DictReader(f)]
    return json.loads(out), points


class RiskSheet(OfficeTestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="retroplan-risk-sheet-")

    def workbook(self, name, rows=ROWS, header=HEADER):
        return campaign_workbook(self.office, name, tasks=[header] + rows)

    def names(self, doc):
        return list(doc.Sheets.ElementNames)

    def values(self, sheet, rows=30, cols=16):
        return sheet.getCellRangeByPosition(0, 0, cols - 1, rows - 1).getDataArray()

    def formulas(self, sheet, rows=30, cols=40):
        return sheet.getCellRangeByPosition(0, 0, cols - 1, rows - 1).getFormulaArray()

    def test_no_three_point_columns_no_risk_sheet(self):
        doc = campaign_workbook(self.office, "plain.ods")
        try:
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload"])  # it has owners
        finally:
            doc.close(True)

    def test_risk_sheet_equals_the_cell_function_and_the_cli(self):
        doc = self.workbook("risk.ods")
        try:
            status = self.rebuild(doc)
            self.assertTrue(status.startswith("OK"), status)
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload", "Risk"])
            risk = doc.Sheets.getByName("Risk")
            want, curve = cli_risk(ROWS, self.tmp)  # default runs and seed, as the sheet
            at = {c: iso(risk.getCellByPosition(3, r).getValue())
                  for c, r in zip(("0.5", "0.8", "0.95"), LEVEL_ROWS)}
            self.assertEqual(at, want["kickoff_at"])
            self.assertEqual([risk.getCellByPosition(0, r).getValue() for r in LEVEL_ROWS], [0.5, 0.8, 0.95])
            # The same P80 in a cell of the same workbook.
            tasks = doc.Sheets.getByName("Tasks")
            cell = tasks.getCellRangeByName("L1")
            cell.setFormula(f"=RETRO_KICKOFF_AT({TABLE};$Tasks.$B$1;0.8;$Tasks.$B$2)")
            doc.calculateAll()
            self.assertEqual(cell.getError(), 0)
            self.assertEqual(iso(cell.getValue()), at["0.8"])
            # The answer in words, the plain plan's kick-off and its confidence.
            self.assertEqual(risk.getCellByPosition(0, SUMMARY_ROW).getString(),
                             f"Start by {at['0.8']} for 80 % confidence")
            self.assertIn(f"start by {at['0.8']} for 80 % confidence", status)
            # The Retroplan summary says it too, right of the plain kick-off (addin/timeline_sheet.hxx).
            self.assertEqual(doc.Sheets.getByName("Retroplan").getCellByPosition(4, 2).getString(),
                             f"start by {at['0.8']} for 80 % confidence")
            self.assertEqual(iso(risk.getCellByPosition(3, PLAIN_ROW).getValue()), want["plain_kickoff"])
            self.assertEqual(risk.getCellByPosition(3, PLAIN_ROW + 1).getValue(), want["plain_confidence"])
            self.assertEqual([risk.getCellByPosition(3, PLAIN_ROW + k).getValue() for k in (2, 3)], [10000, 1])
            # Every task once, most critical first, as the CLI counts them.
            rows = risk.getCellRangeByPosition(0, TASK_HEAD_ROW + 1, 3, TASK_HEAD_ROW + len(ROWS)).getDataArray()
            self.assertEqual({r[0]: r[3] for r in rows}, {t["id"]: t["criticality"] for t in want["tasks"]})
            shares = [r[3] for r in rows]
            self.assertEqual(shares, sorted(shares, reverse=True))
            self.assertEqual(risk.getCellByPosition(0, TASK_HEAD_ROW + 1 + len(ROWS)).getString(), "")
            # The curve's cells are the CLI's curve, and the chart draws them.
            n = len(curve)
            cells = risk.getCellRangeByPosition(CURVE_COL, 1, CURVE_COL + 1, n).getDataArray()
            self.assertEqual([(iso(d), s) for d, s in cells], curve)
            self.assertEqual(risk.getCellByPosition(CURVE_COL, n + 1).getString(), "")
            self.assertGreater(curve[0][1], curve[-1][1])  # later starts make the launch less often
            self.assertEqual(risk.Charts.ElementNames, (CHART,))
            ranges = risk.Charts.getByName(CHART).getRanges()
            self.assertEqual([(r.Sheet, r.StartColumn, r.StartRow, r.EndColumn, r.EndRow) for r in ranges],
                             [(3, CURVE_COL, 0, CURVE_COL + 1, n)])  # the Risk sheet's own cells
            self.assertEqual(risk.DrawPage.getCount(), 1)
            # Rebuilding again gives the same sheet and still one chart.
            first = self.values(risk)
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertEqual(self.values(doc.Sheets.getByName("Risk")), first)
            self.assertEqual(doc.Sheets.getByName("Risk").DrawPage.getCount(), 1)
        finally:
            doc.close(True)

    def test_shares_runs_and_dates_read_as_a_person_writes_them(self):
        """Confidences and criticalities in whole percents ("50%"), the runs with a thousands
        separator ("10,000"), the dates in the task sheet's deadline format (B1, =DATE(2027;4;2),
        which Calc shows as 04/02/27 in en-US); landscape, one page wide, the title and the answer
        (rows 1-2) on every page."""
        doc = self.workbook("risk-formats.ods")
        try:
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            risk = doc.Sheets.getByName("Risk")
            text = lambda c, r: risk.getCellByPosition(c, r).getString()  # noqa: E731
            self.assertEqual([text(0, r) for r in LEVEL_ROWS], ["50%", "80%", "95%"])
            self.assertEqual(text(3, PLAIN_ROW + 2), "10,000")
            shares = [(risk.getCellByPosition(3, r).getValue(), text(3, r))
                      for r in [PLAIN_ROW + 1] + list(range(TASK_HEAD_ROW + 1, TASK_HEAD_ROW + 1 + len(ROWS)))]
            for value, shown in shares:
                self.assertEqual(shown, f"{round(value * 100)}%", value)
            self.assertEqual(doc.Sheets.getByName("Tasks").getCellRangeByName("B1").getString(), "04/02/27")
            self.assertEqual(text(3, 2), "04/02/27")  # the deadline
            self.assertEqual(doc.Sheets.getByName("Retroplan").getCellRangeByName("D2").getString(), "04/02/27")
            page = doc.StyleFamilies.getByName("PageStyles").getByName(risk.PageStyle)
            self.assertTrue(page.IsLandscape)
            self.assertEqual((page.ScaleToPagesX, page.ScaleToPagesY), (1, 0))
            self.assertTrue(risk.PrintTitleRows)
            self.assertEqual((risk.TitleRows.StartRow, risk.TitleRows.EndRow), (0, SUMMARY_ROW))
        finally:
            doc.close(True)

    def test_french_document_gets_a_risque_sheet(self):
        fr = ["N°", "Tâche", "Durée", "Prédécesseurs", "Marge", "Responsable", "Optimiste", "Probable",
              "Pessimiste"]
        doc = self.workbook("risque.ods", header=fr)
        try:
            locale = doc.CharLocale
            locale.Language, locale.Country = "fr", "FR"
            doc.CharLocale = locale
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Charge", "Risque"])
            risk = doc.Sheets.getByName("Risque")
            p80 = iso(risk.getCellByPosition(3, LEVEL_ROWS[1]).getValue())
            self.assertEqual(risk.getCellByPosition(0, SUMMARY_ROW).getString(),
                             f"Démarrer au plus tard le {p80} pour 80 % de confiance")
            self.assertEqual(risk.getCellByPosition(3, TASK_HEAD_ROW).getString(), "Criticité")
        finally:
            doc.close(True)

    def test_a_long_curve_is_thinned_to_a_thousand_points(self):
        rows = [r[:6] + ([1, 2, 3000] if r[0] == "SOC" else r[6:]) for r in ROWS]
        doc = self.workbook("wide.ods", rows=rows)
        try:
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            risk = doc.Sheets.getByName("Risk")
            want, curve = cli_risk(rows, self.tmp)
            self.assertGreater(len(curve), 1000)
            cells = risk.getCellRangeByPosition(CURVE_COL, 1, CURVE_COL + 1, 1001).getDataArray()
            self.assertEqual(cells[-1], ("", ""))
            points = [(iso(d), s) for d, s in cells if d != ""]
            self.assertGreater(len(points), 500)
            self.assertEqual((points[0], points[-1]), (curve[0], curve[-1]))
            self.assertTrue(set(points) <= set(curve))
            self.assertEqual(iso(risk.getCellByPosition(3, LEVEL_ROWS[1]).getValue()), want["kickoff_at"]["0.8"])
            ranges = risk.Charts.getByName(CHART).getRanges()
            self.assertEqual(ranges[0].EndRow, len(points))
        finally:
            doc.close(True)

    def test_the_software_release_example_has_its_risk_sheet(self):
        local = os.path.join(self.office.dir, "software-release.ods")
        shutil.copy(os.path.join(EXAMPLES, "software-release.ods"), local)
        os.chmod(local, 0o666)
        doc = self.office.load(local)
        try:
            out = subprocess.run([CLI, "risk", os.path.join(EXAMPLES, "software-release.csv"), "--deadline",
                                  "2027-09-30", "--holidays-file", os.path.join(EXAMPLES, "jours-feries-fr.txt"),
                                  "--format", "json"], check=True, capture_output=True, text=True).stdout
            want = json.loads(out)["kickoff_at"]
            for when in ("as saved", "rebuilt"):
                risk = doc.Sheets.getByName("Risk")
                at = {c: iso(risk.getCellByPosition(3, r).getValue()) for c, r in zip(("0.5", "0.8", "0.95"), LEVEL_ROWS)}
                self.assertEqual(at, want, when)
                self.assertEqual(risk.Charts.ElementNames, (CHART,), when)
                if when == "as saved":
                    self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertEqual(list(doc.Sheets.ElementNames),
                             ["Instructions", "Tasks", "Retroplan", "Workload", "Risk", "Settings"])
        finally:
            doc.close(True)

    def test_a_users_risk_sheet_is_never_written(self):
        doc = self.workbook("mine.ods")
        try:
            doc.Sheets.insertNewByName("Risk", 1)
            doc.Sheets.getByName("Risk").getCellRangeByName("A1").setString("my notes")
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertEqual(sorted(self.names(doc)), ["Retroplan", "Risk", "Risk (2)", "Tasks", "Workload"])
            mine = doc.Sheets.getByName("Risk")
            self.assertEqual(mine.getCellRangeByName("A1").getString(), "my notes")
            self.assertEqual(mine.DrawPage.getCount(), 0)
            self.assertTrue(doc.Sheets.getByName("Risk (2)").getCellByPosition(0, SUMMARY_ROW)
                            .getString().startswith("Start by"))
        finally:
            doc.close(True)

    def test_a_protected_risk_sheet_stops_the_whole_rebuild(self):
        doc = self.workbook("protected.ods")
        try:
            self.rebuild(doc)
            timeline = self.formulas(doc.Sheets.getByName("Retroplan"))
            risk = self.values(doc.Sheets.getByName("Risk"))
            doc.Sheets.getByName("Risk").protect("")
            doc.Sheets.getByName("Tasks").getCellRangeByName("C5").setValue(6)
            status = self.rebuild(doc)
            self.assertIn("\u201CRisk\u201D is protected", status)
            self.assertEqual(self.formulas(doc.Sheets.getByName("Retroplan")), timeline)
            self.assertEqual(self.values(doc.Sheets.getByName("Risk")), risk)
        finally:
            doc.close(True)

    def test_a_protected_structure_stops_the_rebuild_that_would_add_it(self):
        doc = campaign_workbook(self.office, "structure.ods")
        try:
            self.rebuild(doc)
            tasks = doc.Sheets.getByName("Tasks")
            tasks.getCellRangeByName("G4:I4").setDataArray((tuple(HEADER[6:]),))
            tasks.getCellRangeByName("G7:I7").setDataArray(((6, 8, 14),))  # VIS
            timeline = self.formulas(doc.Sheets.getByName("Retroplan"))
            doc.protect("")
            status = self.rebuild(doc)
            self.assertIn("the Risk sheet cannot be added", status)
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload"])
            self.assertEqual(self.formulas(doc.Sheets.getByName("Retroplan")), timeline)
            doc.unprotect("")
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            self.assertEqual(self.names(doc), ["Tasks", "Retroplan", "Workload", "Risk"])
        finally:
            doc.close(True)

    def test_undo_restores_the_previous_risk_sheet(self):
        doc = self.workbook("undo.ods")
        try:
            self.rebuild(doc)
            risk = doc.Sheets.getByName("Risk")
            first = self.values(risk)
            first_ranges = [(r.StartColumn, r.EndColumn, r.EndRow) for r in risk.Charts.getByName(CHART).getRanges()]
            doc.Sheets.getByName("Tasks").getCellRangeByName("I9").setValue(12)  # VAL pessimistic 5 -> 12
            self.rebuild(doc)
            self.assertNotEqual(self.values(risk), first)
            doc.UndoManager.undo()  # the whole rebuild, one step
            self.assertEqual(self.values(doc.Sheets.getByName("Risk")), first)
            risk = doc.Sheets.getByName("Risk")
            charts = risk.Charts.ElementNames
            ranges = [(r.StartColumn, r.EndColumn, r.EndRow) for r in risk.Charts.getByIndex(0).getRanges()]
            print(f"\nafter undo: charts {charts} over {ranges}, draw objects {risk.DrawPage.getCount()}")
            self.assertEqual(risk.DrawPage.getCount(), 1)
            self.assertEqual(ranges, first_ranges)
            doc.UndoManager.undo()  # the edit
            self.assertEqual(doc.Sheets.getByName("Tasks").getCellRangeByName("I9").getValue(), 5)
            # The next rebuild replaces the chart undo brought back under Calc's name.
            self.assertTrue(self.rebuild(doc).startswith("OK"))
            risk = doc.Sheets.getByName("Risk")
            self.assertEqual(self.values(risk), first)
            self.assertEqual(risk.Charts.ElementNames, (CHART,))
            self.assertEqual(risk.DrawPage.getCount(), 1)
            # Back to before the first rebuild: headless, the sheets it added stay, empty.
            doc.UndoManager.undo()  # the last rebuild
            doc.UndoManager.undo()  # the first
            risk = doc.Sheets.getByName("Risk")
            self.assertTrue(all(v == "" for row in self.values(risk) for v in row))
            self.assertEqual(risk.DrawPage.getCount(), 0)
            self.assertTrue(self.office.alive())
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
