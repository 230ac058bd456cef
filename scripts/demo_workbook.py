"""Main job of the Quick start: opens a headless LibreOffice with the built extension, builds a
workbook from a plan CSV whose columns are live RETRO_* formulas, and writes it as .ods and .pdf.
Usage: /usr/bin/python3 scripts/demo_workbook.py BUILD_DIR PLAN.csv DEADLINE HOLIDAYS OUT_DIR
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "calc"))
from office import Office, prop  # noqa: E402

build, plan_csv, deadline, holidays, out_dir = sys.argv[1:6]
with open(plan_csv, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
width = len(rows[0])
results = ["Start", "End", "Slack", "Critical", "Early start", "Early end"]
funcs = ["RETRO_START", "RETRO_END", "RETRO_SLACK", "RETRO_CRITICAL", "RETRO_EARLY_START", "RETRO_EARLY_END"]

with Office(os.path.join(build, "retroplan.oxt")) as office:
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = "Tasks"
    n = len(rows)
    data = tuple(tuple(int(v) if v.isdigit() else v for v in r) for r in rows)
    sheet.getCellRangeByPosition(0, 0, width - 1, n - 1).setDataArray(data)
    last_col = chr(ord("A") + width - 1)
    table = f"$A$1:${last_col}${n}"
    # Settings to the right, as named ranges the rebuild command will read too.
    settings_col = chr(ord("A") + width + len(results) + 1)
    sheet.getCellRangeByName(f"{settings_col}1").setString("Deadline")
    sheet.getCellRangeByName(f"{chr(ord(settings_col) + 1)}1").setFormula(
        "=DATE({};{};{})".format(*[int(x) for x in deadline.split("-")]))
    sheet.getCellRangeByName(f"{settings_col}2").setString("Holidays")
    for k, h in enumerate(holidays.split(",")):
        sheet.getCellRangeByName(f"{chr(ord(settings_col) + 1)}{2 + k}").setFormula(
            "=DATE({};{};{})".format(*[int(x) for x in h.split("-")]))
    dl = f"${chr(ord(settings_col) + 1)}$1"
    hol = f"${chr(ord(settings_col) + 1)}$2:${chr(ord(settings_col) + 1)}${1 + len(holidays.split(','))}"
    named = doc.NamedRanges
    from com.sun.star.table import CellAddress
    origin = CellAddress(0, 0, 0)
    for name, ref in [("RETRO_DEADLINE", dl), ("RETRO_HOLIDAYS", hol)]:
        if not named.hasByName(name):
            named.addNewByName(name, f"$Tasks.{ref}", origin, 0)
    date_format = doc.NumberFormats.queryKey("YYYY-MM-DD", doc.CharLocale, False)
    if date_format == -1:
        date_format = doc.NumberFormats.addNew("YYYY-MM-DD", doc.CharLocale)
    for k, (title, func) in enumerate(zip(results, funcs)):
        col = width + k
        sheet.getCellByPosition(col, 0).setString(title)
        for r in range(2, n + 1):
            c = sheet.getCellByPosition(col, r - 1)
            c.setFormula(f"={func}(A{r};{table};RETRO_DEADLINE;RETRO_HOLIDAYS)")
            if func not in ("RETRO_SLACK", "RETRO_CRITICAL"):
                c.NumberFormat = date_format
    sheet.getCellByPosition(width + len(results), 0).setString("Check")
    sheet.getCellByPosition(width + len(results), 1).setFormula(f"=RETRO_CHECK({table};RETRO_DEADLINE)")
    sheet.Columns.OptimalWidth = True
    doc.calculateAll()
    base = os.path.splitext(os.path.basename(plan_csv))[0]
    ods = office.save_as(doc, base + ".ods")
    pdf = os.path.join(office.dir, base + ".pdf")
    import uno
    doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "calc_pdf_Export"),))
    check = sheet.getCellByPosition(width + len(results), 1).getString()
    summary = [(sheet.getCellByPosition(0, r).getString(),
                sheet.getCellByPosition(width, r).getString(),
                sheet.getCellByPosition(width + 1, r).getString(),
                sheet.getCellByPosition(width + 2, r).getString()) for r in range(1, n)]
    doc.close(True)
    os.makedirs(out_dir, exist_ok=True)
    for p in (ods, pdf):
        shutil.copy(p, out_dir)

print(f"RETRO_CHECK: {check}")
for tid, start, end, slack in summary:
    print(f"  {tid:8} {start} → {end}  slack {slack}")
