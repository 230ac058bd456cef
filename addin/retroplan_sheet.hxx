// Retroplan's own sheets. A sheet is Retroplan's timeline sheet when it holds the sheet-scoped
// named expression RETROPLAN_TIMELINE, which Rebuild adds to the sheet it inserts: it goes with the
// sheet (renamed, copied, saved, deleted), so a sheet someone made is never taken for Retroplan's,
// whatever its name or history, and a sheet Retroplan wrote is never read as a task table. The
// sheet also remembers the table it was built from: the sheet-scoped named range RETROPLAN_TABLE,
// a reference that Calc keeps right when the task sheet is renamed or moved, or rows are inserted
// above the table (#REF! once the task sheet is deleted).
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <rtl/ustring.hxx>

#include <optional>

namespace retroplan::addin {

// Retroplan's other sheets (Workload, Risk) are marked the same way, each by its own sheet-scoped
// named expression: `marker` is its name, `content` what whoever finds it in Manage Names reads.
bool is_marked(const css::uno::Reference<css::uno::XInterface>& sheet, const char* marker);
void mark(const css::uno::Reference<css::uno::XInterface>& sheet, const char* marker,
          const char* content);
// The sheet carrying `marker`: the one named `preferred` if several do, else the first; null when
// none does.
css::uno::Reference<css::sheet::XSpreadsheet>
find_marked(const css::uno::Reference<css::sheet::XSpreadsheets>& sheets, const char* marker,
            const ::rtl::OUString& preferred);

// Whether a sheet (or a workbook's structure) is protected: the user's word, never written through.
bool is_protected(const css::uno::Reference<css::uno::XInterface>& object);

bool is_timeline_sheet(const css::uno::Reference<css::uno::XInterface>& sheet);

// Adds the marker to a sheet Retroplan has just inserted.
void mark_timeline_sheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The timeline sheet: the one named "Retroplan" if several are marked, else the first marked;
// null when there is none.
css::uno::Reference<css::sheet::XSpreadsheet>
find_timeline_sheet(const css::uno::Reference<css::sheet::XSpreadsheets>& sheets);

// The table the sheet was built from, while its reference holds.
std::optional<css::table::CellRangeAddress>
built_from(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Remembers `range`, written `reference` (e.g. "$'Tâches'.$A$4:$AMJ$1048576"), as the table the
// sheet was built from; nothing changes when it already does.
void remember_built_from(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                         const css::table::CellRangeAddress& range,
                         const ::rtl::OUString& reference);

} // namespace retroplan::addin
