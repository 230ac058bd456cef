// Load per person and working day, and overloads (model §12). Computed once per plan into
// sparse runs, so that a spreadsheet cell asking "Ana's load on Tuesday" is a binary search.
#pragma once

#include "retroplan/assignments.hpp"
#include "retroplan/calendar.hpp"
#include "retroplan/schedule.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace retroplan {

// Working days begin .. end-1 at one constant, non-zero load.
struct LoadRun {
    WorkIndex begin = 0, end = 0;
    Share load = 0;
};

// A person over capacity on working days begin .. end-1 (consecutive working days).
struct Overload {
    std::int32_t person = 0;
    WorkIndex begin = 0, end = 0;
    Share peak = 0;
    std::vector<std::int32_t> tasks; // the person's tasks covering any of those days, table order
};

struct Workload {
    // Person p's load: runs[run_begin[p] .. run_begin[p + 1]), by date, days without load
    // left out, neighbouring runs with different loads.
    std::vector<std::int32_t> run_begin;
    std::vector<LoadRun> runs;
    std::vector<Overload> overloads;      // by person (table order of first mention), then date
    std::vector<std::uint8_t> overloaded; // per task: 1 when part of an overload

    std::span<const LoadRun> runs_of(std::int32_t person) const {
        return {runs.data() + run_begin[std::size_t(person)],
                runs.data() + run_begin[std::size_t(person) + 1]};
    }
    // 0 on a day without load.
    Share load_on(std::int32_t person, WorkIndex day) const;
    Share peak_of(std::int32_t person) const;
    // The working days a person is over capacity, and the tasks of their overloads (table order,
    // each once): the Workload sheet's summary columns.
    std::int64_t days_over(std::int32_t person) const;
    std::vector<std::int32_t> overload_tasks(std::int32_t person) const;
};

// The working days each task loads its people, [begin, end) (§12): the planned (latest) dates
// LS .. LF-1; with a status date (Schedule::follow_up), the expected dates XS .. XF-1 of the
// tasks not done, and nothing for done tasks.
void loaded_days(const Schedule& s, std::vector<WorkIndex>& begin, std::vector<WorkIndex>& end);

// Loads, runs and overloads for tasks occupying begin[t] .. end[t]-1 (a milestone, begin ==
// end, loads nobody), against each person's capacity.
Workload compute_workload(const Assignments& owners, const std::vector<Share>& capacity,
                          const std::vector<WorkIndex>& begin, const std::vector<WorkIndex>& end);

} // namespace retroplan
