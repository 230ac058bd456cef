// A document's plan read as the Rebuild command reads it, for every command that works on it
// (Rebuild, Export calendar): the task sheet (never one Retroplan wrote), the named settings or the
// labels above the table, and the engine's prepare_rebuild — the same rules and the same messages
// everywhere.
#pragma once

#include "rebuild_input.hxx"

#include "retroplan/rebuild_plan.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace retroplan::addin {

struct DocumentPlan {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc; // null: not a spreadsheet
    TaskSheet tasks;                                           // its sheet null: none qualifies
    Date null_date;
    RebuildPlan plan; // with no problems: schedule and settings are set
    // Where the table is on the task sheet: its header row down, the sheet's used columns.
    std::optional<css::table::CellRangeAddress> table;
};

DocumentPlan read_document_plan(const css::uno::Reference<css::frame::XModel>& model);

// Why the plan cannot be used: the document is no spreadsheet, or `headline` ("The retroplan
// was not rebuilt. ") followed by the table's problems, one a line (the first ten, then "(+N)"):
// in words for the person, with their IDs for scripts (RetroplanStatus, WithCode::Yes).
// nullopt when the plan is good.
std::optional<std::string> unusable_plan_message(const DocumentPlan& document,
                                                 std::string_view headline, Lang lang,
                                                 WithCode with_code = WithCode::No);

} // namespace retroplan::addin
