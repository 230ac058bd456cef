#include "retroplan/status.hpp"

#include <algorithm>

namespace retroplan {

std::string_view status_word(Status s, Lang lang) {
    const bool fr = lang == Lang::Fr;
    switch (s) {
    case Status::Done:
        return fr ? "terminé" : "done";
    case Status::Late:
        return fr ? "en retard" : "late";
    case Status::DueSoon:
        return fr ? "échéance proche" : "due soon";
    case Status::InProgress:
        return fr ? "en cours" : "in progress";
    case Status::NotStarted:
        return fr ? "à venir" : "not started";
    }
    return {};
}

std::string_view status_key(Status s) {
    switch (s) {
    case Status::Done:
        return "done";
    case Status::Late:
        return "late";
    case Status::DueSoon:
        return "due_soon";
    case Status::InProgress:
        return "in_progress";
    case Status::NotStarted:
        return "not_started";
    }
    return {};
}

std::string_view due_word(Due d, Lang lang) {
    const bool fr = lang == Lang::Fr;
    switch (d) {
    case Due::None:
        return {};
    case Due::Start:
        return fr ? "début" : "start";
    case Due::Finish:
        return fr ? "fin" : "finish";
    }
    return {};
}

std::vector<std::size_t> alert_list(const FollowUp& f) {
    std::vector<std::size_t> out;
    for (const Status group : {Status::Late, Status::DueSoon}) {
        const std::size_t first = out.size();
        for (std::size_t i = 0; i < f.tasks.size(); ++i)
            if (f.tasks[i].status == group) out.push_back(i);
        std::stable_sort(out.begin() + std::ptrdiff_t(first), out.end(),
                         [&](std::size_t a, std::size_t b) {
                             return f.tasks[a].due_date < f.tasks[b].due_date;
                         });
    }
    return out;
}

} // namespace retroplan
