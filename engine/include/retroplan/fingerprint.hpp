// A checksum of what the timeline sheet draws for a plan, so that a formula can tell when the
// drawn timeline no longer matches its table (the rebuild stores it; RETRO_FINGERPRINT computes
// it from the table). It covers every task's ID, name, owner, buffer and due date, its
// latest and early dates, slack and critical flag, the deadline, the kick-off, the lateness, and
// which days of the drawn range are worked — not "today", which moves on its own.
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/table.hpp"

#include <cstdint>

namespace retroplan {

// 48 bits, so that a spreadsheet's number holds it exactly.
std::uint64_t timeline_fingerprint(const PlanInput& plan, const Schedule& s,
                                   const Calendar& calendar);

} // namespace retroplan
