#include "save_dialog.hxx"

#include "calendar_files.hxx"
#include "uno_convert.hxx"

#include "retroplan/text.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/ExtendedFilePickerElementIds.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePickerControlAccess.hpp>

namespace fs = std::filesystem;

namespace retroplan::addin {

using namespace css;
using namespace css::ui::dialogs;

namespace {

// ".PDF" is "pdf".
std::string extension_of(const fs::path& path) {
    const std::string e = path.extension().string();
    return e.empty() ? e : fold(e.substr(1));
}

} // namespace

std::optional<fs::path> ask_save_path(const uno::Reference<uno::XComponentContext>& context,
                                      const std::string& title, const std::vector<FileType>& types,
                                      const std::optional<fs::path>& folder,
                                      const std::string& file_name) {
    const uno::Reference<XFilePicker3> picker =
        FilePicker::createWithMode(context, TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->setTitle(to_ouString(title));
    const std::string proposed = extension_of(file_name);
    const FileType* current = types.empty() ? nullptr : &types.front();
    for (const FileType& t : types) {
        picker->appendFilter(to_ouString(t.label), to_ouString("*." + t.extension));
        if (t.extension == proposed) current = &t;
    }
    if (current) picker->setCurrentFilter(to_ouString(current->label));
    if (folder) picker->setDisplayDirectory(file_url(*folder));
    picker->setDefaultName(to_ouString(file_name));
    const uno::Reference<XFilePickerControlAccess> controls(picker, uno::UNO_QUERY);
    if (controls.is()) {
        try {
            controls->setValue(ExtendedFilePickerElementIds::CHECKBOX_AUTOEXTENSION, 0,
                               uno::Any(true));
        } catch (const uno::Exception&) {
            // A dialog without the check box: the extension is added below.
        }
    }
    if (picker->execute() != ExecutableDialogResults::OK) return std::nullopt;
    const uno::Sequence<OUString> files = picker->getSelectedFiles();
    if (files.getLength() == 0) return std::nullopt;
    auto path = local_path(files[0], std::nullopt);
    if (!path) return std::nullopt;
    const std::string chosen = extension_of(*path);
    for (const FileType& t : types)
        if (t.extension == chosen) return path;
    const std::string filter = to_utf8(picker->getCurrentFilter());
    for (const FileType& t : types)
        if (t.label == filter) current = &t;
    if (current) *path += "." + current->extension;
    return path;
}

} // namespace retroplan::addin
