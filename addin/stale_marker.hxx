// The summary's record of where and when the timeline was built, and its live freshness cell: a
// formula that recomputes the table's fingerprint (RETRO_FINGERPRINT, retroplan/fingerprint.hpp)
// from the same table and settings the rebuild read, and compares it with the one stored when the
// timeline was drawn: "up to date", or "out of date — rebuild" as soon as they differ.
#pragma once

#include "document_plan.hxx"
#include "timeline_words.hxx"

#include <com/sun/star/table/CellRangeAddress.hpp>

#include <optional>
#include <string>

namespace retroplan::addin {

// The task table as a formula reads it: the task sheet from the header row down, every column.
struct TableReference {
    css::table::CellRangeAddress address;
    ::rtl::OUString text; // "$'Tâches'.$A$4:$AMJ$1048576"
};
std::optional<TableReference> table_reference(const DocumentPlan& document);

// `=IF(IFERROR(RETRO_FINGERPRINT(table;deadline;…)=N;0);"up to date";"out of date — rebuild")`,
// each setting read where the rebuild read it (a named range or the cell right of its label).
::rtl::OUString freshness_formula(const DocumentPlan& document, const TableReference& table,
                                  const Words& w);

// "2027-03-01 09:30 from Tasks" (the office's local time), or the previous sheet's when it was
// built from the same sheet and its freshness cell still says "up to date": a rebuild that draws
// the same timeline changes nothing.
std::string built_text(const css::uno::Reference<css::sheet::XSpreadsheet>& previous,
                       const ::rtl::OUString& task_sheet, const Words& w);

} // namespace retroplan::addin
