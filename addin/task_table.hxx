// Reads a task table from a range of a sheet, bounded: its header row (the range's first row,
// clipped to the used area, read as typed: a formula there is no header and is not run) is
// recognised with the engine's recognise_columns, then only the recognised columns are read, each
// block down to its last used row, in chunks. Columns whose header
// Retroplan does not recognise (where RETRO_* results go) are never read: their formulas are not
// run by the read, and a whole-column or whole-sheet reference costs what the table holds.
#pragma once

#include "sheet_cells.hxx"

#include "retroplan/outside_table.hpp"
#include "retroplan/table.hpp"

namespace retroplan::addin {

struct TaskTable {
    PlanInput plan;
    // What a change to must re-read the table: the range's header row, and its recognised
    // columns over the range's whole height (rows added below the data count).
    std::vector<CellRect> watched;
    // A recognised cell that showed Err:522: a formula there depends on the table itself.
    std::optional<std::string> circular_cell;
    std::size_t cells_read = 0;
    sal_Int32 id_column = -1; // the sheet column of the ID header; -1 without one
};

// `range` on `sheet`; the header is its first row. Refused (table_too_large) past max_cells.
TaskTable read_task_table(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                          const css::uno::Reference<css::util::XNumberFormatsSupplier>& document,
                          const CellRect& range, NullDate null_date,
                          std::size_t max_cells = kMaxTableCells);

// Where the table's ID column holds each of `wanted` outside `range` (above it, then below it,
// within the sheet's used area, read in chunks), for predecessor_outside_table. What it read is
// added to `watched`: a change there must re-read the table.
std::vector<OutsideId>
read_outside_ids(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const css::uno::Reference<css::util::XNumberFormatsSupplier>& document,
                 const CellRect& range, sal_Int32 id_column, const std::vector<std::string>& wanted,
                 std::vector<CellRect>& watched);

} // namespace retroplan::addin
