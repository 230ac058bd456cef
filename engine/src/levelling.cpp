#include "retroplan/levelling.hpp"

#include "retroplan/schedule.hpp"

#include <algorithm>
#include <queue>

namespace retroplan {

namespace {

// The links into each task, (predecessor, weight), built from the outgoing CSR.
struct InLinks {
    std::vector<std::int32_t> begin, pred;
    std::vector<WorkIndex> weight;
};

InLinks incoming(const Graph& g) {
    const std::size_t n = g.size();
    InLinks in;
    in.begin.assign(n + 1, 0);
    for (const auto s : g.out_target)
        ++in.begin[std::size_t(s) + 1];
    for (std::size_t i = 0; i < n; ++i)
        in.begin[i + 1] += in.begin[i];
    in.pred.resize(g.link_count());
    in.weight.resize(g.link_count());
    std::vector<std::int32_t> next(in.begin.begin(), in.begin.end() - 1);
    for (std::size_t p = 0; p < n; ++p)
        for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k) {
            const auto slot = std::size_t(next[std::size_t(g.out_target[k])]++);
            in.pred[slot] = std::int32_t(p);
            in.weight[slot] = g.out_weight[k];
        }
    return in;
}

// Each person's load per working day, dense over the days between their earliest and latest
// placed work, counted back from the latest (placement runs mostly backwards, so the vector
// mostly grows at its end).
class Profiles {
  public:
    explicit Profiles(std::size_t people) : people_(people) {}

    Share at(std::int32_t person, WorkIndex day) const {
        const Profile& p = people_[std::size_t(person)];
        if (day > p.top) return 0;
        const auto off = std::size_t(p.top - day);
        return off < p.load.size() ? p.load[off] : 0;
    }
    // True when the person has no load on `day` nor any day before it.
    bool empty_from(std::int32_t person, WorkIndex day) const {
        const Profile& p = people_[std::size_t(person)];
        return p.load.empty() || (day <= p.top && std::size_t(p.top - day) >= p.load.size());
    }
    void add(std::int32_t person, WorkIndex begin, WorkIndex end, Share share) {
        Profile& p = people_[std::size_t(person)];
        if (p.load.empty()) p.top = end - 1;
        if (end - 1 > p.top) { // later than anything placed so far: shift (rare)
            p.load.insert(p.load.begin(), std::size_t(end - 1 - p.top), 0);
            p.top = end - 1;
        }
        if (std::size_t(p.top - begin) >= p.load.size())
            p.load.resize(std::size_t(p.top - begin) + 1, 0);
        for (WorkIndex day = begin; day < end; ++day)
            p.load[std::size_t(p.top - day)] += share;
    }

  private:
    struct Profile {
        WorkIndex top = 0;       // the latest day covered
        std::vector<Share> load; // load[i]: day top - i
    };
    std::vector<Profile> people_;
};

// The latest start at or before `bound` at which every person has room for `share` on each of
// the `d` days: one backward sweep counting consecutive free days.
WorkIndex latest_fit(const Profiles& profiles, std::span<const std::int32_t> people, Share share,
                     const std::vector<Share>& capacity, WorkIndex d, WorkIndex bound) {
    WorkIndex run = 0;
    for (WorkIndex day = bound + d - 1;; --day) {
        bool free = true, beyond = true;
        for (const auto p : people) {
            free = free && profiles.at(p, day) + share <= capacity[std::size_t(p)];
            beyond = beyond && profiles.empty_from(p, day);
        }
        if (beyond) return day + run - d + 1; // nobody has load from here back: room
        run = free ? run + 1 : 0;
        if (run == d) return day;
    }
}

} // namespace

Levelling level(const Graph& g, const std::vector<std::int32_t>& order, WorkIndex deadline,
                const Assignments& owners, const std::vector<Share>& capacity) {
    const std::size_t n = g.size();
    // The plain plan's total slack, forward pass from the plain kick-off: the first tie-break.
    std::vector<WorkIndex> plain_ls, es;
    backward_pass(g, order, deadline, plain_ls);
    WorkIndex kickoff = deadline + 1;
    for (const WorkIndex v : plain_ls)
        kickoff = std::min(kickoff, v);
    forward_pass(g, order, kickoff, es);

    const InLinks in = incoming(g);
    std::vector<WorkIndex> bound(n);
    std::vector<std::int32_t> waiting(n); // successors' links not yet placed
    for (std::size_t t = 0; t < n; ++t) {
        bound[t] = std::min(deadline, g.due[t]) + 1 - g.buffer[t] - g.duration[t];
        waiting[t] = g.out_begin[t + 1] - g.out_begin[t];
    }

    struct Ready {
        WorkIndex finish, slack;
        std::int32_t task;
        // Lower priority: an earlier finish, then more slack, then later in the table.
        bool operator<(const Ready& o) const {
            if (finish != o.finish) return finish < o.finish;
            if (slack != o.slack) return slack > o.slack;
            return task > o.task;
        }
    };
    std::priority_queue<Ready> ready;
    auto make_ready = [&](std::size_t t) {
        ready.push({bound[t] + g.duration[t], plain_ls[t] - es[t], std::int32_t(t)});
    };
    for (std::size_t t = 0; t < n; ++t)
        if (waiting[t] == 0) make_ready(t);

    Levelling out;
    out.ls.assign(n, 0);
    Profiles profiles(owners.people.size());
    while (!ready.empty()) {
        const auto t = std::size_t(ready.top().task);
        ready.pop();
        const WorkIndex d = g.duration[t];
        const auto people = owners.people_of(t);
        const Share share = owners.share[t];
        WorkIndex s = bound[t];
        if (d > 0 && !people.empty()) {
            bool alone_too_much = false;
            for (const auto p : people)
                if (share > capacity[std::size_t(p)]) {
                    out.exceeding.push_back({std::int32_t(t), p});
                    alone_too_much = true;
                }
            if (!alone_too_much) s = latest_fit(profiles, people, share, capacity, d, s);
            for (const auto p : people)
                profiles.add(p, s, s + d, share);
        }
        out.ls[t] = s;
        for (auto k = std::size_t(in.begin[t]); k < std::size_t(in.begin[t + 1]); ++k) {
            const auto p = std::size_t(in.pred[k]);
            bound[p] = std::min(bound[p], s - in.weight[k]);
            if (--waiting[p] == 0) make_ready(p);
        }
    }
    std::sort(out.exceeding.begin(), out.exceeding.end(), [](const auto& a, const auto& b) {
        return a.task != b.task ? a.task < b.task : a.person < b.person;
    });
    return out;
}

} // namespace retroplan
