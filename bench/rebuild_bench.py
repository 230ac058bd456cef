"""Scripted benchmark (not a test): "Rebuild retroplan" on 2,000 tasks spanning about a year of
working days, in headless LibreOffice, against a plain setDataArray of the same grid (no
formatting) measured in the same run; then soffice.bin's resident memory over N rebuilds (the undo
history keeps every one), after clearing the undo history, and over 10 more rebuilds.
Usage: /usr/bin/python3 bench/rebuild_bench.py [build-dir] [N, default 50]
"""
import os
import random
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "calc"))
from office import Office  # noqa: E402

BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "build"))
REBUILDS = int(sys.argv[2]) if len(sys.argv) > 2 else 50


def plan(n=2000, layers=20, seed=5):
    """20 layers of 100 tasks, each task 5-15 days after one to three of the layer before:
    the critical chain is about a year of working days."""
    rng = random.Random(seed)
    per = n // layers
    rows = [["ID", "Name", "Duration", "Predecessors", "Owner"]]
    for i in range(n):
        layer = i // per
        preds = ""
        if layer:
            lo = (layer - 1) * per
            preds = ";".join(sorted({f"T{rng.randint(lo, lo + per - 1)}" for _ in range(rng.randint(1, 3))}))
        rows.append([f"T{i}", f"Task {i}", 0 if rng.random() < 0.05 else rng.randint(5, 13), preds,
                     rng.choice(["Ann", "Bob", "Chloé"])])
    return rows


def main():
    rows = plan()
    with Office(os.path.join(BUILD, "retroplan.oxt")) as office:
        doc = office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        sheet.Name = "Tasks"
        sheet.getCellRangeByName("A1").setString("Deadline")
        sheet.getCellRangeByName("B1").setFormula("=DATE(2027;12;31)")
        sheet.getCellRangeByPosition(0, 2, 4, 2 + len(rows) - 1).setDataArray(tuple(tuple(r) for r in rows))
        helper = office.service("com.sun.star.frame.DispatchHelper")
        frame = doc.CurrentController.Frame
        props = doc.DocumentProperties.UserDefinedProperties

        def rebuild():
            helper.executeDispatch(frame, "org.retroplan.command:Rebuild", "", 0, ())

        rebuild_times = []
        for _ in range(5):
            t = time.perf_counter()
            rebuild()
            rebuild_times.append(time.perf_counter() - t)
        status = props.getPropertyValue("RetroplanStatus")
        out = doc.Sheets.getByName("Retroplan")
        cursor = out.createCursor()
        cursor.gotoEndOfUsedArea(False)
        cols, last_row = cursor.RangeAddress.EndColumn + 1, cursor.RangeAddress.EndRow + 1
        scale = out.getCellByPosition(0, 8).getString()  # the month row (addin/timeline_sheet.hxx)

        # Baseline: the same grid written with one setDataArray, no formatting, on a fresh sheet.
        data = tuple(tuple(float(r * c % 97) if c % 3 else f"x{r}" for c in range(cols)) for r in range(last_row))
        doc.Sheets.insertNewByName("Baseline", 2)
        base = doc.Sheets.getByName("Baseline")
        base_times = []
        for _ in range(5):
            base.clearContents(1023)
            t = time.perf_counter()
            base.getCellRangeByPosition(0, 0, cols - 1, last_row - 1).setDataArray(data)
            base_times.append(time.perf_counter() - t)
        doc.close(True)
        rss = memory_over_rebuilds(office, rows)

    r, b = statistics.median(rebuild_times), statistics.median(base_times)
    print(f"status: {status}")
    print(f"timeline: {last_row} rows x {cols} columns ({scale})")
    print(f"rebuild (dispatch, 2,000 tasks):   median {r:6.2f} s  runs {', '.join(f'{x:.2f}' for x in rebuild_times)}")
    print(f"setDataArray of the same grid:      median {b:6.2f} s  runs {', '.join(f'{x:.2f}' for x in base_times)}")
    print(f"ratio rebuild / plain setDataArray: {r / b:.1f}x")
    print(rss)


def memory_over_rebuilds(office, rows):
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = "Tasks"
    sheet.getCellRangeByName("A1").setString("Deadline")
    sheet.getCellRangeByName("B1").setFormula("=DATE(2027;12;31)")
    sheet.getCellRangeByPosition(0, 2, 4, 2 + len(rows) - 1).setDataArray(tuple(tuple(r) for r in rows))
    helper = office.service("com.sun.star.frame.DispatchHelper")
    frame = doc.CurrentController.Frame
    start = office.rss_mb()
    marks = []
    for k in range(1, REBUILDS + 1):
        helper.executeDispatch(frame, "org.retroplan.command:Rebuild", "", 0, ())
        if k in (1, 2, 5) or k % 10 == 0 or k == REBUILDS:
            marks.append(f"{k}: {office.rss_mb():.0f}")
    end = office.rss_mb()
    doc.UndoManager.clear()
    cleared = office.rss_mb()
    for _ in range(10):
        helper.executeDispatch(frame, "org.retroplan.command:Rebuild", "", 0, ())
    after = office.rss_mb()
    doc.close(True)
    return (f"soffice.bin RSS (MB) before any rebuild {start:.0f}; after rebuild {'; '.join(marks)}\n"
            f"  = {(end - start) / REBUILDS:.1f} MB per rebuild; undo history cleared: {cleared:.0f}; "
            f"10 more rebuilds: {after:.0f} ({after - cleared:+.0f})")


if __name__ == "__main__":
    main()
