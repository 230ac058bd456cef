// Writes a schedule as CSV or JSON, one row per task in table order, streamed in chunks so a
// million-task result is never held whole in memory.
#pragma once

#include "retroplan/schedule.hpp"
#include "retroplan/table.hpp"
#include "retroplan/workload.hpp"

#include <ostream>
#include <string>

namespace retroplan::cli {

// CSV columns: id, name, start, end, early_start, early_end, slack, free_slack, critical,
// owner, status, expected_start, expected_end, deviation, then accountable, consulted, informed
// and allocation when the table has them, then the table's other columns. With a status date
// early_* are the forecast (model §8), a done task's slack and free slack are empty, and status
// is the model's word in the table's header language; without one status to deviation are
// empty. JSON: the same per task (status as a stable key, null for no value) plus the status
// date, alert window and counts per status.
void write_schedule_csv(std::ostream& os, const PlanInput& plan, const Schedule& s);
void write_schedule_json(std::ostream& os, const PlanInput& plan, const Schedule& s,
                         bool has_start);

// `load`: one line per person and overloaded period, "person,from,to,peak_load,tasks" (ISO
// dates, the peak in %, task IDs separated by ';'); only the header when nobody is overloaded.
void write_overloads_csv(std::ostream& os, const PlanInput& plan, const Assignments& owners,
                         const Workload& load, const Calendar& calendar);
// `load --daily`: "person,date,load" for each person and working day with load, in %.
void write_daily_csv(std::ostream& os, const Assignments& owners, const Workload& load,
                     const Calendar& calendar);
// `load --format json`: kick-offs, people with capacity and peak, overloads (levelled ones when
// levelled), and the tasks that alone exceed a capacity.
void write_load_json(std::ostream& os, const PlanInput& plan, const WorkloadOutcome& w,
                     const Calendar& calendar);
// "levelling moves the kick-off N working days earlier", then one line per task that alone
// exceeds a capacity (for stderr).
std::string levelling_lines(const PlanInput& plan, const WorkloadOutcome& w);

// "kick-off 2027-03-02", when late "late by 2 working days", and with a status date the
// counts per status (for stderr).
std::string summary_lines(const Schedule& s);

} // namespace retroplan::cli
