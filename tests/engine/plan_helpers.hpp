// Test helpers: build a plan from CSV text and schedule it with textual settings.
#pragma once

#include "retroplan/csv.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace retroplan::test {

struct PlanRun {
    PlanInput plan;
    Outcome outcome;
    std::vector<Problem> settings_problems;
};

inline PlanRun run_plan(const std::string& csv, const std::string& deadline,
                        const std::vector<std::string>& holidays = {},
                        const std::string& start = "", const std::string& weekend = "",
                        std::size_t max_cells = std::size_t(-1)) {
    PlanRun r;
    auto read = read_csv(csv);
    r.plan = read_table(std::move(read.table), std::nullopt, max_cells);
    r.plan.problems.insert(r.plan.problems.begin(), read.problems.begin(), read.problems.end());
    SettingsInput si;
    si.deadline = Cell::of_text(deadline);
    for (const auto& h : holidays)
        si.holidays.push_back(Cell::of_text(h));
    if (!start.empty()) si.start = Cell::of_text(start);
    if (!weekend.empty()) si.weekend = Cell::of_text(weekend);
    auto settings = read_settings(si);
    r.settings_problems = settings.problems;
    if (settings.settings)
        r.outcome = schedule(r.plan, settings.settings->calendar, settings.settings->options);
    return r;
}

// "start end slack free critical" of a task, for readable assertions.
inline std::string row_of(const PlanRun& r, const std::string& id) {
    for (std::size_t i = 0; i < r.plan.tasks.size(); ++i) {
        if (r.plan.tasks[i].id != id) continue;
        const auto& s = *r.outcome.schedule;
        return to_iso(s.dates[i].start) + " " + to_iso(s.dates[i].end) + " " +
               std::to_string(s.times[i].total_slack) + " " +
               std::to_string(s.times[i].free_slack) + (s.times[i].critical ? " C" : " -");
    }
    return "no task " + id;
}

inline std::string early_of(const PlanRun& r, const std::string& id) {
    for (std::size_t i = 0; i < r.plan.tasks.size(); ++i)
        if (r.plan.tasks[i].id == id)
            return to_iso(r.outcome.schedule->dates[i].early_start) + " " +
                   to_iso(r.outcome.schedule->dates[i].early_end);
    return "no task " + id;
}

inline std::string problem_codes(const std::vector<Problem>& ps) {
    std::string out;
    for (const auto& p : ps)
        out += std::string(code(p.id)) + "@" + std::to_string(p.row) + " ";
    return out;
}

} // namespace retroplan::test
