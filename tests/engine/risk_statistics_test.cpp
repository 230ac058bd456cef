// The risk simulation against an independent one written here from the model alone: Beta
// variates from two std::gamma_distribution draws, the four link constraints of §3 as
// written, a forward pass for criticality. On 20 random plans the kick-offs at 50 % and 80 %,
// the plain kick-off's confidence and every task's criticality must agree within the
// sampling error of the runs.
#include "plan_helpers.hpp"
#include "risk_helpers.hpp"

#include <algorithm>
#include <cmath>
#include <random>

using namespace retroplan;
using namespace retroplan::test;

namespace {

constexpr std::int64_t kRuns = 10'000;

std::string id(int task) {
    std::string out = "T";
    out += std::to_string(task);
    return out;
}

struct Link {
    int pred;
    std::string type;
    int lag;
};

struct Task {
    int duration = 0, buffer = 0;
    int due = 0; // days before the deadline, or -1
    bool estimated = false;
    int a = 0, m = 0, b = 0;
    std::vector<Link> preds; // to tasks generated earlier
};

// Tasks in generation order (every link to an earlier task); the CSV lists them shuffled.
std::vector<Task> random_tasks(std::mt19937& rng) {
    const int n = 15 + int(rng() % 26);
    std::vector<Task> tasks(static_cast<std::size_t>(n));
    const char* const types[] = {"FS", "SS", "FF", "SF"};
    for (int i = 0; i < n; ++i) {
        Task& t = tasks[std::size_t(i)];
        // Task 0 keeps a fixed duration ≥ 1: no run is all milestones.
        t.duration = i == 0 ? 3 : int(rng() % 7);
        t.buffer = rng() % 5 == 0 ? int(rng() % 3) : 0;
        t.due = rng() % 10 == 0 ? int(rng() % 6) : -1;
        t.estimated = i > 0 && rng() % 10 < 7;
        if (t.estimated) {
            t.a = int(rng() % 5);
            t.m = t.a + int(rng() % 4);
            t.b = t.m + int(rng() % 5);
        }
        for (int k = 0, links = i == 0 ? 0 : int(rng() % 4); k < links; ++k) {
            const int p = int(rng() % unsigned(i));
            const std::string type = types[rng() % 4];
            const bool dup = std::any_of(t.preds.begin(), t.preds.end(), [&](const Link& l) {
                return l.pred == p && l.type == type;
            });
            if (!dup) t.preds.push_back({p, type, int(rng() % 6) - 2});
        }
    }
    return tasks;
}

std::string to_csv(const std::vector<Task>& tasks, std::mt19937& rng) {
    std::vector<int> rows(tasks.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    std::shuffle(rows.begin(), rows.end(), rng);
    std::string csv = "ID,Duration,Predecessors,Buffer,Due,Optimistic,Most likely,Pessimistic\n";
    for (const int i : rows) {
        const Task& t = tasks[std::size_t(i)];
        std::string preds;
        for (const Link& l : t.preds) {
            preds += preds.empty() ? "T" : ";T";
            preds += std::to_string(l.pred);
            preds += l.type;
            if (l.lag > 0) preds += '+';
            if (l.lag) preds += std::to_string(l.lag);
        }
        // Every day is a working day (weekend 0000000), the deadline 2027-06-30.
        const std::string due =
            t.due < 0 ? "" : to_iso(make_date(2027, 6, 30) - std::chrono::days(t.due));
        for (const std::string& field :
             {id(i), std::to_string(t.duration), "\"" + preds + "\"", std::to_string(t.buffer), due,
              t.estimated ? std::to_string(t.a) : "", t.estimated ? std::to_string(t.m) : ""}) {
            csv += field;
            csv += ',';
        }
        if (t.estimated) csv += std::to_string(t.b);
        csv += "\n";
    }
    return csv;
}

// Kick-offs as days relative to the deadline (D = 0), and critical counts per task.
struct Sample {
    std::vector<int> kickoffs;
    std::vector<int> critical;
    int plain = 0;
};

// Latest starts from §3-4 as written, and K; `d` the run's durations.
int backward(const std::vector<Task>& tasks, const std::vector<int>& d, std::vector<int>& ls,
             std::vector<int>& lf) {
    const int n = int(tasks.size());
    ls.assign(tasks.size(), 0);
    lf.assign(tasks.size(), 0);
    std::vector<std::vector<std::pair<int, Link>>> succs(tasks.size());
    for (int s = 0; s < n; ++s)
        for (const Link& l : tasks[std::size_t(s)].preds)
            succs[std::size_t(l.pred)].push_back({s, l});
    int k = 1; // D + 1
    for (int p = n - 1; p >= 0; --p) {
        const Task& t = tasks[std::size_t(p)];
        const auto dp = d[std::size_t(p)];
        int f = 1 - t.buffer; // f + b ≤ D + 1
        if (t.due >= 0) f = std::min(f, -t.due + 1 - t.buffer);
        for (const auto& [s, l] : succs[std::size_t(p)]) {
            const int S = ls[std::size_t(s)], F = lf[std::size_t(s)];
            if (l.type == "FS") f = std::min(f, S - t.buffer - l.lag); // s_S ≥ f_P + b_P + L
            if (l.type == "SS") f = std::min(f, S - l.lag + dp);       // s_S ≥ s_P + L
            if (l.type == "FF") f = std::min(f, F - t.buffer - l.lag); // f_S ≥ f_P + b_P + L
            if (l.type == "SF") f = std::min(f, F - l.lag + dp);       // f_S ≥ s_P + L
        }
        lf[std::size_t(p)] = f;
        ls[std::size_t(p)] = f - dp;
        k = std::min(k, f - dp);
    }
    return k;
}

// Early starts from K (§5), the same constraints forwards.
std::vector<int> forward(const std::vector<Task>& tasks, const std::vector<int>& d, int origin) {
    std::vector<int> es(tasks.size(), origin);
    for (std::size_t s = 0; s < tasks.size(); ++s) {
        for (const Link& l : tasks[s].preds) {
            const auto p = std::size_t(l.pred);
            const int ef = es[p] + d[p], b = tasks[p].buffer, ds = d[s];
            if (l.type == "FS") es[s] = std::max(es[s], ef + b + l.lag);
            if (l.type == "SS") es[s] = std::max(es[s], es[p] + l.lag);
            if (l.type == "FF") es[s] = std::max(es[s], ef + b + l.lag - ds);
            if (l.type == "SF") es[s] = std::max(es[s], es[p] + l.lag - ds);
        }
    }
    return es;
}

Sample independent(const std::vector<Task>& tasks, unsigned seed) {
    std::mt19937_64 rng(seed);
    Sample out;
    out.critical.assign(tasks.size(), 0);
    std::vector<int> d(tasks.size()), ls, lf;
    for (std::size_t i = 0; i < tasks.size(); ++i)
        d[i] = tasks[i].duration;
    out.plain = backward(tasks, d, ls, lf);
    for (std::int64_t run = 0; run < kRuns; ++run) {
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            const Task& t = tasks[i];
            if (!t.estimated) continue;
            if (t.a == t.b) {
                d[i] = t.a;
                continue;
            }
            const double range = t.b - t.a;
            std::gamma_distribution<double> ga(1 + 4 * (t.m - t.a) / range, 1.0);
            std::gamma_distribution<double> gb(1 + 4 * (t.b - t.m) / range, 1.0);
            const double x = ga(rng), y = gb(rng);
            d[i] = int(std::ceil(t.a + range * x / (x + y)));
        }
        const int k = backward(tasks, d, ls, lf);
        out.kickoffs.push_back(k);
        const auto es = forward(tasks, d, k);
        for (std::size_t i = 0; i < tasks.size(); ++i)
            out.critical[i] += ls[i] - es[i] <= 0;
    }
    return out;
}

double share_at_or_after(const std::vector<int>& kickoffs, int k) {
    return double(std::count_if(kickoffs.begin(), kickoffs.end(), [&](int v) { return v >= k; })) /
           double(kickoffs.size());
}

// Four standard errors of the difference of two shares estimated from kRuns runs each.
double tolerance(double p) {
    return 4 * std::sqrt(2 * p * (1 - p) / double(kRuns)) + 2.0 / kRuns;
}

} // namespace

