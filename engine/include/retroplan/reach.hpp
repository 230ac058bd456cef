// What a problem reaches (docs/scheduling-model.md §15): when a table has problems, the values of
// each task that none of them can change, and the partial schedule that gives those values. A
// spreadsheet cell of a task no problem reaches still computes; the others show an error.
#pragma once

#include "retroplan/graph.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/progress.hpp"
#include "retroplan/schedule.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace retroplan {

// The tasks from which no cycle can be reached, predecessors first: the order of a backward pass
// on a graph that may hold cycles (every task when it holds none).
std::vector<std::int32_t> backward_order(const Graph& g);

// Which values of each task `problems` leave known (§15), in table order. Empty when one of them
// reaches every task (a setting, the table as a whole, a row that is no task). `topo` is the
// graph's order (its cycles too) and `backward` its backward_order; `actuals` is null without a
// status date.
std::vector<KnownValues> known_values(const PlanInput& plan, const Graph& g, const TopoOrder& topo,
                                      const std::vector<std::int32_t>& backward,
                                      const std::vector<Problem>& problems, const Actuals* actuals);

// The schedule of a table with problems, as far as they let it be known: the values `known`
// marks are exactly those of the plan with its problems fixed in any way; the others, and the
// plan-level fields (kick-off, span, lateness, counts), are meaningless. nullopt when no value
// of any task is known.
std::optional<PartialSchedule> partial_schedule(const PlanInput& plan, const Graph& g,
                                                const TopoOrder& topo, const Calendar& calendar,
                                                WorkIndex deadline, const Options& options,
                                                const Actuals* actuals,
                                                const std::vector<Problem>& problems);

} // namespace retroplan
