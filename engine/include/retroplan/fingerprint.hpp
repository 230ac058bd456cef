// A checksum of everything the rebuild reads to write the Retroplan, Workload and Risk sheets, so
// that a formula can tell when those sheets no longer match their inputs (the rebuild stores it;
// RETRO_FINGERPRINT computes it again from the table and the settings where the rebuild read them).
// It covers every cell of the table's recognised columns as read (core, follow-up, RACI and
// allocation, three-point estimates), the headers' language, the document's null date, the
// settings as they read (deadline, status date, alert window, working days) and, when the table
// names owners, the Level setting and the capacity table. Not "today" when it is only marked on
// the timeline: it moves on its own. A value changed and changed back gives the same number again.
#pragma once

#include "retroplan/capacity.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/table.hpp"

#include <cstdint>

namespace retroplan {

// 48 bits, so that a spreadsheet's number holds it exactly. `level` and `capacity` count only
// when a task names an owner, as the rebuild reads them only then.
std::uint64_t rebuild_fingerprint(const PlanInput& plan, const Settings& settings, bool level,
                                  const CapacityTable& capacity);

// Whether a task names an owner: the rebuild then writes the Workload sheet, reading the Level
// setting and the capacity table.
bool names_owners(const PlanInput& plan);

} // namespace retroplan
