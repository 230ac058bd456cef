// What the Retroplan sheet says, in English and French.
#pragma once

#include "retroplan/problem.hpp"

namespace retroplan::addin {

inline constexpr int kTaskColumnCount = 6; // ID, name, owner, start, end, slack

struct Words {
    // Summary: the title, each line's label, and what its value says.
    const char *title, *deadline, *kickoff, *critical_path, *status, *built, *freshness;
    const char *on_time, *late_by, *days; // printf formats take the number of days
    const char* built_from;               // "%s from %s": when, the task sheet's name
    const char *up_to_date, *out_of_date;
    // The legend.
    const char *legend_critical, *legend_task, *legend_slack, *legend_buffer, *legend_off,
        *legend_milestone, *legend_due, *legend_deadline, *legend_today;
    // Following the plan: the legend's marks, the status column's title, the counts line, the
    // alert box's title ("%s": the status date; "%d": the window) and its last row ("%d" more).
    const char *legend_done, *legend_progress, *legend_overrun, *legend_baseline;
    const char *status_column, *counts, *alerts, *no_alerts, *more_alerts;
    const char* count; // one status's count: "%s: %d" (the word first: no plural to agree)
    // The header rows.
    const char *scale_days, *scale_weeks, *scale_months, *week_row, *week_prefix;
    const char* columns[kTaskColumnCount];
    const char* months[12];
    const char* short_months[12];
};

const Words& words_for(Lang lang);

} // namespace retroplan::addin
