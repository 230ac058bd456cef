// Levelling (model §12): latest dates recomputed so that nobody is overloaded, every link,
// buffer, due date and the deadline still holding, tasks moving only earlier. Pure, on the
// built graph's index arrays; progress and actual dates play no part.
#pragma once

#include "retroplan/assignments.hpp"
#include "retroplan/graph.hpp"

#include <cstdint>
#include <vector>

namespace retroplan {

// A task whose share alone is above one of its people's capacity: no date gives it room, so it
// is placed at its bound (the latest start its placed successors, buffer, due date and the
// deadline allow) and reported.
struct Exceeding {
    std::int32_t task = 0, person = 0;
};

struct Levelling {
    std::vector<WorkIndex> ls;        // levelled latest starts, table order
    std::vector<Exceeding> exceeding; // by task (table order), then person
};

// Places the tasks one by one from the deadline backwards: among the tasks whose successors are
// all placed, the one with the latest finish its bound allows, ties broken by least total slack
// of the plain plan (forward pass from the plain kick-off), then table order; each at the
// latest start, at or before its bound, at which every person it names has room (load + share
// <= capacity) on every day it covers. `order` is the graph's topological order.
Levelling level(const Graph& g, const std::vector<std::int32_t>& order, WorkIndex deadline,
                const Assignments& owners, const std::vector<Share>& capacity);

} // namespace retroplan
