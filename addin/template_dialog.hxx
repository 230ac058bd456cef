// The one question "New retroplan…" asks in a window: which template to start from.
#pragma once

#include "retroplan/plan_templates.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace retroplan::addin {

// A small modal dialog on the frame's window: `intro` above a list of the templates (the first
// selected), OK and Cancel. nullopt when the person cancels.
std::optional<PlanTemplate>
ask_template(const css::uno::Reference<css::uno::XComponentContext>& context,
             const css::uno::Reference<css::frame::XFrame>& frame, Lang lang,
             const std::string& intro);

} // namespace retroplan::addin
