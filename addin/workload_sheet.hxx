// Retroplan's Workload sheet ("Charge" in French), model §12: one row per person on the
// timeline's time axis, each day's (or week's, month's: its busiest day's) load in % as a heat
// map, overloads in red with the tasks involved, and the list of overloads as `retroplan load`
// prints it. Written by Rebuild next to the Retroplan sheet when the table has an owner column,
// under the same trust rules: its own sheet-scoped marker RETROPLAN_WORKLOAD (a sheet someone
// made with that name is never written), a protected sheet refused, one undo step.
#pragma once

#include "timeline_sheet.hxx"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>

namespace retroplan::addin {

// Whether the sheet carries the Workload sheet's marker (never read as a task table).
bool is_workload_sheet(const css::uno::Reference<css::uno::XInterface>& sheet);

// Where Rebuild writes the Workload sheet: the marked one, else a new sheet "Workload"/"Charge"
// ("Workload (2)" when a sheet of the user's has the name).
struct WorkloadTarget {
    ::rtl::OUString name;
    bool exists = false;
    // Why the rebuild must stop before writing anything: the sheet is protected, or it is new
    // and the workbook's structure is protected.
    std::optional<std::string> refusal;
};

// nullopt when the table names no owner and there is no Workload sheet of Retroplan's (one that
// exists is rewritten to say there is nothing to show, never left stale).
std::optional<WorkloadTarget>
workload_target(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                const RebuildPlan& plan, Lang sheet_lang, Lang ui_lang);

// Inserts the new sheet right after the sheet named `after` and marks it Retroplan's.
void insert_workload_sheet(const css::uno::Reference<css::sheet::XSpreadsheets>& sheets,
                           const WorkloadTarget& target, const ::rtl::OUString& after);

// Clears and writes the Workload sheet on `axis` (the timeline just written), printed one page
// wide (sheet_page.hxx); without owners (plan.workload empty), only its title and a line saying
// so. Returns its layout (where its person columns and header rows end, for the view to freeze),
// nullopt without owners.
std::optional<Layout>
write_workload_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                     const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                     const RebuildPlan& plan, Date null_date, Lang lang,
                     const ::rtl::OUString& task_sheet, const WrittenTimeline& axis);

// With levelling, what it costs in kick-off ("levelled: 2 working days earlier"), which Rebuild
// writes beside the Retroplan sheet's kick-off date (timeline_summary.cxx); empty without
// levelling. The ⚠ before an overloaded task's owner is the task columns' (timeline_tasks.cxx).
std::string levelling_note(const RebuildPlan& plan, Lang lang);

// "levelling moves the kick-off N working days earlier" for the rebuild's message; empty
// without levelling.
std::string levelling_summary(const RebuildPlan& plan, Lang lang);

} // namespace retroplan::addin
