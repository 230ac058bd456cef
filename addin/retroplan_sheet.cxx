#include "retroplan_sheet.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/table/CellAddress.hpp>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

constexpr const char* kMarkerName = "RETROPLAN_TIMELINE";
constexpr const char* kMarkerContent =
    "\"Retroplan timeline: Rebuild retroplan rewrites this sheet\"";
constexpr const char* kTableName = "RETROPLAN_TABLE";

uno::Reference<sheet::XNamedRanges> sheet_names(const uno::Reference<uno::XInterface>& sheet) {
    return uno::Reference<sheet::XNamedRanges>(
        uno::Reference<beans::XPropertySet>(sheet, uno::UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        uno::UNO_QUERY);
}

} // namespace

bool is_retroplan_sheet(const uno::Reference<uno::XInterface>& sheet) {
    const auto names = sheet_names(sheet);
    return names.is() && names->hasByName(OUString::createFromAscii(kMarkerName));
}

void mark_as_retroplan_sheet(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    sheet_names(sheet)->addNewByName(OUString::createFromAscii(kMarkerName),
                                     OUString::createFromAscii(kMarkerContent),
                                     table::CellAddress(), 0);
}

OUString find_retroplan_sheet(const uno::Reference<sheet::XSpreadsheets>& sheets) {
    const uno::Reference<container::XIndexAccess> all(sheets, uno::UNO_QUERY_THROW);
    OUString found;
    for (sal_Int32 i = 0; i < all->getCount(); ++i) {
        const uno::Reference<container::XNamed> sheet(all->getByIndex(i), uno::UNO_QUERY_THROW);
        if (!is_retroplan_sheet(sheet)) continue;
        if (sheet->getName() == "Retroplan") return sheet->getName();
        if (found.isEmpty()) found = sheet->getName();
    }
    return found;
}

std::optional<table::CellRangeAddress>
built_from(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    const auto names = sheet_names(sheet);
    const OUString key = OUString::createFromAscii(kTableName);
    if (!names.is() || !names->hasByName(key)) return std::nullopt;
    const uno::Reference<sheet::XCellRangeReferrer> referrer(names->getByName(key), uno::UNO_QUERY);
    const uno::Reference<sheet::XCellRangeAddressable> cells(
        referrer.is() ? referrer->getReferredCells() : nullptr, uno::UNO_QUERY);
    if (!cells.is()) return std::nullopt; // #REF!: the task sheet is gone
    return cells->getRangeAddress();
}

void remember_built_from(const uno::Reference<sheet::XSpreadsheet>& sheet,
                         const table::CellRangeAddress& range, const OUString& reference) {
    // Each change to a named range is an undo action: none when it already holds the table.
    const auto now = built_from(sheet);
    if (now && now->Sheet == range.Sheet && now->StartColumn == range.StartColumn &&
        now->StartRow == range.StartRow && now->EndColumn == range.EndColumn &&
        now->EndRow == range.EndRow)
        return;
    const auto names = sheet_names(sheet);
    const OUString key = OUString::createFromAscii(kTableName);
    if (names->hasByName(key))
        uno::Reference<sheet::XNamedRange>(names->getByName(key), uno::UNO_QUERY_THROW)
            ->setContent(reference);
    else
        names->addNewByName(key, reference, table::CellAddress(), 0);
}

} // namespace retroplan::addin
