// The risk simulation (model §13): its generator and PERT sampler against references, and its
// results against distributions worked out exactly.
#include "plan_helpers.hpp"
#include "risk_helpers.hpp"

#include "retroplan/pert.hpp"
#include "retroplan/random.hpp"
#include "retroplan/simulation.hpp"

#include <cmath>
#include <map>
#include <random>

using namespace retroplan;
using namespace retroplan::test;

namespace {

// I_x(α, β) for whole α, β: the binomial sum Σ_{j=α}^{α+β−1} C(α+β−1, j) x^j (1−x)^{α+β−1−j},
// independent of the engine's continued fraction.
double binomial_beta(double x, int alpha, int beta) {
    const int n = alpha + beta - 1;
    double sum = 0, c = 1; // C(n, j)
    for (int j = 0; j <= n; ++j) {
        if (j >= alpha) sum += c * std::pow(x, j) * std::pow(1 - x, n - j);
        c = c * (n - j) / (j + 1);
    }
    return sum;
}

// The PERT probabilities of a + 1 … b for whole shapes, by the same binomial sum.
std::vector<double> pert_pmf(int a, int m, int b) {
    const int n = b - a, alpha = 1 + 4 * (m - a) / n, beta = 1 + 4 * (b - m) / n;
    std::vector<double> p;
    for (int k = 1; k <= n; ++k)
        p.push_back(binomial_beta(double(k) / n, alpha, beta) -
                    binomial_beta(double(k - 1) / n, alpha, beta));
    return p;
}

} // namespace

TEST(Random, SplitMix64MatchesTheReference) {
    // Vigna's splitmix64.c started from 1234567.
    const std::uint64_t expected[] = {6457827717110365317u, 3203168211198807973u,
                                      9817491932198370423u, 4593380528125082431u,
                                      16408922859458223821u};
    for (std::uint64_t i = 0; i < 5; ++i)
        EXPECT_EQ(splitmix64_output(1234567, i + 1), expected[i]) << i;
}

TEST(Random, Xoshiro256StarStarMatchesTheReference) {
    Xoshiro256StarStar g(1, 2, 3, 4); // xoshiro256starstar.c from state {1, 2, 3, 4}
    EXPECT_EQ(g.next(), 11520u);
    EXPECT_EQ(g.next(), 0u);
    EXPECT_EQ(g.next(), 1509978240u);
    EXPECT_EQ(g.next(), 1215971899390074240u);
}

TEST(Random, EachRunSeedsFromFourSplitMix64Outputs) {
    // Run 1 of seed 1: SplitMix64(1)'s outputs 5 to 8 (worked out with the reference C code).
    auto g = Xoshiro256StarStar::for_run(1, 1);
    Xoshiro256StarStar h(splitmix64_output(1, 5), splitmix64_output(1, 6), splitmix64_output(1, 7),
                         splitmix64_output(1, 8));
    EXPECT_EQ(g.next(), 5011932619923276712u);
    EXPECT_EQ(h.next(), 5011932619923276712u);
    EXPECT_EQ(Xoshiro256StarStar::for_run(1, 0).next(), 12966619160104079557u);
}

TEST(IncompleteBeta, ClosedForms) {
    for (double x : {0.0, 0.1, 0.25, 0.5, 0.9, 1.0}) {
        for (double s : {1.0, 2.5, 5.0}) {
            EXPECT_NEAR(incomplete_beta(x, 1, s), 1 - std::pow(1 - x, s), 1e-14) << x << " " << s;
            EXPECT_NEAR(incomplete_beta(x, s, 1), std::pow(x, s), 1e-14) << x << " " << s;
        }
    }
    EXPECT_NEAR(incomplete_beta(0.25, 2, 4), 376.0 / 1024, 1e-15);
    EXPECT_NEAR(incomplete_beta(0.5, 2, 4), 26.0 / 32, 1e-15);
    EXPECT_NEAR(incomplete_beta(0.75, 2, 4), 1008.0 / 1024, 1e-15);
    for (double a : {1.5, 3.0, 4.2})
        EXPECT_NEAR(incomplete_beta(0.5, a, a), 0.5, 1e-14) << a;
}

