// Each person's capacity (model §12): 100 % of a working day unless a capacity table (two
// columns: person, capacity %) says otherwise. The CLI reads it from a CSV file, the Calc
// functions from a range.
#pragma once

#include "retroplan/assignments.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/table.hpp"

#include <string>
#include <vector>

namespace retroplan {

// Above 0 % and at most ten full-time people: a bare 50 (5,000 %) is surely 50 % mistyped.
inline constexpr Share kMaxCapacity = 10 * kFullDay;

struct CapacityEntry {
    std::string person; // as written
    Share capacity = kFullDay;
    int row = 0;
};

struct CapacityTable {
    std::vector<CapacityEntry> entries;
    std::vector<Problem> problems; // bad_capacity, duplicate_capacity; rows of this table
};

// Rows of (person, capacity). The first row is a header when its capacity cell is text that
// does not read as a percentage ("Person, Capacity"); blank rows are skipped. Capacities read
// like allocations: a number is a fraction (1 = 100 %), text is "80%" or "0.8".
CapacityTable read_capacities(const Table& table);

// Each person's capacity, by the numbering of `people` (100 % for those the table omits;
// people the plan does not name are ignored).
std::vector<Share> capacities_of(const People& people, const CapacityTable& table);

} // namespace retroplan
