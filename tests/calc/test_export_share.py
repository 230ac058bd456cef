"""Export timeline as PDF and Save a copy for sharing: org.retroplan.command:ExportPdf and
ShareCopy dispatched headless on the example workbooks with the built .oxt installed.
- The PDF holds the timeline sheet's pages and nothing else: the same pages and text as the
  timeline alone exported from a copy whose other sheets were deleted (pdfinfo, pdftotext).
- The shared copy (.ods and .xlsx) is opened in a second office that does *not* have the
  extension, recalculated, and has no error cell; its values are the original's.
- The original is untouched in both: its cells and formulas, its modified flag, its file."""
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from fixtures import CAMPAIGN, EXAMPLES, OXT, OfficeTestCase, fill, iso
from office import NOBODY, Office, prop

EXAMPLE_FILES = ["campagne-multicanal.ods", "corporate-event.ods", "software-release.ods"]
ERROR, DATE, FORMULA = 4, 2, 16  # sheet.FormulaResult.ERROR, util.NumberFormat.DATE, sheet.CellFlags.FORMULA


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True,
                          text=True).stdout


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Commands(OfficeTestCase):
    """Helpers shared by both commands' tests."""

    def folder(self, name):
        path = tempfile.mkdtemp(prefix=f"{name}-", dir=self.office.dir)
        os.chmod(path, 0o777)  # the office may run as another user (office.py)
        return path

    def open_example(self, name="campagne-multicanal.ods"):
        """The example workbook copied into a folder of its own and loaded from there."""
        local = os.path.join(self.folder("doc"), name)
        shutil.copy(os.path.join(EXAMPLES, name), local)
        os.chmod(local, 0o666)
        if os.getuid() == 0:
            os.chown(local, NOBODY, NOBODY)
        doc = self.office.load(local)
        self.addCleanup(doc.close, True)
        return doc, local

    def dispatch(self, doc, command, **arguments):
        helper = self.office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(doc.CurrentController.Frame, f"org.retroplan.command:{command}", "",
                               0, tuple(prop(k, v) for k, v in arguments.items()))
        return doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")

    @staticmethod
    def contents(doc):
        """Every sheet's used area as formulas."""
        out = {}
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            cursor = sheet.createCursor()
            cursor.gotoStartOfUsedArea(False)
            cursor.gotoEndOfUsedArea(True)
            out[sheet.Name] = cursor.getFormulaArray()
        return out

    def assert_untouched(self, doc, path, before):
        contents, file_digest = before
        self.assertEqual(self.contents(doc), contents)
        self.assertFalse(doc.isModified())
        self.assertEqual(digest(path), file_digest)


class ExportPdf(Commands):
    def timeline_alone(self, name):
        """The reference: the example with every sheet but the timeline deleted, as a PDF. The
        timeline's formulas (its freshness cell reads the task sheet) are set to their values first."""
        doc, _ = self.open_example(name)
        formulas = doc.Sheets.getByName("Retroplan").queryContentCells(FORMULA).Cells.createEnumeration()
        while formulas.hasMoreElements():
            cell = formulas.nextElement()
            cell.setString(cell.getString())
        for sheet in list(doc.Sheets.ElementNames):
            if sheet != "Retroplan":
                doc.Sheets.removeByName(sheet)
        path = os.path.join(self.folder("reference"), "alone.pdf")
        doc.storeToURL("file://" + path, (prop("FilterName", "calc_pdf_Export"),))
        return path

    def test_the_timeline_alone_for_each_example(self):
        pdfs = {}
        for name in EXAMPLE_FILES:
            with self.subTest(name):
                doc, local = self.open_example(name)
                before = self.contents(doc), digest(local)
                path = pdfs[name] = os.path.join(self.folder(f"out-{name}"), "timeline.pdf")
                status = self.dispatch(doc, "ExportPdf", Path=path)
                self.assertEqual(status, f"OK: the sheet Retroplan written to {path}")
                reference = self.timeline_alone(name)
                self.assertEqual(pdf_pages(path), pdf_pages(reference))
                self.assertEqual(pdf_text(path), pdf_text(reference))
                self.assert_untouched(doc, local, before)
        # What the whole workbook would give instead (the trap of issue 10): more pages, the
        # instructions first.
        self.assertIn("Mode d'emploi", pdf_text(self.whole_workbook()))
        self.assertNotIn("Mode d'emploi", pdf_text(pdfs["campagne-multicanal.ods"]))

    def whole_workbook(self):
        doc, _ = self.open_example()
        path = os.path.join(self.folder("whole"), "all.pdf")
        doc.storeToURL("file://" + path, (prop("FilterName", "calc_pdf_Export"),))
        return path

    def test_next_to_the_document_without_a_path(self):
        doc, local = self.open_example()
        status = self.dispatch(doc, "ExportPdf")
        expected = os.path.join(os.path.dirname(local), "campagne-multicanal-timeline.pdf")
        self.assertEqual(status, f"OK: the sheet Retroplan written to {expected}")
        self.assertIn("Rétroplanning \u2014 Tâches", pdf_text(expected))
        # A file URL and a relative path work too; an earlier file is replaced.
        self.dispatch(doc, "ExportPdf", Path="file://" + expected)
        self.assertTrue(self.dispatch(doc, "ExportPdf", Path="again.pdf").endswith(
            os.path.join(os.path.dirname(local), "again.pdf")))

    def test_what_cannot_be_exported_is_said(self):
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        fill(doc.Sheets.getByIndex(0), CAMPAIGN)
        out = self.folder("out")
        status = self.dispatch(doc, "ExportPdf", Path=os.path.join(out, "x.pdf"))
        self.assertIn("Rebuild retroplan", status)  # no timeline yet: rebuild first
        self.assertEqual(os.listdir(out), [])
        doc, local = self.open_example()
        missing = os.path.join(out, "no-such-folder", "x.pdf")
        status = self.dispatch(doc, "ExportPdf", Path=missing)
        self.assertEqual(status, f"The PDF was not written: {missing} (No such file or directory)")
        self.assertEqual(os.listdir(out), [])
        self.assertIn("local files only", self.dispatch(doc, "ExportPdf", Path="https://example.org/x.pdf"))


