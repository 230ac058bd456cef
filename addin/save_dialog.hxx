// The office's save dialog for the commands that write a file (a PDF, a shared copy).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace retroplan::addin {

struct FileType {
    std::string label;     // "PDF (*.pdf)"
    std::string extension; // "pdf"
};

// Proposes `file_name` in `folder` (when known), with the file types to choose from (the one
// `file_name` ends with first selected). Returns the picked local file, given the extension of
// the chosen type when it has none of `types`; nullopt when the person cancels or picks no local
// file.
std::optional<std::filesystem::path>
ask_save_path(const css::uno::Reference<css::uno::XComponentContext>& context,
              const std::string& title, const std::vector<FileType>& types,
              const std::optional<std::filesystem::path>& folder, const std::string& file_name);

} // namespace retroplan::addin
