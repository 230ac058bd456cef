// The task columns: ID, name, owner, start, end, slack (and with a status date the status), one
// row per task under their titles.
#include "timeline_marks.hxx"
#include "timeline_sections.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <algorithm>
#include <limits>

namespace retroplan::addin {

using namespace css;

namespace {

// Each column's width once fitted to its content, kept between these (1/100 mm), plus a margin
// so that neighbours never run together ("0oui" once printed).
struct Bounds {
    sal_Int32 min, max;
};
// With the spacer they take at most 20,700 (782 px at 96 dpi): six months of weeks fit beside
// them (retroplan/timeline_fit.hpp).
// The status column ("échéance proche" at 10 pt) is only there with a status date.
constexpr Bounds kBounds[kTaskColumnCount + 1] = {{900, 2200},  {3000, 6500}, {2000, 4000},
                                                  {1500, 2600}, {1500, 2600}, {1200, 1800},
                                                  {1500, 3300}};
constexpr sal_Int32 kMargin = 250;
// The status words ("échéance proche") come out a little wider than Calc's optimal width on a
// 96-dpi screen (seen under Xvfb): more room for them.
constexpr sal_Int32 kStatusMargin = 500;

// The first `max - 1` characters and "…" when `s` is longer than `max` characters (UTF-8).
std::optional<std::string> shortened(const std::string& s, std::size_t max) {
    std::size_t chars = 0, cut = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue; // continuation byte
        if (chars == max - 1) cut = i;
        ++chars;
    }
    if (chars <= max) return std::nullopt;
    return s.substr(0, cut) + "\u2026";
}

std::size_t char_count(const std::string& s) {
    return std::size_t(std::count_if(s.begin(), s.end(), [](char ch) {
        return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; // not a continuation byte
    }));
}

// What the task column shows before task `i`'s name (c = 1) or owner (c = 2): "⚠ " before an
// owner in an overload (model §12; the Workload sheet says more).
std::string prefix_of(const SheetContext& cx, sal_Int32 c, std::size_t i) {
    const bool overloaded = c == 2 && cx.plan.load() && cx.plan.load()->overloaded[i];
    return overloaded ? "\u26A0 " : "";
}

const std::string& text_of(const SheetContext& cx, sal_Int32 c, std::size_t i) {
    const TaskInput& task = cx.plan.plan.tasks[i];
    return c == 1 ? task.name : task.owner;
}

} // namespace

void write_shortened(Painter& p, sal_Int32 c, sal_Int32 r, const std::string& s, std::size_t max,
                     const std::string& prefix) {
    if (const auto shorter = shortened(s, max)) {
        p.text(c, r, prefix + *shorter);
        p.comment(c, r, prefix + s);
    } else {
        p.text(c, r, prefix + s);
    }
}

void write_as_in_task_column(Painter& p, const SheetContext& cx, sal_Int32 c, std::size_t i,
                             sal_Int32 r) {
    const std::string& full = text_of(cx, c, i);
    const sal_Int32 at = cx.layout.first_task_row + sal_Int32(i);
    std::string shown =
        to_utf8(uno::Reference<text::XTextRange>(
                    uno::Reference<table::XCellRange>(p.range(c, at, c, at), uno::UNO_QUERY_THROW)
                        ->getCellByPosition(0, 0),
                    uno::UNO_QUERY_THROW)
                    ->getString());
    // The alert box has no ⚠: the name or owner alone, at the length the task column shows it.
    const std::string prefix = prefix_of(cx, c, i);
    if (shown.starts_with(prefix)) shown.erase(0, prefix.size());
    if (shown == full)
        p.text(c, r, full);
    else
        write_shortened(p, c, r, full, char_count(shown));
}

sal_Int32 status_color(Status s) {
    switch (s) {
    case Status::Done:
        return kDoneColor;
    case Status::Late:
        return kCriticalColor;
    case Status::DueSoon:
        return kTodayColor;
    case Status::InProgress:
        return kTaskColor;
    case Status::NotStarted:
        break;
    }
    return kNotStartedColor;
}

