// Test helpers for the risk simulation: a CSV plan simulated with textual settings.
#pragma once

#include "retroplan/csv.hpp"
#include "retroplan/parse.hpp"
#include "retroplan/risk.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace retroplan::test {

struct RiskRun {
    PlanInput plan;
    SettingsOutcome settings;
    RiskOutcome outcome;
    const Risk& risk() const { return *outcome.risk; }
};

inline RiskRun simulate_csv(const std::string& csv, const std::string& deadline,
                            RiskOptions options = {}, const std::vector<std::string>& holidays = {},
                            const std::string& weekend = "") {
    RiskRun r;
    r.plan = read_plan_csv(csv);
    SettingsInput si;
    si.deadline = Cell::of_text(deadline);
    for (const auto& h : holidays)
        si.holidays.push_back(Cell::of_text(h));
    if (!weekend.empty()) si.weekend = Cell::of_text(weekend);
    r.settings = read_settings(si);
    r.outcome = simulate_risk(r.plan, r.settings, options);
    return r;
}

// The problems of a scenario's risk settings (`runs:`, `seed:`, `confidence: L1,L2`), none
// when it has none of them.
inline std::vector<Problem>
risk_settings_problems(const std::map<std::string, std::string>& settings) {
    auto get = [&](const char* k) { return settings.count(k) ? settings.at(k) : std::string(); };
    RiskOptionsInput in;
    if (!get("runs").empty()) in.runs = Cell::of_text(get("runs"));
    if (!get("seed").empty()) in.seed = Cell::of_text(get("seed"));
    std::vector<Problem> problems = read_risk_options(in).problems;
    const std::string levels = get("confidence");
    for (const auto level : split_entries(levels))
        read_confidence(Cell::of_text(std::string(level)), problems);
    return problems;
}

inline std::size_t task_index(const PlanInput& plan, const std::string& id) {
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        if (plan.tasks[i].id == id) return i;
    ADD_FAILURE() << "no task " << id;
    return 0;
}

} // namespace retroplan::test
