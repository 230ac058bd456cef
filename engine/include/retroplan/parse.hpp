// Parsers for the values a task row holds: durations, buffers and predecessor entries.
#pragma once

#include "retroplan/table.hpp"
#include "retroplan/text.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace retroplan {

// Whole working days >= 0: 5, "5", "5d", "5j", "2w", "2sem" (= 10). nullopt when unreadable,
// negative, fractional or absurdly large. An empty cell is nullopt too: the caller decides.
std::optional<std::int64_t> parse_days(const Cell& cell);
std::optional<std::int64_t> parse_days(std::string_view text);

// Progress as a fraction 0..1 (model §8): a number (Calc stores 40 % as 0.4, so 1 is 100 %),
// or text "40%", "40 %", "40,5 %" or "0.4". nullopt when unreadable or outside 0-100 %, and for
// an empty cell (the caller decides).
std::optional<double> parse_progress(const Cell& cell);

enum class LinkType : unsigned char { FS, SS, FF, SF };

std::string_view to_string(LinkType t);

// The pieces of one predecessor entry: "T2SS+2" -> {"T2", SS, 2}. Several readings may exist
// ("ASS" may be the ID "ASS" or "A" with SS): candidates are listed in the model's order of trial.
struct LinkReading {
    std::string_view id;
    LinkType type = LinkType::FS;
    std::int64_t lag = 0;
};

// Readings of one entry, best first: whole entry as an ID, then without the lag, then without
// the type. None when the entry has a lag that cannot be read (too large). No allocation:
// a million-task plan parses three million entries.
struct LinkReadings {
    std::array<LinkReading, 3> items;
    std::size_t count = 0;
    const LinkReading* begin() const { return items.data(); }
    const LinkReading* end() const { return items.data() + count; }
    void push_back(const LinkReading& r) { items[count++] = r; }
};
LinkReadings link_readings(std::string_view entry);

// Calls f for each trimmed, non-empty entry of "A; BSS+1, C" (no allocation).
template <class F> void for_each_entry(std::string_view list, F&& f) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= list.size(); ++i) {
        if (i == list.size() || list[i] == ';' || list[i] == ',') {
            const auto e = trim(list.substr(start, i - start));
            if (!e.empty()) f(e);
            start = i + 1;
        }
    }
}

// The same entries as a vector.
std::vector<std::string_view> split_entries(std::string_view list);

} // namespace retroplan
