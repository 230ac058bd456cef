// The layout of the timeline (Gantt) sheet, computed from a schedule: its time scale, the date
// of each column, and the marks drawn in the task rows and across them. Pure: the add-in gives
// each kind of mark its look and paints it.
//
// A new kind of mark (progress, an overload flag, …) is a MarkKind value, the function here that
// places it (called from layout_timeline), and its look and legend entry in the add-in
// (addin/timeline_marks.cxx).
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/load.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/table.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace retroplan {

enum class TimeScale { Day, Week, Month };

// What a task row shows, in paint order: where two marks of one row share a cell, the later
// kind wins it (the engine never makes two fills overlap, but a glyph or a border may sit on a
// fill).
//
// With a status date (the schedule's follow-up, model §8-10) a done task is drawn at its actual
// dates (Done) instead of its bar, slack and buffer; a started one's done share sits inside its
// bar (Progress); a late one's overrun follows its bar; the baseline underlines its dates.
enum class MarkKind {
    Slack,     // the room before the bar: early start .. the day before the latest start
    Bar,       // the task at its latest dates (working days only, in day columns)
    Done,      // a done task at its actual (expected) dates; a done milestone on its day
    Progress,  // a started task's done days: the first ones of its bar
    Buffer,    // the buffer (safety margin) after the task, model §2
    Overrun,   // a late task: the day after its latest end .. its expected end (§8)
    Milestone, // a duration-0 task on its day
    Due,       // the task's due date
    Baseline,  // baseline start .. baseline end (§9), one span across non-working days too
};

struct TimelineMark {
    MarkKind kind = MarkKind::Bar;
    std::size_t task = 0;            // in table order
    std::size_t first = 0, last = 0; // inclusive columns
    bool critical = false;           // the task's, for marks whose look depends on it
};

// What crosses every task row at one column.
enum class LineKind {
    Deadline, // after the deadline's column
    Today,    // before today's column (the start setting, else the office's local date)
};

struct TimelineLine {
    LineKind kind = LineKind::Deadline;
    std::size_t column = 0;
};

struct Timeline {
    TimeScale scale = TimeScale::Day;
    std::vector<Date> columns;       // a day, the Monday of a week or the first of a month
    std::vector<bool> non_working;   // day columns: weekend or holiday; otherwise all false
    std::vector<TimelineMark> marks; // by kind (paint order), then by task
    std::vector<TimelineLine> lines; // the deadline's first
    std::size_t deadline_column = 0;
    std::optional<std::size_t> today_column;

    // The column a date falls in (the dates before the first column: 0).
    std::size_t column_of(Date d) const;
};

// A person's load (their runs) per column of the timeline: a day column's load, a week or month
// column's busiest day; 0 where nothing loads. Days outside the axis are left out.
std::vector<Share> column_peaks(const Timeline& t, const Calendar& calendar,
                                std::span<const LoadRun> runs);

// The dates a timeline spans: the kick-off (or the earliest early start) to the deadline (or the
// latest end), every mark inside.
struct TimelineRange {
    Date first, last;
    std::size_t days() const;
    std::size_t weeks() const;  // Monday-to-Sunday weeks touched
    std::size_t months() const; // calendar months touched
    std::size_t columns(TimeScale scale) const;
};
TimelineRange timeline_range(const Schedule& s);

// The timeline of a valid plan's schedule in the given scale (see timeline_fit.hpp for the
// choice). `today` is marked when it falls inside the range.
Timeline layout_timeline(const PlanInput& plan, const Schedule& s, const Calendar& calendar,
                         TimeScale scale, std::optional<Date> today);

// The columns of the top header row that name their period (the month, or the year in month
// columns): the first column, each column where the period changes, and again every few columns
// inside a long period (on Mondays in day columns), so that a name stays in sight when the grid is
// scrolled sideways. `repeat` marks the repeated ones; `span` is how many columns the label has
// before the next one (or the grid's end), to shorten what does not fit.
struct PeriodLabel {
    std::size_t column = 0;
    bool repeat = false;
    std::size_t span = 1;
};
std::vector<PeriodLabel> period_labels(const Timeline& t);

// ISO 8601 week number, for the header row.
unsigned iso_week(Date d);

} // namespace retroplan
