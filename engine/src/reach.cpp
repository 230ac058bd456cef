#include "retroplan/reach.hpp"

#include <algorithm>
#include <cstdlib>

namespace retroplan {

namespace {

// How far one problem reaches (docs/scheduling-model.md §15).
enum class Reach {
    Everything, // a setting, the table as a whole, a row that is no task, dates out of range
    Nothing,    // no per-task value: names, owners, loads, estimates (plan-level values only)
    Values,     // the task's own values: ID, duration, buffer, due date
    Links,      // the task's predecessor list: a link whose predecessor is unknown is missing
    Forecast,   // with a status date: its progress or actual dates
    Baseline,   // with a status date: its baseline dates (its deviation only)
};

// The field whose column an error_value problem names ("C (Duration)" as the table wrote it).
std::optional<Field> field_of(const PlanInput& plan, const std::string& column) {
    for (std::size_t f = 0; f < kFieldCount; ++f)
        if (plan.column_names[f] == column) return Field(f);
    return std::nullopt;
}

Reach reach_of_field(Field f, bool status_date) {
    switch (f) {
    case Field::Id:
    case Field::Duration:
    case Field::Buffer:
    case Field::Due:
        return Reach::Values;
    case Field::Predecessors:
        return Reach::Links;
    case Field::ActualStart:
    case Field::ActualEnd:
    case Field::Progress:
        return status_date ? Reach::Forecast : Reach::Nothing;
    case Field::BaselineStart:
    case Field::BaselineEnd:
        return status_date ? Reach::Baseline : Reach::Nothing;
    default:
        return Reach::Nothing;
    }
}

Reach reach_of(const Problem& p, const PlanInput& plan, bool status_date) {
    switch (p.id) { // what only the load and the risk simulation read
    case ProblemId::BadAllocation:
    case ProblemId::BadCapacity:
    case ProblemId::DuplicateCapacity:
    case ProblemId::BadEstimate:
    case ProblemId::IncompleteEstimate:
    case ProblemId::EstimateOrder:
    case ProblemId::BadRuns:
    case ProblemId::BadSeed:
    case ProblemId::BadConfidence:
        return Reach::Nothing;
    default:
        break;
    }
    if (p.row <= 0) return Reach::Everything;
    switch (p.id) {
    case ProblemId::MissingId:
    case ProblemId::DuplicateId:
    case ProblemId::BadDuration:
    case ProblemId::BadBuffer:
    case ProblemId::BadDueDate:
        return Reach::Values;
    case ProblemId::BadPredecessor:
    case ProblemId::UnknownPredecessor:
    case ProblemId::PredecessorOutsideTable:
    case ProblemId::SelfLink:
    case ProblemId::DuplicateLink:
        return Reach::Links;
    case ProblemId::Cycle: // its members and their neighbours come from the graph itself
        return Reach::Nothing;
    case ProblemId::BadProgress:
    case ProblemId::BadActualDate:
    case ProblemId::ActualAfterStatusDate:
    case ProblemId::ActualEndBeforeStart:
        return Reach::Forecast;
    case ProblemId::BadBaselineDate:
        return Reach::Baseline;
    case ProblemId::ErrorValue:
        if (const auto f = field_of(plan, p.column)) return reach_of_field(*f, status_date);
        return Reach::Everything;
    default: // empty_plan, missing_column, bad_csv, bad_encoding, table_too_large, …
        return Reach::Everything;
    }
}

// The task on that sheet row or CSV record; -1 when none (a row skipped as unreadable).
std::int32_t task_on_row(const PlanInput& plan, int row) {
    const auto it = std::lower_bound(plan.tasks.begin(), plan.tasks.end(), row,
                                     [](const TaskInput& t, int r) { return t.row < r; });
    return it != plan.tasks.end() && it->row == row ? std::int32_t(it - plan.tasks.begin()) : -1;
}

// Predecessor lists: in_begin/in_source, the reverse of the graph's CSR.
struct Incoming {
    std::vector<std::int32_t> begin, source;
    explicit Incoming(const Graph& g) : begin(g.size() + 1, 0), source(g.link_count()) {
        for (const auto t : g.out_target)
            ++begin[std::size_t(t) + 1];
        for (std::size_t i = 0; i < g.size(); ++i)
            begin[i + 1] += begin[i];
        std::vector<std::int32_t> next(begin.begin(), begin.end() - 1);
        for (std::size_t p = 0; p < g.size(); ++p)
            for (auto k = g.out_begin[p]; k < g.out_begin[p + 1]; ++k)
                source[std::size_t(next[std::size_t(g.out_target[std::size_t(k)])]++)] =
                    std::int32_t(p);
    }
};

// Marks every task reachable from a marked one, following links forward (successors) or
// backward (predecessors).
void close_over(const Graph& g, const Incoming* in, std::vector<char>& marked) {
    std::vector<std::int32_t> stack;
    for (std::size_t i = 0; i < marked.size(); ++i)
        if (marked[i]) stack.push_back(std::int32_t(i));
    auto visit = [&](std::int32_t v) {
        if (!marked[std::size_t(v)]) {
            marked[std::size_t(v)] = 1;
            stack.push_back(v);
        }
    };
    while (!stack.empty()) {
        const auto v = std::size_t(stack.back());
        stack.pop_back();
        if (in)
            for (auto k = in->begin[v]; k < in->begin[v + 1]; ++k)
                visit(in->source[std::size_t(k)]);
        else
            for (auto k = g.out_begin[v]; k < g.out_begin[v + 1]; ++k)
                visit(g.out_target[std::size_t(k)]);
    }
}

// The tasks downstream of every one of `sources`, each included (∩ desc*(X)), 64 sources at a
// time: a bit per source flows down the links; a task keeps the sources whose bits all reach it.
std::vector<char> common_descendants(const Graph& g, const TopoOrder& topo,
                                     const std::vector<std::int32_t>& sources) {
    const std::size_t n = g.size();
    std::vector<char> common(n, 1);
    std::vector<char> in_order(n, 0);
    for (const auto v : topo.order)
        in_order[std::size_t(v)] = 1;
    std::vector<std::uint64_t> mask(n);
    for (std::size_t first = 0; first < sources.size(); first += 64) {
        const std::size_t count = std::min<std::size_t>(64, sources.size() - first);
        const std::uint64_t all = count == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << count) - 1;
        std::fill(mask.begin(), mask.end(), 0);
        for (std::size_t b = 0; b < count; ++b)
            mask[std::size_t(sources[first + b])] |= std::uint64_t(1) << b;
        // Tasks in topological order take their predecessors' bits in one sweep; the rest (in a
        // cycle or below one) until nothing changes: a mask changes at most 64 times.
        std::vector<std::int32_t> work;
        for (const auto pi : topo.order) {
            const auto p = std::size_t(pi);
            for (auto k = g.out_begin[p]; k < g.out_begin[p + 1]; ++k) {
                const auto s = std::size_t(g.out_target[std::size_t(k)]);
                const std::uint64_t m = mask[s] | mask[p];
                if (m == mask[s]) continue;
                mask[s] = m;
                if (!in_order[s]) work.push_back(std::int32_t(s));
            }
        }
        for (std::size_t v = 0; v < n; ++v)
            if (!in_order[v] && mask[v]) work.push_back(std::int32_t(v));
        while (!work.empty()) {
            const auto p = std::size_t(work.back());
            work.pop_back();
            for (auto k = g.out_begin[p]; k < g.out_begin[p + 1]; ++k) {
                const auto s = std::size_t(g.out_target[std::size_t(k)]);
                const std::uint64_t m = mask[s] | mask[p];
                if (m == mask[s]) continue;
                mask[s] = m;
                work.push_back(std::int32_t(s));
            }
        }
        bool any = false;
        for (std::size_t v = 0; v < n; ++v) {
            common[v] = common[v] && mask[v] == all;
            any = any || common[v];
        }
        if (!any) break;
    }
    return common;
}

// Free slack: the task's latest and early dates, and its successors' early dates (§5).
void set_free_slack(const Graph& g, std::vector<KnownValues>& known) {
    for (std::size_t t = 0; t < known.size(); ++t) {
        KnownValues& k = known[t];
        k.free_slack = k.latest && k.early;
        for (auto e = g.out_begin[t]; e < g.out_begin[t + 1] && k.free_slack; ++e)
            k.free_slack = known[std::size_t(g.out_target[std::size_t(e)])].early;
    }
}

} // namespace

