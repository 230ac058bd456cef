// The office's user-interface language, for messages written into cells, and a document's.
#pragma once

#include "retroplan/problem.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace retroplan::addin {

// French when the UI locale (org.openoffice.Setup/L10N/ooLocale) starts with "fr"; read once.
Lang ui_language(const css::uno::Reference<css::uno::XComponentContext>& context);

// The language of what Retroplan writes for the document's readers (timeline labels, calendar
// descriptions): French for a French document (CharLocale) even in an English office, else `ui`.
Lang document_language(const css::uno::Reference<css::frame::XModel>& model, Lang ui);

// The document's default locale (CharLocale): the one its standard number formats follow.
css::lang::Locale document_locale(const css::uno::Reference<css::uno::XInterface>& document);

} // namespace retroplan::addin
