#include "calendar_dialog.hxx"

#include "calendar_files.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/ExtendedFilePickerElementIds.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePickerControlAccess.hpp>

namespace retroplan::addin {

using namespace css;
using namespace css::ui::dialogs;

std::optional<CalendarTarget>
ask_calendar_target(const uno::Reference<uno::XComponentContext>& context,
                    const std::optional<std::filesystem::path>& folder,
                    const std::string& file_name, Lang lang) {
    const bool fr = lang == Lang::Fr;
    // The "selection" check box of this template is the one Retroplan relabels: every file dialog
    // (LibreOffice's own, GTK, Qt/KDE) has it, so no custom control is needed.
    const uno::Reference<XFilePicker3> picker =
        FilePicker::createWithMode(context, TemplateDescription::FILESAVE_AUTOEXTENSION_SELECTION);
    picker->setTitle(to_ouString(fr ? "Exporter le calendrier (.ics)" : "Export calendar (.ics)"));
    picker->appendFilter("iCalendar (*.ics)", "*.ics");
    picker->setCurrentFilter("iCalendar (*.ics)");
    if (folder) picker->setDisplayDirectory(file_url(*folder));
    picker->setDefaultName(to_ouString(file_name));
    const uno::Reference<XFilePickerControlAccess> controls(picker, uno::UNO_QUERY);
    if (controls.is()) {
        try {
            controls->setValue(ExtendedFilePickerElementIds::CHECKBOX_AUTOEXTENSION, 0,
                               uno::Any(true));
            controls->setLabel(
                ExtendedFilePickerElementIds::CHECKBOX_SELECTION,
                to_ouString(fr ? "Un fichier par responsable (dans un dossier de ce nom)"
                               : "One file per owner (in a folder of this name)"));
            controls->enableControl(ExtendedFilePickerElementIds::CHECKBOX_SELECTION, true);
            controls->setValue(ExtendedFilePickerElementIds::CHECKBOX_SELECTION, 0,
                               uno::Any(false));
        } catch (const uno::Exception&) {
            // A dialog without these controls: one file, which is the default anyway.
        }
    }
    if (picker->execute() != ExecutableDialogResults::OK) return std::nullopt;
    const uno::Sequence<OUString> files = picker->getSelectedFiles();
    if (files.getLength() == 0) return std::nullopt;
    const auto path = local_path(files[0], std::nullopt);
    if (!path) return std::nullopt;

    CalendarTarget target{.path = *path};
    if (controls.is()) {
        try {
            bool ticked = false;
            controls->getValue(ExtendedFilePickerElementIds::CHECKBOX_SELECTION, 0) >>= ticked;
            target.per_owner = ticked;
        } catch (const uno::Exception&) {
        }
    }
    if (target.per_owner)
        target.path.replace_extension(); // "campagne.ics" -> folder "campagne"
    else if (!target.path.has_extension())
        target.path += ".ics";
    return target;
}

} // namespace retroplan::addin
