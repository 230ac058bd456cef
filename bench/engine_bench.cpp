// Engine benchmarks (not part of the test run): the whole pipeline from parsed rows, the passes
// alone, and a bare Kahn sweep over the same CSR arrays as the baseline.
#include "plan_generator.hpp"

#include "retroplan/risk.hpp"
#include "retroplan/schedule.hpp"

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

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
BENCHMARK(BM_Passes)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
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
