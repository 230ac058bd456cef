// Plan-level settings as the user gives them (deadline, holidays, weekend, start, alert window),
// read into a Calendar and Options. Shared by the CLI, the Calc functions and the rebuild command.
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/table.hpp"

#include <optional>
#include <vector>

namespace retroplan {

// `check` without a deadline still validates every row: any valid deadline will do.
inline constexpr Date kCheckOnlyDeadline = make_date(2100, 1, 1);

// The alert window's default (model §10): two working days, "48 hours".
inline constexpr std::int64_t kDefaultAlertDays = 2;

struct Options {
    Date deadline;
    // "today", the status date: the forward pass starts there, and progress and actual dates
    // are read against it (model §8). Without it the plan is computed as in §4-5.
    std::optional<Date> start;
    std::int64_t alert_days = kDefaultAlertDays; // working days, today included (§10)
};

struct SettingsInput {
    Cell deadline;
    std::vector<Cell> holidays; // blank cells are skipped
    Cell weekend;               // blank = "0000011"
    Cell start;                 // blank = no start date
    Cell alert_days;            // blank = kDefaultAlertDays
    NullDate null_date;         // how the spreadsheet numbers dates; none for text (CSV)
};

struct Settings {
    Calendar calendar;
    Options options;
};

struct SettingsOutcome {
    std::optional<Settings> settings;
    std::vector<Problem> problems;
};

SettingsOutcome read_settings(const SettingsInput& in);

} // namespace retroplan
