#include "timeline_marker.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>

namespace retroplan::addin {

using namespace css;

bool is_timeline_sheet(const uno::Reference<uno::XInterface>& sheet) {
    const uno::Reference<beans::XPropertySet> props(sheet, uno::UNO_QUERY);
    if (!props.is()) return false;
    const uno::Reference<sheet::XNamedRanges> names(props->getPropertyValue("NamedRanges"),
                                                    uno::UNO_QUERY);
    return names.is() && names->hasByName(::rtl::OUString::createFromAscii(kTimelineMarker));
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
