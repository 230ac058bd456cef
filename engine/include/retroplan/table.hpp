// The task table as a user writes it (CSV file or Calc range), and its reading into task inputs.
// The same header recognition serves the CLI, the Calc functions and the rebuild command.
#pragma once

#include "retroplan/date.hpp"
#include "retroplan/problem.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace retroplan {

// One cell: CSV gives text; Calc gives numbers, text, booleans, errors or empty cells.
// A boolean is not a number (TRUE is not one day) and an error is never read as empty.
struct Cell {
    enum class Kind : unsigned char { Empty, Text, Number, Boolean, Error };
    Kind kind = Kind::Empty;
    double number = 0; // Number; Boolean: 0 or 1
    std::string text;  // Text; Error: the error as Calc shows it ("#DIV/0!", "Err:502")

    static Cell of_text(std::string t) { return {Kind::Text, 0, std::move(t)}; }
    static Cell of_number(double n) { return {Kind::Number, n, {}}; }
    static Cell of_boolean(bool b) { return {Kind::Boolean, b ? 1.0 : 0.0, {}}; }
    static Cell of_error(std::string name) { return {Kind::Error, 0, std::move(name)}; }
    bool blank() const;
    bool is_error() const { return kind == Kind::Error; }
    bool operator==(const Cell&) const = default;
};

struct Table {
    std::vector<std::vector<Cell>> rows;    // rows[0] is the header
    int first_row = 1;                      // the row number the user sees for rows[0]
    std::vector<std::string> column_labels; // optional, e.g. "C" in Calc; prefixed to column names
};

// The columns Retroplan recognises (§ = a section of docs/scheduling-model.md). The first seven
// make the plan (§2-3) and have their own members in TaskInput; the others are optional and kept
// only when the table has them.
enum class Field {
    Id,
    Name,
    Duration,
    Predecessors,
    Buffer,
    Owner,
    Due,
    ActualStart, // following the plan (§8-9)
    ActualEnd,
    Progress,
    BaselineStart,
    BaselineEnd,
    Accountable, // owners (§12): RACI besides the owner (R), and the owner's allocation
    Consulted,
    Informed,
    Allocation,
    Optimistic, // risk (§13): three-point durations
    MostLikely,
    Pessimistic,
};
inline constexpr std::size_t kFieldCount = 19;
inline constexpr std::size_t kCoreFieldCount = 7; // Id .. Due

// The header a column of that field gets when Retroplan names it (messages, new columns).
std::string_view field_name(Field f, Lang lang = Lang::En);

// Which column (0-based) holds each field, recognised by header text in English or French.
struct ColumnMap {
    std::array<int, kFieldCount> index = [] {
        std::array<int, kFieldCount> a{};
        a.fill(-1);
        return a;
    }();
    std::vector<int> extra; // unrecognised, non-empty headers, carried through
    // The headers' language: French when more of them are French spellings than English ones
    // ("ID" or "Description" count for neither).
    Lang lang = Lang::En;
    int at(Field f) const { return index[std::size_t(f)]; }
    bool has(Field f) const { return at(f) >= 0; }
    // A header row names a duration column and an ID or a name column.
    bool is_task_header() const {
        return has(Field::Duration) && (has(Field::Id) || has(Field::Name));
    }
};

std::optional<Field> recognise_header(std::string_view header);
ColumnMap recognise_columns(const std::vector<Cell>& header);

// One task row, still as written (values are parsed and checked by the scheduler).
struct TaskInput {
    int row = 0;
    std::string id;
    std::string name;
    Cell duration;
    std::string predecessors;
    Cell buffer;
    Cell due;
    std::string owner;
    std::vector<Cell> optional;     // the optional columns the table has, see PlanInput
    std::vector<std::string> extra; // unrecognised columns, carried through
    std::uint32_t error_fields = 0; // bit f: the cell of Field f held an error (reported)
    bool has_error(Field f) const { return (error_fields >> unsigned(f)) & 1u; }
    bool operator==(const TaskInput&) const = default;
};

struct PlanInput {
    std::vector<TaskInput> tasks;
    std::array<std::string, kFieldCount> column_names; // as the user wrote them, for messages
    std::vector<std::string> extra_headers;
    std::vector<Problem> problems; // problems found while reading the table
    NullDate null_date;            // for date cells given as serial numbers
    // The language of the table's headers: words Retroplan writes about this table (status
    // words, new column headers) follow it, so a shared workbook reads the same everywhere.
    Lang lang = Lang::En;
    // Where each optional field sits in TaskInput::optional; -1 when the table lacks it.
    std::array<int, kFieldCount> optional_slot = [] {
        std::array<int, kFieldCount> a{};
        a.fill(-1);
        return a;
    }();

    const std::string& column(Field f) const { return column_names[std::size_t(f)]; }
    bool has(Field f) const { return optional_slot[std::size_t(f)] >= 0; }
    // The task's cell of an optional field; an empty cell when the table lacks the column.
    const Cell& cell(std::size_t task, Field f) const;
    // Two reads of a table are equal when every cell read and every header is (a spreadsheet
    // shell keeps what it computed from a table that reads the same again).
    bool operator==(const PlanInput&) const = default;
};

// Reads a header, then task rows one at a time (so a CSV file streams in without a whole
// Table in memory). Skips blank rows; a missing ID column makes the 1-based data-row number
// the ID.
class TableReader {
  public:
    explicit TableReader(NullDate null_date = std::nullopt);
    // `labels` optionally prefix column names in messages ("C" -> "C (Duration)").
    void header(const std::vector<Cell>& header, int row_number,
                const std::vector<std::string>& labels = {});
    // Moves the row's strings out.
    void row(std::vector<Cell>& cells, int row_number);
    void reserve(std::size_t rows) { plan_.tasks.reserve(rows); }
    PlanInput finish();

  private:
    bool check_encoding(const std::vector<Cell>& cells, int row_number);
    std::uint32_t report_errors(std::vector<Cell>& cells, int row_number);
    PlanInput plan_;
    ColumnMap map_;
    std::vector<std::string> header_names_; // as the user wrote them, with labels
    bool usable_ = false;
    bool saw_header_ = false;
    int data_rows_ = 0;
};

// The most cells a spreadsheet shell reads for one table (its rows times the columns it reads) or
// one settings range: past it the read is refused (table_too_large) rather than exhausting the
// office's memory.
inline constexpr std::size_t kMaxTableCells = 5'000'000;

// table_too_large (at `header_row`) when `rows` rows of `columns` columns exceed `max_cells`.
std::optional<Problem> check_table_size(std::size_t rows, std::size_t columns, int header_row,
                                        std::size_t max_cells = kMaxTableCells);

// The whole table at once: rows[0] is the header. Refused when its rows times its recognised
// columns exceed max_cells (no limit by default: the table is already in memory).
PlanInput read_table(Table table, NullDate null_date = std::nullopt,
                     std::size_t max_cells = std::size_t(-1));

// A date cell: a serial number (relative to null_date; none: not a date) or ISO / dd/mm/yyyy
// text, within 1900-2200. Booleans and errors are not dates.
std::optional<Date> cell_date(const Cell& c, NullDate null_date);

// Text of a cell as an ID or predecessor list would read it (numbers as "7", not "7.0";
// booleans as TRUE/FALSE; errors as Calc shows them).
std::string cell_text(const Cell& c);

} // namespace retroplan
