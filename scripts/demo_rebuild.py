"""Main job of the Quick start: opens an example workbook in headless LibreOffice with the built
extension, runs "Rebuild retroplan" on it, and writes the rebuilt workbook, a PDF of its
timeline (the Retroplan sheet alone, as Calc prints it: landscape A4, its page style's zoom) and a
PNG of the PDF's first page, saying how much of the page the drawing covers.
Usage: /usr/bin/python3 scripts/demo_rebuild.py BUILD_DIR WORKBOOK.ods OUT_DIR
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "calc"))
import pdf_check  # noqa: E402
from office import Office  # noqa: E402

build, workbook, out_dir = sys.argv[1:4]
base = os.path.splitext(os.path.basename(workbook))[0]
os.makedirs(out_dir, exist_ok=True)
with Office(os.path.join(build, "retroplan.oxt")) as office:
    local = os.path.join(office.dir, os.path.basename(workbook))
    shutil.copy(workbook, local)
    os.chmod(local, 0o666)
    doc = office.load(local)
    doc.calculateAll()
    helper = office.service("com.sun.star.frame.DispatchHelper")
    helper.executeDispatch(doc.CurrentController.Frame, "org.retroplan.command:Rebuild", "", 0, ())
    status = doc.DocumentProperties.UserDefinedProperties.getPropertyValue("RetroplanStatus")
    rebuilt = office.save_as(doc, base + "-rebuilt.ods")
    pdf = os.path.join(office.dir, base + "-timeline.pdf")
    if status.startswith("OK"):
        pdf_check.export_sheet(doc, doc.Sheets.getByName("Retroplan"), pdf)
    doc.close(True)
    shutil.copy(rebuilt, out_dir)
    if os.path.exists(pdf):
        shutil.copy(pdf, out_dir)

print(f"Rebuild retroplan: {status}")
pdf = os.path.join(out_dir, base + "-timeline.pdf")
if os.path.exists(pdf) and shutil.which("pdftoppm"):
    pdf_check.render(pdf, 1, os.path.join(out_dir, base + "-timeline.png"), dpi=130)
    width, height = pdf_check.coverage(pdf, 1)
    print(f"Timeline PDF: {pdf_check.pages(pdf)} page(s); the drawing covers {width:.0%} of the "
          f"page's width and {height:.0%} of its height")
sys.exit(0 if status.startswith("OK") else 1)
