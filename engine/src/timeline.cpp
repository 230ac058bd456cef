#include "retroplan/timeline.hpp"

#include "retroplan/graph.hpp"

#include <algorithm>

namespace retroplan {

using namespace std::chrono;

unsigned iso_week(Date d) {
    // The Thursday of d's week decides the year; count weeks from that year's first Thursday.
    const auto wd = weekday{d}.iso_encoding(); // 1 = Monday
    const Date thursday = d + days{4 - int(wd)};
    const year y = year_month_day{thursday}.year();
    const Date jan1 = sys_days{y / January / 1};
    return unsigned((thursday - jan1).count() / 7 + 1);
}

namespace {

Date monday_of(Date d) {
    return d - days{int(weekday{d}.iso_encoding()) - 1};
}

int month_number(Date d) {
    const year_month_day ymd{d};
    return int(ymd.year()) * 12 + int(unsigned(ymd.month())) - 1;
}

Date first_of_month(Date d) {
    const year_month_day ymd{d};
    return sys_days{ymd.year() / ymd.month() / 1};
}

// Places the marks of one kind after another, each run of a span over working columns only.
class MarkPlacer {
  public:
    explicit MarkPlacer(Timeline& t) : t_(t) {}

    // A span from column `first` to `last`, split where non-working (day) columns interrupt it.
    void span(MarkKind kind, std::size_t task, std::size_t first, std::size_t last, bool critical) {
        for (std::size_t c = first; c <= last && c < t_.columns.size();) {
            if (t_.non_working[c]) {
                ++c;
                continue;
            }
            std::size_t end = c;
            while (end + 1 <= last && end + 1 < t_.columns.size() && !t_.non_working[end + 1])
                ++end;
            t_.marks.push_back(
                {.kind = kind, .task = task, .first = c, .last = end, .critical = critical});
            c = end + 1;
        }
    }
    void cell(MarkKind kind, std::size_t task, std::size_t column, bool critical) {
        t_.marks.push_back(
            {.kind = kind, .task = task, .first = column, .last = column, .critical = critical});
    }

