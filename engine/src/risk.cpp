#include "retroplan/risk.hpp"

#include "retroplan/simulation.hpp"

#include <algorithm>
#include <cmath>

namespace retroplan {

WorkIndex Risk::kickoff_at(double confidence) const {
    // The runs needed: ⌈c·N⌉, forgiving the rounding of c·N (0.8 × 10000 must need 8000).
    const auto n = std::int64_t(kickoffs.size());
    auto need = std::int64_t(std::ceil(confidence * double(n) - 1e-6));
    need = std::clamp<std::int64_t>(need, 1, n);
    // The need-th latest K_i: need runs have K_i at or after it, fewer after any later day.
    return kickoffs[std::size_t(n - need)];
}

std::int64_t Risk::runs_on_or_after(WorkIndex k) const {
    return std::int64_t(kickoffs.end() - std::lower_bound(kickoffs.begin(), kickoffs.end(), k));
}

std::vector<CurvePoint> Risk::curve() const {
    std::vector<CurvePoint> out;
    if (kickoffs.empty()) return out;
    for (WorkIndex k = kickoffs.front(); k <= kickoffs.back(); ++k)
        out.push_back({*date_of(k), share_on_or_after(k)});
    return out;
}

std::optional<Date> Risk::date_of(WorkIndex k) const {
    if (k > deadline) return deadline_date;
    if (k < first_day || k - first_day >= WorkIndex(days.size())) return std::nullopt;
    return days[std::size_t(k - first_day)];
}

RiskOutcome simulate_risk(const PlanInput& plan, const SettingsOutcome& settings,
                          const RiskOptions& options) {
    RiskOutcome out;
    if (options.runs < 1 || options.runs > kMaxRuns) {
        out.problems.push_back({.id = ProblemId::BadRuns, .value = std::to_string(options.runs)});
        return out;
    }
    Outcome plain = schedule(plan, settings);
    out.problems = std::move(plain.problems);
    if (!plain.ok()) return out;
    const Calendar& calendar = settings.settings->calendar;
    const Schedule& s = *plain.schedule;

    // The plan is valid: build its graph again for the runs (schedule() keeps its own).
    const Graph g = build_graph(plan, calendar).graph;
    const TopoOrder topo = topological_order(g);
    SimulationRuns runs =
        simulate_runs(g, topo.order, s.deadline, options.runs, options.seed, options.threads);

    Risk r;
    r.runs = options.runs;
    r.seed = options.seed;
    r.deadline = s.deadline;
    r.deadline_date = s.deadline_date;
    r.plain_kickoff = s.kickoff;
    r.kickoffs = std::move(runs.kickoffs);
    std::sort(r.kickoffs.begin(), r.kickoffs.end());
    r.critical_runs = std::move(runs.critical_runs);

    // Dates of every working day an answer can name.
    r.first_day = std::min(r.kickoffs.front(), r.plain_kickoff);
    if (r.first_day < 0) {
        // A run starts before the calendar (1900): name the task that starts first in it.
        const auto ls =
            simulated_latest_starts(g, topo.order, s.deadline, options.seed, runs.earliest_run);
        const auto first = std::size_t(std::min_element(ls.begin(), ls.end()) - ls.begin());
        out.problems.push_back({.id = ProblemId::DateOutOfRange,
                                .row = plan.tasks[first].row,
                                .column = plan.column(Field::Id),
                                .value = plan.tasks[first].id});
        return out;
    }
    const WorkIndex last = std::min(std::max(r.kickoffs.back(), r.plain_kickoff), r.deadline);
    for (WorkIndex k = r.first_day; k <= last; ++k)
        r.days.push_back(*calendar.date_of(k));
    out.schedule = std::move(plain.schedule);
    out.risk = std::move(r);
    return out;
}

} // namespace retroplan
