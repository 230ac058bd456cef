// "New retroplan…" (org.retroplan.command:NewPlan): a ready task sheet from a template (the
// dispatch argument Template: campaign, event, release or empty; in a window without it, a
// dialog asks). The sheet goes into the current workbook when that holds no plan yet (no sheet
// called Tasks or Tâches, no timeline, none of the RETRO_* settings names, which belong to the
// whole workbook), else into a new workbook. In the current workbook it is one undo step and
// touches no existing cell: a new sheet and new names only.
#include "commands.hxx"

#include "document_properties.hxx"
#include "new_plan_sheet.hxx"
#include "retroplan_sheet.hxx"
#include "sheet_view.hxx"
#include "template_dialog.hxx"
#include "undo_scope.hxx"
#include "uno_convert.hxx"

#include "retroplan/text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

CommandResult failed(std::string message) {
    return {.ok = false, .message = to_ouString(message), .document_unchanged = true};
}

// The workbook already holds a plan: a new one there would share its settings names or be
// passed over by Rebuild, which reads the sheet called Tasks (Tâches) first.
bool has_plan(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    const uno::Reference<container::XNameAccess> names(
        uno::Reference<beans::XPropertySet>(doc, uno::UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        uno::UNO_QUERY_THROW);
    for (const char* name :
         {"RETRO_TASKS", "RETRO_DEADLINE", "RETRO_HOLIDAYS", "RETRO_START", "RETRO_WEEKEND"})
        if (names->hasByName(OUString::createFromAscii(name))) return true;
    const uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const std::string name = fold(
            to_utf8(uno::Reference<container::XNamed>(sheets->getByIndex(i), uno::UNO_QUERY_THROW)
                        ->getName()));
        if (name == "tasks" || name == "taches") return true;
    }
    return find_timeline_sheet(doc->getSheets()).is();
}

uno::Reference<frame::XModel> open_new_workbook(const CommandCall& call) {
    uno::Sequence<beans::PropertyValue> args(1);
    args.getArray()[0].Name = "Hidden";
    args.getArray()[0].Value <<= !call.interactive;
    return uno::Reference<frame::XModel>(
        frame::Desktop::create(call.context)
            ->loadComponentFromURL("private:factory/scalc", "_blank", 0, args),
        uno::UNO_QUERY_THROW);
}

// Shows the new sheet with the header rows frozen and the deadline selected.
void show(const uno::Reference<frame::XModel>& model,
          const uno::Reference<sheet::XSpreadsheet>& sheet) {
    const uno::Reference<sheet::XSpreadsheetView> view(model->getCurrentController(),
                                                       uno::UNO_QUERY);
    if (!view.is()) return;
    show_frozen(view, sheet, 1, kPlanHeaderRow + 1);
    const uno::Reference<view::XSelectionSupplier> selection(view, uno::UNO_QUERY);
    if (selection.is()) selection->select(uno::Any(sheet->getCellByPosition(1, kPlanDeadlineRow)));
}

} // namespace

