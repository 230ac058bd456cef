// Reads what the rebuild command needs from a document: the task sheet (chosen as
// retroplan/task_sheet.hpp says, never a sheet Retroplan wrote), bounded: its header row and the
// labels above it from the top-left part, then the table's recognised columns only
// (task_table.hxx); and the named settings, clipped to their sheet's used area.
#pragma once

#include "retroplan/rebuild_plan.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <rtl/ustring.hxx>

namespace retroplan::addin {

struct TaskSheet {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet; // null: no sheet qualifies
    ::rtl::OUString name;
    sal_Int16 index = 0;
};

TaskSheet find_task_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                          const css::uno::Reference<css::frame::XModel>& model);

// Named ranges RETRO_DEADLINE, RETRO_HOLIDAYS, RETRO_WEEKEND, RETRO_START, RETRO_ALERT_DAYS,
// when defined.
NamedSettings read_named_settings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// `table`, when given, receives where the table was found: its header row down, the used columns.
RebuildInput read_rebuild_input(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                const TaskSheet& tasks, Date null_date,
                                css::table::CellRangeAddress* table = nullptr);

} // namespace retroplan::addin
