#include "retroplan/workload.hpp"

#include "retroplan/progress.hpp"

namespace retroplan {

Share WorkloadOutcome::load_on(const Calendar& calendar, std::string_view person, Date date,
                               bool levelled_dates) const {
    const auto p = owners.people.find(person);
    if (p < 0 || !calendar.is_working(date)) return 0;
    const auto day = calendar.index_on_or_before(date);
    if (!day) return 0;
    const Workload& w = levelled_dates && levelled ? levelled->load : load;
    return w.load_on(p, *day);
}

WorkloadOutcome workload(const PlanInput& plan, const SettingsOutcome& settings,
                         const CapacityTable& capacities, const WorkloadOptions& options) {
    WorkloadOutcome out;
    Outcome plain = schedule(plan, settings);
    out.problems = std::move(plain.problems);
    out.problems.insert(out.problems.end(), capacities.problems.begin(), capacities.problems.end());
    if (!plain.ok() || !out.problems.empty()) return out;

    out.owners = assign_owners(plan);
    out.capacity = capacities_of(out.owners.people, capacities);
    std::vector<WorkIndex> begin, end;
    loaded_days(*plain.schedule, begin, end);
    out.load = compute_workload(out.owners, out.capacity, begin, end);

    if (options.level) {
        // The plan is valid (schedule() said so): the graph builds without problems.
        const Calendar& calendar = settings.settings->calendar;
        const Options& opts = settings.settings->options;
        const GraphBuild built = build_graph(plan, calendar);
        const TopoOrder topo = topological_order(built.graph);
        const WorkIndex deadline = plain.schedule->deadline;
        // Levelling moves the latest dates only (it reads no progress, §12); with a status date
        // the levelled plan is followed like the plain one: forecast, slack and statuses
        // against the levelled latest dates (§8-10).
        std::optional<Actuals> actuals;
        if (opts.start)
            actuals = read_actuals(plan, built.graph, calendar, *opts.start, plain.schedule->origin,
                                   out.problems);
        Levelling lv = level(built.graph, topo.order, deadline, out.owners, out.capacity);
        auto levelled =
            complete_schedule(plan, built.graph, topo.order, calendar, deadline, opts,
                              actuals ? &*actuals : nullptr, std::move(lv.ls), out.problems);
        if (!levelled) return out; // levelling pushed a task before 1900: date_out_of_range
        LevelledPlan l;
        loaded_days(*levelled, begin, end);
        l.load = compute_workload(out.owners, out.capacity, begin, end);
        l.kickoff_cost = plain.schedule->kickoff - levelled->kickoff;
        l.schedule = std::move(*levelled);
        l.exceeding = std::move(lv.exceeding);
        out.levelled = std::move(l);
    }
    out.plan = std::move(plain.schedule);
    return out;
}

} // namespace retroplan
