// The layout of the timeline (Gantt) sheet, computed from a schedule: which calendar column
// each bar, slack shade, milestone, non-working day, deadline and "today" falls in. Pure: the
// add-in only paints it.
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/schedule.hpp"

#include <optional>
#include <vector>

namespace retroplan {

enum class TimeScale { Day, Week };

struct TimelineBar {
    bool milestone = false;
    bool critical = false;
    std::size_t first = 0, last = 0;        // the bar (latest dates), inclusive columns
    std::optional<std::size_t> slack_first; // slack shade: early start .. the day before
    std::optional<std::size_t> slack_last;  //   the latest start, when the task has slack
};

struct Timeline {
    TimeScale scale = TimeScale::Day;
    std::vector<Date> columns;     // a day, or the Monday of a week
    std::vector<bool> non_working; // day scale: weekend or holiday
    std::size_t deadline_column = 0;
    std::optional<std::size_t> today_column;
    std::vector<TimelineBar> bars; // in table order
};

// Day columns while the plan spans at most `max_days` calendar days (about six months),
// else week columns. `today` is marked when it falls inside the range.
Timeline layout_timeline(const Schedule& s, const Calendar& calendar, std::optional<Date> today,
                         std::size_t max_days = 186);

// ISO 8601 week number, for the header row.
unsigned iso_week(Date d);

} // namespace retroplan
