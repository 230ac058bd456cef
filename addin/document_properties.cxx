#include "document_properties.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

uno::Reference<beans::XPropertySet> user_properties(const uno::Reference<frame::XModel>& model) {
    const uno::Reference<document::XDocumentPropertiesSupplier> supplier(model,
                                                                         uno::UNO_QUERY_THROW);
    return uno::Reference<beans::XPropertySet>(
        supplier->getDocumentProperties()->getUserDefinedProperties(), uno::UNO_QUERY_THROW);
}

} // namespace

OUString read_user_property(const uno::Reference<frame::XModel>& model, const char* name) {
    const auto props = user_properties(model);
    OUString value;
    if (props->getPropertySetInfo()->hasPropertyByName(OUString::createFromAscii(name)))
        props->getPropertyValue(OUString::createFromAscii(name)) >>= value;
    return value;
}

void write_user_property(const uno::Reference<frame::XModel>& model, const char* name,
                         const OUString& value) {
    const auto props = user_properties(model);
    const OUString key = OUString::createFromAscii(name);
    if (props->getPropertySetInfo()->hasPropertyByName(key)) {
        props->setPropertyValue(key, uno::Any(value));
    } else {
        uno::Reference<beans::XPropertyContainer>(props, uno::UNO_QUERY_THROW)
            ->addProperty(key, beans::PropertyAttribute::REMOVABLE, uno::Any(value));
    }
}

} // namespace retroplan::addin
