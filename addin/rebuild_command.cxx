#include "rebuild_command.hxx"

#include "document_plan.hxx"
#include "plan_date_format.hxx"
#include "retroplan_sheet.hxx"
#include "risk_sheet.hxx"
#include "sheet_view.hxx"
#include "stale_marker.hxx"
#include "timeline_sheet.hxx"
#include "ui_language.hxx"
#include "undo_scope.hxx"
#include "uno_convert.hxx"
#include "workload_sheet.hxx"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

constexpr sal_Int32 kEverything = sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME |
                                  sheet::CellFlags::STRING | sheet::CellFlags::ANNOTATION |
                                  sheet::CellFlags::FORMULA | sheet::CellFlags::HARDATTR |
                                  sheet::CellFlags::STYLES | sheet::CellFlags::OBJECTS |
                                  sheet::CellFlags::EDITATTR | sheet::CellFlags::FORMATTED;

std::string words(Lang lang, const char* en, const char* fr) {
    return lang == Lang::Fr ? fr : en;
}

// Makes `sheet` the active one, its task (or person) columns and header rows frozen.
void freeze_sheet(const uno::Reference<sheet::XSpreadsheetView>& view,
                  const uno::Reference<sheet::XSpreadsheet>& sheet, const Layout& layout) {
    show_frozen(view, sheet, layout.task_columns, layout.first_task_row);
}

} // namespace

CommandResult run_rebuild(const CommandCall& call) {
    return rebuild_retroplan(call.model, call.lang, call.interactive);
}