std::vector<std::int32_t> backward_order(const Graph& g) {
    // Kahn's algorithm on the reversed links: a task is placed once all its successors are, so
    // a task that reaches a cycle never is.
    const std::size_t n = g.size();
    std::vector<std::int32_t> remaining(n), order;
    order.reserve(n);
    const Incoming in(g);
    for (std::size_t p = 0; p < n; ++p) {
        remaining[p] = g.out_begin[p + 1] - g.out_begin[p];
        if (remaining[p] == 0) order.push_back(std::int32_t(p));
    }
    for (std::size_t head = 0; head < order.size(); ++head) {
        const auto s = std::size_t(order[head]);
        for (auto k = in.begin[s]; k < in.begin[s + 1]; ++k) {
            const auto p = in.source[std::size_t(k)];
            if (--remaining[std::size_t(p)] == 0) order.push_back(p);
        }
    }
    std::reverse(order.begin(), order.end()); // predecessors first, as backward_pass reads it
    return order;
}

std::vector<KnownValues> known_values(const PlanInput& plan, const Graph& g, const TopoOrder& topo,
                                      const std::vector<std::int32_t>& backward,
                                      const std::vector<Problem>& problems,
                                      const Actuals* actuals) {
    const std::size_t n = g.size();
    std::vector<char> values(n, 0), links(n, 0), forecast(n, 0), baseline(n, 0);
    for (const Problem& p : problems) {
        const Reach reach = reach_of(p, plan, actuals != nullptr);
        if (reach == Reach::Everything) return {};
        if (reach == Reach::Nothing) continue;
        const std::int32_t t = task_on_row(plan, p.row);
        if (t < 0) return {};
        auto& marks = reach == Reach::Values     ? values
                      : reach == Reach::Links    ? links
                      : reach == Reach::Forecast ? forecast
                                                 : baseline;
        marks[std::size_t(t)] = 1;
        if (p.id == ProblemId::DuplicateId) { // both rows: either may be the one links name
            const std::int32_t first = task_on_row(plan, std::atoi(p.detail.c_str()));
            if (first < 0) return {};
            values[std::size_t(first)] = 1;
        }
    }
    const Incoming in(g);

    // Latest dates: a task's own values and everything downstream of it (§15). Unknown: the
    // tasks upstream of a value problem or of a cycle, and, for each predecessor-list problem of
    // X, every task but X and those downstream of it.
    std::vector<char> latest_bad = values;
    close_over(g, &in, latest_bad);
    std::vector<char> latest(n, 0);
    for (const auto t : backward)
        latest[std::size_t(t)] = !latest_bad[std::size_t(t)];
    std::vector<std::int32_t> link_tasks;
    for (std::size_t t = 0; t < n; ++t)
        if (links[t]) link_tasks.push_back(std::int32_t(t));
    if (!link_tasks.empty()) {
        const std::vector<char> common = common_descendants(g, topo, link_tasks);
        for (std::size_t t = 0; t < n; ++t)
            latest[t] = latest[t] && common[t];
    }
    const bool all_latest = std::all_of(latest.begin(), latest.end(), [](char c) { return c; });

    // Early dates: the origin, the task and everything upstream of it. Without a status date the
    // origin is the kick-off, the earliest of every latest start.
    std::vector<char> early(n, 0);
    if (actuals || all_latest) {
        std::vector<char> early_bad(n, 0);
        for (std::size_t t = 0; t < n; ++t) {
            // A task done without an actual end is forecast by its latest end (§8).
            const bool by_latest = actuals && actuals->state_of(t) == TaskState::Done &&
                                   actuals->of(t).end == kNoIndex;
            early_bad[t] = values[t] || links[t] || forecast[t] || (by_latest && !latest[t]);
        }
        close_over(g, nullptr, early_bad);
        for (const auto t : topo.order) // a task in or below a cycle is never placed
            early[std::size_t(t)] = !early_bad[std::size_t(t)];
    }

    std::vector<KnownValues> known(n);
    for (std::size_t t = 0; t < n; ++t) {
        KnownValues& k = known[t];
        k.latest = latest[t];
        k.early = early[t];
        k.baseline = !baseline[t];
    }
    set_free_slack(g, known);
    return known;
}