TEST(IncompleteBeta, NonWholeShapesMatchThePowerSeries) {
    // I_x(a, b) = x^a / B(a, b) · Σ_n (1 − b)_n / n! · x^n / (a + n), summed until negligible:
    // a different method from the engine's continued fraction.
    for (const auto& [a, b] : {std::pair{7.0 / 3, 11.0 / 3}, {1.4, 4.6}, {4.2, 1.8}}) {
        const double beta = std::tgamma(a) * std::tgamma(b) / std::tgamma(a + b);
        for (double x : {0.05, 0.3, 0.5, 0.7, 0.9}) {
            double sum = 0, coefficient = 1, power = 1;
            for (int n = 0; n < 2000; ++n) {
                sum += coefficient * power / (a + n);
                coefficient *= (n + 1 - b) / (n + 1);
                power *= x;
            }
            EXPECT_NEAR(incomplete_beta(x, a, b), std::pow(x, a) / beta * sum, 1e-13)
                << a << " " << b << " " << x;
        }
    }
}

TEST(Pert, ShapesFromThreePoints) {
    EXPECT_EQ(pert_shape(2, 3, 6).alpha, 2);
    EXPECT_EQ(pert_shape(2, 3, 6).beta, 4);
    EXPECT_EQ(pert_shape(0, 1, 2).alpha, 3);
    EXPECT_EQ(pert_shape(0, 1, 2).beta, 3);
    EXPECT_EQ(pert_shape(1, 1, 3).alpha, 1);
    EXPECT_EQ(pert_shape(1, 1, 3).beta, 5);
}

TEST(Pert, DrawIsTheInverseTransformRoundedUp) {
    PertSampler s;
    s.add(2, 3, 6); // Beta(2, 4) on [2, 6]: F(1/4) = 376/1024, F(1/2) = 26/32, F(3/4) = 1008/1024
    const std::uint64_t t1 = pert_threshold(1, 4, pert_shape(2, 3, 6));
    const std::uint64_t t2 = pert_threshold(2, 4, pert_shape(2, 3, 6));
    const std::uint64_t t3 = pert_threshold(3, 4, pert_shape(2, 3, 6));
    EXPECT_NEAR(double(t1), 376.0 / 1024 * 4294967296.0, 1.0);
    EXPECT_NEAR(double(t2), 26.0 / 32 * 4294967296.0, 1.0);
    EXPECT_EQ(pert_threshold(4, 4, pert_shape(2, 3, 6)), std::uint64_t(1) << 32);
    EXPECT_EQ(s.draw(0, 0), 3); // never a itself
    EXPECT_EQ(s.draw(0, std::uint32_t(t1 - 1)), 3);
    EXPECT_EQ(s.draw(0, std::uint32_t(t1)), 4);
    EXPECT_EQ(s.draw(0, std::uint32_t(t2 - 1)), 4);
    EXPECT_EQ(s.draw(0, std::uint32_t(t2)), 5);
    EXPECT_EQ(s.draw(0, std::uint32_t(t3)), 6);
    EXPECT_EQ(s.draw(0, 0xFFFFFFFFu), 6);
}

