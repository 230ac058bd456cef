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
    case Cell::Kind::Text:
        return std::string(trim(c.text));
    }
    return {};
}

std::optional<Field> recognise_header(std::string_view header) {
    struct Alias {
        const char* folded;
        Field field;
    };
    // Folded spellings (lower case, no accents). Order matters only for readability.
    static const Alias aliases[] = {
        {"id", Field::Id},
        {"n°", Field::Id},
        {"no", Field::Id},
        {"n", Field::Id},
        {"#", Field::Id},
        {"code", Field::Id},
        {"ref", Field::Id},
        {"task id", Field::Id},
        {"id tache", Field::Id},
        {"identifiant", Field::Id},
        {"name", Field::Name},
        {"task", Field::Name},
        {"task name", Field::Name},
        {"tache", Field::Name},
        {"nom", Field::Name},
        {"etape", Field::Name},
        {"libelle", Field::Name},
        {"intitule", Field::Name},
        {"description", Field::Name},
        {"duration", Field::Duration},
        {"duree", Field::Duration},
        {"jours", Field::Duration},
        {"days", Field::Duration},
        {"duration (days)", Field::Duration},
        {"duree (jours)", Field::Duration},
        {"duree (j)", Field::Duration},
        {"predecessors", Field::Predecessors},
        {"predecessor", Field::Predecessors},
        {"predecesseurs", Field::Predecessors},
        {"predecesseur", Field::Predecessors},
        {"depend de", Field::Predecessors},
        {"depends on", Field::Predecessors},
        {"dependances", Field::Predecessors},
        {"dependencies", Field::Predecessors},
        {"buffer", Field::Buffer},
        {"margin", Field::Buffer},
        {"marge", Field::Buffer},
        {"safety margin", Field::Buffer},
        {"marge de securite", Field::Buffer},
        {"owner", Field::Owner},
        {"responsable", Field::Owner},
        {"who", Field::Owner},
        {"qui", Field::Owner},
        {"assignee", Field::Owner},
        {"due", Field::Due},
        {"due date", Field::Due},
        {"echeance", Field::Due},
        {"date limite", Field::Due},
        {"deadline", Field::Due},
    };
    const std::string f = fold(header);
    for (const auto& a : aliases)
        if (f == a.folded) return a.field;
    return std::nullopt;
}

ColumnMap recognise_columns(const std::vector<Cell>& header) {
    ColumnMap map;
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (header[c].blank()) continue;
        const auto field = recognise_header(cell_text(header[c]));
        if (field && map.index[std::size_t(*field)] < 0)
            map.index[std::size_t(*field)] = int(c);
        else
            map.extra.push_back(int(c));
    }
    return map;
}

namespace {

const char* default_name(Field f) {
    switch (f) {
    case Field::Id:
        return "ID";
    case Field::Name:
        return "Name";
    case Field::Duration:
        return "Duration";
    case Field::Predecessors:
        return "Predecessors";
    case Field::Buffer:
        return "Buffer";
    case Field::Owner:
        return "Owner";
    case Field::Due:
        return "Due";
    }
    return "";
}

Cell take(std::vector<Cell>& row, int column) {
    if (column < 0 || std::size_t(column) >= row.size()) return {};
    return std::move(row[std::size_t(column)]);
}

std::string take_text(std::vector<Cell>& row, int column) {
    return cell_text(take(row, column));
}

} // namespace

TableReader::TableReader(Date null_date) {
    plan_.null_date = null_date;
}

void TableReader::header(const std::vector<Cell>& header, int row_number,
                         const std::vector<std::string>& labels) {
    saw_header_ = true;
    map_ = recognise_columns(header);
    header_names_.clear();
    for (std::size_t c = 0; c < header.size(); ++c) {
        std::string name = cell_text(header[c]);
        header_names_.push_back(c < labels.size() ? labels[c] + " (" + name + ")" : name);
    }
    for (std::size_t f = 0; f < kFieldCount; ++f)
        plan_.column_names[f] =
            map_.index[f] >= 0 ? header_names_[std::size_t(map_.index[f])] : default_name(Field(f));
    for (int c : map_.extra)
        plan_.extra_headers.push_back(cell_text(header[std::size_t(c)]));

    if (map_.at(Field::Duration) < 0) {
        std::string seen;
        for (const auto& h : header)
            if (!h.blank()) seen += (seen.empty() ? "" : ", ") + excerpt(cell_text(h), 30);
        plan_.problems.push_back(
            {ProblemId::MissingColumn, row_number, default_name(Field::Duration), {}, seen});
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
            plan_.problems.push_back({ProblemId::BadEncoding, row_number, col, "", ""});
            return false;
        }
    return true;
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
    t.id = map_.at(Field::Id) >= 0 ? canonical_id(take_text(cells, map_.at(Field::Id)))
                                   : std::to_string(data_rows_);
    t.name = take_text(cells, map_.at(Field::Name));
    t.duration = take(cells, map_.at(Field::Duration));
    t.predecessors = take_text(cells, map_.at(Field::Predecessors));
    t.buffer = take(cells, map_.at(Field::Buffer));
    t.due = take(cells, map_.at(Field::Due));
    t.owner = take_text(cells, map_.at(Field::Owner));
    t.extra.reserve(map_.extra.size());
    for (int c : map_.extra)
        t.extra.push_back(take_text(cells, c));
    plan_.tasks.push_back(std::move(t));
}

PlanInput TableReader::finish() {
    if (!saw_header_ || (plan_.tasks.empty() && plan_.problems.empty()))
        plan_.problems.push_back({ProblemId::EmptyPlan, 0, {}, {}, {}});
    return std::move(plan_);
}

PlanInput read_table(Table table, Date null_date) {
    TableReader reader(null_date);
    if (!table.rows.empty()) {
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
