// Which sheets Retroplan wrote: those holding the sheet-scoped named expression
// RETROPLAN_TIMELINE that Rebuild adds to the timeline sheet it inserts. The marker
// goes with the sheet (renamed, copied, saved, deleted), so a sheet someone made is never taken
// for Retroplan's.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <rtl/ustring.hxx>

namespace retroplan::addin {

inline constexpr const char* kTimelineMarker = "RETROPLAN_TIMELINE";

bool is_timeline_sheet(const css::uno::Reference<css::uno::XInterface>& sheet);

// Adds the marker to a sheet Retroplan has just inserted.
void mark_timeline_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The timeline sheet: the one named "Retroplan" if several are marked, else the first marked;
// null when there is none.
css::uno::Reference<css::sheet::XSpreadsheet>
find_timeline_sheet(const css::uno::Reference<css::sheet::XSpreadsheets>& sheets);

} // namespace retroplan::addin
