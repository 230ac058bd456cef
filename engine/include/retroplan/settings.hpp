// Plan-level settings as the user gives them (deadline, holidays, weekend, start), read into a
// Calendar and Options. Shared by the CLI, the Calc functions and the rebuild command.
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/table.hpp"

#include <optional>
#include <vector>

namespace retroplan {

struct SettingsInput {
    Cell deadline;
    std::vector<Cell> holidays; // blank cells are skipped
    Cell weekend;               // blank = "0000011"
    Cell start;                 // blank = no start date
    Date null_date = make_date(1899, 12, 30);
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

// Schedules with settings as read: the settings' problems first, then every row's. When the
// settings are unusable the rows are still checked (against a default calendar), so the user
// sees every problem at once. The schedule is there only when there is no problem at all.
Outcome schedule(const PlanInput& plan, const SettingsOutcome& settings);

// A date cell: a serial number (relative to null_date) or ISO / dd/mm/yyyy text, within 1900-2200.
std::optional<Date> cell_date(const Cell& c, Date null_date);

} // namespace retroplan
