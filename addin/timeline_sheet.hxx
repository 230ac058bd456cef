// Paints a computed retroplan into Retroplan's (cleared) sheet, section by section: the task
// columns (fitted to their content first: their width decides the time scale), the summary, the
// legend, the grid's header rows, the grid's marks and the page style. Each section has its own
// file (timeline_*.cxx); they share the rows and columns below.
#pragma once

#include "timeline_words.hxx"

#include "retroplan/rebuild_plan.hpp"
#include "retroplan/timeline.hpp"
#include "retroplan/timeline_fit.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

#include <iterator>
#include <string>

namespace retroplan::addin {

// The summary's lines, top down under the title; a new line is a value here (in the order it
// shows) and its label and value in timeline_summary.cxx.
enum class SummaryLine { Deadline, Kickoff, CriticalPath, Status, Built, Freshness };
inline constexpr SummaryLine kSummaryLines[] = {SummaryLine::Deadline,     SummaryLine::Kickoff,
                                                SummaryLine::CriticalPath, SummaryLine::Status,
                                                SummaryLine::Built,        SummaryLine::Freshness};

// Rows and columns of the sheet (0-based), shared with the tests through the README.
inline constexpr sal_Int32 kSummaryValueColumn = 3; // D: labels in A, values in D
constexpr sal_Int32 summary_row(SummaryLine line) {
    sal_Int32 row = 1; // under the title
    for (const SummaryLine l : kSummaryLines) {
        if (l == line) return row;
        ++row;
    }
    return row;
}
inline constexpr auto kLegendRow = sal_Int32(1 + std::size(kSummaryLines));
inline constexpr sal_Int32 kHeaderRows = 3; // month, week, day (with the task columns' titles)
inline constexpr sal_Int32 kFirstHeaderRow = kLegendRow + 1;
inline constexpr sal_Int32 kFirstTaskRow = kFirstHeaderRow + kHeaderRows;
inline constexpr sal_Int32 kTaskColumns = kTaskColumnCount; // A-F, frozen with the header rows
// Column G is a spacer: besides the gap, Calc freezes panes one column off when the column right
// after the frozen ones is as narrow as a day column (measured under Xvfb).
inline constexpr sal_Int32 kSpacerColumn = kTaskColumns;
inline constexpr sal_Int32 kFirstGridColumn = kSpacerColumn + 1; // H
inline constexpr sal_Int32 kSpacerWidth = 1000;                  // 1/100 mm

// What the sheet says about where it comes from.
struct TimelineSource {
    ::rtl::OUString task_sheet; // its name, in the title
    std::string built;          // "2027-03-01 09:30 from Tasks"
    ::rtl::OUString freshness;  // the live cell's formula: "up to date" / "out of date — rebuild"
};

// The time axis written: the columns' dates and their width (other sheets share it: Workload).
struct TimelineAxis {
    Timeline timeline;
    GridFit grid;
};

TimelineAxis write_timeline_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                  const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                  const RebuildPlan& plan, Date null_date, Lang lang,
                                  const TimelineSource& source);

} // namespace retroplan::addin