CommandResult rebuild_retroplan(const uno::Reference<frame::XModel>& model, Lang lang,
                                bool interactive) {
    CommandResult result;
    DocumentPlan document = read_document_plan(model);
    const auto& doc = document.doc;
    const TaskSheet& tasks = document.tasks;
    const Date null_date = document.null_date;
    RebuildPlan& plan = document.plan;

    const std::string headline = words(lang, "The retroplan was not rebuilt. ",
                                       "Le rétroplanning n'a pas été reconstruit. ");
    if (const auto unusable = unusable_plan_message(document, headline, lang)) {
        result.message = to_ouString(*unusable); // in words; with the problems' IDs for scripts
        result.status =
            to_ouString(*unusable_plan_message(document, headline, lang, WithCode::Yes));
    } else {
        const uno::Reference<sheet::XSpreadsheets> sheets = doc->getSheets();
        const uno::Reference<sheet::XSpreadsheet> found = find_timeline_sheet(sheets);
        const bool exists = found.is();
        OUString name =
            exists ? uno::Reference<container::XNamed>(found, uno::UNO_QUERY_THROW)->getName()
                   : OUString();
        if (!exists) {
            name = "Retroplan";
            for (int k = 2; sheets->hasByName(name); ++k)
                name = "Retroplan (" + OUString::number(k) + ")";
        }
        // Protection is the user's word: never written through (the API would let us).
        if (exists && is_protected(uno::Reference<uno::XInterface>(sheets->getByName(name),
                                                                   uno::UNO_QUERY))) {
            result.message = to_ouString(
                words(lang, "The retroplan was not rebuilt: the sheet \u201C",
                      "Le rétroplanning n'a pas été reconstruit : la feuille « ") +
                to_utf8(name) +
                words(lang,
                      "\u201D is protected. Unprotect it (Tools \u25B8 Protect Sheet) and "
                      "rebuild.",
                      " » est protégée. Ôtez sa protection (Outils \u25B8 Protéger la feuille) "
                      "et reconstruisez."));
            return result;
        }
        if (!exists && is_protected(doc)) {
            result.message = to_ouString(words(
                lang,
                "The retroplan was not rebuilt: the workbook's structure is protected, so no "
                "sheet can be added. Unprotect it (Tools \u25B8 Protect Spreadsheet Structure) "
                "and rebuild.",
                "Le rétroplanning n'a pas été reconstruit : la structure du classeur est "
                "protégée, aucune feuille ne peut être ajoutée. Ôtez la protection (Outils "
                "\u25B8 Protéger la structure du classeur) et reconstruisez."));
            return result;
        }
        // Retroplan's other sheets, each checked for protection before anything is written: the
        // Workload sheet when the table names owners (workload_sheet.hxx), the Risk sheet when it
        // has three-point columns (risk_sheet.hxx, simulated here). New ones go right after the
        // Retroplan sheet in this order: Retroplan, Workload, Risk.
        const Lang sheet_lang = document_language(model, lang);
        const auto workload = workload_target(doc, plan, sheet_lang, lang);
        if (workload && workload->refusal) {
            result.message = to_ouString(*workload->refusal);
            return result;
        }
        std::optional<RiskOutcome> risk;
        RiskSheetTarget risk_target;
        if (wants_risk_sheet(plan)) {
            risk_target = find_risk_target(doc, sheet_lang, lang);
            if (risk_target.refusal) {
                result.message = to_ouString(*risk_target.refusal);
                return result;
            }
            risk = simulate_for_sheet(plan);
        }
        const bool with_risk = risk && risk->ok();
        const bool new_workload = workload && !workload->exists;
        const bool new_risk = with_risk && !risk_target.exists;
        const auto add_sheets = [&] {
            if (!exists) {
                sheets->insertNewByName(name, sal_Int16(tasks.index + 1));
                mark_timeline_sheet(uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name),
                                                                        uno::UNO_QUERY_THROW));
            }
            if (new_workload) insert_workload_sheet(sheets, *workload, name);
            if (new_risk) { // after the Workload sheet, else after the Retroplan sheet
                const OUString after = workload ? workload->name : name;
                const auto at = uno::Reference<sheet::XCellRangeAddressable>(
                                    sheets->getByName(after), uno::UNO_QUERY_THROW)
                                    ->getRangeAddress()
                                    .Sheet;
                add_risk_sheet(doc, risk_target.name, sal_Int16(at + 1));
            }
        };
        // Our own sheet is cleared and rewritten in place, not removed and re-inserted: undoing a
        // sheet insertion aborts a headless LibreOffice 7.4 (ScTabView::SetTabNo; reproduced with
        // a plain insertNewByName + undo). So without a visible window the sheets are added before
        // the undo step, their insertion unrecorded: undo then leaves them empty instead of
        // crashing. Their markers are recorded even so (a named expression's undo action ignores
        // the undo manager's lock), as an undo step of their own: undoing the rebuild keeps the
        // sheets Retroplan's.
        const bool adding = !exists || new_workload || new_risk;
        if (adding && !interactive) {
            const NoUndoRecording quiet(model, true);
            add_sheets();
        }
        Layout layout;
        std::optional<Layout> workload_layout; // with owners: its person rows to freeze
        {
            const UndoContext undo(model, to_ouString(words(lang, "Rebuild retroplan",
                                                            "Reconstruire le rétroplanning")));
            const ControllerLock lock(model);
            if (adding && interactive) add_sheets(); // undone with the rest: the sheets go
            const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name),
                                                            uno::UNO_QUERY_THROW);
            const Words& w = words_for(sheet_lang);
            const auto table = table_reference(document);
            // Right of the kick-off: what levelling costs, then when to start for 80 % confidence.
            std::string kickoff_note = levelling_note(plan, sheet_lang);
            if (with_risk)
                kickoff_note.append(kickoff_note.empty() ? "" : " \u00B7 ")
                    .append(start_by_text(*risk->risk, sheet_lang));
            TimelineSource source{.task_sheet = tasks.name,
                                  .built = built_text(exists ? sheet : nullptr, tasks.name, w),
                                  .freshness =
                                      table ? freshness_formula(document, *table, w) : OUString(),
                                  .kickoff_note = std::move(kickoff_note),
                                  .date_format = plan_date_format(document)};
            uno::Reference<sheet::XSheetOperation>(sheet, uno::UNO_QUERY_THROW)
                ->clearContents(kEverything);
            const WrittenTimeline written =
                write_timeline_sheet(doc, sheet, plan, null_date, sheet_lang, source);
            layout = written.layout;
            if (table) remember_built_from(sheet, table->address, table->text);
            if (workload)
                workload_layout = write_workload_sheet(
                    doc,
                    uno::Reference<sheet::XSpreadsheet>(sheets->getByName(workload->name),
                                                        uno::UNO_QUERY_THROW),
                    plan, null_date, sheet_lang, tasks.name, written);
            if (with_risk)
                write_risk_sheet(doc,
                                 uno::Reference<sheet::XSpreadsheet>(
                                     sheets->getByName(risk_target.name), uno::UNO_QUERY_THROW),
                                 plan, *risk->risk, null_date, sheet_lang, tasks.name,
                                 written.date_format);
        }
        // Show the result with the task columns and header rows frozen.
        const uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(),
                                                           uno::UNO_QUERY);
        if (view.is()) {
            // The Workload sheet first (only the active sheet can be frozen; Calc keeps frozen
            // panes per sheet), then the Retroplan sheet, where the user is left as before.
            if (workload_layout)
                freeze_sheet(view,
                             uno::Reference<sheet::XSpreadsheet>(sheets->getByName(workload->name),
                                                                 uno::UNO_QUERY_THROW),
                             *workload_layout);
            freeze_sheet(
                view,
                uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY_THROW),
                layout);
        }
        result.ok = true;
        const Schedule& s = *plan.schedule;
        std::string text("OK: ");
        text.append(std::to_string(plan.plan.tasks.size()))
            .append(words(lang, " tasks written to ", " tâches écrites dans "))
            .append(to_utf8(name))
            .append(words(lang, "; latest kick-off ", " ; démarrage au plus tard "))
            .append(to_iso(s.kickoff_date));
        if (s.late_by > 0)
            text.append(words(lang, "; late by ", " ; en retard de "))
                .append(std::to_string(s.late_by))
                .append(words(lang, " working days", " jours ouvrés"));
        if (const std::string levelling = levelling_summary(plan, lang); !levelling.empty())
            text.append("; ").append(levelling);
        if (with_risk)
            text.append("; ").append(start_by_text(*risk->risk, lang));
        else if (risk && !risk->problems.empty())
            text.append(words(lang, "; no risk sheet: ", " ; pas de feuille de risque : "))
                .append(describe(risk->problems.front(), lang));
        result.message = to_ouString(text);
    }
    return result;
}

} // namespace retroplan::addin
