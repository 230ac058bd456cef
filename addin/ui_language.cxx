#include "ui_language.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <mutex>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

Lang read_language(const uno::Reference<uno::XComponentContext>& context) {
    try {
        const uno::Reference<lang::XMultiServiceFactory> provider =
            configuration::theDefaultProvider::get(context);
        uno::Sequence<uno::Any> args(1);
        args[0] <<= beans::NamedValue("nodepath", uno::Any(OUString("/org.openoffice.Setup/L10N")));
        const uno::Reference<container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            uno::UNO_QUERY_THROW);
        OUString locale;
        l10n->getByName("ooLocale") >>= locale;
        return locale.startsWithIgnoreAsciiCase("fr") ? Lang::Fr : Lang::En;
    } catch (const uno::Exception&) {
        return Lang::En; // no configuration (a bare UNO process): English
    }
}

} // namespace

Lang ui_language(const uno::Reference<uno::XComponentContext>& context) {
    static std::once_flag once;
    static Lang lang = Lang::En;
    std::call_once(once, [&] { lang = read_language(context); });
    return lang;
}

Lang document_language(const uno::Reference<frame::XModel>& model, Lang ui) {
    return document_locale(model).Language == "fr" ? Lang::Fr : ui;
}

lang::Locale document_locale(const uno::Reference<uno::XInterface>& document) {
    lang::Locale locale;
    uno::Reference<beans::XPropertySet>(document, uno::UNO_QUERY_THROW)
        ->getPropertyValue("CharLocale") >>= locale;
    return locale;
}

} // namespace retroplan::addin
