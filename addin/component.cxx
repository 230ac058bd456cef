// The only exported symbol of the add-in library: the component factory.
#include "functions.hxx"

#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <cppuhelper/factory.hxx>
#include <rtl/ustring.hxx>

#include <cstring>

using namespace css;

namespace {

uno::Reference<uno::XInterface> SAL_CALL create_functions(const uno::Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new retroplan::addin::Functions(context));
}

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation_name,
                                                                     void* /*service_manager*/,
                                                                     void* /*registry_key*/) {
    if (std::strcmp(implementation_name, retroplan::addin::kFunctionsImplName) != 0) return nullptr;
    const uno::Reference<lang::XSingleComponentFactory> factory = cppu::createSingleComponentFactory(
        create_functions, rtl::OUString::createFromAscii(retroplan::addin::kFunctionsImplName),
        retroplan::addin::functions_service_names());
    if (!factory.is()) return nullptr;
    factory->acquire();
    return factory.get();
}