std::optional<PartialSchedule> partial_schedule(const PlanInput& plan, const Graph& g,
                                                const TopoOrder& topo, const Calendar& calendar,
                                                WorkIndex deadline, const Options& options,
                                                const Actuals* actuals,
                                                const std::vector<Problem>& problems) {
    const std::vector<std::int32_t> backward = backward_order(g);
    PartialSchedule out;
    out.known = known_values(plan, g, topo, backward, problems, actuals);
    auto any_known = [&] {
        return std::any_of(out.known.begin(), out.known.end(),
                           [](const KnownValues& k) { return k.latest || k.early; });
    };
    if (!any_known()) return std::nullopt;

    // The passes run over the whole graph with its faults left as read (a bad duration as 0,
    // a bad link left out); `known` keeps only what they cannot have changed.
    Schedule& s = out.schedule;
    s.deadline = deadline;
    std::vector<WorkIndex> ls, es, ef, free;
    backward_pass(g, backward, deadline, ls);
    const bool all_latest = std::all_of(out.known.begin(), out.known.end(),
                                        [](const KnownValues& k) { return k.latest; });
    WorkIndex kickoff = deadline + 1;
    if (all_latest)
        for (const WorkIndex v : ls)
            kickoff = std::min(kickoff, v);
    if (actuals) {
        forecast_pass(g, topo.order, *actuals, ls, es, ef);
        forecast_free_slack_pass(g, deadline, *actuals, ls, es, ef, free);
        assemble_forecast_times(g, *actuals, ls, es, ef, free, s.times);
    } else {
        forward_pass(g, topo.order, kickoff, es);
        free_slack_pass(g, deadline, ls, es, free);
        assemble_times(g, ls, es, free, s.times);
    }

    // Dates outside the calendar (1900-2200) are unknown too: no problem of their own here, as
    // the table's problems come first.
    s.dates.resize(g.size());
    for (std::size_t i = 0; i < g.size(); ++i) {
        KnownValues& k = out.known[i];
        const TaskTimes& t = s.times[i];
        const WorkIndex shift = g.duration[i] == 0 ? 1 : 0;
        if (k.latest) {
            const auto a = calendar.date_of(t.ls - shift), b = calendar.date_of(t.lf - 1);
            if (a && b)
                s.dates[i].start = *a, s.dates[i].end = *b;
            else
                k.latest = false;
        }
        if (k.early) {
            const auto c = calendar.date_of(t.es - shift), d = calendar.date_of(t.ef - 1);
            if (c && d)
                s.dates[i].early_start = *c, s.dates[i].early_end = *d;
            else
                k.early = false;
        }
    }
    if (actuals) {
        FollowUp f;
        std::vector<Problem> ignored;
        follow_up(plan, g, *actuals, s.times, options.alert_days, calendar, *options.start, f,
                  ignored, &out.known);
        s.follow_up = std::move(f);
    }
    set_free_slack(g, out.known);
    if (!any_known()) return std::nullopt;
    return out;
}

} // namespace retroplan
