// The table of Retroplan's commands (org.retroplan.command:<Name>), one implementation file each.
// A command gets the call (document, frame, dispatch arguments, language), does its work as one
// undo step or not at all, and reports through report() below.
#pragma once

#include "retroplan/problem.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>

namespace retroplan::addin {

inline constexpr const char* kCommandPrefix = "org.retroplan.command:";

struct CommandCall {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::frame::XModel> model;
    css::uno::Sequence<css::beans::PropertyValue> arguments;
    bool interactive = false; // the document has a visible window: a person, not a script
    Lang lang = Lang::En;     // the office's user interface

    // A dispatch argument given as text ("Path", "Template"); nullopt when absent.
    std::optional<::rtl::OUString> text_argument(const char* name) const;
};

// What a command tells the person (a message box in a window) and scripts (the document's
// user-defined property RetroplanStatus, always).
struct CommandResult {
    bool ok = false;
    ::rtl::OUString message; // for the person: problems in words
    // For scripts, when it differs from the message: the problems with their IDs
    // ("… [bad_duration]"). Empty: RetroplanStatus holds the message.
    ::rtl::OUString status;
    // The command left the document as it was (an export): RetroplanStatus is still written, but
    // an unmodified document stays unmodified, so closing it asks nothing.
    bool document_unchanged = false;
};
void report(const CommandCall& call, const CommandResult& result);

// A command's words in the person's language: w("Saved.", "Enregistré.").
class EnFr {
  public:
    explicit EnFr(Lang lang) : fr_(lang == Lang::Fr) {}
    std::string operator()(const char* en, const char* fr) const { return fr_ ? fr : en; }

  private:
    bool fr_;
};

// The result of a command that leaves the document as it was (an export).
CommandResult export_result(bool ok, const std::string& message);

struct CommandEntry {
    const char* name; // after the prefix: "Rebuild"
    CommandResult (*run)(const CommandCall& call);
};

// Every command; nullptr when the name is unknown.
// The command a dispatch URL names ("org.retroplan.command:Rebuild"); nullptr if none.
const CommandEntry* find_command(const ::rtl::OUString& url);

// The commands themselves.
CommandResult run_rebuild(const CommandCall& call);
CommandResult run_save_baseline(const CommandCall& call);
CommandResult run_export_calendar(const CommandCall& call);
CommandResult run_new_plan(const CommandCall& call);
CommandResult run_export_pdf(const CommandCall& call);
CommandResult run_share_copy(const CommandCall& call);

} // namespace retroplan::addin
