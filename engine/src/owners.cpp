#include "retroplan/owners.hpp"

#include "retroplan/text.hpp"

namespace retroplan {

std::vector<std::string> split_owners(std::string_view cell) {
    std::vector<std::string> out;
    while (!cell.empty()) {
        const auto cut = cell.find_first_of(";,/");
        const std::string_view name = trim(cell.substr(0, cut));
        if (!name.empty()) out.emplace_back(name);
        if (cut == std::string_view::npos) break;
        cell.remove_prefix(cut + 1);
    }
    return out;
}

std::string owner_key(std::string_view name) {
    return fold(name);
}

bool names_owner(std::string_view cell, std::string_view person) {
    const std::string key = owner_key(person);
    for (const auto& name : split_owners(cell))
        if (owner_key(name) == key) return true;
    return false;
}

} // namespace retroplan
