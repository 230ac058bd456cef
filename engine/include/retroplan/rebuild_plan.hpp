// Everything the "Rebuild retroplan" command computes, from a whole sheet's cells and the
// document's named settings: the task table, the settings, the schedule and the timeline
// layout. Pure: the add-in reads the cells and paints the result. The other commands that work
// on a document's plan (the calendar export) read it through here too: same rules, same messages.
#pragma once

#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/sheet_scan.hpp"
#include "retroplan/timeline.hpp"

#include <optional>
#include <vector>

namespace retroplan {

struct NamedSettings {
    std::optional<Cell> deadline, weekend, start; // named ranges RETRO_DEADLINE, …
    std::optional<std::vector<Cell>> holidays;    // RETRO_HOLIDAYS
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
    NullDate null_date;        // the document's
    std::optional<Date> today; // marked on the timeline when no start date is given
};

struct RebuildPlan {
    std::vector<Problem> problems; // empty when the timeline can be written (no_table,
                                   // no_deadline, settings and rows alike)
    PlanInput plan;
    std::optional<Schedule> schedule;
    std::optional<Settings> settings; // with the schedule: its calendar and options
    std::optional<Timeline> timeline;
    std::optional<Date> start; // the start setting, when given
};

RebuildPlan prepare_rebuild(RebuildInput input);

} // namespace retroplan
