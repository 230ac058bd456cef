// Where the calendar export reads and writes: local files named by a dispatch argument, a dialog
// or the document's own location. Plain files (std::filesystem); URLs at the edge only.
#pragma once

#include <com/sun/star/frame/XModel.hpp>
#include <rtl/ustring.hxx>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace retroplan::addin {

// What the export needs to know of the document: its identity for stable UIDs (its URL, or its
// title while it has never been saved), and where its calendar goes by default.
struct DocumentLocation {
    std::string plan_id;
    std::optional<std::filesystem::path> folder; // a saved, local document's folder
    std::string stem;                            // "campagne-multicanal": the default file name
};
DocumentLocation document_location(const css::uno::Reference<css::frame::XModel>& model);

// A dispatch argument or a picked file: a local path or a file:// URL; a relative path is taken
// from `base` when there is one. nullopt for another kind of URL (http:, vnd.sun.star…).
std::optional<std::filesystem::path> local_path(const ::rtl::OUString& path_or_url,
                                                const std::optional<std::filesystem::path>& base);
::rtl::OUString file_url(const std::filesystem::path& path);

// The earlier export this one replaces, the only state SEQUENCE needs (IcsOptions::previous):
// the file itself, or every .ics file of a per-owner folder (an owner's file, whatever its
// name). Missing or unreadable files count as none.
std::vector<std::string> previous_calendars(const std::filesystem::path& target, bool folder);

// Writes through a temporary file renamed over the target, so a failed write leaves the earlier
// calendar whole. Throws std::filesystem::filesystem_error.
void write_calendar(const std::filesystem::path& path, const std::string& text);

} // namespace retroplan::addin
