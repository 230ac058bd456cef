// iCalendar (RFC 5545) export of a schedule, built with libical: one all-day event per task at
// its latest dates, reminders `alert_days` working days ahead, and stable identities so that an
// updated export moves events instead of duplicating them. Its own library (retroplan_ical):
// the core engine does not depend on libical.
#pragma once

#include "retroplan/problem.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/table.hpp"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace retroplan {

enum class OwnerScope {
    All,  // one calendar, every task
    One,  // one calendar, the tasks naming IcsOptions::owner
    Each, // one calendar per person named in the owner column
};

struct IcsOptions {
    // The plan's identity, part of every UID: the CSV file's name or the document's URL. Two
    // exports with the same identity and task ID describe the same event.
    std::string plan_id;
    OwnerScope scope = OwnerScope::All;
    std::string owner;  // OwnerScope::One; matched as owner cells are (owners.hpp)
    int alert_days = 2; // A: working days between a reminder and what it announces
    // The calendar's name in calendar apps; empty: the plan identity's file name without its
    // extension. Per owner (and for one owner when empty) " — <owner>" is appended.
    std::string calendar_name;
    Lang lang = Lang::En; // descriptions and reminder texts
    // DTSTAMP: when the options are made, unless set (tests).
    std::chrono::sys_seconds now =
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    // The texts of earlier exports of this plan (usually the file about to be replaced): the
    // only state SEQUENCE needs. An event whose dates are unchanged keeps its SEQUENCE, one whose
    // dates changed gets the previous one plus 1, a new one 0.
    std::vector<std::string> previous;
};

struct CalendarFile {
    std::string owner;     // One and Each: the person as first written in the table
    std::string file_name; // Each: "<owner>.ics", safe on common file systems and unique
    std::string text;      // the iCalendar text (UTF-8, CRLF line ends)
    std::size_t events = 0;
};

// The calendar(s) of a scheduled plan (outcome.schedule of schedule(plan, settings)). All: one
// file. One: one file, or none when no task names that person. Each: one file per person in
// order of first appearance; tasks without an owner are in none.
std::vector<CalendarFile> export_calendar(const Schedule& schedule, const PlanInput& plan,
                                          const Settings& settings, const IcsOptions& options);

// The UID of a task's event: the task ID (percent-encoded outside [A-Za-z0-9._~-]) and a hash
// of the plan identity, e.g. "BRIEF-1f0c9d2e4b7a8c63@retroplan".
std::string event_uid(std::string_view plan_id, std::string_view task_id);

} // namespace retroplan
