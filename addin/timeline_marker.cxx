#include "timeline_marker.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

// What the marker holds: read by nobody, but telling to whoever finds it in Manage Names.
constexpr const char* kMarkerContent =
    "\"Retroplan timeline: Rebuild retroplan rewrites this sheet\"";

// The sheet's own named expressions; null for what is no sheet.
uno::Reference<sheet::XNamedRanges> sheet_names(const uno::Reference<uno::XInterface>& sheet) {
    const uno::Reference<beans::XPropertySet> props(sheet, uno::UNO_QUERY);
    return props.is() ? uno::Reference<sheet::XNamedRanges>(props->getPropertyValue("NamedRanges"),
                                                            uno::UNO_QUERY)
                      : nullptr;
}

} // namespace

bool is_timeline_sheet(const uno::Reference<uno::XInterface>& sheet) {
    const uno::Reference<sheet::XNamedRanges> names = sheet_names(sheet);
    return names.is() && names->hasByName(::rtl::OUString::createFromAscii(kTimelineMarker));
}

void mark_timeline_sheet(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    const uno::Reference<sheet::XNamedRanges> names = sheet_names(sheet);
    if (!names.is()) throw uno::RuntimeException("Retroplan: the timeline sheet has no names");
    names->addNewByName(::rtl::OUString::createFromAscii(kTimelineMarker),
                        ::rtl::OUString::createFromAscii(kMarkerContent), table::CellAddress(), 0);
}

uno::Reference<sheet::XSpreadsheet>
find_timeline_sheet(const uno::Reference<sheet::XSpreadsheets>& sheets) {
    const uno::Reference<container::XIndexAccess> all(sheets, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> found;
    for (sal_Int32 i = 0; i < all->getCount(); ++i) {
        const uno::Reference<sheet::XSpreadsheet> sheet(all->getByIndex(i), uno::UNO_QUERY_THROW);
        if (!is_timeline_sheet(sheet)) continue;
        if (uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName() ==
            "Retroplan")
            return sheet;
        if (!found.is()) found = sheet;
    }
    return found;
}

} // namespace retroplan::addin
