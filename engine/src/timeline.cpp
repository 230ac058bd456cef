#include "retroplan/timeline.hpp"

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

} // namespace

Timeline layout_timeline(const Schedule& s, const Calendar& calendar, std::optional<Date> today,
                         std::size_t max_days) {
    Timeline t;
    Date first = s.kickoff_date, last = s.deadline_date;
    for (const auto& d : s.dates) {
        first = std::min({first, d.start, d.early_start});
        last = std::max({last, d.end, d.early_end});
    }
    const auto span = std::size_t((last - first).count() + 1);
    t.scale = span <= max_days ? TimeScale::Day : TimeScale::Week;
    auto column_of = [&](Date d) -> std::size_t {
        if (t.scale == TimeScale::Day) return std::size_t((d - first).count());
        return std::size_t((monday_of(d) - monday_of(first)).count() / 7);
    };
    if (t.scale == TimeScale::Day) {
        for (Date d = first; d <= last; d += days{1}) {
            t.columns.push_back(d);
            t.non_working.push_back(!calendar.is_working(d));
        }
    } else {
        for (Date d = monday_of(first); d <= last; d += days{7}) {
            t.columns.push_back(d);
            t.non_working.push_back(false);
        }
    }
    t.deadline_column = column_of(s.deadline_date);
    if (today && *today >= (t.scale == TimeScale::Day ? first : monday_of(first)) && *today <= last)
        t.today_column = column_of(*today);

    t.bars.reserve(s.dates.size());
    for (std::size_t i = 0; i < s.dates.size(); ++i) {
        const TaskDates& d = s.dates[i];
        const TaskTimes& tt = s.times[i];
        TimelineBar b;
        b.milestone = tt.lf == tt.ls; // duration 0
        b.critical = tt.critical;
        b.first = column_of(d.start);
        b.last = column_of(d.end);
        if (tt.total_slack > 0 && !b.milestone) {
            // Bars sit at the latest dates; the slack is the room before them, from the early
            // start.
            const auto day_before = calendar.date_of(tt.ls - 1);
            if (day_before && *day_before >= d.early_start) {
                b.slack_first = column_of(d.early_start);
                b.slack_last = column_of(*day_before);
            }
        }
        t.bars.push_back(b);
    }
    return t;
}

} // namespace retroplan
