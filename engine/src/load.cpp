#include "retroplan/load.hpp"

#include <algorithm>

namespace retroplan {

Share Workload::load_on(std::int32_t person, WorkIndex day) const {
    const auto r = runs_of(person);
    const auto after = std::upper_bound(
        r.begin(), r.end(), day, [](WorkIndex d, const LoadRun& run) { return d < run.begin; });
    if (after == r.begin()) return 0;
    const LoadRun& run = *(after - 1);
    return day < run.end ? run.load : 0;
}

Share Workload::peak_of(std::int32_t person) const {
    Share peak = 0;
    for (const LoadRun& r : runs_of(person))
        peak = std::max(peak, r.load);
    return peak;
}

std::int64_t Workload::days_over(std::int32_t person) const {
    std::int64_t days = 0;
    for (const Overload& o : overloads)
        if (o.person == person) days += o.end - o.begin;
    return days;
}

std::vector<std::int32_t> Workload::overload_tasks(std::int32_t person) const {
    std::vector<std::int32_t> tasks;
    for (const Overload& o : overloads)
        if (o.person == person) tasks.insert(tasks.end(), o.tasks.begin(), o.tasks.end());
    std::sort(tasks.begin(), tasks.end());
    tasks.erase(std::unique(tasks.begin(), tasks.end()), tasks.end());
    return tasks;
}

void loaded_days(const Schedule& s, std::vector<WorkIndex>& begin, std::vector<WorkIndex>& end) {
    begin.resize(s.times.size());
    end.resize(s.times.size());
    for (std::size_t t = 0; t < s.times.size(); ++t) {
        if (!s.follow_up) {
            begin[t] = s.times[t].ls;
            end[t] = s.times[t].lf;
            continue;
        }
        const TaskFollowUp& f = s.follow_up->tasks[t];
        const bool done = f.state == TaskState::Done;
        begin[t] = done ? 0 : f.xs;
        end[t] = done ? 0 : f.xf;
    }
}

Workload compute_workload(const Assignments& owners, const std::vector<Share>& capacity,
                          const std::vector<WorkIndex>& begin, const std::vector<WorkIndex>& end) {
    const std::size_t people = owners.people.size(), tasks = begin.size();
    // Each person's loading tasks, in table order (CSR).
    std::vector<std::int32_t> first(people + 1, 0), task_of;
    for (std::size_t t = 0; t < tasks; ++t)
        if (end[t] > begin[t])
            for (const auto p : owners.people_of(t))
                ++first[std::size_t(p) + 1];
    for (std::size_t p = 0; p < people; ++p)
        first[p + 1] += first[p];
    task_of.resize(std::size_t(first[people]));
    {
        std::vector<std::int32_t> next(first.begin(), first.end() - 1);
        for (std::size_t t = 0; t < tasks; ++t)
            if (end[t] > begin[t])
                for (const auto p : owners.people_of(t))
                    task_of[std::size_t(next[std::size_t(p)]++)] = std::int32_t(t);
    }

    Workload w;
    w.run_begin.reserve(people + 1);
    w.run_begin.push_back(0);
    w.overloaded.assign(tasks, 0);
    std::vector<std::pair<WorkIndex, Share>> events;
    for (std::size_t p = 0; p < people; ++p) {
        const std::span<const std::int32_t> mine(task_of.data() + first[p],
                                                 task_of.data() + first[p + 1]);
        // Sweep the starts (+share) and ends (-share) by day into runs of constant load.
        events.clear();
        for (const auto t : mine) {
            events.emplace_back(begin[std::size_t(t)], owners.share[std::size_t(t)]);
            events.emplace_back(end[std::size_t(t)], -owners.share[std::size_t(t)]);
        }
        std::sort(events.begin(), events.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        Share load = 0;
        WorkIndex since = 0;
        for (std::size_t i = 0; i < events.size();) {
            const WorkIndex day = events[i].first;
            Share next = load;
            for (; i < events.size() && events[i].first == day; ++i)
                next += events[i].second;
            if (next == load) continue;
            if (load > 0) w.runs.push_back({since, day, load});
            load = next;
            since = day;
        }
        w.run_begin.push_back(std::int32_t(w.runs.size()));

        // Overloads: consecutive runs above capacity (a gap has no load, so never over).
        const auto first_overload = w.overloads.size();
        for (const LoadRun& r : w.runs_of(std::int32_t(p))) {
            if (r.load <= capacity[p]) continue;
            if (w.overloads.size() > first_overload && w.overloads.back().end == r.begin) {
                w.overloads.back().end = r.end;
                w.overloads.back().peak = std::max(w.overloads.back().peak, r.load);
            } else {
                w.overloads.push_back({std::int32_t(p), r.begin, r.end, r.load, {}});
            }
        }
        // The tasks of each overload: those covering any of its days.
        const auto ov_begin = w.overloads.begin() + std::ptrdiff_t(first_overload);
        if (ov_begin == w.overloads.end()) continue;
        for (const auto t : mine) {
            const auto b = begin[std::size_t(t)], e = end[std::size_t(t)];
            auto ov = std::upper_bound(ov_begin, w.overloads.end(), b,
                                       [](WorkIndex d, const Overload& o) { return d < o.end; });
            for (; ov != w.overloads.end() && ov->begin < e; ++ov) {
                ov->tasks.push_back(t);
                w.overloaded[std::size_t(t)] = 1;
            }
        }
    }
    return w;
}

} // namespace retroplan
