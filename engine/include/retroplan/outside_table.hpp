// Predecessors a function's table range leaves out (docs/scheduling-model.md §14,
// predecessor_outside_table). A RETRO_* function reads only the range it is given while the
// rebuild reads the whole sheet, so a task typed below a fixed range ($A$1:$F$20) is unknown to
// the cells and known to the rebuild. When an unknown predecessor names an ID that sits in the
// table's ID column outside the range, the message says so, and how to take it in. The shell
// reads that column (bounded: the sheet's used area) only when the plan has unknown predecessors.
#pragma once

#include "retroplan/problem.hpp"
#include "retroplan/table.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace retroplan {

// The IDs the unknown_predecessor problems' entries may name (every reading of each entry, §3),
// to look for outside the table; empty when there is no such problem.
std::vector<std::string> unknown_predecessor_ids(const std::vector<Problem>& problems);

// An ID cell outside the table: the ID as the table would read it, and its sheet row.
struct OutsideId {
    std::string id;
    int row = 0;
};

// Adds to `found` each of `wanted` that `cells` (one column, from sheet row `first_row` down)
// holds and `found` lacks: the first row of each is kept when the column is read top down.
void find_outside_ids(const std::vector<Cell>& cells, int first_row,
                      const std::vector<std::string>& wanted, std::vector<OutsideId>& found);

// Turns each unknown_predecessor whose entry names one of `found` into
// predecessor_outside_table naming that ID, its row, `table` ("A1:E8") and the whole columns
// to use instead (`columns`, "$A:$E").
void locate_outside_table(std::vector<Problem>& problems, const std::vector<OutsideId>& found,
                          std::string_view table, std::string_view columns);

// "$A:$E" for a range whose columns are first_column .. last_column (0-based).
std::string whole_columns(int first_column, int last_column);

} // namespace retroplan