TEST(Pert, GuideTablesGiveTheSmallestQualifyingStep) {
    // Skewed shapes crowd thresholds into few buckets; a range above kMaxTable is bisected;
    // estimates of one shape share their tables.
    const std::vector<std::array<std::int64_t, 3>> estimates = {
        {0, 0, 1},
        {0, 0, 2},
        {3, 3, 9},
        {0, 7, 7},
        {5, 6, 40},
        {0, 20, 40},
        {1, 1, 100},
        {0, 99, 100},
        {10, 10, 10 + PertSampler::kMaxTable},
        {0, 10, 5000},
        // Shapes (m − a, b − a) met above, elsewhere: their tables are shared, their draws not.
        {5, 5, 6},
        {13, 13, 19},
        {105, 106, 140},
        {1000, 1020, 1040}};
    PertSampler s;
    for (const auto& e : estimates)
        s.add(e[0], e[1], e[2]);
    std::mt19937_64 rng(5);
    for (std::size_t slot = 0; slot < estimates.size(); ++slot) {
        const auto [a, m, b] = estimates[slot];
        const PertShape shape = pert_shape(a, m, b);
        auto expected = [&](std::uint32_t u) {
            for (std::int64_t k = 1;; ++k)
                if (u < pert_threshold(k, b - a, shape)) return a + k;
        };
        std::vector<std::uint32_t> us = {0, 1, 0x7FFFFFFFu, 0xFFFFFFFEu, 0xFFFFFFFFu};
        for (int i = 0; i < (b - a > 200 ? 10 : 400); ++i)
            us.push_back(std::uint32_t(rng()));
        for (std::int64_t k = 1; k < b - a && k < 50; ++k) { // both sides of each threshold
            const auto t = pert_threshold(k, b - a, shape);
            if (t > 0) us.push_back(std::uint32_t(t - 1));
            if (t < (std::uint64_t(1) << 32)) us.push_back(std::uint32_t(t));
        }
        for (const std::uint32_t u : us)
            ASSERT_EQ(s.draw(slot, u), expected(u)) << a << "/" << m << "/" << b << " u=" << u;
    }
}

TEST(Risk, CertainEstimateGivesThePlainKickoffAtEveryConfidence) {
    const RiskRun r =
        simulate_csv("ID,Duration,Optimistic,Most likely,Pessimistic\nA,4,4,4,4\n", "2027-04-02");
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    // Four working days up to Friday 2027-04-02: Tuesday 2027-03-30.
    EXPECT_EQ(to_iso(r.risk().plain_kickoff_date()), "2027-03-30");
    for (double c : {0.01, 0.5, 0.8, 0.95, 1.0})
        EXPECT_EQ(to_iso(r.risk().kickoff_date_at(c)), "2027-03-30") << c;
    EXPECT_EQ(r.risk().plain_confidence(), 1.0);
    EXPECT_EQ(r.risk().criticality(0), 1.0);
    EXPECT_EQ(r.risk().runs, kDefaultRuns);
    EXPECT_EQ(r.risk().seed, kDefaultSeed);
}

