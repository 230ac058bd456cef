#include "rebuild_command.hxx"

#include "document_plan.hxx"
#include "document_properties.hxx"
#include "timeline_sheet.hxx"
#include "ui_language.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XActionLockable.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/sheet/XViewPane.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

constexpr const char* kOwnedProperty = "RetroplanSheets"; // names of the sheets Retroplan made
constexpr sal_Int32 kEverything = sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME |
                                  sheet::CellFlags::STRING | sheet::CellFlags::ANNOTATION |
                                  sheet::CellFlags::FORMULA | sheet::CellFlags::HARDATTR |
                                  sheet::CellFlags::STYLES | sheet::CellFlags::OBJECTS |
                                  sheet::CellFlags::EDITATTR | sheet::CellFlags::FORMATTED;

bool owned(const OUString& list, const OUString& name) {
    sal_Int32 index = 0;
    do {
        if (list.getToken(0, '\n', index) == name) return true;
    } while (index >= 0);
    return false;
}

// One undo step for the whole rebuild, closed even when something throws.
class UndoContext {
  public:
    explicit UndoContext(const uno::Reference<frame::XModel>& model) {
        uno::Reference<document::XUndoManagerSupplier> supplier(model, uno::UNO_QUERY);
        if (supplier.is()) manager_ = supplier->getUndoManager();
        if (manager_.is()) manager_->enterUndoContext("Rebuild retroplan");
    }
    ~UndoContext() {
        try {
            if (manager_.is()) manager_->leaveUndoContext();
        } catch (...) {
            // Leaving must not throw from a destructor; the context closes with the document.
        }
    }

  private:
    uno::Reference<document::XUndoManager> manager_;
};

// Locks the undo manager (no action recorded) for the lifetime of the object, when asked.
class NoUndoRecording {
  public:
    NoUndoRecording(const uno::Reference<frame::XModel>& model, bool active) {
        if (!active) return;
        uno::Reference<document::XUndoManagerSupplier> supplier(model, uno::UNO_QUERY);
        if (supplier.is()) manager_ = supplier->getUndoManager();
        if (manager_.is()) manager_->lock();
    }
    ~NoUndoRecording() {
        try {
            if (manager_.is()) manager_->unlock();
        } catch (...) {
        }
    }

  private:
    uno::Reference<document::XUndoManager> manager_;
};

// No repaint or recalculation per write while the sheet is filled.
class ControllerLock {
  public:
    explicit ControllerLock(const uno::Reference<frame::XModel>& model) : model_(model) {
        model_->lockControllers();
        lockable_.set(model, uno::UNO_QUERY);
        if (lockable_.is()) lockable_->addActionLock();
    }
    ~ControllerLock() {
        try {
            if (lockable_.is()) lockable_->removeActionLock();
            model_->unlockControllers();
        } catch (...) {
        }
    }

  private:
    uno::Reference<frame::XModel> model_;
    uno::Reference<document::XActionLockable> lockable_;
};

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

    if (const auto unusable =
            unusable_plan_message(document,
                                  words(lang, "The retroplan was not rebuilt. ",
                                        "Le rétroplanning n'a pas été reconstruit. "),
                                  lang)) {
        result.message = to_ouString(*unusable);
    } else {
        const uno::Reference<sheet::XSpreadsheets> sheets = doc->getSheets();
        const OUString owned_list = read_user_property(model, kOwnedProperty);
        OUString name("Retroplan");
        for (int k = 2; sheets->hasByName(name) && !owned(owned_list, name); ++k)
            name = "Retroplan (" + OUString::number(k) + ")";
        {
            const UndoContext undo(model);
            const ControllerLock lock(model);
            // Our own sheet is cleared and rewritten in place, not removed and re-inserted: undoing
            // a sheet insertion aborts a headless LibreOffice 7.4 (ScTabView::SetTabNo; reproduced
            // with a plain insertNewByName + undo). So without a visible window the insertion is
            // kept out of the undo step: undo then leaves the new sheet empty instead of crashing.
            if (!sheets->hasByName(name)) {
                const NoUndoRecording quiet(model, !interactive);
                sheets->insertNewByName(name, sal_Int16(tasks.index + 1));
            }
            const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByName(name),
                                                            uno::UNO_QUERY_THROW);
            uno::Reference<sheet::XSheetOperation>(sheet, uno::UNO_QUERY_THROW)
                ->clearContents(kEverything);
            write_timeline_sheet(doc, sheet, plan, null_date, document_language(model, lang),
                                 tasks.name);
            if (!owned(owned_list, name))
                write_user_property(model, kOwnedProperty,
                                    owned_list.isEmpty() ? name : owned_list + "\n" + name);
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
            if (freeze.is()) freeze->freezeAtPosition(kTaskColumns, kFirstTaskRow);
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
