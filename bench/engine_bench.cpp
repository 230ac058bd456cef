// Engine benchmarks (not part of the test run): the whole pipeline from parsed rows, the passes
// alone, and a bare Kahn sweep over the same CSR arrays as the baseline.
#include "plan_generator.hpp"

#include "retroplan/levelling.hpp"
#include "retroplan/progress.hpp"
#include "retroplan/risk.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/workload.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>

using namespace retroplan;

namespace {

Calendar holiday_calendar() {
    std::vector<Date> holidays;
    for (int y = 1990; y <= 2100; ++y)
        for (auto [m, d] : {std::pair{1u, 1u},
                            {5u, 1u},
                            {5u, 8u},
                            {7u, 14u},
                            {8u, 15u},
                            {11u, 1u},
                            {11u, 11u},
                            {12u, 25u}})
            holidays.push_back(make_date(y, m, d));
    return Calendar(WeekendMask{}, holidays);
}

const Options kOptions{make_date(2099, 12, 31), std::nullopt};

struct Built {
    PlanInput plan;
    Graph graph;
    TopoOrder topo;
    WorkIndex deadline;
};

const Built& built(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<Built>> cache;
    auto& b = cache[n];
    if (!b) {
        b = std::make_unique<Built>();
        b->plan = bench::random_plan(n);
        const Calendar cal = holiday_calendar();
        b->graph = build_graph(b->plan, cal).graph;
        b->topo = topological_order(b->graph);
        b->deadline = *cal.index_on_or_before(kOptions.deadline);
    }
    return *b;
}

// Following the plan: a status date a third of the way from the kick-off to the deadline, and
// the same plan with progress on a third of its tasks.
struct Followed {
    Options options;
    PlanInput plan;
};

const Followed& followed(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<Followed>> cache;
    auto& f = cache[n];
    if (!f) {
        f = std::make_unique<Followed>();
        const Calendar cal = holiday_calendar();
        const Outcome plain = schedule(built(n).plan, cal, kOptions);
        const Schedule& s = *plain.schedule;
        const Date today = *cal.date_of(s.kickoff + s.span / 3);
        f->options = Options{kOptions.deadline, today};
        f->plan = bench::with_progress(built(n).plan, today);
        const Outcome check = schedule(f->plan, cal, f->options);
        if (!check.ok() || check.schedule->follow_up->counts.of(Status::Done) == 0)
            throw std::runtime_error("the progress plan did not schedule as meant");
    }
    return *f;
}

void counters(benchmark::State& state, const Graph& g) {
    state.counters["tasks/s"] =
        benchmark::Counter(double(g.size()), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["links"] = double(g.link_count());
}

// (a) Rows (ID and predecessor strings) to results: validation, graph, order, passes, slack, dates.
void BM_Pipeline(benchmark::State& state) {
    const Built& b = built(std::size_t(state.range(0)));
    const Calendar cal = holiday_calendar();
    for (auto _ : state) {
        Outcome out = schedule(b.plan, cal, kOptions);
        if (!out.ok()) state.SkipWithError("plan did not schedule");
        benchmark::DoNotOptimize(out);
    }
    counters(state, b.graph);
}

// (a) with a status date, no progress column: the forecast is the forward pass from today,
// plus the follow-up (statuses, expected dates) for every task.
void BM_PipelineStatusDate(benchmark::State& state) {
    const Built& b = built(std::size_t(state.range(0)));
    const Followed& f = followed(std::size_t(state.range(0)));
    const Calendar cal = holiday_calendar();
    for (auto _ : state) {
        Outcome out = schedule(b.plan, cal, f.options);
        if (!out.ok()) state.SkipWithError("plan did not schedule");
        benchmark::DoNotOptimize(out);
    }
    counters(state, b.graph);
}

// (a) with a status date and progress on a third of the tasks (model §8-10): reading and
// checking the progress columns, the forecast pass, free slack on it, the follow-up.
void BM_PipelineProgress(benchmark::State& state) {
    const Built& b = built(std::size_t(state.range(0)));
    const Followed& f = followed(std::size_t(state.range(0)));
    const Calendar cal = holiday_calendar();
    for (auto _ : state) {
        Outcome out = schedule(f.plan, cal, f.options);
        if (!out.ok()) state.SkipWithError("plan did not schedule");
        benchmark::DoNotOptimize(out);
    }
    counters(state, b.graph);
}

// The spreadsheet cells' path with problems (model §15): the same plan with a bad duration in its
// middle and an unknown predecessor a third of the way down, scheduled with Partial::Yes —
// validation, what each problem reaches, both passes over the faulty graph, the dates of what is
// known. Baseline in the same run: BM_Pipeline/N, the plan without problems.
void BM_PipelinePartial(benchmark::State& state) {
    const std::size_t n = std::size_t(state.range(0));
    static std::map<std::size_t, std::unique_ptr<PlanInput>> cache;
    auto& faulty = cache[n];
    if (!faulty) {
        faulty = std::make_unique<PlanInput>(built(n).plan);
        faulty->tasks[n / 2].duration = Cell::of_text("x");
        faulty->tasks[n / 3].predecessors += ";ZZ";
    }
    const Calendar cal = holiday_calendar();
    std::size_t known = 0;
    for (auto _ : state) {
        Outcome out = schedule(*faulty, cal, kOptions, Partial::Yes);
        if (out.ok() || !out.partial) state.SkipWithError("expected a partial schedule");
        known = std::size_t(std::count_if(out.partial->known.begin(), out.partial->known.end(),
                                          [](const KnownValues& k) { return k.latest; }));
        benchmark::DoNotOptimize(out);
    }
    state.counters["latest_known"] = double(known);
    counters(state, built(n).graph);
}

// (b) The passes alone on a built graph: backward, forward, free slack (total slack is LS - ES;
// packing the per-task result records is the pipeline's, like formatting dates).
void BM_Passes(benchmark::State& state) {
    const Built& b = built(std::size_t(state.range(0)));
    std::vector<WorkIndex> ls, es, free;
    for (auto _ : state) {
        backward_pass(b.graph, b.topo.order, b.deadline, ls);
        WorkIndex k = b.deadline + 1;
        for (WorkIndex v : ls)
            k = std::min(k, v);
        forward_pass(b.graph, b.topo.order, k, es);
        free_slack_pass(b.graph, b.deadline, ls, es, free);
        benchmark::DoNotOptimize(free.data());
    }
    counters(state, b.graph);
}

// (b) with progress on a third of the tasks: the forecast pass and free slack on it (model §8)
// in place of the forward pass and free slack, from the progress columns as read.
void BM_ForecastPasses(benchmark::State& state) {
    const Built& b = built(std::size_t(state.range(0)));
    const Followed& f = followed(std::size_t(state.range(0)));
    const Calendar cal = holiday_calendar();
    std::vector<Problem> problems;
    const Actuals a = read_actuals(f.plan, b.graph, cal, *f.options.start,
                                   *cal.index_on_or_after(*f.options.start), problems);
    std::vector<WorkIndex> ls, fs, ff, free;
    for (auto _ : state) {
        backward_pass(b.graph, b.topo.order, b.deadline, ls);
        forecast_pass(b.graph, b.topo.order, a, ls, fs, ff);
        forecast_free_slack_pass(b.graph, b.deadline, a, ls, fs, ff, free);
        benchmark::DoNotOptimize(free.data());
    }
    counters(state, b.graph);
}

// The baseline for (b): a bare topological sweep (Kahn) over the same CSR arrays.
void BM_BareKahnSweep(benchmark::State& state) {
    const Built& b = built(std::size_t(state.range(0)));
    const Graph& g = b.graph;
    std::vector<std::int32_t> indegree(g.size()), order;
    order.reserve(g.size());
    for (auto _ : state) {
        std::fill(indegree.begin(), indegree.end(), 0);
        for (auto s : g.out_target)
            ++indegree[std::size_t(s)];
        order.clear();
        for (std::size_t i = 0; i < g.size(); ++i)
            if (indegree[i] == 0) order.push_back(std::int32_t(i));
        for (std::size_t head = 0; head < order.size(); ++head) {
            const auto p = std::size_t(order[head]);
            for (auto k = g.out_begin[p]; k < g.out_begin[p + 1]; ++k)
                if (--indegree[std::size_t(g.out_target[std::size_t(k)])] == 0)
                    order.push_back(g.out_target[std::size_t(k)]);
        }
        benchmark::DoNotOptimize(order.data());
    }
    counters(state, g);
}

} // namespace

BENCHMARK(BM_Pipeline)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PipelineStatusDate)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PipelineProgress)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PipelinePartial)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Passes)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForecastPasses)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BareKahnSweep)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

