#include "rebuild_command.hxx"

#include "document_plan.hxx"
#include "retroplan_sheet.hxx"
#include "stale_marker.hxx"
#include "timeline_sheet.hxx"
#include "ui_language.hxx"
#include "undo_scope.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/sheet/XViewPane.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

constexpr sal_Int32 kEverything = sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME |
                                  sheet::CellFlags::STRING | sheet::CellFlags::ANNOTATION |
                                  sheet::CellFlags::FORMULA | sheet::CellFlags::HARDATTR |
                                  sheet::CellFlags::STYLES | sheet::CellFlags::OBJECTS |
                                  sheet::CellFlags::EDITATTR | sheet::CellFlags::FORMATTED;

bool is_protected(const uno::Reference<uno::XInterface>& object) {
    const uno::Reference<util::XProtectable> protectable(object, uno::UNO_QUERY);
    return protectable.is() && protectable->isProtected();
}

std::string words(Lang lang, const char* en, const char* fr) {
    return lang == Lang::Fr ? fr : en;
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
        const auto add_sheet = [&] {
            sheets->insertNewByName(name, sal_Int16(tasks.index + 1));
            mark_timeline_sheet(
                uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY_THROW));
        };
        // Our own sheet is cleared and rewritten in place, not removed and re-inserted: undoing a
        // sheet insertion aborts a headless LibreOffice 7.4 (ScTabView::SetTabNo; reproduced with
        // a plain insertNewByName + undo). So without a visible window the sheet is added before
        // the undo step, its insertion unrecorded: undo then leaves it empty instead of crashing.
        // Its marker is recorded even so (a named expression's undo action ignores the undo
        // manager's lock), as an undo step of its own: undoing the rebuild keeps the sheet
        // Retroplan's.
        if (!exists && !interactive) {
            const NoUndoRecording quiet(model, true);
            add_sheet();
        }
        Layout layout;
        {
            const UndoContext undo(model, to_ouString(words(lang, "Rebuild retroplan",
                                                            "Reconstruire le rétroplanning")));
            const ControllerLock lock(model);
            if (!exists && interactive) add_sheet(); // undone with the rest: the sheet goes
            const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name),
                                                            uno::UNO_QUERY_THROW);
            const Words& w = words_for(document_language(model, lang));
            const auto table = table_reference(document);
            TimelineSource source{.task_sheet = tasks.name,
                                  .built = built_text(exists ? sheet : nullptr, tasks.name, w),
                                  .freshness =
                                      table ? freshness_formula(document, *table, w) : OUString()};
            uno::Reference<sheet::XSheetOperation>(sheet, uno::UNO_QUERY_THROW)
                ->clearContents(kEverything);
            layout = write_timeline_sheet(doc, sheet, plan, null_date,
                                          document_language(model, lang), source);
            if (table) remember_built_from(sheet, table->address, table->text);
        }
        // Show the result with the task columns and header rows frozen.
        uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(), uno::UNO_QUERY);
        if (view.is()) {
            view->setActiveSheet(
                uno::Reference<sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY_THROW));
            // Freezing counts from the first visible cell: scroll back to A1 first.
            uno::Reference<sheet::XViewPane> pane(view, uno::UNO_QUERY);
            if (pane.is()) {
                pane->setFirstVisibleColumn(0);
                pane->setFirstVisibleRow(0);
            }
            const uno::Reference<sheet::XViewFreezable> freeze(view, uno::UNO_QUERY);
            if (freeze.is()) freeze->freezeAtPosition(layout.task_columns, layout.first_task_row);
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
        result.message = to_ouString(text);
    }
    return result;
}

} // namespace retroplan::addin
