// Reminder days worked out by hand on the calendar of the model's worked example (§7): weekend
// Saturday-Sunday, Easter Monday 2027-03-29 off.
#include "retroplan/reminders.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

namespace {

const Calendar kEaster(WeekendMask{}, {make_date(2027, 3, 29)});

WorkIndex at(Date d) {
    return *kEaster.index_on_or_after(d);
}

// A task occupying the working days first .. last (a milestone: first = last + 1 day, i.e. ls
// the day after its displayed date).
TaskTimes task(Date first, Date last) {
    return {.ls = at(first), .lf = at(last) + 1};
}

std::string days(const std::vector<Reminder>& rs) {
    std::string out;
    for (const auto& r : rs)
        out += std::string(r.what == ReminderFor::Start ? "start "
                           : r.what == ReminderFor::End ? "end "
                                                        : "milestone ") +
               to_iso(r.day) + ";";
    return out;
}

} // namespace

TEST(Reminders, MondayStartWarnsOnThursday) {
    // Mon 03-08 .. Fri 03-12: two working days before are Thu 03-04 and Wed 03-10.
    EXPECT_EQ(days(task_reminders(task(make_date(2027, 3, 8), make_date(2027, 3, 12)), kEaster, 2)),
              "start 2027-03-04;end 2027-03-10;");
}

TEST(Reminders, HolidaySkipped) {
    // Tue 03-30 .. Wed 03-31, after Easter Monday: Thu 03-25 and Fri 03-26.
    EXPECT_EQ(
        days(task_reminders(task(make_date(2027, 3, 30), make_date(2027, 3, 31)), kEaster, 2)),
        "start 2027-03-25;end 2027-03-26;");
}

TEST(Reminders, FridaySaturdayWeekend) {
    const Calendar cal(*WeekendMask::parse("0000110"), {});
    // Sunday 03-14 .. Tue 03-16 with Friday and Saturday off: Wed 03-10 and Sun 03-14.
    const TaskTimes t{.ls = *cal.index_on_or_after(make_date(2027, 3, 14)),
                      .lf = *cal.index_on_or_after(make_date(2027, 3, 16)) + 1};
    EXPECT_EQ(days(task_reminders(t, cal, 2)), "start 2027-03-10;end 2027-03-14;");
}

TEST(Reminders, MilestoneGetsOne) {
    // A milestone displayed on Thu 04-01 (ls is Fri 04-02): Tue 03-30.
    const TaskTimes t{.ls = at(make_date(2027, 4, 2)), .lf = at(make_date(2027, 4, 2))};
    EXPECT_EQ(days(task_reminders(t, kEaster, 2)), "milestone 2027-03-30;");
}

TEST(Reminders, OneDayTaskGetsOne) {
    EXPECT_EQ(
        days(task_reminders(task(make_date(2027, 3, 22), make_date(2027, 3, 22)), kEaster, 2)),
        "start 2027-03-18;");
}

TEST(Reminders, ZeroDaysIsTheDayItself) {
    EXPECT_EQ(days(task_reminders(task(make_date(2027, 3, 8), make_date(2027, 3, 12)), kEaster, 0)),
              "start 2027-03-08;end 2027-03-12;");
}

TEST(Reminders, BeforeTheCalendarLeftOut) {
    // A task on the calendar's first three working days: no working day before its start.
    const TaskTimes t{.ls = 0, .lf = 3};
    const auto rs = task_reminders(t, kEaster, 2);
    ASSERT_EQ(rs.size(), 1u);
    EXPECT_EQ(rs[0].what, ReminderFor::End);
    EXPECT_EQ(rs[0].day, *kEaster.date_of(0));
}
