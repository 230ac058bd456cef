// "Rebuild retroplan": reads the task table of a document, computes the retroplan and writes the
// timeline sheet, as one undo step; or, for a bad table, writes nothing but a clear message.
#pragma once

#include "retroplan/problem.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace retroplan::addin {

struct RebuildResult {
    bool written = false;
    ::rtl::OUString sheet_name; // the sheet written
    ::rtl::OUString message;    // for the user: what was done, or what is wrong
};

// Never throws for bad user input: that is a message. The status is also stored in the
// document's user-defined property "RetroplanStatus" for scripts and headless runs.
// `interactive`: the document has a visible window (a user, not a headless script).
RebuildResult rebuild_retroplan(const css::uno::Reference<css::frame::XModel>& model, Lang lang,
                                bool interactive);

bool has_visible_window(const css::uno::Reference<css::frame::XFrame>& frame);

// Shows the message in a message box when the frame has a visible window; does nothing headless.
void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame,
                  const RebuildResult& result);

} // namespace retroplan::addin
