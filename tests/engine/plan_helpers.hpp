// Test helpers: build a plan from CSV text and schedule it with textual settings.
#pragma once

#include "retroplan/csv.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/workload.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace retroplan::test {

struct PlanRun {
    PlanInput plan;
    Outcome outcome;
    std::vector<Problem> settings_problems;
};

// A plan from CSV text, read as a table of cells; `max_cells`: a spreadsheet shell's read limit.
inline PlanInput plan_from_csv(const std::string& csv, std::size_t max_cells = std::size_t(-1)) {
    auto read = read_csv(csv);
    PlanInput plan = read_table(std::move(read.table), std::nullopt, max_cells);
    plan.problems.insert(plan.problems.begin(), read.problems.begin(), read.problems.end());
    return plan;
}

inline SettingsOutcome settings_from_text(const std::string& deadline,
                                          const std::vector<std::string>& holidays = {},
                                          const std::string& start = "",
                                          const std::string& weekend = "",
                                          const std::string& alert_days = "") {
    SettingsInput si;
    si.deadline = Cell::of_text(deadline);
    for (const auto& h : holidays)
        si.holidays.push_back(Cell::of_text(h));
    if (!start.empty()) si.start = Cell::of_text(start);
    if (!weekend.empty()) si.weekend = Cell::of_text(weekend);
    if (!alert_days.empty()) si.alert_days = Cell::of_text(alert_days);
    return read_settings(si);
}

// A capacity table from CSV text ("person,capacity" lines, header optional); empty: none.
inline CapacityTable capacities_from_csv(const std::string& csv) {
    if (csv.empty()) return {};
    return read_capacities(read_csv(csv).table);
}

inline PlanRun run_plan(const std::string& csv, const std::string& deadline,
                        const std::vector<std::string>& holidays = {},
                        const std::string& start = "", const std::string& weekend = "",
                        const std::string& alert_days = "") {
    PlanRun r;
    r.plan = plan_from_csv(csv);
    auto settings = settings_from_text(deadline, holidays, start, weekend, alert_days);
    r.settings_problems = settings.problems;
    if (settings.settings)
        r.outcome = schedule(r.plan, settings.settings->calendar, settings.settings->options);
    return r;
}

struct LoadRunResult {
    PlanInput plan;
    SettingsOutcome settings;
    WorkloadOutcome outcome;
    // The task's index by ID, -1 if none.
    int task(const std::string& id) const {
        for (std::size_t i = 0; i < plan.tasks.size(); ++i)
            if (plan.tasks[i].id == id) return int(i);
        return -1;
    }
    std::string iso(WorkIndex day) const {
        const auto d = settings.settings->calendar.date_of(day);
        return d ? to_iso(*d) : "out of range";
    }
    // "Ana 2027-03-29..2027-03-31 200 A;B" per overload, one per line.
    std::string overloads(bool levelled = false) const {
        const Workload& w = levelled ? outcome.levelled->load : outcome.load;
        std::string out;
        for (const Overload& o : w.overloads) {
            out += outcome.owners.people.name(o.person) + " " + iso(o.begin) + ".." +
                   iso(o.end - 1) + " " + share_percent_text(o.peak) + " ";
            for (std::size_t k = 0; k < o.tasks.size(); ++k)
                out += (k ? ";" : "") + plan.tasks[std::size_t(o.tasks[k])].id;
            out += "\n";
        }
        return out;
    }
    // The load in % of a person on an ISO date.
    std::string load(const std::string& person, const std::string& date,
                     bool levelled = false) const {
        return share_percent_text(
            outcome.load_on(settings.settings->calendar, person, *parse_date(date), levelled));
    }
    // "start end" of a task, levelled or plain.
    std::string dates(const std::string& id, bool levelled = false) const {
        const int t = task(id);
        if (t < 0) return "no task " + id;
        const Schedule& s = levelled ? outcome.levelled->schedule : *outcome.plan;
        return to_iso(s.dates[std::size_t(t)].start) + " " + to_iso(s.dates[std::size_t(t)].end);
    }
};

inline LoadRunResult run_load(const std::string& csv, const std::string& deadline,
                              const std::string& capacity_csv = "", bool level = false,
                              const std::vector<std::string>& holidays = {}) {
    LoadRunResult r;
    r.plan = plan_from_csv(csv);
    r.settings = settings_from_text(deadline, holidays);
    r.outcome = workload(r.plan, r.settings, capacities_from_csv(capacity_csv), {.level = level});
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
