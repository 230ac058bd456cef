// Shares of a person's working day (model §12): allocations, loads and capacities as exact
// integers, read from percentage cells and written back as percentages.
#pragma once

#include "retroplan/table.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace retroplan {

// A share of one person's working day, in millionths: loads are sums of shares, and integers
// keep 30 % + 30 % + 40 % exactly 100 % (doubles would make it an overload).
using Share = std::int64_t;
inline constexpr Share kFullDay = 1'000'000; // 100 %

// Shares as percentages: 500'000 -> 50.
double share_percent(Share s);
// "150", "33.3333": the percentage with at most 4 decimals, no trailing zeros.
std::string share_percent_text(Share s);

// A percentage cell: a number is a fraction (Calc stores 50 % as 0.5, so 1 is 100 %), text is
// "50%", "50 %", "0.5" or "0,5". nullopt when blank or unreadable; ranges are the caller's.
std::optional<Share> parse_share(const Cell& cell);

} // namespace retroplan
