#include "retroplan/graph.hpp"

#include "retroplan/assignments.hpp"
#include "retroplan/id_index.hpp"
#include "retroplan/text.hpp"

#include <algorithm>
#include <unordered_map>

namespace retroplan {

namespace {

struct RawLink {
    std::int32_t pred;
    std::int32_t succ;
    std::int32_t lag;
    LinkType type;
};

IdIndex index_ids(const PlanInput& plan, std::vector<Problem>& problems) {
    IdIndex ids(plan.tasks.size());
    const std::string& col = plan.column(Field::Id);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const TaskInput& t = plan.tasks[i];
        if (t.id.empty()) {
            if (!t.has_error(Field::Id))
                problems.push_back({.id = ProblemId::MissingId, .row = t.row, .column = col});
            continue;
        }
        if (const auto first = ids.insert(t.id, std::int32_t(i)); first >= 0)
            problems.push_back({.id = ProblemId::DuplicateId,
                                .row = t.row,
                                .column = col,
                                .value = t.id,
                                .detail = std::to_string(plan.tasks[std::size_t(first)].row)});
    }
    return ids;
}

void read_values(const PlanInput& plan, const Calendar& calendar, Graph& g,
                 std::vector<Problem>& problems) {
    const std::size_t n = plan.tasks.size();
    g.duration.assign(n, 0);
    g.buffer.assign(n, 0);
    g.due.assign(n, kNoDue);
    for (std::size_t i = 0; i < n; ++i) {
        const TaskInput& t = plan.tasks[i];
        // A cell holding an error was reported when the table was read.
        auto bad = [&](ProblemId id, Field f, const Cell& c) {
            if (!t.has_error(f))
                problems.push_back(
                    {.id = id, .row = t.row, .column = plan.column(f), .value = cell_text(c)});
        };
        if (const auto d = parse_days(t.duration))
            g.duration[i] = std::int32_t(*d);
        else
            bad(ProblemId::BadDuration, Field::Duration, t.duration);
        if (!t.buffer.blank()) {
            if (const auto b = parse_days(t.buffer))
                g.buffer[i] = std::int32_t(*b);
            else
                bad(ProblemId::BadBuffer, Field::Buffer, t.buffer);
        }
        if (!t.due.blank()) {
            std::optional<WorkIndex> idx;
            if (const auto date = cell_date(t.due, plan.null_date))
                idx = calendar.index_on_or_before(*date);
            if (idx)
                g.due[i] = *idx;
            else
                bad(ProblemId::BadDueDate, Field::Due, t.due);
        }
    }
}

std::vector<RawLink> read_links(const PlanInput& plan, const IdIndex& ids,
                                std::vector<Problem>& problems) {
    std::vector<RawLink> links;
    links.reserve(plan.tasks.size() * 3);
    const std::string& col = plan.column(Field::Predecessors);
    // This task's links by (predecessor, type), to name both entries of a duplicate link.
    // A linear scan for the usual handful; a hash map once a row lists many.
    std::vector<std::pair<std::uint64_t, std::string_view>> few;
    std::unordered_map<std::uint64_t, std::string_view> many;
    auto remember = [&](std::uint64_t key, std::string_view entry) -> std::string_view {
        for (const auto& [k, e] : few)
            if (k == key) return e;
        if (few.size() < 16) {
            few.emplace_back(key, entry);
            return {};
        }
        const auto [it, fresh] = many.emplace(key, entry);
        return fresh ? std::string_view{} : it->second;
    };
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const TaskInput& t = plan.tasks[i];
        if (t.predecessors.empty()) continue;
        few.clear();
        many.clear();
        for_each_entry(t.predecessors, [&](std::string_view entry) {
            const LinkReadings readings = link_readings(entry);
            if (readings.count == 0) {
                problems.push_back({.id = ProblemId::BadPredecessor,
                                    .row = t.row,
                                    .column = col,
                                    .value = std::string(entry)});
                return;
            }
            const LinkReading* found = nullptr;
            std::int32_t pred = -1;
            for (const LinkReading& r : readings) {
                pred = ids.find(r.id);
                if (pred < 0 && r.id.find('.') != std::string_view::npos)
                    pred = ids.find(canonical_id(r.id));
                if (pred >= 0) {
                    found = &r;
                    break;
                }
            }
            if (!found) {
                problems.push_back({.id = ProblemId::UnknownPredecessor,
                                    .row = t.row,
                                    .column = col,
                                    .value = std::string(entry)});
                return;
            }
            if (pred == std::int32_t(i)) {
                problems.push_back(
                    {.id = ProblemId::SelfLink, .row = t.row, .column = col, .value = t.id});
                return;
            }
            const RawLink link{pred, std::int32_t(i), std::int32_t(found->lag), found->type};
            const auto key = (std::uint64_t(std::uint32_t(pred)) << 2) | std::uint64_t(link.type);
            if (const auto first = remember(key, entry); !first.empty()) {
                problems.push_back({.id = ProblemId::DuplicateLink,
                                    .row = t.row,
                                    .column = col,
                                    .value = std::string(entry),
                                    .detail = std::string(first)});
                return;
            }
            links.push_back(link);
        });
    }
    return links;
}

