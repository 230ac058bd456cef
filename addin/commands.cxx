#include "commands.hxx"

#include "document_properties.hxx"
#include "message_box.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/util/XModifiable.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

// Add a command here and in registry/data/org/openoffice/Office/Addons.xcu.
constexpr CommandEntry kCommands[] = {
    {"NewPlan", run_new_plan},           {"Rebuild", run_rebuild},
    {"SaveBaseline", run_save_baseline}, {"ExportCalendar", run_export_calendar},
    {"ExportPdf", run_export_pdf},       {"ShareCopy", run_share_copy},
};

} // namespace

const CommandEntry* find_command(const ::rtl::OUString& url) {
    ::rtl::OUString name;
    if (!url.startsWith(::rtl::OUString::createFromAscii(kCommandPrefix), &name)) return nullptr;
    for (const auto& c : kCommands)
        if (name.equalsAscii(c.name)) return &c;
    return nullptr;
}

std::optional<::rtl::OUString> CommandCall::text_argument(const char* name) const {
    for (const auto& a : arguments) {
        ::rtl::OUString value;
        if (a.Name.equalsAscii(name) && (a.Value >>= value)) return value;
    }
    return std::nullopt;
}

CommandResult export_result(bool ok, const std::string& message) {
    return {.ok = ok, .message = to_ouString(message), .document_unchanged = true};
}

void report(const CommandCall& call, const CommandResult& result) {
    const uno::Reference<util::XModifiable> modifiable(call.model, uno::UNO_QUERY);
    const bool was_modified = modifiable.is() && modifiable->isModified();
    write_user_property(call.model, kStatusProperty,
                        result.status.isEmpty() ? result.message : result.status);
    if (result.document_unchanged && modifiable.is() && !was_modified)
        modifiable->setModified(false);
    if (!result.ok && call.interactive)
        show_message_box(call.context, call.frame, awt::MessageBoxType_ERRORBOX, result.message);
}

} // namespace retroplan::addin
