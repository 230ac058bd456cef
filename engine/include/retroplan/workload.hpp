// Owners and load (model §12) in one computation per plan: the plain schedule, who does what,
// each person's load per working day and overloads, and on request the levelled schedule with
// what it costs in kick-off. The CLI's `load` and `schedule --level` use it; a spreadsheet
// function is a lookup into one such result per table.
#pragma once

#include "retroplan/assignments.hpp"
#include "retroplan/capacity.hpp"
#include "retroplan/levelling.hpp"
#include "retroplan/load.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace retroplan {

struct WorkloadOptions {
    bool level = false;
};

struct LevelledPlan {
    // Latest dates as levelled; early dates and slack from the forward pass over the same links
    // (from the start date, or the levelled kick-off), so slack is what the links alone leave.
    Schedule schedule;
    std::int64_t kickoff_cost = 0; // working days levelling moves the kick-off earlier (>= 0)
    std::vector<Exceeding> exceeding;
    Workload load; // at the levelled dates
};

struct WorkloadOutcome {
    std::vector<Problem>
        problems; // the plan's and settings' (as schedule()), then the capacity table's
    std::optional<Schedule> plan; // the plain schedule; there only when there is no problem
    Assignments owners;
    std::vector<Share> capacity; // per person, by owners.people
    Workload load;               // at the plain plan's dates (see loaded_days)
    std::optional<LevelledPlan> levelled;

    bool ok() const { return plan.has_value(); }
    // A person's load on a date, plain or levelled: 0 on a non-working day and for a name the
    // plan does not give as an owner.
    Share load_on(const Calendar& calendar, std::string_view person, Date date,
                  bool levelled_dates = false) const;
};

WorkloadOutcome workload(const PlanInput& plan, const SettingsOutcome& settings,
                         const CapacityTable& capacities, const WorkloadOptions& options = {});

} // namespace retroplan
