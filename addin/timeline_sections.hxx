// The sections of the Retroplan sheet, one file each, called in this order by
// write_timeline_sheet (timeline_sheet.cxx): what each reads and where it writes.
#pragma once

#include "timeline_painter.hxx"
#include "timeline_sheet.hxx"

#include "retroplan/timeline.hpp"
#include "retroplan/timeline_fit.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace retroplan::addin {

// What every section reads.
struct SheetContext {
    const RebuildPlan& plan;
    const Words& words;
    Lang lang;
    const Layout& layout;
    Date null_date;
    sal_Int32 date_format; // the task sheet's (plan_date_format.hxx)
    sal_Int32 tasks;       // how many
    sal_Int32 last_row;    // the last task's row (the header's last row without tasks)
    const Schedule& schedule() const { return *plan.schedule; }
};

// timeline_tasks.cxx: the task columns and their titles, each column fitted to its content
// (names shortened with the full text in a comment); their widths in 1/100 mm. With a status
// date the status column too, its words colored.
std::vector<sal_Int32> write_task_columns(Painter& p, const SheetContext& cx);
// A name or owner shortened to `max` characters after `prefix` (the ⚠ of an overloaded owner,
// never shortened), the full text in the cell's comment.
void write_shortened(Painter& p, sal_Int32 c, sal_Int32 r, const std::string& s, std::size_t max,
                     const std::string& prefix = {});
inline constexpr std::size_t kMaxNameChars = 32, kMaxOwnerChars = 24;
// Task `i`'s name (c = 1) or owner (c = 2) at row `r` of the same column, shortened as the task
// column shows it (write_task_columns first: it fits that column to what Calc measures).
void write_as_in_task_column(Painter& p, const SheetContext& cx, sal_Int32 c, std::size_t i,
                             sal_Int32 r);
sal_Int32 status_color(Status s);

// timeline_alerts.cxx: with a status date, the counts per status and the alert box (late tasks,
// then due-soon ones, as retroplan::alert_list orders them).
void write_follow_up(Painter& p, const SheetContext& cx);

// timeline_summary.cxx: the title, the summary lines and the legend above the grid (what this
// timeline draws).
void write_summary(Painter& p, const SheetContext& cx, const TimelineSource& source);
void write_legend(Painter& p, const SheetContext& cx, const Timeline& t);

// timeline_grid.cxx: the grid's header rows (period names repeated, week numbers, days; names
// shortened to their columns of `column_px` pixels), then
// its marks and lines; colors are gathered in the painter.
void write_grid_header(Painter& p, const SheetContext& cx, const Timeline& t, int column_px);
void write_grid_marks(Painter& p, const SheetContext& cx, const Timeline& t);

// timeline_page.cxx: row heights, grid column widths, and the page style and print ranges that
// make the sheet fill a landscape A4 page (retroplan/timeline_fit.hpp).
void set_geometry(Painter& p, const SheetContext& cx, const Timeline& t, const GridFit& grid,
                  const PageFit& page);
void set_page_style(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const SheetContext& cx, const Timeline& t, const PageFit& page);

inline constexpr sal_Int32 kTitleRowHeight = 800, kRowHeight = 500;

} // namespace retroplan::addin
