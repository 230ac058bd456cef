// Finding the task table and its settings on a whole sheet, as the rebuild command reads it
// (docs/scheduling-model.md §16): the header row is the first row whose cells name a duration
// column and an ID or name column; settings are label cells ("Deadline", "Date de lancement",
// "Go-live", …) with their value in the cell to their right or just below, above the table,
// beside it, or on its header row. Same recognition as the CLI and the functions.
#pragma once

#include "retroplan/table.hpp"

#include <optional>
#include <vector>

namespace retroplan {

std::optional<std::size_t> find_header_row(const std::vector<std::vector<Cell>>& rows);

// Level (model §12): whether the rebuilt timeline shows levelled dates ("Level | yes").
enum class Setting { Deadline, Holidays, Weekend, Start, AlertDays, Level };

std::optional<Setting> recognise_setting_label(std::string_view label);

// Whether `value` is a value of that setting's kind: a date (a number, as Calc holds dates, or
// text that reads as one) for the deadline, the start date and holidays; a weekend code
// (WORKDAY.INTL's) for the weekend; a number for the alert window; yes or no (read_yes_no) for
// levelling.
bool is_setting_value(Setting setting, const Cell& value, NullDate null_date);

// A yes/no setting: TRUE/FALSE, 1/0, or yes/no, oui/non, true/false, vrai/faux, on/off, x
// (case and accents ignored); nullopt for anything else.
std::optional<bool> read_yes_no(const Cell& value);

// The cells of a header row that are settings, not columns: each label whose right-hand cell
// holds a value of its kind ("Deadline | 2027-04-02"), with the cells of its value (a holiday
// label: every such value to its right). Column indexes, ascending. "Deadline" followed by a
// header, or by nothing, stays the due-date column.
std::vector<std::size_t> header_setting_cells(const std::vector<Cell>& header, NullDate null_date);

// Where a labelled value was read: the rows and columns it spans in the rows searched (a value
// right of its label: one row; below it: one column).
struct LabelledAt {
    std::size_t first_row = 0, last_row = 0, first_column = 0, last_column = 0;
    // Holidays right of a label above the table: every cell of the row as far as it was read, so
    // last_column is where the rows searched end, not the last holiday.
    bool to_row_end = false;
};

struct LabelledSettings {
    Cell deadline, weekend, start, alert_days, level;
    std::vector<Cell> holidays; // every non-empty cell right of (or below) the label
    bool has_deadline = false;
    // Where each was read (holidays: every cell right of the label, or below it), so
    // that a formula can read the same cells (the timeline's stale marker).
    std::optional<LabelledAt> deadline_at, weekend_at, start_at, holidays_at, alert_days_at,
        level_at;
};

// Label cells around the table whose header row is rows[header]: anywhere in the rows above it;
// on it, as header_setting_cells says; below it, beside the table only (in columns whose header
// cell is blank). A label's value is the cell to its right, else the one just below it (never a
// header or table cell); the first label of each setting, row by row, wins.
LabelledSettings find_labelled_settings(const std::vector<std::vector<Cell>>& rows,
                                        std::size_t header, NullDate null_date = std::nullopt);

} // namespace retroplan
