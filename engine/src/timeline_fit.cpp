#include "retroplan/timeline_fit.hpp"

#include <algorithm>
#include <cmath>

namespace retroplan {

ColumnWidth column_width(TimeScale scale) {
    switch (scale) {
    case TimeScale::Day:
        return {.min_px = 22, .max_px = 32}; // "30" in 10-pt bold, centred
    case TimeScale::Week:
        return {.min_px = 22, .max_px = 60}; // a week number
    case TimeScale::Month:
        return {.min_px = 36, .max_px = 80}; // "sept." in 10 pt
    }
    return {22, 32};
}

GridFit fit_grid(const TimelineRange& range, int left_px, int wanted_px, int cells_px) {
    const int room = std::max(0, cells_px - left_px);
    const int wanted = std::max(0, std::min(wanted_px, cells_px) - left_px);
    for (const TimeScale scale : {TimeScale::Day, TimeScale::Week, TimeScale::Month}) {
        const auto columns = int(range.columns(scale));
        const ColumnWidth w = column_width(scale);
        if (columns * w.min_px <= room || scale == TimeScale::Month)
            return {.scale = scale,
                    .column_px = std::clamp(wanted / std::max(columns, 1), w.min_px, w.max_px)};
    }
    return {};
}

int page_width_px(int top, std::size_t tasks) {
    const double height = top + double(std::max<std::size_t>(tasks, 1)) * kTaskRowMax;
    const double ratio = double(kPageWidth - 2 * kPageMargin) / (kPageHeight - 2 * kPageMargin);
    return int(height * ratio / kHmmPerPx);
}

PageFit fit_page(int width, int top, std::size_t tasks) {
    constexpr double page_w = kPageWidth - 2 * kPageMargin, page_h = kPageHeight - 2 * kPageMargin;
    // Calc lays the page out in twips of its own rounding: leave it 2 % so that the last column
    // stays on the page.
    constexpr double slack = 0.98, min_zoom = kMinZoomPercent / 100.0;
    const double n = double(std::max<std::size_t>(tasks, 1));
    PageFit fit;
    const double zoom_w = std::min(4.0, slack * page_w / std::max(width, 1));
    double zoom = zoom_w;
    if (zoom_w < min_zoom) {
        // Wider than a page at 70 %: several pages across, each as full as 70 % makes it.
        zoom = min_zoom;
        fit.task_row = kTaskRowMin;
        fit.pages_across = int(std::ceil(width * zoom / page_w));
    } else {
        // Rows tall enough for the sheet to fill the page's height at the width's zoom.
        const double wanted = (slack * page_h / zoom_w - top) / n;
        fit.task_row = int(std::clamp(wanted, double(kTaskRowMin), double(kTaskRowMax)));
        const double zoom_h = slack * page_h / (top + n * fit.task_row);
        // Shrinking a little keeps a plan on one page; much, and it goes on over several pages
        // at the width's zoom instead.
        if (zoom_h < zoom_w && zoom_h >= std::max(min_zoom, 0.85 * zoom_w)) zoom = zoom_h;
    }
    fit.zoom_percent = int(std::floor(zoom * 100));
    fit.pages_down = int(std::ceil((top + n * fit.task_row) * fit.zoom_percent / 100.0 / page_h));
    return fit;
}

} // namespace retroplan
