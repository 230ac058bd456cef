// Everything the "Rebuild retroplan" command computes, from a whole sheet's cells and the
// document's named settings: the task table, the settings, the schedule and the timeline
// layout. Pure: the add-in reads the cells and paints the result. The other commands that work
// on a document's plan (the calendar export) read it through here too: same rules, same messages.
#pragma once

#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/sheet_scan.hpp"
#include "retroplan/workload.hpp"

#include <optional>
#include <string>
#include <vector>

namespace retroplan {

struct NamedSettings {
    std::optional<Cell> deadline, weekend, start; // named ranges RETRO_DEADLINE, …
    std::optional<Cell> alert_days;               // RETRO_ALERT_DAYS
    std::optional<std::vector<Cell>> holidays;    // RETRO_HOLIDAYS
    std::optional<Cell> level;                    // RETRO_LEVEL: yes to level (model §12)
    std::optional<Table> capacity;                // RETRO_CAPACITY: rows of person, capacity %
    std::vector<Problem> problems;                // a range that could not be read (too large)
};

struct RebuildInput {
    // The task sheet's cells: its used area, or (with `plan`) its top rows down to the header
    // row and, below it, the cells beside the table (those of the table's columns left empty).
    std::vector<std::vector<Cell>> rows;
    int first_row = 1;    // sheet row number of rows[0]
    int first_column = 0; // 0-based sheet column of the rows' first cell
    // The table from its header row down, as the shell read it (only the recognised columns of a
    // sheet); absent: read from `rows`.
    std::optional<PlanInput> plan;
    NamedSettings named;
    NullDate null_date; // the document's
    // The office's local date: marked on the timeline when no start date is given, and the
    // status date (model §8) when the table has progress data (actual dates or progress).
    std::optional<Date> today;
};

// Where a setting was read, so that a formula can read the same cells (the timeline's stale
// marker): a named range, cells of the task sheet, or nowhere (its default).
struct SettingSource {
    enum class From { Default, Named, Cells };
    From from = From::Default;
    std::string name; // Named: RETRO_DEADLINE, …
    // Cells: 0-based sheet rows and columns (holidays right of their label above the table: to
    // the scanned area's last column, and to_row_end set).
    int first_row = 0, last_row = 0, first_column = 0, last_column = 0;
    bool to_row_end = false;
};

struct SettingsSources {
    SettingSource deadline, holidays, weekend, start, alert_days, level;
};

struct RebuildPlan {
    std::vector<Problem> problems; // empty when the timeline can be written (no_table,
                                   // no_deadline, settings and rows alike)
    PlanInput plan;
    std::optional<Schedule> schedule;
    std::optional<Settings> settings; // with the schedule: its calendar and options
    std::optional<Date> start;        // the start setting, when given
    std::optional<Date> today;        // marked on the timeline: the start setting, else today
    // The status date the schedule's follow-up was computed at (model §8): the start setting,
    // else today when the table has progress data; none otherwise (no follow-up).
    std::optional<Date> status_date;
    bool status_date_is_today = false; // taken from today, not from a start setting
    SettingsSources sources;
    // Owners and load (model §12), when the table's owner column names someone: each person's load
    // and overloads at the timeline's dates. With the Level setting on (RETRO_LEVEL, or a label
    // "Level"/"Lisser" = yes), `schedule` is the levelled one and workload->levelled says what
    // levelling costs in kick-off.
    bool level = false;
    std::optional<WorkloadOutcome> workload;
    // The load at the dates `schedule` shows (levelled ones when levelling).
    const Workload* load() const {
        if (!workload) return nullptr;
        return workload->levelled ? &workload->levelled->load : &workload->load;
    }
};

RebuildPlan prepare_rebuild(RebuildInput input);

} // namespace retroplan
