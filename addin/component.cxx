// The only exported symbol of the add-in library: the component factory.
#include "command_handler.hxx"
#include "functions.hxx"

#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <cppuhelper/factory.hxx>
#include <rtl/ustring.hxx>

#include <cstring>

using namespace css;

namespace {

uno::Reference<uno::XInterface>
    SAL_CALL create_functions(const uno::Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new retroplan::addin::Functions(context));
}

uno::Reference<uno::XInterface>
    SAL_CALL create_command_handler(const uno::Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new retroplan::addin::CommandHandler(context));
}

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation_name,
                                                                    void* /*service_manager*/,
                                                                    void* /*registry_key*/) {
    using namespace retroplan::addin;
    uno::Reference<lang::XSingleComponentFactory> factory;
    if (std::strcmp(implementation_name, kFunctionsImplName) == 0)
        factory = cppu::createSingleComponentFactory(
            create_functions, rtl::OUString::createFromAscii(kFunctionsImplName),
            functions_service_names());
    else if (std::strcmp(implementation_name, kCommandHandlerImplName) == 0)
        factory = cppu::createSingleComponentFactory(
            create_command_handler, rtl::OUString::createFromAscii(kCommandHandlerImplName),
            command_handler_service_names());
    if (!factory.is()) return nullptr;
    factory->acquire();
    return factory.get();
}
