// The validated plan as an index-based graph: tasks in contiguous arrays, links in CSR form
// (grouped by predecessor), and its topological order.
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/estimates.hpp"
#include "retroplan/parse.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/table.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace retroplan {

inline constexpr WorkIndex kNoDue = std::numeric_limits<WorkIndex>::max() / 4;

struct Graph {
    std::vector<std::int32_t> duration;
    std::vector<std::int32_t> buffer;
    std::vector<WorkIndex> due;     // working-day index of the due date, or kNoDue
    std::vector<Estimate> estimate; // three-point durations (§13); empty when the plan has none

    // Outgoing links of task p are [out_begin[p], out_begin[p + 1]).
    // Every link type reduces to one start-to-start weight w (see link_weight):
    // s_S >= s_P + w, so the passes need no per-type branch.
    std::vector<std::int32_t> out_begin;
    std::vector<std::int32_t> out_target;
    std::vector<WorkIndex> out_weight;
    // The link's type: which end of each task a link ties, for passes whose durations vary (the
    // forecast, model §8: a task with progress no longer lasts its planned duration; the risk
    // simulation, §13: every run draws its own durations).
    std::vector<LinkType> out_type;

    std::size_t size() const { return duration.size(); }
    std::size_t link_count() const { return out_target.size(); }
};

// The four constraints of the model, rewritten on start indexes (f = s + d):
//   FS  s_S >= s_P + d_P + b_P + L        SS  s_S >= s_P + L
//   FF  s_S >= s_P + d_P + b_P + L - d_S  SF  s_S >= s_P + L - d_S
// Which end of the predecessor (FS, FF) and of the successor (FF, SF) a link ties.
constexpr bool from_finish(LinkType t) {
    return t == LinkType::FS || t == LinkType::FF;
}
constexpr bool to_finish(LinkType t) {
    return t == LinkType::FF || t == LinkType::SF;
}

constexpr WorkIndex link_weight(LinkType type, WorkIndex lag, WorkIndex d_pred, WorkIndex b_pred,
                                WorkIndex d_succ) {
    return lag + (from_finish(type) ? d_pred + b_pred : 0) - (to_finish(type) ? d_succ : 0);
}

// The latest finish boundary the deadline and the task's due date allow, buffer included
// (model §4: f + b <= D + 1).
inline WorkIndex finish_bound(const Graph& g, std::size_t t, WorkIndex deadline) {
    return std::min(deadline, g.due[t]) + 1 - g.buffer[t];
}

struct GraphBuild {
    Graph graph;
    std::vector<Problem> problems; // every problem found, not just the first
};

// Validates every row (IDs, durations, buffers, due dates, predecessor entries) and builds the
// graph. Due dates are turned into working-day indexes with the calendar.
GraphBuild build_graph(const PlanInput& plan, const Calendar& calendar);

// A task whose own row leaves it no room in the calendar: counted back from its due date or the
// deadline, its duration and buffer would start it before the calendar's first day (model §1).
// Blamed on the cell at fault — the due date when the deadline alone would leave room, else the
// buffer when the duration alone fits, else the duration — rather than on whichever task's dates
// first fall out (often the first task of the plan, upstream of the cause).
std::vector<Problem> room_problems(const PlanInput& plan, const Graph& g, WorkIndex deadline);

struct TopoOrder {
    std::vector<std::int32_t> order;               // every task, predecessors first
    std::vector<std::vector<std::int32_t>> cycles; // when not a DAG: each cycle in link order
};

// Kahn's algorithm; when tasks remain, walks back through them to name each cycle in order.
TopoOrder topological_order(const Graph& g);

// One cycle problem per cycle, "T3 → T5 → T9 → T3", located on the first task of the cycle.
std::vector<Problem> cycle_problems(const PlanInput& plan,
                                    const std::vector<std::vector<std::int32_t>>& cycles);

} // namespace retroplan
