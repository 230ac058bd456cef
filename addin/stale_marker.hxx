// The summary's record of where and when the timeline was built, and its live freshness cell: a
// formula that recomputes the fingerprint of the rebuild's inputs (RETRO_FINGERPRINT,
// retroplan/fingerprint.hpp) from the same table and settings the rebuild read, and compares it
// with the one stored when the sheets were written: "up to date", or "out of date — rebuild" as
// soon as they differ, "up to date" again when every input is back to what was read.
#pragma once

#include "document_plan.hxx"
#include "timeline_words.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <cstdint>
#include <optional>
#include <string>

namespace retroplan::addin {

// The task table as a formula reads it: the task sheet from the header row down, every column.
struct TableReference {
    css::table::CellRangeAddress address;
    ::rtl::OUString text; // "$'Tâches'.$A$4:$AMJ$1048576"
};
std::optional<TableReference> table_reference(const DocumentPlan& document);

// `=IF(IFERROR(RETRO_FINGERPRINT(table;deadline;holidays;weekend;start;alert days;level;capacity)
// =N;0);"up to date";"out of date — rebuild")`, each setting read where the rebuild read it (a
// named range or the cell right of its label), trailing unread ones left out.
::rtl::OUString freshness_formula(const DocumentPlan& document, const TableReference& table,
                                  const Words& w);

// RETRO_FINGERPRINT's number: the plan as the function read it, its settings, its AlertDays,
// Level and Capacity arguments (void: not set; Capacity void reads the named
// range RETRO_CAPACITY, as the rebuild does). BadInput for a Level that is neither yes nor no.
std::uint64_t fingerprint_of_arguments(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                       const PlanInput& plan, SettingsInput settings,
                                       const css::uno::Any& alert_days, const css::uno::Any& level,
                                       const css::uno::Any& capacity);

// "2027-03-01 09:30 from Tasks" (the office's local time), or the previous sheet's when it was
// built from the same sheet and its freshness cell still says "up to date": a rebuild that draws
// the same timeline changes nothing.
std::string built_text(const css::uno::Reference<css::sheet::XSpreadsheet>& previous,
                       const ::rtl::OUString& task_sheet, const Words& w);

} // namespace retroplan::addin
