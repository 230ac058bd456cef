// The risk simulation's runs (model §13) on a built graph: each run draws the three-point
// durations, runs the backward pass, and finds its kick-off K_i and the tasks critical in it
// (forward pass from K_i). Seeded per run, so any number of threads gives the same results.
#pragma once

#include "retroplan/graph.hpp"

#include <cstdint>
#include <vector>

namespace retroplan {

struct SimulationRuns {
    std::vector<WorkIndex> kickoffs;         // K_i, by run
    std::vector<std::int64_t> critical_runs; // per task (table order): runs where it is critical
    std::int64_t earliest_run = 0;           // the first run with the smallest K_i
};

// `runs` runs from `seed`; threads 0 = as many as the hardware has and the work is worth.
SimulationRuns simulate_runs(const Graph& g, const std::vector<std::int32_t>& order,
                             WorkIndex deadline, std::int64_t runs, std::uint64_t seed,
                             unsigned threads = 0);

// The latest starts of one run, per task (table order): to name a task, and for tests.
std::vector<WorkIndex> simulated_latest_starts(const Graph& g,
                                               const std::vector<std::int32_t>& order,
                                               WorkIndex deadline, std::uint64_t seed,
                                               std::int64_t run);

} // namespace retroplan