namespace {

// Phase of (a): validation and graph build alone (IDs, values, predecessor entries, CSR).
void BM_BuildGraph(benchmark::State& state) {
    const Built& b = built(std::size_t(state.range(0)));
    const Calendar cal = holiday_calendar();
    for (auto _ : state) {
        GraphBuild g = build_graph(b.plan, cal);
        benchmark::DoNotOptimize(g);
    }
    counters(state, b.graph);
}

} // namespace

BENCHMARK(BM_BuildGraph)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// ---- Owners and levelling (model §12) ---------------------------------------------------------

namespace {

// A random plan of N tasks with P owners (see add_owners), built once per (N, P).
struct Owned {
    PlanInput plan;
    Graph graph;
    TopoOrder topo;
    WorkIndex deadline = 0;
    Assignments owners;
    std::vector<Share> capacity;
};

const Owned& owned(std::size_t n, std::size_t people) {
    static std::map<std::pair<std::size_t, std::size_t>, std::unique_ptr<Owned>> cache;
    auto& o = cache[{n, people}];
    if (!o) {
        o = std::make_unique<Owned>();
        o->plan = bench::random_plan(n);
        bench::add_owners(o->plan, people);
        const Calendar cal = holiday_calendar();
        o->graph = build_graph(o->plan, cal).graph;
        o->topo = topological_order(o->graph);
        o->deadline = *cal.index_on_or_before(kOptions.deadline);
        o->owners = assign_owners(o->plan);
        o->capacity.assign(o->owners.people.size(), kFullDay);
    }
    return *o;
}

SettingsOutcome bench_settings() {
    SettingsOutcome s;
    s.settings = Settings{holiday_calendar(), kOptions};
    return s;
}

// The levelling procedure alone on a built graph (its own plain passes included).
void BM_Level(benchmark::State& state) {
    const Owned& o = owned(std::size_t(state.range(0)), std::size_t(state.range(1)));
    WorkIndex moved = 0;
    for (auto _ : state) {
        Levelling l = level(o.graph, o.topo.order, o.deadline, o.owners, o.capacity);
        moved = *std::min_element(l.ls.begin(), l.ls.end());
        benchmark::DoNotOptimize(l);
    }
    std::vector<WorkIndex> ls;
    backward_pass(o.graph, o.topo.order, o.deadline, ls);
    state.counters["kickoff_cost"] = double(*std::min_element(ls.begin(), ls.end()) - moved);
    counters(state, o.graph);
}

// What `retroplan schedule --level` computes from parsed rows: the plain schedule, owners, loads
// and overloads, levelling, the levelled schedule and its loads. Compare with BM_Pipeline.
void BM_WorkloadLevelled(benchmark::State& state) {
    const Owned& o = owned(std::size_t(state.range(0)), std::size_t(state.range(1)));
    const SettingsOutcome settings = bench_settings();
    const bool nobody_over = std::size_t(state.range(1)) == o.plan.tasks.size();
    for (auto _ : state) {
        WorkloadOutcome w = workload(o.plan, settings, {}, {.level = true});
        if (!w.ok()) state.SkipWithError("plan did not schedule");
        // Nobody overloaded: levelling must leave the plain schedule as it is.
        if (nobody_over && (!w.load.overloads.empty() || w.levelled->kickoff_cost != 0))
            state.SkipWithError("levelling changed a plan nobody overloads");
        benchmark::DoNotOptimize(w);
    }
    counters(state, o.graph);
}

} // namespace

