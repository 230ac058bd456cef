#include "sheet_page.hxx"

#include "retroplan/timeline_fit.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include <utility>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

uno::Reference<beans::XPropertySet>
landscape_page_style(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                     const uno::Reference<sheet::XSpreadsheet>& sheet, const OUString& name) {
    const uno::Reference<style::XStyleFamiliesSupplier> families(doc, uno::UNO_QUERY_THROW);
    const uno::Reference<container::XNameContainer> pages(
        families->getStyleFamilies()->getByName("PageStyles"), uno::UNO_QUERY_THROW);
    if (!pages->hasByName(name)) {
        const uno::Reference<lang::XMultiServiceFactory> factory(doc, uno::UNO_QUERY_THROW);
        pages->insertByName(name,
                            uno::Any(factory->createInstance("com.sun.star.style.PageStyle")));
    }
    const uno::Reference<beans::XPropertySet> style(pages->getByName(name), uno::UNO_QUERY_THROW);
    const std::pair<const char*, uno::Any> properties[] = {
        {"IsLandscape", uno::Any(true)},
        {"Width", uno::Any(sal_Int32(kPageWidth))},
        {"Height", uno::Any(sal_Int32(kPageHeight))},
        {"LeftMargin", uno::Any(sal_Int32(kPageMargin))},
        {"RightMargin", uno::Any(sal_Int32(kPageMargin))},
        {"TopMargin", uno::Any(sal_Int32(kPageMargin))},
        {"BottomMargin", uno::Any(sal_Int32(kPageMargin))},
        {"HeaderIsOn", uno::Any(false)},
        {"FooterIsOn", uno::Any(false)},
    };
    for (const auto& [property, value] : properties)
        style->setPropertyValue(OUString::createFromAscii(property), value);
    uno::Reference<beans::XPropertySet>(sheet, uno::UNO_QUERY_THROW)
        ->setPropertyValue("PageStyle", uno::Any(name));
    return style;
}

void set_wide_page(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                   const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 first_title_row,
                   sal_Int32 last_title_row) {
    const auto style = landscape_page_style(doc, sheet, OUString::createFromAscii(kWidePageStyle));
    // One page wide, as many pages down as the rows need (0: no limit).
    style->setPropertyValue("ScaleToPagesX", uno::Any(sal_Int16(1)));
    style->setPropertyValue("ScaleToPagesY", uno::Any(sal_Int16(0)));

    const uno::Reference<sheet::XPrintAreas> print(sheet, uno::UNO_QUERY_THROW);
    const bool titles = last_title_row >= first_title_row;
    if (titles) {
        const sal_Int16 tab =
            uno::Reference<sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
                ->getRangeAddress()
                .Sheet;
        print->setTitleRows(table::CellRangeAddress(tab, 0, first_title_row, 0, last_title_row));
    }
    print->setPrintTitleRows(titles);
    print->setPrintTitleColumns(false);
}

} // namespace retroplan::addin
