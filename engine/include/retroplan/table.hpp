// The task table as a user writes it (CSV file or Calc range), and its reading into task inputs.
// The same header recognition serves the CLI, the Calc functions and the rebuild command.
#pragma once

#include "retroplan/date.hpp"
#include "retroplan/problem.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace retroplan {

// One cell: CSV gives text; Calc gives numbers, text, or empty cells.
struct Cell {
    enum class Kind : unsigned char { Empty, Text, Number };
    Kind kind = Kind::Empty;
    double number = 0;
    std::string text;

    static Cell of_text(std::string t) { return {Kind::Text, 0, std::move(t)}; }
    static Cell of_number(double n) { return {Kind::Number, n, {}}; }
    bool blank() const;
};

struct Table {
    std::vector<std::vector<Cell>> rows;    // rows[0] is the header
    int first_row = 1;                      // the row number the user sees for rows[0]
    std::vector<std::string> column_labels; // optional, e.g. "C" in Calc; prefixed to column names
};

enum class Field { Id, Name, Duration, Predecessors, Buffer, Owner, Due };
inline constexpr std::size_t kFieldCount = 7;

// Which column (0-based) holds each field, recognised by header text in English or French.
struct ColumnMap {
    std::array<int, kFieldCount> index{-1, -1, -1, -1, -1, -1, -1};
    std::vector<int> extra; // unrecognised, non-empty headers, carried through
    int at(Field f) const { return index[std::size_t(f)]; }
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
    std::vector<std::string> extra;
};

struct PlanInput {
    std::vector<TaskInput> tasks;
    std::array<std::string, kFieldCount> column_names; // as the user wrote them, for messages
    std::vector<std::string> extra_headers;
    std::vector<Problem> problems;            // problems found while reading the table
    Date null_date = make_date(1899, 12, 30); // for date cells given as serial numbers
    const std::string& column(Field f) const { return column_names[std::size_t(f)]; }
};

// Reads a header, then task rows one at a time (so a CSV file streams in without a whole
// Table in memory). Skips blank rows; a missing ID column makes the 1-based data-row number
// the ID.
class TableReader {
  public:
    explicit TableReader(Date null_date = make_date(1899, 12, 30));
    // `labels` optionally prefix column names in messages ("C" -> "C (Duration)").
    void header(const std::vector<Cell>& header, int row_number,
                const std::vector<std::string>& labels = {});
    // Moves the row's strings out.
    void row(std::vector<Cell>& cells, int row_number);
    void reserve(std::size_t rows) { plan_.tasks.reserve(rows); }
    PlanInput finish();

  private:
    bool check_encoding(const std::vector<Cell>& cells, int row_number);
    PlanInput plan_;
    ColumnMap map_;
    std::vector<std::string> header_names_; // as the user wrote them, with labels
    bool usable_ = false;
    bool saw_header_ = false;
    int data_rows_ = 0;
};

// The whole table at once: rows[0] is the header.
PlanInput read_table(Table table, Date null_date = make_date(1899, 12, 30));

// Text of a cell as an ID or predecessor list would read it (numbers as "7", not "7.0").
std::string cell_text(const Cell& c);

} // namespace retroplan
