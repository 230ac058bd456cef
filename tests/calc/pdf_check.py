"""A sheet exported to PDF as Calc prints it, and what a page of it looks like: how much of the page
the drawing covers (rendered with pdftoppm, poppler-utils) and the size of the smallest text on it
(word boxes from pdftotext -bbox, against a 10-pt word printed at 100 %)."""
import os
import re
import subprocess
import tempfile

import uno

from office import prop


def export_sheet(doc, sheet, path):
    """The sheet alone (its print ranges, page style and repeated rows and columns), as Calc's PDF
    export writes a selection that is a whole sheet."""
    data = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("Selection", sheet),))
    uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(path),
                                   (prop("FilterName", "calc_pdf_Export"), prop("FilterData", data))))


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def render(pdf, page, png, dpi=100):
    """The page as a PNG (for the README) at `dpi`."""
    base = os.path.splitext(png)[0]
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    pdf, base], check=True, timeout=60)
    return base + ".png"


def coverage(pdf, page, dpi=50):
    """(width, height): the share of the page's width and height between the first and the last
    non-white pixel of the page rendered in grey levels."""
    with tempfile.TemporaryDirectory() as work:
        base = os.path.join(work, "page")
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", pdf, base], check=True, timeout=60)
        with open(base + ".pgm", "rb") as f:
            data = f.read()
    # P5 header: magic, width, height, maxval, each separated by white space, then the pixels.
    fields = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(fields.group(1)), int(fields.group(2))
    pixels = data[fields.end():]
    rows = [pixels[y * width:(y + 1) * width] for y in range(height)]
    inked = [y for y, row in enumerate(rows) if min(row) < 240]
    columns = [x for x in range(width) if any(row[x] < 240 for row in rows[inked[0]:inked[-1] + 1])]
    return ((columns[-1] - columns[0] + 1) / width, (inked[-1] - inked[0] + 1) / height)


def word_heights(pdf, page):
    """The height of every word box on the page, in points: the font's ascent to descent, a
    fixed multiple of its size for one font (see text_height_per_point)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                          check=True, capture_output=True, text=True).stdout
    return [float(y1) - float(y0) for y0, y1 in
            re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">', html)]


def text_height_per_point(office, tmpdir):
    """How high pdftotext's box of a word in Calc's default font is per point of font size, here:
    a 10-pt cell printed at 100 % in the default page style, measured."""
    doc = office.new_calc()
    try:
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1").setString("Calibration")
        sheet.getCellRangeByName("A1").CharHeight = 10.0
        path = os.path.join(tmpdir, "calibration.pdf")
        export_sheet(doc, sheet, path)
    finally:
        doc.close(True)
    return max(word_heights(path, 1)) / 10.0


def smallest_text_pt(pdf, page, height_per_point):
    """The size, in points, of the smallest text printed on the page."""
    return min(word_heights(pdf, page)) / height_per_point


def text(pdf, page):
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"],
                          check=True, capture_output=True, text=True).stdout
