// Scenario expectations about following the plan (model §8-10), for scenario_test.cpp: the
// follow-up columns of one task, and the plan-level keys `counts:` and `alerts:`.
#pragma once

#include "retroplan/schedule.hpp"
#include "retroplan/table.hpp"

#include <optional>
#include <string>

namespace retroplan::test {

// The value of a follow-up column for task i — status (English word), status_fr,
// expected_start, expected_end, deviation, due ("start 2027-03-22") — "" for none (no status
// date, no baseline end, done); nullopt when `column` is not one of them.
inline std::optional<std::string> follow_up_value(const Schedule& s, std::size_t i,
                                                  const std::string& column) {
    const TaskFollowUp* f = s.follow_up ? &s.follow_up->tasks[i] : nullptr;
    if (column == "status") return f ? std::string(status_word(f->status, Lang::En)) : "";
    if (column == "status_fr") return f ? std::string(status_word(f->status, Lang::Fr)) : "";
    if (column == "expected_start") return f ? to_iso(f->expected_start) : "";
    if (column == "expected_end") return f ? to_iso(f->expected_end) : "";
    if (column == "deviation") return f && f->deviation ? std::to_string(*f->deviation) : "";
    if (column == "due")
        return f && f->due != Due::None
                   ? std::string(due_word(f->due, Lang::En)).append(" ").append(to_iso(f->due_date))
                   : "";
    return std::nullopt;
}

// "2 done, 6 late, 1 due soon, 1 in progress, 0 not started"
inline std::string counts_text(const FollowUp& f) {
    std::string out;
    for (const Status st : kStatuses) {
        if (!out.empty()) out += ", ";
        out.append(std::to_string(f.counts.of(st))).append(" ").append(status_word(st, Lang::En));
    }
    return out;
}

// "VIS, VAL, TXT": the alert list's task IDs, in order.
inline std::string alerts_text(const FollowUp& f, const PlanInput& plan) {
    std::string out;
    for (const std::size_t i : alert_list(f)) {
        if (!out.empty()) out += ", ";
        out += plan.tasks[i].id;
    }
    return out;
}

} // namespace retroplan::test
