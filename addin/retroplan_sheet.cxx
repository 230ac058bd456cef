#include "retroplan_sheet.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

constexpr const char* kTimelineMarker = "RETROPLAN_TIMELINE";
// What the marker holds: read by nobody, but telling to whoever finds it in Manage Names.
constexpr const char* kMarkerContent =
    "\"Retroplan timeline: Rebuild retroplan rewrites this sheet\"";
constexpr const char* kTableName = "RETROPLAN_TABLE";

// The sheet's own named expressions; null for what is no sheet.
uno::Reference<sheet::XNamedRanges> sheet_names(const uno::Reference<uno::XInterface>& sheet) {
    const uno::Reference<beans::XPropertySet> props(sheet, uno::UNO_QUERY);
    return props.is() ? uno::Reference<sheet::XNamedRanges>(props->getPropertyValue("NamedRanges"),
                                                            uno::UNO_QUERY)
                      : nullptr;
}

uno::Reference<sheet::XNamedRanges> own_names(const uno::Reference<uno::XInterface>& sheet) {
    const uno::Reference<sheet::XNamedRanges> names = sheet_names(sheet);
    if (!names.is()) throw uno::RuntimeException("Retroplan: the sheet has no names");
    return names;
}

} // namespace

bool is_marked(const uno::Reference<uno::XInterface>& sheet, const char* marker) {
    const uno::Reference<sheet::XNamedRanges> names = sheet_names(sheet);
    return names.is() && names->hasByName(OUString::createFromAscii(marker));
}

void mark(const uno::Reference<uno::XInterface>& sheet, const char* marker, const char* content) {
    own_names(sheet)->addNewByName(OUString::createFromAscii(marker),
                                   OUString::createFromAscii(content), table::CellAddress(), 0);
}

uno::Reference<sheet::XSpreadsheet> find_marked(const uno::Reference<sheet::XSpreadsheets>& sheets,
                                                const char* marker, const OUString& preferred) {
    const uno::Reference<container::XIndexAccess> all(sheets, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> found;
    for (sal_Int32 i = 0; i < all->getCount(); ++i) {
        const uno::Reference<sheet::XSpreadsheet> sheet(all->getByIndex(i), uno::UNO_QUERY_THROW);
        if (!is_marked(sheet, marker)) continue;
        if (uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName() == preferred)
            return sheet;
        if (!found.is()) found = sheet;
    }
    return found;
}

bool is_protected(const uno::Reference<uno::XInterface>& object) {
    const uno::Reference<util::XProtectable> protectable(object, uno::UNO_QUERY);
    return protectable.is() && protectable->isProtected();
}

bool is_timeline_sheet(const uno::Reference<uno::XInterface>& sheet) {
    return is_marked(sheet, kTimelineMarker);
}

void mark_timeline_sheet(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    mark(sheet, kTimelineMarker, kMarkerContent);
}

uno::Reference<sheet::XSpreadsheet>
find_timeline_sheet(const uno::Reference<sheet::XSpreadsheets>& sheets) {
    return find_marked(sheets, kTimelineMarker, "Retroplan");
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
    const auto names = own_names(sheet);
    const OUString key = OUString::createFromAscii(kTableName);
    if (names->hasByName(key))
        uno::Reference<sheet::XNamedRange>(names->getByName(key), uno::UNO_QUERY_THROW)
            ->setContent(reference);
    else
        names->addNewByName(key, reference, table::CellAddress(), 0);
}

} // namespace retroplan::addin
