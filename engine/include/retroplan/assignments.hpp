// Who does each task (model §12): the people an owner cell names, and each one's share of the
// task per working day from the allocation column. Only the owner (R of RACI) loads anyone.
#pragma once

#include "retroplan/problem.hpp"
#include "retroplan/share.hpp"
#include "retroplan/table.hpp"
#include "retroplan/text.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace retroplan {

// An allocation is a share of one day: above 0 % and at most 100 % (a bare 50 would be 5,000 %:
// rejected, with the message suggesting 50% or 0.5).
inline constexpr Share kMaxAllocation = kFullDay;

// The key two spellings of one person share: trimmed, inner white space folded to one space,
// case and Latin accents ignored (fold): " anne  ROY" and "Anne Roy" are one person, and so are
// "HELENE" and "Hélène" (capitals often lose their accents).
std::string person_key(std::string_view name);

// Calls f(name) for each trimmed, non-empty name of an owner cell: "Ana; Bob, Chloé / Dan".
template <class F> void for_each_person(std::string_view cell, F&& f) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= cell.size(); ++i) {
        if (i == cell.size() || cell[i] == ';' || cell[i] == ',' || cell[i] == '/') {
            const auto name = trim(cell.substr(start, i - start));
            if (!name.empty()) f(name);
            start = i + 1;
        }
    }
}

// Everyone the owner column names, numbered in order of first mention in the table.
class People {
  public:
    // The person's number, adding them when new.
    std::int32_t add(std::string_view name);
    // -1 when the plan names nobody of that name.
    std::int32_t find(std::string_view name) const;
    std::size_t size() const { return names_.size(); }
    // As first written (trimmed, white space folded).
    const std::string& name(std::int32_t person) const { return names_[std::size_t(person)]; }
    const std::string& key(std::int32_t person) const { return keys_[std::size_t(person)]; }

  private:
    std::vector<std::string> names_, keys_;
    std::unordered_map<std::string, std::int32_t> index_;
};

struct Assignments {
    People people;
    // Task t names people person[task_begin[t] .. task_begin[t + 1]), each once.
    std::vector<std::int32_t> task_begin;
    std::vector<std::int32_t> person;
    std::vector<Share> share; // per task: each named person's share of a working day

    std::span<const std::int32_t> people_of(std::size_t task) const {
        return {person.data() + task_begin[task], person.data() + task_begin[task + 1]};
    }
};

// Reads the owner and allocation columns (an allocation that is missing, or invalid and
// reported by check_allocations, counts as 100 %).
Assignments assign_owners(const PlanInput& plan);

// One bad_allocation problem per unreadable allocation or one outside (0 %, 100 %].
void check_allocations(const PlanInput& plan, std::vector<Problem>& problems);

} // namespace retroplan