TEST(Risk, TwoTaskChainMatchesExactEnumeration) {
    // B after A; A: PERT(2, 3, 6) = Beta(2, 4), B: PERT(1, 2, 3) = Beta(3, 3); no holiday.
    constexpr std::int64_t kRuns = 20'000;
    const RiskRun r = simulate_csv("ID,Duration,Predecessors,Optimistic,Most likely,Pessimistic\n"
                                   "A,3,,2,3,6\nB,2,A,1,2,3\n",
                                   "2027-04-02", RiskOptions{kRuns, 7});
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);

    // The exact distribution of the chain's length S = d_A + d_B, by enumeration.
    const auto pa = pert_pmf(2, 3, 6), pb = pert_pmf(1, 2, 3); // d_A = 3..6, d_B = 2..3
    std::map<int, double> length;
    for (std::size_t i = 0; i < pa.size(); ++i)
        for (std::size_t j = 0; j < pb.size(); ++j)
            length[int(i) + 3 + int(j) + 2] += pa[i] * pb[j];
    std::map<int, double> at_most; // P(S ≤ s): starting s working days before the end suffices
    double cumulative = 0;
    for (const auto& [s, p] : length)
        at_most[s] = cumulative += p;
    // The kick-off at c starts S_c days before the end, S_c the smallest s with P(S ≤ s) ≥ c;
    // for N runs to find it, P(S ≤ s) must stand clear of c by many standard errors.
    auto exact_length = [&](double c) {
        const double sigma = std::sqrt(c * (1 - c) / kRuns);
        for (const auto& [s, p] : at_most) {
            EXPECT_GT(std::fabs(p - c), 6 * sigma) << "too close to call at " << c;
            if (p >= c) return s;
        }
        return 0;
    };
    EXPECT_EQ(exact_length(0.5), 6);
    EXPECT_EQ(exact_length(0.8), 7);
    EXPECT_EQ(exact_length(0.95), 8);
    // Working days counted back from Friday 2027-04-02: 5 → Mon 03-29, 6 → Fri 03-26,
    // 7 → Thu 03-25, 8 → Wed 03-24, 9 → Tue 03-23.
    EXPECT_EQ(to_iso(r.risk().kickoff_date_at(0.5)), "2027-03-26");
    EXPECT_EQ(to_iso(r.risk().kickoff_date_at(0.8)), "2027-03-25");
    EXPECT_EQ(to_iso(r.risk().kickoff_date_at(0.95)), "2027-03-24");
    EXPECT_EQ(to_iso(r.risk().plain_kickoff_date()), "2027-03-29"); // 3 + 2 days
    const double plain = at_most[5];                                // 0.18359375
    EXPECT_NEAR(r.risk().plain_confidence(), plain, 4 * std::sqrt(plain * (1 - plain) / kRuns));

    // The curve: every day from the earliest kick-off (S = 9) to the latest (S = 5).
    const auto curve = r.risk().curve();
    ASSERT_EQ(curve.size(), 5u);
    EXPECT_EQ(to_iso(curve.front().date), "2027-03-23");
    EXPECT_EQ(curve.front().share, 1.0);
    EXPECT_EQ(to_iso(curve.back().date), "2027-03-29");
    const char* const dates[] = {"2027-03-23", "2027-03-24", "2027-03-25", "2027-03-26",
                                 "2027-03-29"};
    for (int i = 0; i < 5; ++i) {
        const double p = at_most[9 - i];
        EXPECT_EQ(to_iso(curve[std::size_t(i)].date), dates[i]);
        EXPECT_NEAR(curve[std::size_t(i)].share, p, 4 * std::sqrt(p * (1 - p) / kRuns) + 1e-12);
    }
    EXPECT_EQ(r.risk().criticality(0), 1.0);
    EXPECT_EQ(r.risk().criticality(1), 1.0);
}

TEST(Risk, RunsFollowTheDocumentedAlgorithm) {
    // Run 0 of seed 1 redone by hand: one xoshiro256** output, high half for A, low half for B;
    // each duration a + the smallest k with u < ⌈I_{k/n}(α, β)·2³²⌉.
    const RiskRun r = simulate_csv("ID,Duration,Predecessors,Optimistic,Most likely,Pessimistic\n"
                                   "A,3,,2,3,6\nB,2,A,1,2,3\n",
                                   "2027-04-02");
    ASSERT_TRUE(r.outcome.ok());
    const std::uint64_t x = Xoshiro256StarStar::for_run(1, 0).next();
    auto draw = [](std::uint32_t u, int a, int n, int alpha, int beta) {
        for (int k = 1; k < n; ++k)
            if (u < std::ceil(binomial_beta(double(k) / n, alpha, beta) * 4294967296.0))
                return a + k;
        return a + n;
    };
    const int da = draw(std::uint32_t(x >> 32), 2, 4, 2, 4);
    const int db = draw(std::uint32_t(x), 1, 2, 3, 3);
    const Graph g = build_graph(r.plan, r.settings.settings->calendar).graph;
    const TopoOrder topo = topological_order(g);
    const WorkIndex deadline = r.outcome.schedule->deadline;
    const auto ls = simulated_latest_starts(g, topo.order, deadline, 1, 0);
    EXPECT_EQ(ls[1], deadline + 1 - db);
    EXPECT_EQ(ls[0], deadline + 1 - db - da);
}