std::vector<sal_Int32> write_task_columns(Painter& p, const SheetContext& cx) {
    const Words& w = cx.words;
    const Schedule& s = cx.schedule();
    const Layout& l = cx.layout;
    const sal_Int32 titles = l.first_task_row - 1, columns_written = l.task_columns;
    for (sal_Int32 c = 0; c < kTaskColumnCount; ++c)
        p.text(c, titles, w.columns[c]);
    if (l.follow_up) p.text(l.status_column(), titles, w.status_column);
    for (sal_Int32 i = 0; i < cx.tasks; ++i) {
        const TaskInput& task = cx.plan.plan.tasks[std::size_t(i)];
        const TaskDates& d = s.dates[std::size_t(i)];
        const TaskTimes& tt = s.times[std::size_t(i)];
        const sal_Int32 row = l.first_task_row + i;
        p.text(0, row, task.id);
        write_shortened(p, 1, row, task.name, kMaxNameChars);
        const std::string warning = prefix_of(cx, 2, std::size_t(i));
        write_shortened(p, 2, row, task.owner, kMaxOwnerChars, warning);
        if (!warning.empty()) p.gather("CharColor", uno::Any(kCriticalColor), 2, row, 2, row);
        p.number(3, row, serial_from_date(d.start, cx.null_date));
        p.number(4, row, serial_from_date(d.end, cx.null_date));
        if (!tt.done) p.number(5, row, double(tt.total_slack)); // a done task has none (§8)
        if (tt.critical) p.gather("CharColor", uno::Any(kCriticalColor), 0, row, 0, row);
        if (l.follow_up) {
            const Status status = s.follow_up->tasks[std::size_t(i)].status;
            const sal_Int32 c = l.status_column();
            p.text(c, row, std::string(status_word(status, cx.lang)));
            p.gather("CharColor", uno::Any(status_color(status)), c, row, c, row);
        }
    }
    // The format and font first: the widths are measured with them.
    p.set(0, titles, columns_written - 1, cx.last_row, "CharHeight", uno::Any(10.0f));
    p.set(0, titles, columns_written - 1, titles, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    if (cx.tasks > 0) {
        p.set(3, l.first_task_row, 4, cx.last_row, "NumberFormat", uno::Any(cx.date_format));
        p.set(3, titles, columns_written - 1, cx.last_row, "HoriJustify",
              uno::Any(table::CellHoriJustify_CENTER));
    }

    // Calc's optimal width considers the whole column: nothing else is written in these columns
    // yet (the summary and legend come after).
    const uno::Reference<container::XIndexAccess> columns(
        uno::Reference<table::XColumnRowRange>(p.range(0, 0, columns_written - 1, 0),
                                               uno::UNO_QUERY_THROW)
            ->getColumns(),
        uno::UNO_QUERY_THROW);
    std::vector<sal_Int32> widths(std::size_t(columns_written), 0);
    for (sal_Int32 c = 0; c < columns_written; ++c) {
        const uno::Reference<beans::XPropertySet> column(columns->getByIndex(c),
                                                         uno::UNO_QUERY_THROW);
        sal_Int32 width = 0;
        const auto measure = [&] {
            column->setPropertyValue("OptimalWidth", uno::Any(true));
            column->getPropertyValue("Width") >>= width;
        };
        measure();
        const sal_Int32 margin = c == l.status_column() ? kStatusMargin : kMargin;
        // Names and owners wider than their column may be ("Responsable événement" at 10 pt
        // is 44 mm, the owner column 40 mm) are shortened, not clipped: to as many characters
        // as fit at the width per character Calc measured, measured again until they fit. An
        // owner's ⚠ stays whole: the owner after it is shortened.
        if (c == 1 || c == 2) {
            // `fit`: the characters a cell may show, its ⚠ included; the text keeps the rest.
            std::size_t fit = std::numeric_limits<std::size_t>::max();
            const auto allowed = [&](std::size_t i) {
                const std::size_t prefix = char_count(prefix_of(cx, c, i));
                return std::min(c == 1 ? kMaxNameChars : kMaxOwnerChars,
                                fit > prefix + 2 ? fit - prefix : std::size_t(2));
            };
            for (int round = 0; round < 4 && width + margin > kBounds[c].max; ++round) {
                std::size_t longest = 0;
                for (std::size_t i = 0; i < std::size_t(cx.tasks); ++i)
                    longest =
                        std::max(longest, char_count(prefix_of(cx, c, i)) +
                                              std::min(allowed(i), char_count(text_of(cx, c, i))));
                if (longest <= 2) break;
                const double per_char = double(width) / double(longest);
                fit = std::clamp(std::size_t(double(kBounds[c].max - margin) / per_char),
                                 std::size_t(2), longest - 1);
                for (sal_Int32 i = 0; i < cx.tasks; ++i) {
                    const std::string& text = text_of(cx, c, std::size_t(i));
                    if (char_count(text) > allowed(std::size_t(i)))
                        write_shortened(p, c, l.first_task_row + i, text, allowed(std::size_t(i)),
                                        prefix_of(cx, c, std::size_t(i)));
                }
                measure();
            }
        }
        widths[std::size_t(c)] = std::clamp(width + margin, kBounds[c].min, kBounds[c].max);
        column->setPropertyValue("Width", uno::Any(widths[std::size_t(c)]));
    }
    return widths;
}

} // namespace retroplan::addin
