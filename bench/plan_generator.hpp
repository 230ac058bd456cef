// Random DAG plans for the benchmarks: ~3 links per task to earlier tasks, all four link
// types, lags from -2 to +5, 10 % milestones, some buffers. Deterministic (fixed seed).
// Tasks come in layers (1,000 by default); links go to the layer before. add_owners, with_progress
// and add_estimates add the optional columns of one topic each (not meant to be combined).
#pragma once

#include "retroplan/table.hpp"

#include <algorithm>
#include <random>
#include <string>

namespace retroplan::bench {

inline PlanInput random_plan(std::size_t n, unsigned seed = 42, std::size_t layer = 1000) {
    std::mt19937_64 rng(seed);
    PlanInput plan;
    plan.tasks.resize(n);
    static const char* const types[] = {"", "SS", "FF", "SF"};
    for (std::size_t i = 0; i < n; ++i) {
        TaskInput& t = plan.tasks[i];
        t.row = int(i) + 2;
        t.id = std::string("T").append(std::to_string(i));
        t.name = std::string("Task ").append(std::to_string(i));
        const auto d = rng() % 10;
        t.duration = Cell::of_text(std::to_string(d == 0 ? 0 : d + rng() % 5));
        if (rng() % 5 == 0) t.buffer = Cell::of_text(std::to_string(rng() % 3));
        // Links go to the layer before, so the critical chain stays about n / layer tasks
        // long and fits the calendar even at a million tasks.
        const std::size_t kLayer = layer;
        if (i < kLayer) continue;
        const std::size_t layer_start = (i / kLayer - 1) * kLayer;
        std::size_t chosen[3] = {0, 0, 0};
        for (int k = 0; k < 3; ++k) {
            const std::size_t p = layer_start + rng() % kLayer;
            if (std::find(chosen, chosen + k, p) != chosen + k) continue; // no duplicate link
            chosen[k] = p;
            if (!t.predecessors.empty()) t.predecessors += ';';
            t.predecessors.append("T").append(std::to_string(p)).append(types[rng() % 4]);
            const int lag = int(rng() % 8) - 2;
            if (lag > 0) t.predecessors += '+';
            if (lag != 0) t.predecessors.append(std::to_string(lag));
        }
    }
    return plan;
}

// Owners for a random plan: each task one of `people` ("P0", "P1"…) at random, one in ten a
// second person, one in five at 50 % (an allocation column). people == tasks gives each task
// its own person: nobody is ever overloaded.
inline void add_owners(PlanInput& plan, std::size_t people, unsigned seed = 7) {
    std::mt19937_64 rng(seed);
    plan.optional_slot[std::size_t(Field::Allocation)] = 0;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        TaskInput& t = plan.tasks[i];
        const std::size_t p = people == plan.tasks.size() ? i : rng() % people;
        t.owner = std::string("P").append(std::to_string(p));
        if (people > 1 && people != plan.tasks.size() && rng() % 10 == 0)
            t.owner.append("; P").append(std::to_string((p + 1 + rng() % (people - 1)) % people));
        t.optional = {rng() % 5 == 0 ? Cell::of_text("50%") : Cell{}};
    }
}

// The same plan with actual start, actual end and progress columns (as a CSV file gives them:
// text), filled on a third of the tasks, the earliest ones (the first third of the layers, so
// links mostly run from tasks with progress to tasks without), dated before `today`: a third of
// them done with both actual dates, a third done at 100 % with an actual start, a third started
// at 0-95 %.
inline PlanInput with_progress(PlanInput plan, Date today, unsigned seed = 7) {
    std::mt19937_64 rng(seed);
    int slot = 0;
    for (const Field f : {Field::ActualStart, Field::ActualEnd, Field::Progress}) {
        plan.optional_slot[std::size_t(f)] = slot++;
        plan.column_names[std::size_t(f)] = std::string(field_name(f));
    }
    const std::size_t with = plan.tasks.size() / 3;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        auto& cells = plan.tasks[i].optional;
        cells.assign(3, Cell{});
        if (i >= with) continue;
        const Date end = today - std::chrono::days{int(rng() % 60)};
        const Date start = end - std::chrono::days{int(rng() % 20)};
        switch (rng() % 3) {
        case 0:
            cells[0] = Cell::of_text(to_iso(start));
            cells[1] = Cell::of_text(to_iso(end));
            break;
        case 1:
            cells[0] = Cell::of_text(to_iso(start));
            cells[2] = Cell::of_text("100%");
            break;
        default:
            cells[0] = Cell::of_text(to_iso(end));
            cells[2] = Cell::of_text(std::to_string(rng() % 20 * 5) + "%");
            break;
        }
    }
    return plan;
}

// Adds three-point estimates to `percent` % of the tasks: optimistic d − 0..2, most likely d,
// pessimistic d + 0..6 (some end up with a = b).
inline void add_estimates(PlanInput& plan, unsigned percent = 100, unsigned seed = 7) {
    std::mt19937_64 rng(seed);
    const Field fields[] = {Field::Optimistic, Field::MostLikely, Field::Pessimistic};
    for (int f = 0; f < 3; ++f) {
        plan.optional_slot[std::size_t(fields[f])] = f;
        plan.column_names[std::size_t(fields[f])] = std::string(field_name(fields[f]));
    }
    for (TaskInput& t : plan.tasks) {
        if (rng() % 100 >= percent) continue;
        const auto d = std::stoll(t.duration.text);
        const auto a = std::max<long long>(0, d - std::int64_t(rng() % 3));
        const auto b = d + std::int64_t(rng() % 7);
        t.optional = {Cell::of_number(double(a)), Cell::of_number(double(d)),
                      Cell::of_number(double(b))};
    }
}

} // namespace retroplan::bench
