// The Risk sheet (issue 14, model §13): written by Rebuild when the task table has three-point
// columns. It says when to start for 50/80/95 % confidence, the plain plan's own confidence,
// the tasks ranked by criticality, and shows the cumulative curve of the kick-off in a real Calc
// chart. Like the Retroplan sheet it is Retroplan's only when it carries Retroplan's marker (the
// sheet-scoped named expression RETROPLAN_RISK): a sheet someone named "Risk" is never written.
#pragma once

#include "retroplan/rebuild_plan.hpp"
#include "retroplan/risk.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>

namespace retroplan::addin {

bool is_risk_sheet(const css::uno::Reference<css::uno::XInterface>& sheet);

// Whether Rebuild writes a Risk sheet for this plan: it has three-point columns.
bool wants_risk_sheet(const RebuildPlan& plan);

// The simulation Rebuild shows: the defaults of RETRO_KICKOFF_AT (10,000 runs, seed 1), on the
// rebuild's own settings.
RiskOutcome simulate_for_sheet(const RebuildPlan& plan);

// Where the Risk sheet goes, decided before anything is written: named in the document's
// language, refusals in the UI's.
struct RiskSheetTarget {
    ::rtl::OUString name; // Retroplan's marked sheet, else "Risk"/"Risque" (or "Risk (2)" …)
    bool exists = false;
    std::optional<std::string> refusal; // why nothing may be written (protection), in words
};
RiskSheetTarget find_risk_target(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                 Lang sheet_lang, Lang lang);

// Inserts the sheet at `position` and marks it as Retroplan's.
void add_risk_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const ::rtl::OUString& name, sal_Int16 position);

// Rows and columns (0-based) of what the tests and the README read.
inline constexpr sal_Int32 kRiskValueColumn = 3;   // D: labels in A, values in D
inline constexpr sal_Int32 kRiskSummaryRow = 1;    // "Start by 2027-02-03 for 80 % confidence"
inline constexpr sal_Int32 kRiskFirstLevelRow = 4; // 50 %, 80 %, 95 % below the header row
inline constexpr sal_Int32 kCurveColumn = 14;      // O: date, P: share, header row 0
inline constexpr int kMaxCurvePoints = 1000;       // a longer curve is thinned to this
inline constexpr const char* kRiskChartName = "RetroplanRiskCurve";

// Clears the (existing, marked) sheet and writes the risk into it, chart included: dates in
// `date_format` (the task sheet's, plan_date_format.hxx), shares in whole percents.
void write_risk_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      const RebuildPlan& plan, const Risk& risk, Date null_date, Lang lang,
                      const ::rtl::OUString& task_sheet, sal_Int32 date_format);

// "start by 2027-02-03 for 80 % confidence" in the UI language (for Rebuild's message).
std::string start_by_text(const Risk& risk, Lang lang);

} // namespace retroplan::addin
