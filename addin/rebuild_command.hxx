// "Rebuild retroplan" (org.retroplan.command:Rebuild): reads the task table of a document,
// computes the retroplan and writes the timeline sheet, as one undo step; or, for a bad table,
// writes nothing but a clear message. The command itself is run_rebuild in commands.hxx.
#pragma once

#include "commands.hxx"

namespace retroplan::addin {

// Never throws for bad user input: that is a message.
CommandResult rebuild_retroplan(const css::uno::Reference<css::frame::XModel>& model, Lang lang,
                                bool interactive);

} // namespace retroplan::addin
