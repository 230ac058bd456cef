// Test helpers for the risk simulation: a CSV plan simulated with textual settings.
#pragma once

#include "retroplan/csv.hpp"
#include "retroplan/risk.hpp"

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

inline std::size_t task_index(const PlanInput& plan, const std::string& id) {
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        if (plan.tasks[i].id == id) return i;
    ADD_FAILURE() << "no task " << id;
    return 0;
}

} // namespace retroplan::test
