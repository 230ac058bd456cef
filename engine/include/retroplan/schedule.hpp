// The retroplan: backward pass from the deadline, forward pass from the start, slack, critical
// path; with a status date, the forecast from progress and the follow-up (progress.hpp).
// One pure entry point; the input is const and the result a separate value (reentrant).
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/graph.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/status.hpp"
#include "retroplan/table.hpp"

#include <optional>
#include <vector>

namespace retroplan {

// Working-day indexes of one task. A task occupies ls .. lf-1; lf = ls + duration.
// With a status date, es/ef are the forecast (model §8) and slack is taken on it.
struct TaskTimes {
    WorkIndex ls = 0, lf = 0, es = 0, ef = 0;
    WorkIndex total_slack = 0, free_slack = 0;
    bool critical = false;
    bool done = false; // §8: a done task has no slack (both 0 here, shown empty), not critical
};

// Displayed dates (docs/scheduling-model.md §6): a milestone shows the day at whose end it happens.
struct TaskDates {
    Date start, end, early_start, early_end;
};

struct Schedule {
    std::vector<TaskTimes> times; // in table order
    std::vector<TaskDates> dates; // in table order
    WorkIndex deadline = 0;       // D
    WorkIndex kickoff = 0;        // K = min LS
    WorkIndex origin = 0;         // S0: the start index (τ, the status date), or K
    Date deadline_date, kickoff_date;
    // Working days the plan is late by: S0 - K when late, else 0; with a status date, from the
    // forecast: max(0, -min slack) over the tasks not done (§8).
    std::int64_t late_by = 0;
    std::int64_t span = 0; // working days from the kick-off to the deadline, inclusive
    // With a status date: each task's status, expected dates, deviation and next commitment,
    // and the counts per status (§8-10).
    std::optional<FollowUp> follow_up;
};

// Which values of one task a schedule knows (docs/scheduling-model.md §15): all of them without
// problems; with problems, those no problem reaches.
struct KnownValues {
    bool latest = false;     // start and end (LS, LF)
    bool early = false;      // early start and end (with a status date: the forecast)
    bool free_slack = false; // its latest and early dates and its successors' early dates
    bool baseline = true;    // no problem in its baseline dates
    // Slack, critical, status and expected dates need both its latest and its early dates.
    bool slack() const { return latest && early; }
    bool deviation() const { return slack() && baseline; }
};

// A schedule of a table with problems: `known` says, per task, which values of `schedule` hold.
struct PartialSchedule {
    Schedule schedule; // per-task values only: the plan-level ones are not computed
    std::vector<KnownValues> known;
};

struct Outcome {
    std::vector<Problem> problems;    // all of them, sorted by row
    std::optional<Schedule> schedule; // only when there is no problem at all
    // With problems, when asked for (Partial::Yes) and some task keeps a value (§15).
    std::optional<PartialSchedule> partial;
    bool ok() const { return schedule.has_value(); }
    // The task's values this outcome knows: all with a schedule, else the partial one's.
    KnownValues known(std::size_t task) const {
        if (schedule) return {true, true, true, true};
        if (partial) return partial->known[task];
        return {};
    }
    // The schedule whose per-task values `known` describes; null when nothing is known.
    const Schedule* values() const {
        return schedule ? &*schedule : partial ? &partial->schedule : nullptr;
    }
};

// Whether schedule() also computes what its problems leave known (§15): the spreadsheet cells
// want it; the CLI and the rebuild refuse a plan with problems and skip the work.
enum class Partial : bool { No, Yes };

// The entry point every shell uses (CLI, Calc functions, rebuild, scenario tests): schedules
// with the settings as read. The settings' problems come first, then every row's; when the
// settings are unusable the rows are still checked (against a default calendar) so the user
// sees every problem at once. The schedule is there only when there is no problem at all; with
// Partial::Yes and problems that leave some values known (never a settings problem), `partial`.
Outcome schedule(const PlanInput& plan, const SettingsOutcome& settings,
                 Partial partial = Partial::No);

// Validate, build the graph, order it, run both passes, compute slack and dates.
Outcome schedule(const PlanInput& plan, const Calendar& calendar, const Options& options,
                 Partial partial = Partial::No);

struct Actuals; // progress.hpp

// From latest starts (the backward pass's, or levelling's, §12) to the whole schedule: kick-off,
// origin, early dates and slack, displayed dates. Without a status date (actuals null) the
// forward pass from the kick-off (§5); with one (actuals read against options.start, their
// `today` the origin) the forecast replaces the early dates, slack is taken on it and the
// follow-up is added (§8-10). nullopt, with a date_out_of_range problem, when a date falls
// outside the calendar.
std::optional<Schedule> complete_schedule(const PlanInput& plan, const Graph& g,
                                          const std::vector<std::int32_t>& order,
                                          const Calendar& calendar, WorkIndex deadline,
                                          const Options& options, const Actuals* actuals,
                                          std::vector<WorkIndex> ls,
                                          std::vector<Problem>& problems);

// The passes on a built graph (exposed for tests and benchmarks), on plain index arrays.
// Latest starts, reverse topological order, from the deadline and due dates.
void backward_pass(const Graph& g, const std::vector<std::int32_t>& order, WorkIndex deadline,
                   std::vector<WorkIndex>& ls);
// Early starts, topological order, from the origin S0.
void forward_pass(const Graph& g, const std::vector<std::int32_t>& order, WorkIndex origin,
                  std::vector<WorkIndex>& es);
// Free slack (the only slack that needs the links; total slack is LS - ES).
void free_slack_pass(const Graph& g, WorkIndex deadline, const std::vector<WorkIndex>& ls,
                     const std::vector<WorkIndex>& es, std::vector<WorkIndex>& free_slack);
// The per-task result records: finishes, total and free slack, critical flags.
void assemble_times(const Graph& g, const std::vector<WorkIndex>& ls,
                    const std::vector<WorkIndex>& es, const std::vector<WorkIndex>& free_slack,
                    std::vector<TaskTimes>& times);

} // namespace retroplan
