#include "timeline_sheet.hxx"

#include "timeline_sections.hxx"
#include "ui_language.hxx"

#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include "retroplan/status.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace retroplan::addin {

using namespace css;

namespace {

sal_Int32 date_format(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    const uno::Reference<util::XNumberFormatsSupplier> supplier(doc, uno::UNO_QUERY_THROW);
    const uno::Reference<util::XNumberFormatTypes> types(supplier->getNumberFormats(),
                                                         uno::UNO_QUERY_THROW);
    return types->getStandardFormat(util::NumberFormat::DATE, document_locale(doc));
}

} // namespace

sal_Int32 Layout::top_height() const {
    return kTitleRowHeight + (first_task_row - 1) * kRowHeight;
}

Layout layout_for(const RebuildPlan& plan) {
    Layout l;
    if (!plan.schedule || !plan.schedule->follow_up) return l;
    l.follow_up = true;
    l.counts_row = kAfterSummaryRow;
    l.alert_row = l.counts_row + 1;
    const auto alerts = sal_Int32(alert_list(*plan.schedule->follow_up).size());
    l.alert_rows = std::min(alerts, kMaxAlertRows);
    l.legend_row = l.alert_row + 1 + l.alert_rows;
    l.first_header_row = l.legend_row + 1;
    l.first_task_row = l.first_header_row + kHeaderRows;
    l.task_columns = kTaskColumnCount + 1;
    l.spacer_column = l.task_columns;
    l.first_grid_column = l.spacer_column + 1;
    return l;
}

WrittenTimeline write_timeline_sheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                                     const uno::Reference<sheet::XSpreadsheet>& sheet,
                                     const RebuildPlan& plan, Date null_date, Lang lang,
                                     const TimelineSource& source) {
    const auto tasks = sal_Int32(plan.plan.tasks.size());
    const Layout layout = layout_for(plan);
    const SheetContext cx{.plan = plan,
                          .words = words_for(lang),
                          .lang = lang,
                          .layout = layout,
                          .null_date = null_date,
                          .date_format =
                              source.date_format >= 0 ? source.date_format : date_format(doc),
                          .tasks = tasks,
                          .last_row = layout.first_task_row + std::max<sal_Int32>(tasks, 1) - 1};
    Painter p(sheet, uno::Reference<lang::XMultiServiceFactory>(doc, uno::UNO_QUERY_THROW));

    // The task columns first: how wide they are decides the time scale.
    const auto widths = write_task_columns(p, cx);
    const sal_Int32 left = std::accumulate(widths.begin(), widths.end(), kSpacerWidth);
    const GridFit grid = fit_grid(timeline_range(cx.schedule()), int(left / kHmmPerPx),
                                  page_width_px(layout.top_height(), std::size_t(tasks)));
    const Timeline t =
        layout_timeline(plan.plan, cx.schedule(), plan.settings->calendar, grid.scale, plan.today);

    write_summary(p, cx, source);
    if (layout.follow_up) write_follow_up(p, cx);
    write_legend(p, cx, t);
    write_grid_header(p, cx, t, grid.column_px);
    write_grid_marks(p, cx, t);
    p.apply();

    const auto width =
        left + sal_Int32(std::lround(double(t.columns.size()) * grid.column_px * kHmmPerPx));
    const PageFit page = fit_page(width, layout.top_height(), std::size_t(tasks));
    set_geometry(p, cx, t, grid, page);
    set_page_style(doc, sheet, cx, t, page);
    return {layout, t, grid, cx.date_format};
}

} // namespace retroplan::addin
