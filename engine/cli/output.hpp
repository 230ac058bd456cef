// Writes a schedule as CSV or JSON, one row per task in table order, streamed in chunks so a
// million-task result is never held whole in memory.
#pragma once

#include "retroplan/schedule.hpp"
#include "retroplan/table.hpp"

#include <ostream>
#include <string>

namespace retroplan::cli {

void write_schedule_csv(std::ostream& os, const PlanInput& plan, const Schedule& s);
void write_schedule_json(std::ostream& os, const PlanInput& plan, const Schedule& s,
                         bool has_start);

// CSV columns: id, name, start, end, early_start, early_end, slack, free_slack, critical,
// owner, status, expected_start, expected_end, deviation, then the table's other columns. With a
// status date early_* are the forecast (model §8), a done task's slack and free slack are empty,
// and status is the model's word in the table's header language; without one the last four are
// empty. JSON: the same per task (status as a stable key, null for no value) plus the status
// date, alert window and counts per status.

// "kick-off 2027-03-02", when late "late by 2 working days", and with a status date the
// counts per status (for stderr).
std::string summary_lines(const Schedule& s);

} // namespace retroplan::cli
