// Writing a document to a file as the export commands do: through the office's filters, to a
// temporary file next to the target renamed over it, so a failed write leaves an earlier file
// whole.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <filesystem>
#include <initializer_list>

namespace retroplan::addin {

css::beans::PropertyValue property(const char* name, const css::uno::Any& value);
css::uno::Sequence<css::beans::PropertyValue>
properties(std::initializer_list<css::beans::PropertyValue> list);

// model->storeToURL with `arguments` (FilterName…) to `path`. Throws std::filesystem::
// filesystem_error when the file cannot be written or renamed, with the office's reason.
void store_to_file(const css::uno::Reference<css::frame::XModel>& model,
                   const std::filesystem::path& path,
                   const css::uno::Sequence<css::beans::PropertyValue>& arguments);

// The same file, whatever the spelling of the paths (symbolic links, "..").
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

} // namespace retroplan::addin