TEST(Risk, PlanWithoutEstimatesIsThePlainSchedule) {
    const RiskRun r = simulate_csv("ID,Name,Duration,Predecessors,Buffer\n"
                                   "BRIEF,Brief & KPIs,5,,\nMSG,Message validated,3,BRIEF,\n"
                                   "VIS,Visuals,8,MSG,2\nTXT,Copywriting,4,MSGSS+1,\n"
                                   "VAL,Client sign-off,2,VIS;TXT,\nPR,Press release,2,VAL,\n"
                                   "PROG,Scheduling posts,3,VAL,\nGO,Launch,0,PROG,\n"
                                   "SOC,Social teasing,5,VIS-2,\n",
                                   "2027-04-02", RiskOptions{500, 3}, {"2027-03-29"});
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    const Risk& risk = r.risk();
    EXPECT_EQ(to_iso(risk.plain_kickoff_date()), "2027-03-02"); // model §7
    for (double c : {0.05, 0.5, 0.8, 1.0})
        EXPECT_EQ(to_iso(risk.kickoff_date_at(c)), "2027-03-02") << c;
    EXPECT_EQ(risk.plain_confidence(), 1.0);
    // Critical in §7: slack 0 for BRIEF, MSG, VIS, VAL, PROG, GO; TXT 8, PR 1, SOC 2.
    for (const char* id : {"BRIEF", "MSG", "VIS", "VAL", "PROG", "GO"})
        EXPECT_EQ(risk.criticality(task_index(r.plan, id)), 1.0) << id;
    for (const char* id : {"TXT", "PR", "SOC"})
        EXPECT_EQ(risk.criticality(task_index(r.plan, id)), 0.0) << id;
}

TEST(Risk, MilestonesOnlyKickOffOnTheDeadline) {
    const RiskRun r =
        simulate_csv("ID,Duration,Predecessors\nA,0,\nB,0,A\n", "2027-04-02", RiskOptions{100, 1});
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(to_iso(r.risk().plain_kickoff_date()), "2027-04-02");
    EXPECT_EQ(to_iso(r.risk().kickoff_date_at(0.8)), "2027-04-02");
}

