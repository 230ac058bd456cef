// When to remind a task's owner: `alert_days` working days before its latest start and before
// its latest end, on the plan's calendar (a Monday start with 2 days warns on the Thursday
// before, holidays skipped). The calendar formats (iCalendar) turn these days into alarms.
#pragma once

#include "retroplan/calendar.hpp"
#include "retroplan/schedule.hpp"

#include <vector>

namespace retroplan {

enum class ReminderFor { Start, End, Milestone };

struct Reminder {
    ReminderFor what;
    Date day; // a working day
};

// Start then end; a milestone gets one reminder before its displayed date (model §6), a task
// whose two reminders fall on the same day (one day long) only the start one. A reminder that
// would fall before the calendar's first working day is left out.
std::vector<Reminder> task_reminders(const TaskTimes& t, const Calendar& calendar, int alert_days);

} // namespace retroplan
