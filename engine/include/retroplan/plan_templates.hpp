// The plans "Retroplan ▸ New retroplan…" starts from: a marketing campaign, a corporate event and a
// software release (the bundled examples' plans) and an empty one, in English and French, with
// the words of the sheet that holds them. Data only: the add-in lays them out on a sheet
// (addin/new_plan_sheet.cxx) and the tests read them back.
#pragma once

#include "retroplan/date.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/table.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace retroplan {

enum class PlanTemplate { Campaign, Event, Release, Empty };
inline constexpr std::array kPlanTemplates = {PlanTemplate::Campaign, PlanTemplate::Event,
                                              PlanTemplate::Release, PlanTemplate::Empty};

// "campaign", "event", "release", "empty": the values of the dispatch argument Template.
std::string_view template_key(PlanTemplate t);
// Case and surrounding spaces ignored; nullopt for anything else.
std::optional<PlanTemplate> template_from_key(std::string_view key);
// "Marketing campaign", "Campagne marketing"…: what the template dialog lists.
std::string_view template_title(PlanTemplate t, Lang lang);

// How a column's cells are formatted.
enum class CellFormat { Text, Days, Date, Percent, Boolean };

// A column of the task table, under a header Retroplan recognises as `field`.
struct TableColumn {
    Field field;
    std::string_view header;
    CellFormat format;
};
const std::vector<TableColumn>& template_columns(Lang lang);

// A live result column right of the table: `function` (a RETRO_* function of the row's task) under
// a header Retroplan recognises neither as a column nor as a setting label, so that no table
// reference or label search ever reads it.
struct ResultColumn {
    std::string_view header;
    std::string_view function; // its English name, "RETRO_START"
    CellFormat format;
};
const std::vector<ResultColumn>& result_columns(Lang lang);

// The task table of a template: the header row (template_columns' headers), then one row per task
// (text, durations and buffers as numbers of working days, empty cells where the template gives
// nothing). The empty template has the header row alone.
Table template_table(PlanTemplate t, Lang lang);

// The words of the new sheet, in the user interface's language.
struct TemplateWords {
    std::string_view sheet_name; // "Tasks": the name Rebuild looks for first
    std::string_view title_suffix;
    std::string_view deadline, deadline_hint, kickoff, today, today_hint, holidays, check,
        usage_hint;
};
const TemplateWords& template_words(Lang lang);

// Working days between today and a new plan's latest kick-off.
inline constexpr int kTemplateLeadDays = 10;
// Working days between today and the deadline of the empty template.
inline constexpr int kEmptyTemplateDays = 60;

// The deadline a new plan gets: the template's latest kick-off falls kTemplateLeadDays working
// days after today (Monday to Friday, no holidays), so the plan starts on time with two weeks to
// get going; the empty template's is kEmptyTemplateDays working days away.
Date template_deadline(PlanTemplate t, Date today);

} // namespace retroplan
