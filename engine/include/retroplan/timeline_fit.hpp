// How the timeline sheet fits a window and a printed page: the time scale, the width of its
// columns, the height of its task rows and the print zoom. Pure arithmetic on lengths the add-in
// measures (the task columns' widths, fitted to their content by Calc).
//
// The rule, in screen pixels at 100 % zoom on a 96-dpi screen (1 px = 0.2646 mm; Calc's 100 %
// follows the screen's resolution):
// - A Calc window 1,600 px wide gives its cells about 1,500 px (row headers, scroll bar and the
//   sidebar's tab bar take the rest); the sheet is made for 1,460 of them.
// - Day columns when the task columns plus one column of 22 px per day fit in those 1,460 px;
//   else week columns (22 px a week); else month columns (36 px a month), which scroll when even
//   they do not fit. Six months touch at most 28 weeks (616 px): they fit beside task columns of
//   up to 844 px, and the task columns are capped below that (addin/timeline_tasks.cxx).
// - The chosen columns then widen, up to 32 px (days), 60 px (weeks) or 80 px (months), while the
//   sheet stays within the 1,460 px and no wider than a landscape A4 page's proportions make it
//   for its height (page_width_px): a sheet shaped like the page fills it when printed.
// - Printed on A4 landscape with 1 cm margins, the sheet's width is scaled to the page's width:
//   1,460 px is 38.6 cm, so the zoom is at least 70 % and the sheet's 10-pt text prints at 7 pt or
//   more. The task rows grow (from 0.5 cm up to 0.9 cm) so that a short plan also fills the page's
//   height; a plan too long for one page goes on as many pages as it needs, at the same zoom.
#pragma once

#include "retroplan/timeline.hpp"

#include <cstddef>

namespace retroplan {

inline constexpr int kWindowCellsPx = 1460;
inline constexpr double kHmmPerPx = 2540.0 / 96.0; // hundredths of a mm, Calc's unit

struct ColumnWidth {
    int min_px, max_px;
};
ColumnWidth column_width(TimeScale scale);

struct GridFit {
    TimeScale scale = TimeScale::Day;
    int column_px = 22;
};

// `left_px`: the columns left of the grid (task columns and spacer); `wanted_px`: how wide the
// whole sheet would best be (page_width_px), which widens the columns but never decides the scale.
GridFit fit_grid(const TimelineRange& range, int left_px, int wanted_px = kWindowCellsPx,
                 int cells_px = kWindowCellsPx);

// A4 landscape, 1 cm margins, no header or footer; lengths in hundredths of a mm.
inline constexpr int kPageWidth = 29700, kPageHeight = 21000, kPageMargin = 1000;
inline constexpr int kMinZoomPercent = 70;                 // 10-pt text at 7 pt
inline constexpr int kTaskRowMin = 500, kTaskRowMax = 900; // 19 to 34 px on screen

struct PageFit {
    int zoom_percent = 100;
    int task_row = kTaskRowMin; // the task rows' height
    int pages_across = 1;       // as far as this arithmetic sees (Calc makes the page breaks)
    int pages_down = 1;
};

// `width`: the printed columns; `top`: the rows above the first task, as laid out.
PageFit fit_page(int width, int top, std::size_t tasks);

// The width, in px, of a sheet as high as `top` plus `tasks` rows of the tallest height that has
// the proportions of the page's printable area.
int page_width_px(int top, std::size_t tasks);

} // namespace retroplan