// ---- Risk simulation (model §13) ------------------------------------------------------------

namespace {

// Risk (§13): 10,000 runs of a 2,000-task plan in layers of 100 (a critical chain about 20
// tasks long) whose tasks all have a three-point estimate (the worst case; also with a quarter
// of them), against 10,000 plain backward passes of the same plan, measured in the same run.
constexpr std::int64_t kRiskRuns = 10'000;
constexpr std::size_t kRiskTasks = 2'000;

struct RiskPlan {
    PlanInput plan;
    SettingsOutcome settings;
    Graph graph;
    TopoOrder topo;
    WorkIndex deadline = 0;
};

const RiskPlan& risk_plan(unsigned percent) {
    static std::map<unsigned, std::unique_ptr<RiskPlan>> cache;
    auto& r = cache[percent];
    if (!r) {
        r = std::make_unique<RiskPlan>();
        r->plan = bench::random_plan(kRiskTasks, 42, 100);
        bench::add_estimates(r->plan, percent);
        const Calendar cal = holiday_calendar();
        const Date deadline = make_date(2031, 12, 31);
        r->settings.settings = Settings{cal, Options{deadline, std::nullopt}};
        r->graph = build_graph(r->plan, cal).graph;
        r->topo = topological_order(r->graph);
        r->deadline = *cal.index_on_or_before(deadline);
    }
    return *r;
}

// The whole call a shell makes (plain schedule, graph, runs, sorted results).
// Arguments: threads, runs, % of tasks with an estimate.
void BM_RiskSimulation(benchmark::State& state) {
    const RiskPlan& p = risk_plan(unsigned(state.range(2)));
    const RiskOptions options{state.range(1), 1, unsigned(state.range(0))};
    for (auto _ : state) {
        RiskOutcome out = simulate_risk(p.plan, p.settings, options);
        if (!out.ok()) state.SkipWithError("plan did not simulate");
        benchmark::DoNotOptimize(out);
    }
    state.counters["runs/s"] =
        benchmark::Counter(double(state.range(1)), benchmark::Counter::kIsIterationInvariantRate);
}

// The baseline: 10,000 plain backward passes (schedule.hpp) of the same graph.
void BM_PlainBackwardPasses(benchmark::State& state) {
    const RiskPlan& p = risk_plan(100);
    std::vector<WorkIndex> ls;
    for (auto _ : state) {
        for (std::int64_t r = 0; r < kRiskRuns; ++r) {
            backward_pass(p.graph, p.topo.order, p.deadline, ls);
            benchmark::DoNotOptimize(ls.data());
        }
    }
    state.counters["passes/s"] =
        benchmark::Counter(double(kRiskRuns), benchmark::Counter::kIsIterationInvariantRate);
}

} // namespace

BENCHMARK(BM_Level)
    ->Args({2'000, 30})
    ->Args({2'000, 2'000})
    ->Args({10'000, 1})
    ->Args({100'000, 1'000})
    ->Args({100'000, 100'000})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WorkloadLevelled)
    ->Args({2'000, 30})
    ->Args({100'000, 1'000})
    ->Args({100'000, 100'000})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pipeline)->Arg(2'000)->Unit(benchmark::kMillisecond);

// One thread: CPU time, like the baseline (wall time suffers when other work shares the cores).
BENCHMARK(BM_RiskSimulation)
    ->Args({1, kRiskRuns, 100})
    ->Args({1, kRiskRuns, 25})
    ->Args({1, 1, 100}) // the fixed cost: plain schedule, graph, sampling tables
    ->Unit(benchmark::kMillisecond);
// One and two threads by wall time.
BENCHMARK(BM_RiskSimulation)
    ->Args({1, kRiskRuns, 100})
    ->Args({2, kRiskRuns, 100})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_PlainBackwardPasses)->Unit(benchmark::kMillisecond);