class ShareCopy(Commands):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A colleague's office: no Retroplan.
        cls.plain = Office(OXT, install=False).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.plain.close()
        super().tearDownClass()

    def open_plain(self, path):
        """The copy as the colleague opens it: recalculated in an office without the extension."""
        doc = self.plain.load(path)
        self.addCleanup(doc.close, True)
        doc.calculateAll()
        return doc

    def assert_no_error_and_no_retroplan(self, doc):
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            errors = sheet.queryFormulaCells(ERROR)
            self.assertEqual(errors.Count, 0, f"{sheet.Name}: {errors.RangeAddressesAsString}")
            formulas = sheet.queryContentCells(FORMULA).Cells.createEnumeration()
            while formulas.hasMoreElements():
                formula = formulas.nextElement().getFormula()
                self.assertIsNone(re.search(r"RETRO[\w.]*\(", formula.upper()), formula)

    def test_example_as_ods_and_xlsx(self):
        doc, local = self.open_example()
        before = self.contents(doc), digest(local)
        tasks = doc.Sheets.getByName("Tâches")
        cursor = tasks.createCursor()
        cursor.gotoEndOfUsedArea(False)
        area = tasks.getCellRangeByPosition(0, 0, cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow)
        values = area.getDataArray()
        # The timeline as it reads: its freshness cell (RETRO_FINGERPRINT) becomes its value.
        shown = doc.Sheets.getByName("Retroplan").createCursor()
        shown.gotoStartOfUsedArea(False)
        shown.gotoEndOfUsedArea(True)
        timeline = tuple(
            tuple(value if re.search(r"RETRO[\w.]*\(", formula.upper()) else formula
                  for formula, value in zip(formulas, values, strict=True))
            for formulas, values in zip(shown.getFormulaArray(), shown.getDataArray(), strict=True))
        out = self.folder("out")
        for name in ("shared.ods", "shared.xlsx"):
            with self.subTest(name):
                path = os.path.join(out, name)
                status = self.dispatch(doc, "ShareCopy", Path=path)
                # 13 tasks × 6 RETRO_* columns, RETRO_CHECK on the settings sheet, and the
                # timeline's freshness cell.
                self.assertEqual(status, f"OK: copy written to {path}; 80 Retroplan cells replaced "
                                         "by their values")
                self.assert_untouched(doc, local, before)
                copy = self.open_plain(path)
                self.assert_no_error_and_no_retroplan(copy)
                shared = copy.Sheets.getByName("Tâches")
                self.assertEqual(shared.getCellRangeByPosition(
                    0, 0, cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow).getDataArray(), values)
                # Dates stay dates: Début (G) and Fin (H) of the first task, formatted as dates.
                for col in (6, 7, 10):
                    cell = shared.getCellByPosition(col, 1)
                    self.assertTrue(copy.NumberFormats.getByKey(cell.NumberFormat).Type & DATE, col)
                self.assertEqual(copy.Sheets.getByName("Paramètres").getCellRangeByName("B2").getString(), "OK")
                self.assertEqual(self.contents(copy)["Retroplan"], timeline)  # the timeline kept

    def test_every_kind_of_formula(self):
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        sheet = doc.Sheets.getByIndex(0)
        fill(sheet, CAMPAIGN)
        args = '$A$1:$F$10;DATE(2027;4;2);DATE(2027;3;29)'
        formulas = {
            "L2": f'=RETRO_START(A2;{args})',  # a date in a cell nobody formatted
            "M2": f'=IF(RETRO_CRITICAL(A4;{args});"critical";"")',  # text from a nested call
            "N2": "=L2+1",  # a plain formula over a Retroplan cell: stays a formula
            "O2": f'=RETRO_START("NOPE";{args})',  # an error: its name, as text
            "P2": f'=RETRO_CHECK({args})',
            "Q2": f'=RETRO_SLACK(A5;{args})',  # a number of days: not a date
        }
        for name, formula in formulas.items():
            sheet.getCellRangeByName(name).setFormula(formula)
        array = sheet.getCellRangeByName("L12:S20")
        array.setArrayFormula(f"=RETRO_SCHEDULE({args})")
        doc.calculateAll()
        expected_array = array.getDataArray()
        path = self.office.save_as(doc, f"kinds-{self._testMethodName}.ods")
        before = self.contents(doc), digest(path)
        doc.setModified(False)
        out = self.folder("out")
        for name in ("kinds.ods", "kinds.xlsx"):
            with self.subTest(name):
                target = os.path.join(out, name)
                status = self.dispatch(doc, "ShareCopy", Path=target)
                self.assertEqual(status, f"OK: copy written to {target}; 77 Retroplan cells replaced "
                                         "by their values")  # 5 cells and 9 × 8 array cells
                self.assert_untouched(doc, path, before)
                copy = self.open_plain(target)
                self.assert_no_error_and_no_retroplan(copy)
                shared = copy.Sheets.getByIndex(0)
                cell = shared.getCellRangeByName
                is_date = lambda c: bool(copy.NumberFormats.getByKey(c.NumberFormat).Type & DATE)  # noqa: E731
                self.assertEqual(iso(cell("L2").getValue()), "2027-03-02")  # BRIEF, model §7
                self.assertTrue(is_date(cell("L2")))
                self.assertEqual(cell("M2").getString(), "critical")  # VIS
                self.assertEqual(cell("N2").getFormula(), "=L2+1")
                self.assertEqual(iso(cell("N2").getValue()), "2027-03-03")
                self.assertEqual(cell("O2").getString(), "#N/A")
                self.assertEqual(cell("P2").getString(), "OK")
                self.assertEqual(cell("Q2").getValue(), 8)  # TXT's slack
                self.assertFalse(is_date(cell("Q2")))
                self.assertEqual(shared.getCellRangeByName("L12:S20").getDataArray(), expected_array)
                self.assertEqual([is_date(shared.getCellByPosition(c, 11)) for c in range(11, 19)],
                                 [False, True, True, True, True, False, False, False])

    def test_what_cannot_be_shared_is_said(self):
        doc, local = self.open_example()
        before = self.contents(doc), digest(local)
        out = self.folder("out")
        self.assertIn(".ods or .xlsx", self.dispatch(doc, "ShareCopy", Path=os.path.join(out, "x.pdf")))
        self.assertIn("replace the workbook itself", self.dispatch(doc, "ShareCopy", Path=local))
        missing = os.path.join(out, "no-such-folder", "x.ods")
        self.assertEqual(self.dispatch(doc, "ShareCopy", Path=missing),
                         f"The copy was not written: {missing} (No such file or directory)")
        self.assertEqual(os.listdir(out), [])
        self.assert_untouched(doc, local, before)
        # Headless without a path: next to the document.
        status = self.dispatch(doc, "ShareCopy")
        self.assertTrue(status.startswith("OK: copy written to " + os.path.join(
            os.path.dirname(local), "campagne-multicanal-shared.ods")), status)
        left = os.listdir(os.path.dirname(local))
        self.assertIn("campagne-multicanal-shared.ods", left)
        self.assertEqual([f for f in left if "source" in f or f.endswith(".part")], [])  # no temporary file


if __name__ == "__main__":
    unittest.main(verbosity=2)
