// The people an owner cell names (model §12): several separated by ';', ',' or '/', compared
// trimmed and case-insensitively.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace retroplan {

// The names in an owner cell, trimmed, as written, in order; empty names dropped.
std::vector<std::string> split_owners(std::string_view cell);

// The key two spellings of one person share: trimmed, lower case, inner spaces collapsed and
// Latin accents ignored (fold), so "  Anne  Roy" and "anne roy" are one person.
std::string owner_key(std::string_view name);

// Whether the owner cell names that person.
bool names_owner(std::string_view cell, std::string_view person);

} // namespace retroplan
