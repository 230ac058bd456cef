// Lays out a template (engine: plan_templates.hpp) on a new, empty sheet: the settings with their
// labels and named ranges, the task table with its columns formatted, and live RETRO_* columns
// right of it. Values and formulas cell by cell, as the timeline is (a LibreOffice 7.4 undo bug,
// timeline_sheet.hxx), so that the caller's undo step removes everything.
#pragma once

#include "retroplan/plan_templates.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace retroplan::addin {

// Rows and columns of the layout (0-based); the README and the tests read them.
inline constexpr sal_Int32 kPlanTitleRow = 0;
inline constexpr sal_Int32 kPlanDeadlineRow = 1; // B2: RETRO_DEADLINE
inline constexpr sal_Int32 kPlanKickoffRow = 2;  // B3: RETRO_KICKOFF of the table
inline constexpr sal_Int32 kPlanTodayRow = 3;    // B4: RETRO_START (the status date), empty
inline constexpr sal_Int32 kPlanHolidaysRow = 4; // B5:Q5: RETRO_HOLIDAYS, empty
inline constexpr sal_Int32 kPlanCheckRow = 5;    // B6: RETRO_CHECK of the table
inline constexpr sal_Int32 kPlanHintRow = 6;
inline constexpr sal_Int32 kPlanHeaderRow = 7; // row 8: the table's header, tasks below
inline constexpr sal_Int32 kPlanHolidayCells = 16;
// Rows below the tasks whose result formulas are ready for tasks typed later.
inline constexpr sal_Int32 kPlanSpareRows = 25;

// The named ranges the sheet defines (document-wide: what Rebuild reads). RETRO_TASKS spans the
// table's columns from the header row to the sheet's last row, so rows added below are in it
// (Calc keeps a reference ending on the last row there when rows are inserted).
inline constexpr const char* kPlanNames[] = {"RETRO_TASKS", "RETRO_DEADLINE", "RETRO_START",
                                             "RETRO_HOLIDAYS"};

struct NewPlanSheet {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc;
    css::uno::Reference<css::sheet::XSpreadsheet> sheet; // new and empty
    ::rtl::OUString sheet_name;
    PlanTemplate plan = PlanTemplate::Empty;
    Lang lang = Lang::En; // headers and labels: the user interface's
    Date today;
};

// Writes the sheet and its named ranges; returns the deadline it set.
Date write_new_plan_sheet(const NewPlanSheet& target);

// The office's local date.
Date local_today();

} // namespace retroplan::addin
