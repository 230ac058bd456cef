// The save dialog of "Export calendar (.ics)…": one .ics file, or one per owner.
#pragma once

#include "retroplan/problem.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace retroplan::addin {

struct CalendarTarget {
    std::filesystem::path path; // the .ics file, or with per_owner the folder of the owners' files
    bool per_owner = false;
};

// The office's file dialog in save mode with an iCalendar filter, proposing `folder` (when known)
// and `file_name`, with a check box "One file per owner". Ticked, the picked name without its
// .ics names a folder next to it that receives "<owner>.ics" for each person. nullopt when the
// person cancels or picks something that is no local file.
std::optional<CalendarTarget>
ask_calendar_target(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const std::optional<std::filesystem::path>& folder,
                    const std::string& file_name, Lang lang);

} // namespace retroplan::addin
