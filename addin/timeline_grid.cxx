// The grid: its three header rows, then what the timeline draws in and across the task rows.
#include "timeline_marks.hxx"
#include "timeline_sections.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>

namespace retroplan::addin {

using namespace css;
using namespace std::chrono;

namespace {

// The sheet column of a timeline column.
struct GridColumn {
    sal_Int32 first;
    sal_Int32 operator()(std::size_t c) const { return first + sal_Int32(c); }
};

// The top header row's name for the period starting at a column: "March 2027" over day
// columns, "Mar 2027" over weeks (a month is four or five narrow columns), "2027" over months;
// only the month ("Mar") when the label has too few columns before the next one (a month's last
// days at the grid's end), nothing when even that does not fit. 10-pt bold text is taken as 10 px
// a character.
std::string period_name(const Timeline& t, const PeriodLabel& label, int column_px,
                        const Words& w) {
    const year_month_day ymd{t.columns[label.column]};
    const std::string year = std::to_string(int(ymd.year()));
    const unsigned m = unsigned(ymd.month()) - 1;
    const auto fits = [&](const std::string& s) {
        return s.size() * 10 <= label.span * std::size_t(column_px); // bytes: é counts twice
    };
    std::string full;
    switch (t.scale) {
    case TimeScale::Day:
        full = std::string(w.months[m]) + " " + year;
        break;
    case TimeScale::Week:
        full = std::string(w.short_months[m]) + " " + year;
        break;
    case TimeScale::Month:
        return fits(year) ? year : std::string();
    }
    if (fits(full)) return full;
    const std::string month = w.short_months[m];
    return fits(month) ? month : std::string();
}

} // namespace

void write_grid_header(Painter& p, const SheetContext& cx, const Timeline& t, int column_px) {
    const Words& w = cx.words;
    const Layout& l = cx.layout;
    const GridColumn grid_column{l.first_grid_column};
    const sal_Int32 months = l.first_header_row, weeks = months + 1, days = months + 2;
    const auto n = t.columns.size();
    const sal_Int32 last = grid_column(n - 1);
    p.text(0, months,
           t.scale == TimeScale::Day    ? w.scale_days
           : t.scale == TimeScale::Week ? w.scale_weeks
                                        : w.scale_months);
    if (t.scale != TimeScale::Month) {
        p.text(l.task_columns - 1, weeks, w.week_row);
        p.set(l.task_columns - 1, weeks, l.task_columns - 1, weeks, "HoriJustify",
              uno::Any(table::CellHoriJustify_RIGHT));
    }
    // Text, not formatted dates: text runs over the empty cells to its right.
    for (const PeriodLabel& label : period_labels(t)) {
        p.text(grid_column(label.column), months, period_name(t, label, column_px, w));
        if (label.repeat)
            p.gather("CharColor", uno::Any(kRepeatedLabelColor), grid_column(label.column), months,
                     grid_column(label.column), months);
    }
    for (std::size_t c = 0; c < n; ++c) {
        const Date d = t.columns[c];
        const year_month_day ymd{d};
        switch (t.scale) {
        case TimeScale::Day:
            if (c == 0 || weekday{d}.iso_encoding() == 1)
                p.text(grid_column(c), weeks, w.week_prefix + std::to_string(iso_week(d)));
            p.number(grid_column(c), days, double(unsigned(ymd.day())));
            break;
        case TimeScale::Week:
            p.text(grid_column(c), weeks, std::to_string(iso_week(d)));
            p.number(grid_column(c), days, double(unsigned(ymd.day()))); // the Monday's
            break;
        case TimeScale::Month:
            p.text(grid_column(c), days, w.short_months[unsigned(ymd.month()) - 1]);
            break;
        }
    }
    p.set(l.task_columns, months, last, days, "CharHeight", uno::Any(10.0f));
    p.set(0, months, last, months, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    if (t.scale != TimeScale::Day)
        p.set(l.first_grid_column, weeks, last, weeks, "HoriJustify",
              uno::Any(table::CellHoriJustify_CENTER));
    p.set(l.first_grid_column, days, last, days, "HoriJustify",
          uno::Any(table::CellHoriJustify_CENTER));
}

void write_grid_marks(Painter& p, const SheetContext& cx, const Timeline& t) {
    const Layout& l = cx.layout;
    const GridColumn grid_column{l.first_grid_column};
    const auto n = t.columns.size();
    const sal_Int32 first_row = l.first_header_row + 1; // non-working days from the week row down
    for (std::size_t c = 0; c < n;) {
        if (!t.non_working[c]) {
            ++c;
            continue;
        }
        std::size_t end = c;
        while (end + 1 < n && t.non_working[end + 1])
            ++end;
        p.fill(grid_column(c), first_row, grid_column(end), cx.last_row, kNonWorkingColor);
        c = end + 1;
    }
    // Marks in paint order (by kind): a later kind wins a cell it shares with an earlier one.
    for (const TimelineMark& m : t.marks) {
        const MarkLook look = look_of(m.kind, m.critical);
        const sal_Int32 row = l.first_task_row + sal_Int32(m.task);
        const sal_Int32 c0 = grid_column(m.first), c1 = grid_column(m.last);
        if (look.fill) p.fill(c0, row, c1, row, *look.fill);
        if (look.glyph) {
            for (sal_Int32 c = c0; c <= c1; ++c)
                p.text(c, row, look.glyph);
            p.gather("CharColor", uno::Any(look.glyph_color), c0, row, c1, row);
        }
        if (look.right_border)
            p.gather("RightBorder", uno::Any(*look.right_border), c1, row, c1, row);
        if (look.bottom_border)
            p.gather("BottomBorder", uno::Any(*look.bottom_border), c0, row, c1, row);
    }
    const sal_Int32 days = l.first_header_row + 2;
    for (const TimelineLine& line : t.lines) {
        const LineLook look = look_of(line.kind);
        const sal_Int32 c = grid_column(line.column);
        p.gather(look.border_property, uno::Any(look.border), c, l.first_header_row, c,
                 cx.last_row);
        if (look.header_fill)
            p.fill(c, days, c, days, look.header_color);
        else
            p.gather("CharColor", uno::Any(look.header_color), c, days, c, days);
    }
    if (cx.tasks > 0)
        p.set(l.first_grid_column, l.first_task_row, grid_column(n - 1), cx.last_row, "HoriJustify",
              uno::Any(table::CellHoriJustify_CENTER));
}

} // namespace retroplan::addin
