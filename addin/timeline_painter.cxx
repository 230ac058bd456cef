#include "timeline_painter.hxx"

#include "uno_convert.hxx"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <algorithm>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

Painter::Painter(uno::Reference<sheet::XSpreadsheet> sheet,
                 uno::Reference<lang::XMultiServiceFactory> document)
    : sheet_(std::move(sheet)), document_(std::move(document)),
      tab_(uno::Reference<sheet::XCellRangeAddressable>(sheet_, uno::UNO_QUERY_THROW)
               ->getRangeAddress()
               .Sheet) {}

uno::Reference<beans::XPropertySet> Painter::range(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1,
                                                   sal_Int32 r1) const {
    return uno::Reference<beans::XPropertySet>(sheet_->getCellRangeByPosition(c0, r0, c1, r1),
                                               uno::UNO_QUERY_THROW);
}

void Painter::set(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1, const char* property,
                  const uno::Any& value) const {
    range(c0, r0, c1, r1)->setPropertyValue(OUString::createFromAscii(property), value);
}

void Painter::gather(const char* property, const uno::Any& value, sal_Int32 c0, sal_Int32 r0,
                     sal_Int32 c1, sal_Int32 r1) {
    const OUString name = OUString::createFromAscii(property);
    auto g = std::find_if(groups_.begin(), groups_.end(),
                          [&](const Group& x) { return x.property == name && x.value == value; });
    if (g == groups_.end()) g = groups_.insert(groups_.end(), Group{name, value, {}});
    g->ranges.push_back(table::CellRangeAddress(tab_, c0, r0, c1, r1));
}

void Painter::apply() {
    for (const Group& g : groups_) {
        const uno::Reference<sheet::XSheetCellRangeContainer> ranges(
            document_->createInstance("com.sun.star.sheet.SheetCellRanges"), uno::UNO_QUERY_THROW);
        ranges->addRangeAddresses(
            uno::Sequence<table::CellRangeAddress>(g.ranges.data(), sal_Int32(g.ranges.size())),
            false);
        uno::Reference<beans::XPropertySet>(ranges, uno::UNO_QUERY_THROW)
            ->setPropertyValue(g.property, g.value);
    }
    groups_.clear();
}

// Cell by cell, not setDataArray: in LibreOffice 7.4 undoing a setDataArray (or setFormulaArray)
// leaves the values it wrote into cells that were empty before (reproduced with the plain API),
// and the rebuild must undo as one clean step.
void Painter::text(sal_Int32 c, sal_Int32 r, std::string_view s) const {
    if (s.empty()) return;
    uno::Reference<text::XTextRange>(sheet_->getCellByPosition(c, r), uno::UNO_QUERY_THROW)
        ->setString(to_ouString(s));
}

void Painter::number(sal_Int32 c, sal_Int32 r, double v) const {
    sheet_->getCellByPosition(c, r)->setValue(v);
}

void Painter::formula(sal_Int32 c, sal_Int32 r, const OUString& f) const {
    sheet_->getCellByPosition(c, r)->setFormula(f);
}

void Painter::runs(sal_Int32 c, sal_Int32 r, const std::vector<TextRun>& parts) const {
    std::string all;
    for (const TextRun& p : parts)
        all.append(p.text);
    const uno::Reference<text::XText> cell(sheet_->getCellByPosition(c, r), uno::UNO_QUERY_THROW);
    cell->setString(to_ouString(all));
    // Color each part through a cursor over the text just written, counted in UTF-16 units.
    const uno::Reference<text::XTextCursor> cursor = cell->createTextCursor();
    cursor->gotoStart(false);
    for (const TextRun& p : parts) {
        const auto length = sal_Int16(to_ouString(p.text).getLength());
        cursor->goRight(length, true);
        if (p.color >= 0)
            uno::Reference<beans::XPropertySet>(cursor, uno::UNO_QUERY_THROW)
                ->setPropertyValue("CharColor", uno::Any(p.color));
        cursor->collapseToEnd();
    }
}

void Painter::comment(sal_Int32 c, sal_Int32 r, std::string_view s) const {
    uno::Reference<sheet::XSheetAnnotationsSupplier>(sheet_, uno::UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(table::CellAddress(tab_, c, r), to_ouString(s));
}

} // namespace retroplan::addin