  private:
    Timeline& t_;
};

} // namespace

std::size_t TimelineRange::days() const {
    return std::size_t((last - first).count() + 1);
}
std::size_t TimelineRange::weeks() const {
    return std::size_t((monday_of(last) - monday_of(first)).count() / 7 + 1);
}
std::size_t TimelineRange::months() const {
    return std::size_t(month_number(last) - month_number(first) + 1);
}
std::size_t TimelineRange::columns(TimeScale scale) const {
    switch (scale) {
    case TimeScale::Day:
        return days();
    case TimeScale::Week:
        return weeks();
    case TimeScale::Month:
        return months();
    }
    return days();
}

TimelineRange timeline_range(const Schedule& s) {
    TimelineRange r{.first = s.kickoff_date, .last = s.deadline_date};
    for (const auto& d : s.dates) {
        r.first = std::min({r.first, d.start, d.early_start});
        r.last = std::max({r.last, d.end, d.early_end});
    }
    return r;
}

std::size_t Timeline::column_of(Date d) const {
    if (columns.empty() || d <= columns.front()) return 0;
    switch (scale) {
    case TimeScale::Day:
        return std::size_t((d - columns.front()).count());
    case TimeScale::Week:
        return std::size_t((monday_of(d) - columns.front()).count() / 7);
    case TimeScale::Month:
        return std::size_t(month_number(d) - month_number(columns.front()));
    }
    return 0;
}

std::vector<Share> column_peaks(const Timeline& t, const Calendar& calendar,
                                std::span<const LoadRun> runs) {
    std::vector<Share> peaks(t.columns.size(), 0);
    if (t.columns.empty()) return peaks;
    for (const LoadRun& run : runs)
        for (WorkIndex day = run.begin; day < run.end; ++day) {
            const auto date = calendar.date_of(day);
            if (!date || *date < t.columns.front()) continue;
            const std::size_t c = t.column_of(*date);
            if (c < peaks.size()) peaks[c] = std::max(peaks[c], run.load);
        }
    return peaks;
}

Timeline layout_timeline(const PlanInput& plan, const Schedule& s, const Calendar& calendar,
                         TimeScale scale, std::optional<Date> today) {
    Timeline t;
    t.scale = scale;
    const TimelineRange range = timeline_range(s);
    switch (scale) {
    case TimeScale::Day:
        for (Date d = range.first; d <= range.last; d += days{1})
            t.columns.push_back(d);
        break;
    case TimeScale::Week:
        for (Date d = monday_of(range.first); d <= range.last; d += days{7})
            t.columns.push_back(d);
        break;
    case TimeScale::Month:
        for (Date d = first_of_month(range.first); d <= range.last;
             d = sys_days{year_month_day{d} + months{1}})
            t.columns.push_back(d);
        break;
    }
    for (const Date d : t.columns)
        t.non_working.push_back(scale == TimeScale::Day && !calendar.is_working(d));

    t.deadline_column = t.column_of(s.deadline_date);
    t.lines.push_back({.kind = LineKind::Deadline, .column = t.deadline_column});
    if (today && *today >= t.columns.front() && *today <= range.last) {
        t.today_column = t.column_of(*today);
        t.lines.push_back({.kind = LineKind::Today, .column = *t.today_column});
    }

    // Buffers and due dates as the scheduler read them (the plan is valid: no problem here).
    const Graph g = build_graph(plan, calendar).graph;
    MarkPlacer place(t);
    const std::size_t last_column = t.columns.size() - 1;
    const FollowUp* follow = s.follow_up ? &*s.follow_up : nullptr;
    const auto inside = [&](Date x) { return x >= t.columns.front() && x <= range.last; };
    for (std::size_t i = 0; i < s.dates.size(); ++i) {
        const TaskDates& d = s.dates[i];
        const TaskTimes& tt = s.times[i];
        const bool milestone = tt.lf == tt.ls;
        const std::size_t bar_first = t.column_of(d.start), bar_last = t.column_of(d.end);
        const TaskFollowUp* f = follow && i < follow->tasks.size() ? &follow->tasks[i] : nullptr;
        if (follow && i < follow->baseline_end.size() && follow->baseline_end[i]) {
            const Date end = *follow->baseline_end[i];
            Date start = end;
            if (i < follow->baseline_start.size() && follow->baseline_start[i] &&
                *follow->baseline_start[i] <= end)
                start = *follow->baseline_start[i];
            if (start <= range.last && end >= t.columns.front())
                t.marks.push_back({.kind = MarkKind::Baseline,
                                   .task = i,
                                   .first = t.column_of(start),
                                   .last = std::min(t.column_of(end), last_column)});
        }
        if (f && f->state == TaskState::Done) {
            // At its actual dates, whatever its latest ones were; no slack, no buffer (§8).
            if (milestone)
                place.cell(MarkKind::Done, i, t.column_of(f->expected_end), false);
            else
                place.span(MarkKind::Done, i, t.column_of(f->expected_start),
                           t.column_of(f->expected_end), false);
            if (i < g.size() && g.due[i] != kNoDue)
                if (const auto due = calendar.date_of(g.due[i]); due && inside(*due))
                    place.cell(MarkKind::Due, i, t.column_of(*due), false);
            continue;
        }
        if (f && f->state == TaskState::Started && !milestone) {
            const WorkIndex done = (tt.lf - tt.ls) - f->remaining;
            if (const auto last = calendar.date_of(tt.ls + done - 1); done > 0 && last)
                place.span(MarkKind::Progress, i, bar_first, t.column_of(*last), tt.critical);
        }
        if (f && f->status == Status::Late && f->expected_end > d.end) {
            if (const auto from = calendar.date_of(tt.lf)) {
                const std::size_t first = std::max(t.column_of(*from), bar_last + 1);
                const std::size_t last = std::min(t.column_of(f->expected_end), last_column);
                if (first <= last) place.span(MarkKind::Overrun, i, first, last, tt.critical);
            }
        }
        if (milestone) {
            place.cell(MarkKind::Milestone, i, bar_first, tt.critical);
        } else {
            place.span(MarkKind::Bar, i, bar_first, bar_last, tt.critical);
            // Bars sit at the latest dates; the slack is the room before them, from the early
            // start. In week or month columns the bar wins a column it shares with its slack.
            const auto day_before = calendar.date_of(tt.ls - 1);
            if (tt.total_slack > 0 && day_before && *day_before >= d.early_start) {
                const std::size_t first = t.column_of(d.early_start);
                const std::size_t last = t.column_of(*day_before);
                if (first < bar_first)
                    place.span(MarkKind::Slack, i, first, std::min(last, bar_first - 1), false);
            }
        }
        // The buffer's working days follow the task's finish boundary (model §2, §4).
        if (i < g.size() && g.buffer[i] > 0) {
            const auto from = calendar.date_of(tt.lf);
            const auto to = calendar.date_of(tt.lf + g.buffer[i] - 1);
            if (from && to) {
                const std::size_t first = std::max(t.column_of(*from), bar_last + 1);
                const std::size_t last = std::min(t.column_of(*to), last_column);
                if (first <= last && *from <= range.last)
                    place.span(MarkKind::Buffer, i, first, last, tt.critical);
            }
        }
        if (i < g.size() && g.due[i] != kNoDue) {
            const auto due = calendar.date_of(g.due[i]);
            if (due && *due >= t.columns.front() && *due <= range.last)
                place.cell(MarkKind::Due, i, t.column_of(*due), tt.critical);
        }
    }
    std::stable_sort(t.marks.begin(), t.marks.end(),
                     [](const TimelineMark& a, const TimelineMark& b) { return a.kind < b.kind; });
    return t;
}

std::vector<PeriodLabel> period_labels(const Timeline& t) {
    // The period a top-header label names: the month (day and week columns) or the year.
    const auto period = [&](std::size_t c) {
        const int m = month_number(t.columns[c]);
        return t.scale == TimeScale::Month ? m / 12 : m;
    };
    // Repeated every `every` columns (about a week of days, half a year of months; a month of
    // week columns is short enough), not closer than `gap` to the next period's label.
    const std::size_t every = t.scale == TimeScale::Day ? 7 : t.scale == TimeScale::Month ? 6 : 0;
    const std::size_t gap = t.scale == TimeScale::Day ? 4 : 3;
    std::vector<PeriodLabel> out;
    const std::size_t n = t.columns.size();
    std::size_t next_change = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (c == 0 || period(c) != period(c - 1)) {
            out.push_back({.column = c, .repeat = false});
            next_change = c + 1;
            while (next_change < n && period(next_change) == period(c))
                ++next_change;
            continue;
        }
        const bool candidate =
            t.scale != TimeScale::Day || weekday{t.columns[c]}.iso_encoding() == 1;
        if (every > 0 && candidate && c - out.back().column >= every &&
            (next_change == n || next_change - c >= gap))
            out.push_back({.column = c, .repeat = true});
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].span = (i + 1 < out.size() ? out[i + 1].column : n) - out[i].column;
    return out;
}

} // namespace retroplan