CommandResult run_new_plan(const CommandCall& call) {
    const EnFr w(call.lang);
    const uno::Reference<sheet::XSpreadsheetDocument> current(call.model, uno::UNO_QUERY);
    if (!current.is())
        return failed(w("New retroplan works in a spreadsheet.",
                        "Nouveau rétroplanning fonctionne dans un classeur."));
    const bool here = !has_plan(current);

    std::optional<PlanTemplate> plan;
    if (const auto given = call.text_argument("Template")) {
        plan = template_from_key(to_utf8(*given));
        if (!plan)
            return failed(w("Unknown template \u201C", "Modèle inconnu « ") + to_utf8(*given) +
                          w("\u201D: give campaign, event, release or empty.",
                            " » : indiquez campaign, event, release ou empty."));
    } else if (call.interactive) {
        plan = ask_template(
            call.context, call.frame, call.lang,
            here ? w("Start from a template. Its task sheet is added to this workbook.",
                     "Partir d'un modèle. Sa feuille de tâches est ajoutée à ce classeur.")
                 : w("Start from a template. This workbook already has a plan: the new one "
                     "opens in a new workbook.",
                     "Partir d'un modèle. Ce classeur a déjà un planning : le nouveau s'ouvre "
                     "dans un nouveau classeur."));
        if (!plan)
            return {.ok = true,
                    .message =
                        to_ouString(w("New retroplan cancelled.", "Nouveau rétroplanning annulé.")),
                    .document_unchanged = true};
    } else {
        return failed(w("Give the template: the argument Template = campaign, event, release "
                        "or empty.",
                        "Indiquez le modèle : l'argument Template = campaign, event, release ou "
                        "empty."));
    }
    if (here && is_protected(current))
        return failed(w("No retroplan was added: the workbook's structure is protected, so no "
                        "sheet can be added. Unprotect it (Tools \u25B8 Protect Spreadsheet "
                        "Structure) and try again.",
                        "Aucun rétroplanning n'a été ajouté : la structure du classeur est "
                        "protégée, aucune feuille ne peut être ajoutée. Ôtez la protection "
                        "(Outils \u25B8 Protéger la structure du classeur) et recommencez."));

    const uno::Reference<frame::XModel> model = here ? call.model : open_new_workbook(call);
    const uno::Reference<sheet::XSpreadsheetDocument> doc(model, uno::UNO_QUERY_THROW);
    const uno::Reference<sheet::XSpreadsheets> sheets = doc->getSheets();
    const TemplateWords& words = template_words(call.lang);
    const OUString name = to_ouString(words.sheet_name);
    NewPlanSheet target{
        .doc = doc, .sheet_name = name, .plan = *plan, .lang = call.lang, .today = local_today()};
    Date deadline;
    if (here) {
        // As in Rebuild: undoing a sheet insertion aborts a headless LibreOffice 7.4, so a
        // document without a window gets its sheet outside the undo step (undo then empties it).
        const bool windowed = call.interactive;
        const auto add_sheet = [&] {
            const uno::Reference<container::XIndexAccess> all(sheets, uno::UNO_QUERY_THROW);
            sheets->insertNewByName(name, sal_Int16(all->getCount()));
            target.sheet.set(sheets->getByName(name), uno::UNO_QUERY_THROW);
        };
        if (!windowed) {
            const NoUndoRecording quiet(model, true);
            add_sheet();
        }
        const UndoContext undo(model, to_ouString(w("New retroplan", "Nouveau rétroplanning")));
        const ControllerLock lock(model);
        if (windowed) add_sheet();
        deadline = write_new_plan_sheet(target);
    } else {
        // A workbook of our own: its first sheet becomes the task sheet; closing it undoes all.
        {
            const ControllerLock lock(model);
            const NoUndoRecording quiet(model, true);
            const uno::Reference<container::XIndexAccess> all(sheets, uno::UNO_QUERY_THROW);
            uno::Reference<container::XNamed>(all->getByIndex(0), uno::UNO_QUERY_THROW)
                ->setName(name);
            target.sheet.set(all->getByIndex(0), uno::UNO_QUERY_THROW);
            deadline = write_new_plan_sheet(target);
        }
        // Named ranges record undo actions even when locked: a new workbook starts with none.
        const uno::Reference<document::XUndoManagerSupplier> undo(model, uno::UNO_QUERY);
        if (undo.is()) undo->getUndoManager()->clear();
    }
    show(model, target.sheet);

    const std::size_t tasks = template_table(*plan, call.lang).rows.size() - 1;
    std::string text =
        "OK: " + std::string(template_title(*plan, call.lang)) + ", " + std::to_string(tasks) +
        w(" tasks, in the sheet ", " tâches, dans la feuille ") + std::string(words.sheet_name);
    if (!here)
        text += w(" of a new workbook (this one already has a plan)",
                  " d'un nouveau classeur (celui-ci a déjà un planning)");
    text += w("; deadline ", " ; date de lancement ") + to_iso(deadline) +
            w(" in B2: put yours.", " en B2 : mettez la vôtre.");
    const OUString message = to_ouString(text);
    if (!here) write_user_property(model, kStatusProperty, message); // the new one's too
    return {.ok = true, .message = message, .document_unchanged = !here};
}

} // namespace retroplan::addin