TEST(Risk, KickoffAtFollowsTheDefinition) {
    Risk r;
    r.runs = 5;
    r.kickoffs = {1, 2, 2, 3, 5}; // ascending
    // The latest k with at least c·N runs having K_i ≥ k.
    EXPECT_EQ(r.kickoff_at(0.2), 5);
    EXPECT_EQ(r.kickoff_at(0.21), 3);
    EXPECT_EQ(r.kickoff_at(0.4), 3);
    EXPECT_EQ(r.kickoff_at(0.6), 2);
    EXPECT_EQ(r.kickoff_at(0.8), 2);
    EXPECT_EQ(r.kickoff_at(1.0), 1);
    EXPECT_EQ(r.runs_on_or_after(2), 4);
    EXPECT_EQ(r.runs_on_or_after(4), 1);
    EXPECT_EQ(r.share_on_or_after(6), 0.0);
    // 0.8 × 10000 is 8000 runs, not 8001, whatever the rounding of 0.8.
    Risk big;
    big.runs = 10'000;
    big.kickoffs.assign(2'000, 0);
    big.kickoffs.resize(10'000, 1);
    EXPECT_EQ(big.kickoff_at(0.8), 1);
    EXPECT_EQ(big.kickoff_at(0.8001), 0);
}

namespace {

// Appends the parts: `+` on strings trips GCC 12's -Wrestrict (a false positive).
template <class... Parts> std::string cat(const Parts&... parts) {
    std::string out;
    ((out += parts), ...);
    return out;
}

// A plan of `n` tasks, up to three links each (one of each type) to the 30 before, and
// three-point estimates.
std::string random_plan_csv(int n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string csv = "ID,Duration,Predecessors,Optimistic,Most likely,Pessimistic\n";
    const char* const types[] = {"", "SS", "FF"};
    for (int i = 0; i < n; ++i) {
        const int d = 1 + int(rng() % 6), a = std::max(0, d - int(rng() % 3));
        std::string preds;
        for (int k = 0; k < 3 && i > 0; ++k) {
            const int p = std::max(0, i - 1 - int(rng() % 30));
            preds += cat(preds.empty() ? "" : ";", "T", std::to_string(p), types[k]);
        }
        csv +=
            cat("T", std::to_string(i), ",", std::to_string(d), ",", preds, ",", std::to_string(a),
                ",", std::to_string(d), ",", std::to_string(d + int(rng() % 5)), "\n");
    }
    return csv;
}

} // namespace

TEST(Risk, SameSeedSameResultsWhateverTheThreads) {
    const std::string csv = random_plan_csv(300, 11);
    const RiskRun one = simulate_csv(csv, "2028-12-29", RiskOptions{3'000, 42, 1});
    ASSERT_TRUE(one.outcome.ok()) << problem_codes(one.outcome.problems);
    for (unsigned threads : {1u, 2u, 3u}) {
        const RiskRun again = simulate_csv(csv, "2028-12-29", RiskOptions{3'000, 42, threads});
        EXPECT_EQ(again.risk().kickoffs, one.risk().kickoffs) << threads;
        EXPECT_EQ(again.risk().critical_runs, one.risk().critical_runs) << threads;
    }
    const RiskRun other = simulate_csv(csv, "2028-12-29", RiskOptions{3'000, 43, 2});
    EXPECT_NE(other.risk().kickoffs, one.risk().kickoffs);
    // Some spread, or the comparison above proves little.
    EXPECT_LT(one.risk().kickoffs.front(), one.risk().kickoffs.back());
}

TEST(Risk, CriticalTasksAreFoundAmongManyTasks) {
    // 100 unlinked tasks, more than the simulation's blocks of 32 positions: those taking 4 days
    // (every seventh, and the last) start on the kick-off, the others (3 days) a day later.
    std::string csv = "ID,Duration,Optimistic,Most likely,Pessimistic\n";
    auto longest = [](int i) { return i % 7 == 0 || i == 99; };
    for (int i = 0; i < 100; ++i)
        csv += cat("T", std::to_string(i), longest(i) ? ",4,4,4,4\n" : ",3,3,3,3\n");
    const RiskRun r = simulate_csv(csv, "2027-04-02", RiskOptions{50, 3});
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    EXPECT_EQ(to_iso(r.risk().kickoff_date_at(0.5)), "2027-03-30");
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(r.risk().criticality(std::size_t(i)), longest(i) ? 1.0 : 0.0) << i;
}

TEST(Risk, WideValuesTakeTheSameRunsIn64Bits) {
    // 1,100 leads of a million days each make the arithmetic bound exceed 32 bits, without
    // changing any date: the extra milestones come after A's estimate in table order, so the
    // draws are the same too.
    const std::string base = "ID,Duration,Predecessors,Optimistic,Most likely,Pessimistic\n"
                             "A,3,,1,3,9\nB,2,A,1,2,6\nC,4,ASS+1,2,4,5\n";
    std::string wide = base;
    for (int i = 0; i < 1100; ++i)
        wide += cat("M", std::to_string(i), ",0,ASS-1000000,,,\n");
    const RiskRun narrow_run = simulate_csv(base, "2027-04-02", RiskOptions{2'000, 5});
    const RiskRun wide_run = simulate_csv(wide, "2027-04-02", RiskOptions{2'000, 5});
    ASSERT_TRUE(narrow_run.outcome.ok());
    ASSERT_TRUE(wide_run.outcome.ok()) << problem_codes(wide_run.outcome.problems);
    EXPECT_EQ(wide_run.risk().kickoffs, narrow_run.risk().kickoffs);
    for (std::size_t t = 0; t < 3; ++t)
        EXPECT_EQ(wide_run.risk().critical_runs[t], narrow_run.risk().critical_runs[t]) << t;
}

TEST(Risk, RunStartingBefore1900IsOutOfRange) {
    // The plain plan fits; runs of up to 100,000 working days do not.
    const RiskRun r = simulate_csv("ID,Duration,Optimistic,Most likely,Pessimistic\n"
                                   "A,1,1,1,1\nB,1,1,2,100000\n",
                                   "1901-06-28", RiskOptions{200, 1});
    EXPECT_FALSE(r.outcome.ok());
    EXPECT_EQ(problem_codes(r.outcome.problems), "date_out_of_range@3 ");
}

TEST(RiskOptions, DefaultsAndBadValues) {
    const auto defaults = read_risk_options({});
    ASSERT_TRUE(defaults.options);
    EXPECT_EQ(defaults.options->runs, 10'000);
    EXPECT_EQ(defaults.options->seed, 1u);
    RiskOptionsInput in{Cell::of_number(500), Cell::of_text(" 9007199254740991")};
    const auto given = read_risk_options(in);
    ASSERT_TRUE(given.options);
    EXPECT_EQ(given.options->runs, 500);
    EXPECT_EQ(given.options->seed, 9007199254740991u);
    const std::vector<Cell> bad_runs = {Cell::of_number(0), Cell::of_number(2.5),
                                        Cell::of_text("1000001"), Cell::of_text("ten"),
                                        Cell::of_boolean(true)};
    for (const Cell& bad : bad_runs) {
        RiskOptionsInput in;
        in.runs = bad;
        const auto out = read_risk_options(in);
        ASSERT_EQ(out.problems.size(), 1u) << cell_text(bad);
        EXPECT_EQ(out.problems[0].id, ProblemId::BadRuns) << cell_text(bad);
        EXPECT_FALSE(out.options);
    }
    const std::vector<Cell> bad_seeds = {Cell::of_number(-1), Cell::of_text("9007199254740992"),
                                         Cell::of_text("1e3")};
    for (const Cell& bad : bad_seeds) {
        RiskOptionsInput in;
        in.seed = bad;
        const auto out = read_risk_options(in);
        ASSERT_EQ(out.problems.size(), 1u) << cell_text(bad);
        EXPECT_EQ(out.problems[0].id, ProblemId::BadSeed) << cell_text(bad);
    }
    RiskOptionsInput erroneous;
    erroneous.runs = Cell::of_error("#VALUE!");
    const auto error = read_risk_options(erroneous);
    ASSERT_EQ(error.problems.size(), 1u);
    EXPECT_EQ(format_problem(error.problems[0], Lang::En, WithCode::No),
              "the number of runs holds the error #VALUE!: fix the formula or the value "
              "(Retroplan does not read it as empty)");
}

TEST(RiskOptions, SimulationRefusesRunsOutOfRange) {
    for (std::int64_t runs : {std::int64_t(0), kMaxRuns + 1}) {
        const RiskRun r = simulate_csv("ID,Duration\nA,1\n", "2027-04-02", RiskOptions{runs, 1});
        EXPECT_EQ(problem_codes(r.outcome.problems), "bad_runs@0 ") << runs;
        EXPECT_FALSE(r.outcome.ok());
    }
}

TEST(RiskOptions, ConfidenceAsShareOrPercent) {
    std::vector<Problem> problems;
    EXPECT_EQ(read_confidence(Cell::of_number(0.8), problems), 0.8);
    EXPECT_EQ(read_confidence(Cell::of_text("80%"), problems), 0.8);
    EXPECT_EQ(read_confidence(Cell::of_text("95 %"), problems), 0.95);
    EXPECT_EQ(read_confidence(Cell::of_text("97,5\xC2\xA0%"), problems), 0.975);
    EXPECT_EQ(read_confidence(Cell::of_text("1"), problems), 1.0);
    EXPECT_TRUE(problems.empty()) << problem_codes(problems);
    for (const Cell& bad : {Cell::of_number(80), Cell::of_number(0), Cell::of_text("-0.5"),
                            Cell::of_text("high"), Cell{}})
        EXPECT_FALSE(read_confidence(bad, problems));
    EXPECT_EQ(problem_codes(problems), "bad_confidence@0 bad_confidence@0 bad_confidence@0 "
                                       "bad_confidence@0 bad_confidence@0 ");
    EXPECT_EQ(format_problem(problems[0], Lang::Fr),
              "le niveau de confiance « 80 » n'est pas une part au-dessus de 0 et au plus 1 "
              "(écrire 0,8 ou 80 %) [bad_confidence]");
}
