#include "retroplan/table.hpp"

#include "retroplan/text.hpp"

namespace retroplan {

bool Cell::blank() const {
    return kind == Kind::Empty || (kind == Kind::Text && trim(text).empty());
}

std::string cell_text(const Cell& c) {
    switch (c.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Number:
        return number_to_text(c.number);
    case Cell::Kind::Boolean:
        return c.number != 0 ? "TRUE" : "FALSE";
    case Cell::Kind::Text:
        return std::string(trim(c.text));
    case Cell::Kind::Error:
        return c.text;
    }
    return {};
}

std::optional<Date> cell_date(const Cell& c, NullDate null_date) {
    std::optional<Date> d;
    if (c.kind == Cell::Kind::Number && null_date)
        d = date_from_serial(c.number, *null_date);
    else if (c.kind == Cell::Kind::Text)
        d = parse_date(c.text);
    if (d && !in_supported_range(*d)) return std::nullopt;
    return d;
}

const Cell& PlanInput::cell(std::size_t task, Field f) const {
    static const Cell empty;
    const int slot = optional_slot[std::size_t(f)];
    if (slot < 0) return empty;
    const auto& cells = tasks[task].optional;
    return std::size_t(slot) < cells.size() ? cells[std::size_t(slot)] : empty;
}

namespace {

Cell take(std::vector<Cell>& row, int column) {
    if (column < 0 || std::size_t(column) >= row.size()) return {};
    return std::move(row[std::size_t(column)]);
}

std::string take_text(std::vector<Cell>& row, int column) {
    return cell_text(take(row, column));
}

} // namespace

TableReader::TableReader(NullDate null_date) {
    plan_.null_date = null_date;
}

void TableReader::header(const std::vector<Cell>& header, int row_number,
                         const std::vector<std::string>& labels) {
    saw_header_ = true;
    map_ = recognise_columns(header);
    plan_.lang = map_.lang;
    header_names_.clear();
    for (std::size_t c = 0; c < header.size(); ++c) {
        std::string name = cell_text(header[c]);
        header_names_.push_back(c < labels.size() ? labels[c] + " (" + name + ")" : name);
    }
    int slots = 0;
    for (std::size_t f = 0; f < kFieldCount; ++f) {
        plan_.column_names[f] = map_.index[f] >= 0 ? header_names_[std::size_t(map_.index[f])]
                                                   : std::string(field_name(Field(f)));
        if (f >= kCoreFieldCount && map_.index[f] >= 0) plan_.optional_slot[f] = slots++;
    }
    for (int c : map_.extra)
        plan_.extra_headers.push_back(cell_text(header[std::size_t(c)]));

    if (!map_.has(Field::Duration)) {
        // A header that is not UTF-8 (a Latin-1 "Durée") is an encoding problem, not a
        // missing column.
        if (!check_encoding(header, row_number)) return;
        std::string seen;
        for (const auto& h : header)
            if (!h.blank()) seen += (seen.empty() ? "" : ", ") + excerpt(cell_text(h), 30);
        plan_.problems.push_back({.id = ProblemId::MissingColumn,
                                  .row = row_number,
                                  .column = std::string(field_name(Field::Duration)),
                                  .detail = seen});
        return;
    }
    usable_ = true;
    check_encoding(header, row_number);
}

// Text cells must be UTF-8; report a bad one by row and column, then read on.
bool TableReader::check_encoding(const std::vector<Cell>& cells, int row_number) {
    for (std::size_t c = 0; c < cells.size(); ++c)
        if (cells[c].kind == Cell::Kind::Text && !is_valid_utf8(cells[c].text)) {
            const std::string col = c < header_names_.size() && is_valid_utf8(header_names_[c])
                                        ? header_names_[c]
                                        : std::to_string(c + 1);
            plan_.problems.push_back(
                {.id = ProblemId::BadEncoding, .row = row_number, .column = col});
            return false;
        }
    return true;
}

// An error in a recognised column is a problem of its own, reported once here; the field is
// then flagged so that the checks of its value stay quiet (it is not "empty", it is an error).
std::uint32_t TableReader::report_errors(std::vector<Cell>& cells, int row_number) {
    std::uint32_t errors = 0;
    for (std::size_t f = 0; f < kFieldCount; ++f) {
        const int c = map_.index[f];
        if (c < 0 || std::size_t(c) >= cells.size() || !cells[std::size_t(c)].is_error()) continue;
        errors |= 1u << f;
        plan_.problems.push_back({.id = ProblemId::ErrorValue,
                                  .row = row_number,
                                  .column = plan_.column_names[f],
                                  .value = cells[std::size_t(c)].text});
    }
    return errors;
}

void TableReader::row(std::vector<Cell>& cells, int row_number) {
    if (!usable_) return;
    auto blank_at = [&](Field f) {
        const int c = map_.at(f);
        return c < 0 || std::size_t(c) >= cells.size() || cells[std::size_t(c)].blank();
    };
    if (blank_at(Field::Id) && blank_at(Field::Name) && blank_at(Field::Duration)) return;
    ++data_rows_;
    if (!check_encoding(cells, row_number)) return;
    TaskInput t;
    t.row = row_number;
    t.error_fields = report_errors(cells, row_number);
    auto text_of = [&](Field f) {
        return t.has_error(f) ? std::string() : take_text(cells, map_.at(f));
    };
    t.id = map_.has(Field::Id) ? canonical_id(text_of(Field::Id)) : std::to_string(data_rows_);
    t.name = text_of(Field::Name);
    t.duration = take(cells, map_.at(Field::Duration));
    t.predecessors = text_of(Field::Predecessors);
    t.buffer = take(cells, map_.at(Field::Buffer));
    t.due = take(cells, map_.at(Field::Due));
    t.owner = text_of(Field::Owner);
    for (std::size_t f = kCoreFieldCount; f < kFieldCount; ++f)
        if (plan_.optional_slot[f] >= 0) {
            if (t.optional.empty()) t.optional.reserve(kFieldCount - kCoreFieldCount);
            t.optional.push_back(take(cells, map_.index[f]));
        }
    t.extra.reserve(map_.extra.size());
    for (int c : map_.extra)
        t.extra.push_back(take_text(cells, c));
    plan_.tasks.push_back(std::move(t));
}

PlanInput TableReader::finish() {
    if (!saw_header_ || (plan_.tasks.empty() && plan_.problems.empty()))
        plan_.problems.push_back({.id = ProblemId::EmptyPlan});
    return std::move(plan_);
}

std::optional<Problem> check_table_size(std::size_t rows, std::size_t columns, int header_row,
                                        std::size_t max_cells) {
    // Compared as a division: rows × columns may not fit in 64 bits for a hostile range.
    if (columns == 0 || rows <= max_cells / columns) return std::nullopt;
    const auto cells = static_cast<unsigned long long>(rows) * columns;
    return Problem{.id = ProblemId::TableTooLarge,
                   .row = header_row,
                   .value = std::to_string(cells),
                   .detail = std::to_string(max_cells)};
}

PlanInput read_table(Table table, NullDate null_date, std::size_t max_cells) {
    TableReader reader(null_date);
    if (!table.rows.empty()) {
        std::size_t recognised = 0;
        for (int c : recognise_columns(table.rows.front()).index)
            recognised += c >= 0;
        if (auto too_large =
                check_table_size(table.rows.size(), recognised, table.first_row, max_cells)) {
            PlanInput refused;
            refused.null_date = null_date;
            refused.problems.push_back(std::move(*too_large));
            return refused;
        }
        reader.header(table.rows.front(), table.first_row, table.column_labels);
        reader.reserve(table.rows.size() - 1);
        for (std::size_t r = 1; r < table.rows.size(); ++r) {
            reader.row(table.rows[r], table.first_row + int(r));
            std::vector<Cell>().swap(table.rows[r]); // free as we go: never hold the table twice
        }
    }
    return reader.finish();
}

} // namespace retroplan