TEST(RiskStatistics, AgreesWithAnIndependentSimulationOnRandomPlans) {
    std::mt19937 rng(2027);
    const Date deadline = make_date(2027, 6, 30);
    for (int plan = 0; plan < 20; ++plan) {
        const std::vector<Task> tasks = random_tasks(rng);
        const std::string csv = to_csv(tasks, rng);
        SCOPED_TRACE("plan " + std::to_string(plan) + "\n" + csv);
        const RiskRun r =
            simulate_csv(csv, "2027-06-30", RiskOptions{kRuns, unsigned(plan) + 1}, {}, "0000000");
        ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
        const Risk& risk = r.risk();
        const Sample ind = independent(tasks, 100 + unsigned(plan));
        auto day = [&](Date date) { return int((date - deadline).count()); };

        ASSERT_EQ(day(risk.plain_kickoff_date()), ind.plain);
        const double plain = share_at_or_after(ind.kickoffs, ind.plain);
        EXPECT_NEAR(risk.plain_confidence(), plain,
                    tolerance(std::max(plain, risk.plain_confidence())));
        for (double c : {0.5, 0.8}) {
            // The engine's k_c must be a valid answer for the independent sample: at least
            // c of its runs at or after k_c, fewer than c after it (within sampling error).
            const int k = day(risk.kickoff_date_at(c));
            EXPECT_GE(share_at_or_after(ind.kickoffs, k), c - tolerance(c)) << "c " << c;
            EXPECT_LT(share_at_or_after(ind.kickoffs, k + 1), c + tolerance(c)) << "c " << c;
        }
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            const double p = double(ind.critical[i]) / kRuns;
            const double q = risk.criticality(task_index(r.plan, id(int(i))));
            // The larger share sets the error: a rare event's share is poorly known.
            EXPECT_NEAR(q, p, tolerance(std::max(p, q))) << "T" << i;
        }
    }
}
