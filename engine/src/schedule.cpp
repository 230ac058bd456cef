#include "retroplan/schedule.hpp"

#include "retroplan/progress.hpp"
#include "retroplan/reach.hpp"

#include <algorithm>

namespace retroplan {

void backward_pass(const Graph& g, const std::vector<std::int32_t>& order, WorkIndex deadline,
                   std::vector<WorkIndex>& ls) {
    ls.resize(g.size());
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const auto p = std::size_t(*it);
        // Latest start: the deadline/due bound, and s_P <= s_S - w for every outgoing link.
        WorkIndex latest = finish_bound(g, p, deadline) - g.duration[p];
        for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k)
            latest = std::min(latest, ls[std::size_t(g.out_target[k])] - g.out_weight[k]);
        ls[p] = latest;
    }
}

void forward_pass(const Graph& g, const std::vector<std::int32_t>& order, WorkIndex origin,
                  std::vector<WorkIndex>& es) {
    es.assign(g.size(), origin);
    for (const auto pi : order) {
        const auto p = std::size_t(pi);
        const WorkIndex early = es[p];
        for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k) {
            WorkIndex& succ = es[std::size_t(g.out_target[k])];
            succ = std::max(succ, early + g.out_weight[k]);
        }
    }
}

void free_slack_pass(const Graph& g, WorkIndex deadline, const std::vector<WorkIndex>& ls,
                     const std::vector<WorkIndex>& es, std::vector<WorkIndex>& free_slack) {
    free_slack.resize(g.size());
    for (std::size_t p = 0; p < g.size(); ++p) {
        const WorkIndex e = es[p];
        // Room at early dates: before the deadline/due date, and s_S - (s_P + w) for each link.
        WorkIndex room = finish_bound(g, p, deadline) - (e + g.duration[p]);
        for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k)
            room = std::min(room, es[std::size_t(g.out_target[k])] - e - g.out_weight[k]);
        free_slack[p] = std::min(room, ls[p] - e); // never above the total slack
    }
}

void assemble_times(const Graph& g, const std::vector<WorkIndex>& ls,
                    const std::vector<WorkIndex>& es, const std::vector<WorkIndex>& free_slack,
                    std::vector<TaskTimes>& times) {
    times.resize(g.size());
    for (std::size_t p = 0; p < g.size(); ++p) {
        TaskTimes& t = times[p];
        t.ls = ls[p];
        t.lf = ls[p] + g.duration[p];
        t.es = es[p];
        t.ef = es[p] + g.duration[p];
        t.total_slack = t.ls - t.es;
        t.critical = t.total_slack <= 0;
        t.free_slack = free_slack[p];
    }
}

namespace {

// Converts indexes to displayed dates; false (with a problem) if any falls outside the calendar.
bool fill_dates(const PlanInput& plan, const Graph& g, const Calendar& calendar, Schedule& s,
                std::vector<Problem>& problems) {
    s.dates.resize(s.times.size());
    for (std::size_t i = 0; i < s.times.size(); ++i) {
        const TaskTimes& t = s.times[i];
        // A milestone happens at the end of the day before its index.
        const WorkIndex shift = g.duration[i] == 0 ? 1 : 0;
        const auto a = calendar.date_of(t.ls - shift), b = calendar.date_of(t.lf - 1);
        const auto c = calendar.date_of(t.es - shift), d = calendar.date_of(t.ef - 1);
        if (!a || !b || !c || !d) {
            problems.push_back({.id = ProblemId::DateOutOfRange,
                                .row = plan.tasks[i].row,
                                .column = plan.column(Field::Id),
                                .value = plan.tasks[i].id});
            return false;
        }
        s.dates[i] = {*a, *b, *c, *d};
    }
    return true;
}

} // namespace

