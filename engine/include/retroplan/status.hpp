// What following the plan tells about each task and the plan on the status date (model §8-10):
// where each task stands, its status with the alert window, its expected dates and deviation
// from the baseline, its next commitment, and the counts per status. Every shell reads these
// from Schedule::follow_up; the phases that compute them are in progress.hpp.
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/problem.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace retroplan {

// Where a task stands on the status date (§8).
enum class TaskState : unsigned char { NotStarted, Started, Done };

// The five statuses (§10), in their order of precedence.
enum class Status : unsigned char { Done, Late, DueSoon, InProgress, NotStarted };
inline constexpr std::size_t kStatusCount = 5;
inline constexpr std::array<Status, kStatusCount> kStatuses = {
    Status::Done, Status::Late, Status::DueSoon, Status::InProgress, Status::NotStarted};

// The model's words: "done", "late", "due soon", "in progress", "not started"; in French
// "terminé", "en retard", "échéance proche", "en cours", "à venir".
std::string_view status_word(Status s, Lang lang);
// Stable keys for machine formats: "done", "late", "due_soon", "in_progress", "not_started".
std::string_view status_key(Status s);

// A task's next commitment (§10): not started, start by its latest start; started, finish by
// its latest end; a milestone not done, happen by its date (Finish). None once done.
enum class Due : unsigned char { None, Start, Finish };
// "start" / "finish", "début" / "fin"; empty for None.
std::string_view due_word(Due d, Lang lang);

// One task on the status date. 48 bytes: a million-task plan holds a million of them, and
// writing fresh memory is most of what the follow-up costs.
struct TaskFollowUp {
    TaskState state = TaskState::NotStarted;
    Status status = Status::NotStarted;
    Due due = Due::None;
    // Working days of work left as the forecast counts them: the duration when not started,
    // r of §8 when started (at least 1), 0 when done. The done share is 1 - remaining/duration.
    std::int32_t remaining = 0;
    // Expected start and finish boundary (§8), working-day indexes (a calendar of 1900-2200
    // has fewer than 2^31 working days).
    std::int32_t xs = 0, xf = 0;
    // Displayed dates (§6 conventions: a milestone shows the day at whose end it happens).
    Date expected_start, expected_end;
    Date due_date; // the next commitment's day (its latest start, or latest end), unless None
    // §9: XF - (baseline end + 1) working days, positive = later than agreed; none without a
    // baseline end.
    std::optional<std::int32_t> deviation;
};

struct StatusCounts {
    std::array<std::int64_t, kStatusCount> by_status{}; // indexed by Status
    std::int64_t of(Status s) const { return by_status[std::size_t(s)]; }
};

// Present in a Schedule exactly when a status date was given.
struct FollowUp {
    WorkIndex today = 0; // τ: the first working day on or after the status date
    Date status_date;    // as given
    std::int64_t alert_days = 0;
    std::vector<TaskFollowUp> tasks; // in table order
    StatusCounts counts;
    // The baseline as read, per task (a non-working day taken as the working day on or before
    // it); empty when the table has no such column.
    std::vector<std::optional<Date>> baseline_start, baseline_end;
};

// The alert list a person reads in the morning: the late tasks, then the due-soon ones, each
// group by the date of its next commitment, then in table order. Task indexes.
std::vector<std::size_t> alert_list(const FollowUp& f);

} // namespace retroplan
