#include "retroplan/outside_table.hpp"

#include "retroplan/parse.hpp"
#include "retroplan/text.hpp"

#include <algorithm>

namespace retroplan {

namespace {

// The ID a reading names as the table would hold it ("7.0" is 7).
std::string as_id(std::string_view reading) {
    return reading.find('.') != std::string_view::npos ? canonical_id(reading)
                                                       : std::string(reading);
}

} // namespace

std::vector<std::string> unknown_predecessor_ids(const std::vector<Problem>& problems) {
    std::vector<std::string> wanted;
    for (const Problem& p : problems)
        if (p.id == ProblemId::UnknownPredecessor)
            for (const LinkReading& r : link_readings(p.value))
                wanted.push_back(as_id(r.id));
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    return wanted;
}

void find_outside_ids(const std::vector<Cell>& cells, int first_row,
                      const std::vector<std::string>& wanted, std::vector<OutsideId>& found) {
    for (std::size_t r = 0; r < cells.size(); ++r) {
        if (cells[r].blank() || cells[r].is_error()) continue;
        std::string id = canonical_id(cell_text(cells[r]));
        if (!std::binary_search(wanted.begin(), wanted.end(), id)) continue;
        const bool seen =
            std::any_of(found.begin(), found.end(), [&](const OutsideId& o) { return o.id == id; });
        if (!seen) found.push_back({std::move(id), first_row + int(r)});
    }
}

void locate_outside_table(std::vector<Problem>& problems, const std::vector<OutsideId>& found,
                          std::string_view table, std::string_view columns) {
    if (found.empty()) return;
    for (Problem& p : problems) {
        if (p.id != ProblemId::UnknownPredecessor) continue;
        for (const LinkReading& r : link_readings(p.value)) {
            const std::string id = as_id(r.id);
            const auto it = std::find_if(found.begin(), found.end(),
                                         [&](const OutsideId& o) { return o.id == id; });
            if (it == found.end()) continue;
            p.id = ProblemId::PredecessorOutsideTable;
            p.value = id;
            p.detail =
                std::to_string(it->row) + "|" + std::string(table) + "|" + std::string(columns);
            break;
        }
    }
}

std::string whole_columns(int first_column, int last_column) {
    std::string out(1, '$');
    out.append(column_letters(first_column)).append(":$").append(column_letters(last_column));
    return out;
}

} // namespace retroplan
