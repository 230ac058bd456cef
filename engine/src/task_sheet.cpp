#include "retroplan/task_sheet.hpp"

#include "retroplan/text.hpp"

namespace retroplan {

std::optional<std::size_t> choose_task_sheet(const std::vector<SheetFacts>& sheets,
                                             std::optional<std::size_t> built_from,
                                             std::optional<std::size_t> active,
                                             const std::function<bool(std::size_t)>& has_header) {
    const auto usable = [&](std::optional<std::size_t> i) {
        return i && *i < sheets.size() && !sheets[*i].retroplan;
    };
    if (usable(built_from)) return built_from;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string folded = fold(sheets[i].name);
        if ((folded == "tasks" || folded == "taches") && usable(i)) return i;
    }
    if (usable(active) && has_header(*active)) return active;
    for (std::size_t i = 0; i < sheets.size(); ++i)
        if (usable(i) && i != active && has_header(i)) return i;
    if (usable(active)) return active;
    return std::nullopt;
}

} // namespace retroplan
