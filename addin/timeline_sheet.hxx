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

// Rows and columns of the sheet (0-based), shared with the tests through the README. The
// summary lines keep their rows whatever the plan (the next rebuild reads two of them back).
inline constexpr sal_Int32 kSummaryValueColumn = 3; // D: labels in A, values in D
constexpr sal_Int32 summary_row(SummaryLine line) {
    sal_Int32 row = 1; // under the title
    for (const SummaryLine l : kSummaryLines) {
        if (l == line) return row;
        ++row;
    }
    return row;
}
inline constexpr auto kAfterSummaryRow = sal_Int32(1 + std::size(kSummaryLines));
inline constexpr sal_Int32 kHeaderRows = 3;     // month, week, day (with the task columns' titles)
inline constexpr sal_Int32 kSpacerWidth = 1000; // 1/100 mm
// The alert box lists at most this many tasks; past it, its last row says how many more.
inline constexpr sal_Int32 kMaxAlertRows = 10;

// Where the rest goes. Without a status date (no follow-up): the legend in row 8, the header
// rows 9-11, tasks from row 12; task columns A-F, a spacer G, the grid from H. With one (model
// §8-10): the counts per status in row 8 (A: label, D: value), the alert box under it (its
// title, then one row per late or due-soon task: ID, name, owner, what is due, when, and the
// status word in the status column), and a status column G after the slack.
struct Layout {
    bool follow_up = false;
    sal_Int32 counts_row = -1; // follow-up only
    sal_Int32 alert_row = -1;  // the alert box's title, follow-up only
    sal_Int32 alert_rows = 0;  // rows under it (tasks, and the "more" row)
    sal_Int32 legend_row = kAfterSummaryRow;
    sal_Int32 first_header_row = kAfterSummaryRow + 1;
    sal_Int32 first_task_row = first_header_row + kHeaderRows;
    sal_Int32 task_columns = kTaskColumnCount; // frozen with the header rows
    // A spacer column after them: besides the gap, Calc freezes panes one column off when the
    // column right after the frozen ones is as narrow as a day column (measured under Xvfb).
    sal_Int32 spacer_column = kTaskColumnCount;
    sal_Int32 first_grid_column = kTaskColumnCount + 1;
    sal_Int32 status_column() const { return follow_up ? kTaskColumnCount : -1; }
    // Heights of the rows above the tasks (1/100 mm), which the page fit counts.
    sal_Int32 top_height() const;
};
Layout layout_for(const RebuildPlan& plan);

// What the sheet says about where it comes from.
struct TimelineSource {
    ::rtl::OUString task_sheet; // its name, in the title
    std::string built;          // "2027-03-01 09:30 from Tasks"
    ::rtl::OUString freshness;  // the live cell's formula: "up to date" / "out of date — rebuild"
    std::string kickoff_note;   // right of the kick-off: "start by … for 80 % confidence" (risk)
    sal_Int32 date_format = -1; // the task sheet's (plan_date_format.hxx); -1: the locale's
};

// What write_timeline_sheet wrote: the layout, for the view to freeze its task columns and header
// rows, its date format, and the time axis (the columns' dates and their width), which the Workload
// sheet shares.
struct WrittenTimeline {
    Layout layout;
    Timeline timeline;
    GridFit grid;
    sal_Int32 date_format; // what its dates are shown in, for the Workload sheet's
};

WrittenTimeline
write_timeline_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                     const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                     const RebuildPlan& plan, Date null_date, Lang lang,
                     const TimelineSource& source);

} // namespace retroplan::addin
