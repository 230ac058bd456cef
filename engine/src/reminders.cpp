#include "retroplan/reminders.hpp"

namespace retroplan {

std::vector<Reminder> task_reminders(const TaskTimes& t, const Calendar& calendar, int alert_days) {
    std::vector<Reminder> out;
    auto add = [&](ReminderFor what, WorkIndex day) {
        const auto date = calendar.date_of(day - alert_days);
        if (date && (out.empty() || out.back().day != *date)) out.push_back({what, *date});
    };
    if (t.lf == t.ls) { // a milestone happens at the end of day ls - 1
        add(ReminderFor::Milestone, t.ls - 1);
        return out;
    }
    add(ReminderFor::Start, t.ls);
    add(ReminderFor::End, t.lf - 1);
    return out;
}

} // namespace retroplan
