// The title, the summary lines (labels in A, values in D) and the one-line legend above the grid.
#include "timeline_marks.hxx"
#include "timeline_sections.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>

#include <cstdio>

namespace retroplan::addin {

using namespace css;

namespace {

std::string printf_int(const char* format, long long n) {
    char buf[128];
    std::snprintf(buf, sizeof buf, format, int(n));
    return buf;
}

const char* label_of(SummaryLine line, const Words& w) {
    switch (line) {
    case SummaryLine::Deadline:
        return w.deadline;
    case SummaryLine::Kickoff:
        return w.kickoff;
    case SummaryLine::CriticalPath:
        return w.critical_path;
    case SummaryLine::Status:
        return w.status;
    case SummaryLine::Built:
        return w.built;
    case SummaryLine::Freshness:
        return w.freshness;
    }
    return "";
}

void write_value(Painter& p, const SheetContext& cx, const TimelineSource& source,
                 SummaryLine line) {
    const Schedule& s = cx.schedule();
    const Words& w = cx.words;
    const sal_Int32 c = kSummaryValueColumn, r = summary_row(line);
    switch (line) {
    case SummaryLine::Deadline:
    case SummaryLine::Kickoff:
        p.number(c, r,
                 serial_from_date(line == SummaryLine::Deadline ? s.deadline_date : s.kickoff_date,
                                  cx.null_date));
        p.gather("NumberFormat", uno::Any(cx.date_format), c, r, c, r);
        if (line == SummaryLine::Kickoff) p.text(c + 1, r, source.kickoff_note);
        return;
    case SummaryLine::CriticalPath:
        p.text(c, r, printf_int(w.days, s.span));
        return;
    case SummaryLine::Status:
        p.text(c, r, s.late_by > 0 ? printf_int(w.late_by, s.late_by) : std::string(w.on_time));
        if (s.late_by > 0) p.gather("CharColor", uno::Any(kCriticalColor), c, r, c, r);
        return;
    case SummaryLine::Built:
        p.text(c, r, source.built);
        return;
    case SummaryLine::Freshness:
        p.formula(c, r, source.freshness);
        return;
    }
}

} // namespace

void write_summary(Painter& p, const SheetContext& cx, const TimelineSource& source) {
    const Words& w = cx.words;
    p.text(0, 0, std::string(w.title) + " \u2014 " + to_utf8(source.task_sheet));
    for (const SummaryLine line : kSummaryLines) {
        p.text(0, summary_row(line), label_of(line, w));
        write_value(p, cx, source, line);
    }
    const sal_Int32 last = kAfterSummaryRow - 1;
    p.set(0, 0, kSummaryValueColumn, last, "CharHeight", uno::Any(10.0f));
    p.set(0, 0, 0, last, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    p.set(0, 0, 0, 0, "CharHeight", uno::Any(16.0f));
    p.set(kSummaryValueColumn, 1, kSummaryValueColumn, last, "HoriJustify",
          uno::Any(table::CellHoriJustify_LEFT));
}

void write_legend(Painter& p, const SheetContext& cx, const Timeline& t) {
    // One cell whose text runs over the empty cells to its right: one line whatever the widths.
    const std::vector<LegendRun> runs = legend(cx.words, t);
    std::vector<TextRun> parts;
    for (const LegendRun& r : runs)
        parts.push_back({.text = r.text, .color = r.color});
    const sal_Int32 row = cx.layout.legend_row;
    p.runs(0, row, parts);
    p.set(0, row, 0, row, "CharHeight", uno::Any(10.0f));
}

} // namespace retroplan::addin
