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

// "kick-off 2027-03-02" and, when late, "late by 2 working days" (for stderr).
std::string summary_lines(const Schedule& s);

} // namespace retroplan::cli