void build_csr(std::size_t n, const std::vector<RawLink>& links, Graph& g) {
    g.out_begin.assign(n + 1, 0);
    for (const RawLink& l : links)
        ++g.out_begin[std::size_t(l.pred) + 1];
    for (std::size_t i = 0; i < n; ++i)
        g.out_begin[i + 1] += g.out_begin[i];
    g.out_target.resize(links.size());
    g.out_weight.resize(links.size());
    g.out_type.resize(links.size());
    std::vector<std::int32_t> next(g.out_begin.begin(), g.out_begin.end() - 1);
    for (const RawLink& l : links) {
        const auto p = std::size_t(l.pred), s = std::size_t(l.succ);
        const auto k = std::size_t(next[p]++);
        g.out_target[k] = l.succ;
        g.out_weight[k] = link_weight(l.type, l.lag, g.duration[p], g.buffer[p], g.duration[s]);
        g.out_type[k] = l.type;
    }
}

} // namespace

GraphBuild build_graph(const PlanInput& plan, const Calendar& calendar) {
    GraphBuild result;
    const IdIndex ids = index_ids(plan, result.problems);
    read_values(plan, calendar, result.graph, result.problems);
    check_allocations(plan, result.problems); // unused by the passes, but part of a valid plan
    result.graph.estimate = read_estimates(plan, result.graph.duration, result.problems);
    const auto links = read_links(plan, ids, result.problems);
    build_csr(plan.tasks.size(), links, result.graph);
    return result;
}

std::vector<Problem> room_problems(const PlanInput& plan, const Graph& g, WorkIndex deadline) {
    std::vector<Problem> problems;
    for (std::size_t i = 0; i < g.size(); ++i) {
        // A milestone is shown at the end of the day before its index: it needs one day too.
        const WorkIndex need = std::max<WorkIndex>(g.duration[i], 1);
        if (finish_bound(g, i, deadline) - need >= 0) continue;
        const TaskInput& t = plan.tasks[i];
        Field f = Field::Duration;
        WorkIndex room = deadline + 1; // the working days from the calendar's first to the bound
        if (g.due[i] < deadline && deadline + 1 - g.buffer[i] - need >= 0) {
            f = Field::Due;
            room = g.due[i] + 1;
        } else if (g.buffer[i] > 0 && deadline + 1 - need >= 0) {
            f = Field::Buffer;
        }
        std::string value = cell_text(f == Field::Due      ? t.due
                                      : f == Field::Buffer ? t.buffer
                                                           : t.duration);
        if (f == Field::Due)
            if (const auto date = cell_date(t.due, plan.null_date)) value = to_iso(*date);
        problems.push_back({.id = f == Field::Due      ? ProblemId::BadDueDate
                                  : f == Field::Buffer ? ProblemId::BadBuffer
                                                       : ProblemId::BadDuration,
                            .row = t.row,
                            .column = plan.column(f),
                            .value = std::move(value),
                            .detail = std::to_string(std::max<WorkIndex>(room, 0))});
    }
    return problems;
}

TopoOrder topological_order(const Graph& g) {
    const std::size_t n = g.size();
    TopoOrder result;
    std::vector<std::int32_t> indegree(n, 0);
    for (std::int32_t s : g.out_target)
        ++indegree[std::size_t(s)];
    auto& order = result.order;
    order.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (indegree[i] == 0) order.push_back(std::int32_t(i));
    for (std::size_t head = 0; head < order.size(); ++head) {
        const auto p = std::size_t(order[head]);
        for (auto k = g.out_begin[p]; k < g.out_begin[p + 1]; ++k)
            if (--indegree[std::size_t(g.out_target[std::size_t(k)])] == 0)
                order.push_back(g.out_target[std::size_t(k)]);
    }
    if (order.size() == n) return result;

    // Tasks left have a remaining predecessor each: walking back from any of them must close a
    // loop.
    std::vector<std::int32_t> some_pred(n, -1);
    for (std::size_t p = 0; p < n; ++p) {
        if (indegree[p] == 0) continue;
        for (auto k = g.out_begin[p]; k < g.out_begin[p + 1]; ++k) {
            const auto s = std::size_t(g.out_target[std::size_t(k)]);
            if (indegree[s] > 0 && some_pred[s] < 0) some_pred[s] = std::int32_t(p);
        }
    }
    std::vector<int> state(n, 0); // 0 unseen, 1 on the current walk, 2 done
    std::vector<std::int32_t> walk;
    for (std::size_t start = 0; start < n; ++start) {
        if (indegree[start] == 0 || state[start] != 0) continue;
        walk.clear();
        auto v = std::int32_t(start);
        while (state[std::size_t(v)] == 0) {
            state[std::size_t(v)] = 1;
            walk.push_back(v);
            v = some_pred[std::size_t(v)];
        }
        if (state[std::size_t(v)] == 1) {
            const auto from = std::find(walk.begin(), walk.end(), v);
            std::vector<std::int32_t> cycle(from, walk.end());
            std::reverse(cycle.begin(), cycle.end()); // walked backwards: put it in link order
            std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
            result.cycles.push_back(std::move(cycle));
        }
        for (auto w : walk)
            state[std::size_t(w)] = 2;
    }
    return result;
}

std::vector<Problem> cycle_problems(const PlanInput& plan,
                                    const std::vector<std::vector<std::int32_t>>& cycles) {
    std::vector<Problem> out;
    for (const auto& cycle : cycles) {
        std::string chain;
        for (auto t : cycle)
            chain += plan.tasks[std::size_t(t)].id + " \u2192 ";
        chain += plan.tasks[std::size_t(cycle.front())].id;
        const TaskInput& first = plan.tasks[std::size_t(cycle.front())];
        out.push_back({.id = ProblemId::Cycle,
                       .row = first.row,
                       .column = plan.column(Field::Predecessors),
                       .value = first.id,
                       .detail = chain});
    }
    return out;
}

} // namespace retroplan
