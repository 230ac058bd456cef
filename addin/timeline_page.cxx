// Row heights, grid column widths, and the page style and print ranges (retroplan/timeline_fit.hpp
// says how they are chosen): the sheet fits a 1600-px window at 100 % and fills a landscape A4
// page, its header rows and task columns repeated on every page.
#include "sheet_page.hxx"
#include "timeline_sections.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>

#include <cmath>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

uno::Reference<beans::XPropertySet> columns_of(Painter& p, sal_Int32 c0, sal_Int32 c1) {
    return uno::Reference<beans::XPropertySet>(
        uno::Reference<table::XColumnRowRange>(p.range(c0, 0, c1, 0), uno::UNO_QUERY_THROW)
            ->getColumns(),
        uno::UNO_QUERY_THROW);
}

uno::Reference<beans::XPropertySet> rows_of(Painter& p, sal_Int32 r0, sal_Int32 r1) {
    return uno::Reference<beans::XPropertySet>(
        uno::Reference<table::XColumnRowRange>(p.range(0, r0, 0, r1), uno::UNO_QUERY_THROW)
            ->getRows(),
        uno::UNO_QUERY_THROW);
}

} // namespace

void set_geometry(Painter& p, const SheetContext& cx, const Timeline& t, const GridFit& grid,
                  const PageFit& page) {
    const Layout& l = cx.layout;
    columns_of(p, l.spacer_column, l.spacer_column)
        ->setPropertyValue("Width", uno::Any(kSpacerWidth));
    const auto last = l.first_grid_column + sal_Int32(t.columns.size()) - 1;
    columns_of(p, l.first_grid_column, last)
        ->setPropertyValue("Width", uno::Any(sal_Int32(std::lround(grid.column_px * kHmmPerPx))));
    rows_of(p, 0, 0)->setPropertyValue("Height", uno::Any(kTitleRowHeight));
    rows_of(p, 1, l.first_task_row - 1)->setPropertyValue("Height", uno::Any(kRowHeight));
    if (cx.tasks > 0) {
        rows_of(p, l.first_task_row, cx.last_row)
            ->setPropertyValue("Height", uno::Any(sal_Int32(page.task_row)));
        // Text in the middle of rows taller than it.
        p.set(0, l.first_task_row, last, cx.last_row, "VertJustify",
              uno::Any(sal_Int32(table::CellVertJustify2::CENTER)));
    }
}

void set_page_style(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                    const uno::Reference<sheet::XSpreadsheet>& sheet, const SheetContext& cx,
                    const Timeline& t, const PageFit& page) {
    const auto style = landscape_page_style(doc, sheet, "Retroplan");
    const std::pair<const char*, uno::Any> properties[] = {
        {"CenterHorizontally", uno::Any(true)},
        // A zoom, not "fit to N pages": Calc never enlarges to fit, and the zoom keeps the text
        // at 7 pt or more whatever the number of pages.
        {"ScaleToPages", uno::Any(sal_Int16(0))},
        {"ScaleToPagesX", uno::Any(sal_Int16(0))},
        {"ScaleToPagesY", uno::Any(sal_Int16(0))},
        {"PageScale", uno::Any(sal_Int16(page.zoom_percent))},
    };
    for (const auto& [property, value] : properties)
        style->setPropertyValue(OUString::createFromAscii(property), value);

    // The whole sheet is printed; the header rows and the task columns (with the spacer) on
    // every page.
    const uno::Reference<sheet::XPrintAreas> print(sheet, uno::UNO_QUERY_THROW);
    const sal_Int16 tab = uno::Reference<sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
                              ->getRangeAddress()
                              .Sheet;
    const Layout& l = cx.layout;
    const auto last_column = l.first_grid_column + sal_Int32(t.columns.size()) - 1;
    uno::Sequence<table::CellRangeAddress> areas(1);
    areas[0] = table::CellRangeAddress(tab, 0, 0, last_column, cx.last_row);
    print->setPrintAreas(areas);
    print->setTitleRows(table::CellRangeAddress(tab, 0, l.first_header_row, 0,
                                                l.first_header_row + kHeaderRows - 1));
    print->setPrintTitleRows(true);
    print->setTitleColumns(table::CellRangeAddress(tab, 0, 0, l.spacer_column, 0));
    print->setPrintTitleColumns(true);
}

} // namespace retroplan::addin
