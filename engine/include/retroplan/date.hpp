// Calendar dates as value types, on top of C++20 <chrono>.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace retroplan {

using Date = std::chrono::sys_days;

// The range every Retroplan date must fall in (model: "any date from 1900 to 2200").
inline constexpr Date kFirstDate = std::chrono::sys_days{std::chrono::year{1900} / 1 / 1};
inline constexpr Date kLastDate = std::chrono::sys_days{std::chrono::year{2200} / 12 / 31};

constexpr Date make_date(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / m / d};
}

bool in_supported_range(Date d);

// "2027-04-02" -> date; also accepts "02/04/2027" (day first, as written in France).
// Rejects impossible dates such as 2027-02-30.
std::optional<Date> parse_date(std::string_view text);

std::string to_iso(Date d);

// How a spreadsheet numbers its dates: the day its serial 0 stands for (Calc's default is
// 1899-12-30, some documents use 1904-01-01 or 1900-01-01). Read from the document, never
// assumed; none for plans that hold dates only as text (CSV files).
using NullDate = std::optional<Date>;

// Spreadsheet serial numbers: days since the document's null date (the fraction is a time of day).
std::optional<Date> date_from_serial(double serial, Date null_date);
double serial_from_date(Date d, Date null_date);

} // namespace retroplan
