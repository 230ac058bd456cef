#include "retroplan/capacity.hpp"

#include <unordered_map>

namespace retroplan {

CapacityTable read_capacities(const Table& table) {
    CapacityTable out;
    const auto& rows = table.rows;
    auto cell = [&](std::size_t r, std::size_t c) -> const Cell& {
        static const Cell empty;
        return c < rows[r].size() ? rows[r][c] : empty;
    };
    std::size_t first = 0;
    std::string person_column = "Person", capacity_column = "Capacity";
    if (!rows.empty() && cell(0, 1).kind == Cell::Kind::Text && !cell(0, 1).blank() &&
        !parse_share(cell(0, 1))) {
        first = 1;
        if (!cell(0, 0).blank()) person_column = cell_text(cell(0, 0));
        capacity_column = cell_text(cell(0, 1));
    }
    auto label = [&](const std::string& name, std::size_t c) {
        return c < table.column_labels.size() ? table.column_labels[c] + " (" + name + ")" : name;
    };
    std::unordered_map<std::string, int> seen; // person key -> row
    for (std::size_t r = first; r < rows.size(); ++r) {
        const Cell& who = cell(r, 0);
        const Cell& capacity = cell(r, 1);
        if (who.blank() && capacity.blank()) continue;
        const int row = table.first_row + int(r);
        const std::string name = cell_text(who);
        if (who.is_error() || capacity.is_error()) {
            const bool first_bad = who.is_error();
            out.problems.push_back(
                {.id = ProblemId::ErrorValue,
                 .row = row,
                 .column = first_bad ? label(person_column, 0) : label(capacity_column, 1),
                 .value = first_bad ? who.text : capacity.text});
            continue;
        }
        const auto share = parse_share(capacity);
        if (who.blank() || !share || *share <= 0 || *share > kMaxCapacity) {
            out.problems.push_back({.id = ProblemId::BadCapacity,
                                    .row = row,
                                    .column = label(capacity_column, 1),
                                    .value = cell_text(capacity),
                                    .detail = name});
            continue;
        }
        if (const auto [it, fresh] = seen.try_emplace(person_key(name), row); !fresh) {
            out.problems.push_back({.id = ProblemId::DuplicateCapacity,
                                    .row = row,
                                    .column = label(person_column, 0),
                                    .value = name,
                                    .detail = std::to_string(it->second)});
            continue;
        }
        out.entries.push_back({name, *share, row});
    }
    return out;
}

std::vector<Share> capacities_of(const People& people, const CapacityTable& table) {
    std::vector<Share> out(people.size(), kFullDay);
    for (const auto& e : table.entries)
        if (const auto p = people.find(e.person); p >= 0) out[std::size_t(p)] = e.capacity;
    return out;
}

} // namespace retroplan
