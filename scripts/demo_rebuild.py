"""Main job of the Quick start: opens an example workbook in headless LibreOffice with the built
extension, runs "Rebuild retroplan" on it, and writes the rebuilt workbook, a PDF of its
timeline and a PNG of the PDF's first page.
Usage: /usr/bin/python3 scripts/demo_rebuild.py BUILD_DIR WORKBOOK.ods OUT_DIR
"""
import os
import shutil
import subprocess
import sys

import uno

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "calc"))
from office import Office, prop  # noqa: E402

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
    # The timeline alone, so that the PDF starts with it.
    for name in [doc.Sheets.getByIndex(i).Name for i in range(doc.Sheets.Count)]:
        if not name.startswith("Retroplan"):
            doc.Sheets.removeByName(name)
    pdf = os.path.join(office.dir, base + "-timeline.pdf")
    doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "calc_pdf_Export"),))
    doc.close(True)
    shutil.copy(rebuilt, out_dir)
    shutil.copy(pdf, out_dir)

print(f"Rebuild retroplan: {status}")
png = os.path.join(out_dir, base + "-timeline")
if shutil.which("pdftoppm"):
    subprocess.run(["pdftoppm", "-png", "-r", "130", "-f", "1", "-l", "1", "-singlefile",
                    os.path.join(out_dir, base + "-timeline.pdf"), png], check=True)
sys.exit(0 if status.startswith("OK") else 1)