std::optional<Schedule> complete_schedule(const PlanInput& plan, const Graph& g,
                                          const std::vector<std::int32_t>& order,
                                          const Calendar& calendar, WorkIndex deadline,
                                          const Options& options, const Actuals* actuals,
                                          std::vector<WorkIndex> ls,
                                          std::vector<Problem>& problems) {
    Schedule s;
    s.deadline = deadline;
    std::vector<WorkIndex> es, free;
    s.kickoff = s.deadline + 1;
    for (WorkIndex v : ls)
        s.kickoff = std::min(s.kickoff, v);
    s.origin = actuals ? actuals->today : s.kickoff;
    s.span = s.deadline + 1 - s.kickoff;
    if (actuals) { // the forecast replaces the early dates (§8)
        std::vector<WorkIndex> ef;
        forecast_pass(g, order, *actuals, ls, es, ef);
        forecast_free_slack_pass(g, s.deadline, *actuals, ls, es, ef, free);
        assemble_forecast_times(g, *actuals, ls, es, ef, free, s.times);
        s.late_by = forecast_late_by(s.times);
    } else {
        forward_pass(g, order, s.origin, es);
        free_slack_pass(g, s.deadline, ls, es, free);
        assemble_times(g, ls, es, free, s.times);
        s.late_by = std::max<std::int64_t>(0, s.origin - s.kickoff);
    }

    s.deadline_date = *calendar.date_of(s.deadline);
    if (!fill_dates(plan, g, calendar, s, problems)) return std::nullopt;
    if (actuals) {
        FollowUp f;
        if (!follow_up(plan, g, *actuals, s.times, options.alert_days, calendar, *options.start, f,
                       problems))
            return std::nullopt;
        s.follow_up = std::move(f);
    }
    // A plan of milestones only has K = D + 1 (they happen at the end of the deadline day):
    // its kick-off is shown as the deadline itself, not the next working day.
    s.kickoff_date = s.kickoff > s.deadline ? s.deadline_date : *calendar.date_of(s.kickoff);
    return s;
}

Outcome schedule(const PlanInput& plan, const Calendar& calendar, const Options& options,
                 Partial partial) {
    Outcome out;
    out.problems = plan.problems;
    const auto deadline = calendar.index_on_or_before(options.deadline);
    if (!deadline)
        out.problems.push_back({.id = ProblemId::BadDeadline, .value = to_iso(options.deadline)});
    std::optional<WorkIndex> start;
    if (options.start) {
        start = calendar.index_on_or_after(*options.start);
        if (!start)
            out.problems.push_back({.id = ProblemId::BadStart, .value = to_iso(*options.start)});
    }
    if (!out.problems.empty() && plan.tasks.empty()) return out;

    GraphBuild built = build_graph(plan, calendar);
    out.problems.insert(out.problems.end(), built.problems.begin(), built.problems.end());
    const Graph& g = built.graph;
    if (deadline) {
        auto room = room_problems(plan, g, *deadline);
        out.problems.insert(out.problems.end(), room.begin(), room.end());
    }
    TopoOrder topo = topological_order(g);
    if (!topo.cycles.empty()) {
        auto cycles = cycle_problems(plan, topo.cycles);
        out.problems.insert(out.problems.end(), cycles.begin(), cycles.end());
    }
    // Progress and actual dates count only against a status date (model §8).
    std::optional<Actuals> actuals;
    if (start) actuals = read_actuals(plan, g, calendar, *options.start, *start, out.problems);
    if (!out.problems.empty()) {
        sort_by_row(out.problems);
        // What the problems leave known (§15); a bad deadline or start date leaves nothing.
        if (partial == Partial::Yes && deadline && (start || !options.start))
            out.partial = partial_schedule(plan, g, topo, calendar, *deadline, options,
                                           actuals ? &*actuals : nullptr, out.problems);
        return out;
    }

    std::vector<WorkIndex> ls;
    backward_pass(g, topo.order, *deadline, ls);
    out.schedule = complete_schedule(plan, g, topo.order, calendar, *deadline, options,
                                     actuals ? &*actuals : nullptr, std::move(ls), out.problems);
    return out;
}

Outcome schedule(const PlanInput& plan, const SettingsOutcome& settings, Partial partial) {
    static const Settings fallback{Calendar{}, Options{kCheckOnlyDeadline, {}}};
    const Settings& used = settings.settings ? *settings.settings : fallback;
    // A settings problem reaches every value (§15): no partial schedule then.
    Outcome out = schedule(plan, used.calendar, used.options,
                           settings.problems.empty() ? partial : Partial::No);
    out.problems.insert(out.problems.begin(), settings.problems.begin(), settings.problems.end());
    if (!settings.problems.empty()) out.schedule.reset();
    return out;
}

} // namespace retroplan
