// Following the plan once work has started (model §8-10), as phases schedule() runs when a
// status date is given: read and check the progress columns, the forecast pass, free slack on
// the forecast, the per-task result records, and the follow-up (statuses, expected dates,
// deviation). Exposed for tests and benchmarks; shells call schedule() and read Schedule.
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/graph.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/status.hpp"
#include "retroplan/table.hpp"

#include <cstdint>
#include <limits>
#include <vector>

namespace retroplan {

inline constexpr std::int32_t kNoIndex = std::numeric_limits<std::int32_t>::min();

// The progress columns of one task read against the status date, as working-day indexes (a
// calendar of 1900-2200 has fewer than 2^31 working days).
struct TaskActual {
    std::int32_t start = kNoIndex; // AS: on or after the actual start
    std::int32_t end = kNoIndex;   // AE: on or before the actual end
    std::int32_t done = -1;        // ⌊d·p⌋ from the progress cell; -1 when it is empty
};

// Every task's, in table order. The states sit in their own array: the forecast reads them
// for every link, at random.
struct Actuals {
    WorkIndex today = 0;          // τ
    std::vector<TaskState> state; // empty when the table has no progress column: none started
    std::vector<TaskActual> task; // empty likewise
    // On or before the baseline dates, kNoIndex when none; empty without the column.
    std::vector<std::int32_t> baseline_start, baseline_end;

    TaskState state_of(std::size_t t) const {
        return state.empty() ? TaskState::NotStarted : state[t];
    }
    TaskActual of(std::size_t t) const { return task.empty() ? TaskActual{} : task[t]; }
};

// Reads and checks the actual start, actual end, progress and baseline columns (a progress
// outside 0-100 % or unreadable, an unreadable date, an actual date after the status date, an
// actual end before the actual start), and tells each task's state from them and its duration
// (g.duration). `today` is τ, the index of the first working day on or after `status_date`.
Actuals read_actuals(const PlanInput& plan, const Graph& g, const Calendar& calendar,
                     Date status_date, WorkIndex today, std::vector<Problem>& problems);

// ⌊d·p⌋ after rounding d·p to 6 decimals (so 29 % of 100 days is 29, not 28).
std::int64_t done_days(std::int64_t duration, double progress);

// r of §8 for a started task whose forecast start is `fs`: what the progress cell says is left,
// else the duration less the working days since the forecast start; at least 1.
std::int64_t remaining_days(const TaskActual& a, WorkIndex today, std::int64_t duration,
                            WorkIndex fs);

// The forecast (§8), in topological order: forecast start `fs` and finish boundary `ff` of every
// task. Done tasks sit at their actual dates, started ones run from their actual start to today
// plus what remains, the others start as early as today and their predecessors' forecast allow.
// `ls` (latest starts) bounds done tasks without an actual end. Without progress data it is the
// forward pass from τ.
void forecast_pass(const Graph& g, const std::vector<std::int32_t>& order, const Actuals& a,
                   const std::vector<WorkIndex>& ls, std::vector<WorkIndex>& fs,
                   std::vector<WorkIndex>& ff);

// Free slack on the forecast (§8): the room before the deadline, the due date and every link to
// a task not started, never above the total slack LF - FF. 0 for done tasks (they have none).
void forecast_free_slack_pass(const Graph& g, WorkIndex deadline, const Actuals& a,
                              const std::vector<WorkIndex>& ls, const std::vector<WorkIndex>& fs,
                              const std::vector<WorkIndex>& ff, std::vector<WorkIndex>& free_slack);

// The per-task result records on the forecast: slack LF - FF, critical, done.
void assemble_forecast_times(const Graph& g, const Actuals& a, const std::vector<WorkIndex>& ls,
                             const std::vector<WorkIndex>& fs, const std::vector<WorkIndex>& ff,
                             const std::vector<WorkIndex>& free_slack,
                             std::vector<TaskTimes>& times);

// max(0, -min slack) over the tasks not done.
std::int64_t forecast_late_by(const std::vector<TaskTimes>& times);

// Statuses with the alert window, expected dates, deviation, next commitments and counts.
// False (with a date_out_of_range problem) when a date falls outside the calendar. For a
// partial schedule (`known`, reach.hpp): a task whose slack is unknown gets an empty record, one
// whose dates fall outside the calendar loses its early dates instead, and counts are not kept.
bool follow_up(const PlanInput& plan, const Graph& g, const Actuals& a,
               const std::vector<TaskTimes>& times, std::int64_t alert_days,
               const Calendar& calendar, Date status_date, FollowUp& out,
               std::vector<Problem>& problems, std::vector<KnownValues>* known = nullptr);

} // namespace retroplan
