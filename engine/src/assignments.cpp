#include "retroplan/assignments.hpp"

namespace retroplan {

std::string person_key(std::string_view name) {
    return fold(name);
}

std::int32_t People::add(std::string_view name) {
    std::string key = person_key(name);
    const auto [it, fresh] = index_.try_emplace(key, std::int32_t(names_.size()));
    if (fresh) {
        // The display name: as written, white space folded like the key.
        std::string shown;
        bool space = false;
        for (std::size_t i = 0; i < name.size();) {
            const bool nbsp = name[i] == '\xC2' && i + 1 < name.size() && name[i + 1] == '\xA0';
            if (is_space(name[i]) || nbsp) {
                space = true;
                i += nbsp ? 2 : 1;
                continue;
            }
            if (space && !shown.empty()) shown += ' ';
            space = false;
            shown += name[i++];
        }
        names_.push_back(std::move(shown));
        keys_.push_back(std::move(key));
    }
    return it->second;
}

std::int32_t People::find(std::string_view name) const {
    const auto it = index_.find(person_key(name));
    return it == index_.end() ? -1 : it->second;
}

Assignments assign_owners(const PlanInput& plan) {
    Assignments a;
    const std::size_t n = plan.tasks.size();
    a.task_begin.reserve(n + 1);
    a.task_begin.push_back(0);
    a.share.assign(n, kFullDay);
    const bool allocations = plan.has(Field::Allocation);
    for (std::size_t t = 0; t < n; ++t) {
        const auto first = a.person.size();
        for_each_person(plan.tasks[t].owner, [&](std::string_view name) {
            const std::int32_t p = a.people.add(name);
            for (auto k = first; k < a.person.size(); ++k)
                if (a.person[k] == p) return; // named twice in one cell: loaded once
            a.person.push_back(p);
        });
        a.task_begin.push_back(std::int32_t(a.person.size()));
        if (allocations)
            if (const auto s = parse_share(plan.cell(t, Field::Allocation));
                s && *s > 0 && *s <= kMaxAllocation)
                a.share[t] = *s;
    }
    return a;
}

void check_allocations(const PlanInput& plan, std::vector<Problem>& problems) {
    if (!plan.has(Field::Allocation)) return;
    for (std::size_t t = 0; t < plan.tasks.size(); ++t) {
        const Cell& c = plan.cell(t, Field::Allocation);
        if (c.blank() || plan.tasks[t].has_error(Field::Allocation)) continue;
        if (const auto s = parse_share(c); s && *s > 0 && *s <= kMaxAllocation) continue;
        problems.push_back({.id = ProblemId::BadAllocation,
                            .row = plan.tasks[t].row,
                            .column = plan.column(Field::Allocation),
                            .value = cell_text(c)});
    }
}

} // namespace retroplan
