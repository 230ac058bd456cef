// The document's user-defined properties Retroplan keeps (File ▸ Properties ▸ Custom
// Properties): the status of the last command, read by scripts.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <rtl/ustring.hxx>

namespace retroplan::addin {

inline constexpr const char* kStatusProperty = "RetroplanStatus";

// Empty when the document has no such property.
::rtl::OUString read_user_property(const css::uno::Reference<css::frame::XModel>& model,
                                   const char* name);
void write_user_property(const css::uno::Reference<css::frame::XModel>& model, const char* name,
                         const ::rtl::OUString& value);

} // namespace retroplan::addin
