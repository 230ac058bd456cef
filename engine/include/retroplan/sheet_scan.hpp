// Finding the task table and its settings on a whole sheet, as the rebuild command reads it:
// the header row is the first row whose cells name a duration column and an ID or name column;
// settings are label cells above it ("Deadline", "Date de lancement", …) with the value to their
// right. Same recognition as the CLI and the functions.
#pragma once

#include "retroplan/table.hpp"

#include <optional>
#include <vector>

namespace retroplan {

std::optional<std::size_t> find_header_row(const std::vector<std::vector<Cell>>& rows);

enum class Setting { Deadline, Holidays, Weekend, Start };

std::optional<Setting> recognise_setting_label(std::string_view label);

// Where a labelled value was read: the rows and columns it spans in the rows searched (a value
// right of its label: one row; below it: one column).
struct LabelledAt {
    std::size_t first_row = 0, last_row = 0, first_column = 0, last_column = 0;
};

struct LabelledSettings {
    Cell deadline, weekend, start;
    std::vector<Cell> holidays; // every non-empty cell right of the label
    bool has_deadline = false;
    // Where each was read (holidays: from the cell right of the label to the row's end), so
    // that a formula can read the same cells (the timeline's stale marker).
    std::optional<LabelledAt> deadline_at, weekend_at, start_at, holidays_at;
};

// Looks at rows [0, before_row) for label cells.
LabelledSettings find_labelled_settings(const std::vector<std::vector<Cell>>& rows,
                                        std::size_t before_row);

} // namespace retroplan
