// Three-point durations (model §13): the optimistic, most likely and pessimistic columns.
#pragma once

#include "retroplan/problem.hpp"
#include "retroplan/table.hpp"

#include <cstdint>
#include <vector>

namespace retroplan {

struct Estimate {
    std::int32_t optimistic = 0, most_likely = 0, pessimistic = 0;
    bool uncertain() const { return optimistic < pessimistic; }
};

// One estimate per task when the plan has any of the three columns, else none. A task whose
// three cells are blank keeps its fixed duration d as {d, d, d}. Each value is whole working
// days ≥ 0 (as a duration is written); the three go together and satisfy a ≤ m ≤ b.
// Problems: bad_estimate, incomplete_estimate, estimate_order (cells holding an error were
// reported when the table was read).
std::vector<Estimate> read_estimates(const PlanInput& plan,
                                     const std::vector<std::int32_t>& duration,
                                     std::vector<Problem>& problems);

} // namespace retroplan
