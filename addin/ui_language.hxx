// The office's user-interface language, for messages written into cells.
#pragma once

#include "retroplan/problem.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace retroplan::addin {

// French when the UI locale (org.openoffice.Setup/L10N/ooLocale) starts with "fr"; read once.
Lang ui_language(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace retroplan::addin
