// Levelling (model §12): hand cases for each rule, then properties on 1,000 random plans checked
// against the model's constraints and against a naive re-implementation of the procedure.
#include "plan_helpers.hpp"

#include "retroplan/csv.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace retroplan;
using namespace retroplan::test;

namespace {
const std::string kDeadline = "2027-04-02"; // a Friday
} // namespace

TEST(Levelling, PlanWithoutOverloadIsUnchanged) {
    const auto r = run_load("ID,Duration,Predecessors,Owner\nA,3,,Ana\nB,2,A,Ana\nC,4,,Bob\n",
                            kDeadline, "", true);
    ASSERT_TRUE(r.outcome.ok());
    for (const char* id : {"A", "B", "C"})
        EXPECT_EQ(r.dates(id, true), r.dates(id)) << id;
    EXPECT_EQ(r.outcome.levelled->kickoff_cost, 0);
}

TEST(Levelling, EqualFinishAndSlackGoInTableOrder) {
    // A and B (2 days each, Ana) both may end on Fri 04-02 with slack 0: the first row keeps it.
    const auto ab = run_load("ID,Duration,Owner\nA,2,Ana\nB,2,Ana\n", kDeadline, "", true);
    EXPECT_EQ(ab.dates("A", true), "2027-04-01 2027-04-02");
    EXPECT_EQ(ab.dates("B", true), "2027-03-30 2027-03-31");
    EXPECT_EQ(ab.outcome.levelled->kickoff_cost, 2);
    const auto ba = run_load("ID,Duration,Owner\nB,2,Ana\nA,2,Ana\n", kDeadline, "", true);
    EXPECT_EQ(ba.dates("B", true), "2027-04-01 2027-04-02");
    EXPECT_EQ(ba.dates("A", true), "2027-03-30 2027-03-31");
}

TEST(Levelling, LeastPlainSlackGoesFirst) {
    // B (1 day) and A (2 days) may both end on 04-02; A drives the kick-off (slack 0), B has
    // slack 1: A keeps 04-01 .. 04-02, B goes to Wed 03-31, though it comes first in the table.
    const auto r = run_load("ID,Duration,Owner\nB,1,Ana\nA,2,Ana\n", kDeadline, "", true);
    EXPECT_EQ(r.dates("A", true), "2027-04-01 2027-04-02");
    EXPECT_EQ(r.dates("B", true), "2027-03-31 2027-03-31");
}

TEST(Levelling, LatestAllowedFinishGoesFirst) {
    // C (3 days, due Thu 04-01): Tue 03-30 .. Thu 04-01, the kick-off, slack 0. D (2 days):
    // Thu 04-01 .. Fri 04-02, slack 2. D may finish later, so it is placed first although C has
    // less slack; C moves a day earlier.
    const auto r =
        run_load("ID,Duration,Due,Owner\nC,3,2027-04-01,Ana\nD,2,,Ana\n", kDeadline, "", true);
    EXPECT_EQ(r.dates("D", true), "2027-04-01 2027-04-02");
    EXPECT_EQ(r.dates("C", true), "2027-03-29 2027-03-31");
    EXPECT_EQ(r.outcome.levelled->kickoff_cost, 1);
}

TEST(Levelling, TaskFitsIntoAGapItsPeopleLeave) {
    // X (3 days): Wed 03-31 .. Fri 04-02, slack 3. Y (2 days, due Mon 03-29): Fri 03-26 ..
    // Mon 03-29, the kick-off. Z (1 day, slack 5) may end on 04-02, but X is placed first
    // (less slack) and Ana's latest free day is then Tue 03-30: the gap before X.
    const auto r = run_load("ID,Duration,Due,Owner\nX,3,,Ana\nY,2,2027-03-29,Ana\nZ,1,,Ana\n",
                            kDeadline, "", true);
    EXPECT_EQ(r.dates("X", true), "2027-03-31 2027-04-02");
    EXPECT_EQ(r.dates("Y", true), "2027-03-26 2027-03-29");
    EXPECT_EQ(r.dates("Z", true), "2027-03-30 2027-03-30");
    EXPECT_EQ(r.outcome.levelled->kickoff_cost, 0);
}

TEST(Levelling, EveryNamedPersonNeedsRoom) {
    // A names Ana and Bob; B (Bob) takes Thu 04-01 .. Fri 04-02 first (table order): A must
    // avoid those days though Ana is free on them.
    const auto r =
        run_load("ID,Duration,Owner\nB,2,Bob\nA,2,\"Ana, Bob\"\nC,1,Ana\n", kDeadline, "", true);
    EXPECT_EQ(r.dates("B", true), "2027-04-01 2027-04-02");
    EXPECT_EQ(r.dates("A", true), "2027-03-30 2027-03-31");
    EXPECT_EQ(r.dates("C", true), "2027-04-02 2027-04-02"); // Ana is free there
    EXPECT_EQ(r.overloads(true), "");
}

TEST(Levelling, TaskAloneAboveCapacityStaysAtItsBoundAndIsReported) {
    // Ana works half time: A (100 %, Ana and Bob) cannot fit anywhere, so it is placed at its
    // bound, as §12 says, even though Bob's B is already there: Bob is then over too, and
    // both overloads name A.
    const auto r =
        run_load("ID,Duration,Owner\nB,2,Bob\nA,2,Ana / Bob\n", kDeadline, "Ana,0.5\n", true);
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    EXPECT_EQ(r.dates("A", true), "2027-04-01 2027-04-02");
    ASSERT_EQ(r.outcome.levelled->exceeding.size(), 1u);
    EXPECT_EQ(r.outcome.levelled->exceeding[0].task, 1);
    EXPECT_EQ(r.outcome.owners.people.name(r.outcome.levelled->exceeding[0].person), "Ana");
    EXPECT_EQ(r.overloads(true), "Bob 2027-04-01..2027-04-02 200 B;A\n"
                                 "Ana 2027-04-01..2027-04-02 100 A\n");
}

TEST(Levelling, IgnoresProgressAndKeepsTheStartForEarlyDates) {
    // A status date changes neither the levelled latest dates nor the cost; early dates start
    // from it.
    const std::string csv = "ID,Duration,Owner\nA,2,Ana\nB,2,Ana\n";
    const auto plan = plan_from_csv(csv);
    const auto w = workload(plan, settings_from_text(kDeadline, {}, "2027-03-01"), {}, {true});
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(to_iso(w.levelled->schedule.dates[1].start), "2027-03-30");
    EXPECT_EQ(to_iso(w.levelled->schedule.dates[1].early_start), "2027-03-01");
    EXPECT_EQ(w.levelled->kickoff_cost, 2);
}

TEST(Levelling, WithAStatusDateTheLevelledPlanIsFollowed) {
    // Working days Mon 03-29 = 0 … Fri 04-02 = 4 = D; status date Tue 03-30, τ = 1. Levelling
    // reads no progress: A keeps 3..5 (table order), B moves to 1..3 (Tue 03-30 - Wed 03-31).
    // Then the follow-up runs against those levelled latest dates (§8-10):
    // A not started: FS = τ = 1, FF = 3, slack 5 - 3 = 2; LS - τ = 2, not < 2: not started;
    //   XS = max(LS 3, 1) = 3: expected Thu 04-01 - Fri 04-02.
    // B started Mon 03-29 at 50 % of 2: r = 1, FS = 0, FF = τ + 1 = 2, slack LF 3 - 2 = 1;
    //   finish by LF - 1 = 2 (Wed 03-31), 2 - τ = 1 < 2: due soon; XF = max(3, 2): Wed 03-31.
    const auto plan = plan_from_csv("ID,Duration,Owner,Actual start,Progress\n"
                                    "A,2,Ana,,\n"
                                    "B,2,Ana,2027-03-29,50%\n");
    const auto w = workload(plan, settings_from_text(kDeadline, {}, "2027-03-30"), {}, {true});
    ASSERT_TRUE(w.ok()) << problem_codes(w.problems);
    const Schedule& s = w.levelled->schedule;
    EXPECT_EQ(to_iso(s.dates[1].start) + " " + to_iso(s.dates[1].end), "2027-03-30 2027-03-31");
    EXPECT_EQ(w.levelled->kickoff_cost, 2);
    ASSERT_TRUE(s.follow_up);
    EXPECT_EQ(to_iso(s.dates[0].early_start) + " " + to_iso(s.dates[0].early_end),
              "2027-03-30 2027-03-31");
    EXPECT_EQ(to_iso(s.dates[1].early_start) + " " + to_iso(s.dates[1].early_end),
              "2027-03-29 2027-03-30");
    EXPECT_EQ(s.times[0].total_slack, 2);
    EXPECT_EQ(s.times[1].total_slack, 1);
    EXPECT_EQ(s.late_by, 0);
    EXPECT_EQ(s.follow_up->tasks[0].status, Status::NotStarted);
    EXPECT_EQ(to_iso(s.follow_up->tasks[0].expected_start), "2027-04-01");
    EXPECT_EQ(s.follow_up->tasks[1].status, Status::DueSoon);
    EXPECT_EQ(to_iso(s.follow_up->tasks[1].expected_end), "2027-03-31");
    // The plain plan, followed the same day, keeps B's latest end on Fri 04-02: in progress.
    ASSERT_TRUE(w.plan && w.plan->follow_up);
    EXPECT_EQ(w.plan->follow_up->tasks[1].status, Status::InProgress);
    EXPECT_EQ(w.plan->times[1].total_slack, 3);
}

// ---- Properties on random plans -------------------------------------------------------------

namespace {

struct GenLink {
    int pred;
    int type; // 0 FS, 1 SS, 2 FF, 3 SF
    int lag;
};

struct GenTask {
    int d = 0, b = 0;
    int due = -1; // working days before the deadline, -1: none
    std::vector<int> people;
    int share = 100; // %
    std::vector<GenLink> links;
};

struct GenPlan {
    std::vector<GenTask> tasks;
    std::vector<int> capacity; // % per person of the pool
    bool holiday = false;
};

const char* const kPool[] = {"Ana", "Bob", "Chloé", "Dan", "Eve"};
const char* const kSpellings[][3] = {{"Ana", " ana ", "ANA"},
                                     {"Bob", "bob", " BOB"},
                                     {"Chloé", "CHLOÉ", "chloé "},
                                     {"Dan", "dan", "DAN"},
                                     {"Eve", "eve", "EVE"}};

GenPlan generate_plan(std::mt19937& rng, bool ample) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    GenPlan g;
    const int people = pick(1, 5), n = pick(2, 18);
    g.holiday = pick(0, 1) == 1;
    static const int caps[] = {100, 100, 50, 75, 150, 200};
    for (int p = 0; p < people; ++p)
        g.capacity.push_back(ample ? 1000 : caps[pick(0, 5)]);
    g.tasks.resize(std::size_t(n));
    static const int shares[] = {100, 100, 100, 50, 25, 75};
    for (int t = 0; t < n; ++t) {
        GenTask& task = g.tasks[std::size_t(t)];
        task.d = pick(0, 9) == 0 ? 0 : pick(1, 6);
        task.b = pick(0, 4) == 0 ? pick(1, 2) : 0;
        task.due = pick(0, 6) == 0 ? pick(0, 12) : -1;
        const int owners = pick(0, 9) == 0 ? 0 : pick(0, 3) == 0 ? pick(2, 3) : 1;
        for (int k = 0; k < owners; ++k) {
            const int p = pick(0, people - 1);
            if (std::find(task.people.begin(), task.people.end(), p) == task.people.end())
                task.people.push_back(p);
        }
        task.share = shares[pick(0, 5)];
        std::set<int> preds;
        for (int k = pick(0, std::min(t, 3)); k > 0; --k) {
            const int p = pick(0, t - 1);
            if (!preds.insert(p).second) continue;
            task.links.push_back({p, pick(0, 3), pick(-2, 3)});
        }
    }
    return g;
}

std::string csv_of(const GenPlan& g, const Calendar& cal, WorkIndex deadline, std::mt19937& rng) {
    static const char* const types[] = {"", "SS", "FF", "SF"};
    static const char* const seps[] = {"; ", ",", " / "};
    std::string out = "ID,Duration,Predecessors,Buffer,Due,Owner,Load\n";
    for (std::size_t t = 0; t < g.tasks.size(); ++t) {
        const GenTask& task = g.tasks[t];
        std::string preds, owner;
        for (const auto& l : task.links) {
            if (!preds.empty()) preds += ';';
            ((preds += 'T') += std::to_string(l.pred)) += types[l.type];
            if (l.lag > 0) preds += '+';
            if (l.lag != 0) preds += std::to_string(l.lag);
        }
        for (const int p : task.people) {
            if (!owner.empty()) owner += seps[rng() % 3];
            owner += kSpellings[p][rng() % 3];
        }
        ((((out += 'T') += std::to_string(t)) += ',') += std::to_string(task.d)) += ',';
        append_csv_field(out, preds);
        out += ',';
        if (task.b) out += std::to_string(task.b);
        out += ',';
        if (task.due >= 0) out += to_iso(*cal.date_of(deadline - task.due));
        out += ',';
        append_csv_field(out, owner);
        out += ',';
        if (task.share != 100 || rng() % 2) (out += std::to_string(task.share)) += '%';
        out += '\n';
    }
    return out;
}

// Load per (person of the pool, day) in %, from start indexes.
using Loads = std::map<std::pair<int, WorkIndex>, int>;

Loads loads_of(const GenPlan& g, const std::vector<WorkIndex>& s) {
    Loads loads;
    for (std::size_t t = 0; t < g.tasks.size(); ++t)
        for (const int p : g.tasks[t].people)
            for (WorkIndex day = s[t]; day < s[t] + g.tasks[t].d; ++day)
                loads[{p, day}] += g.tasks[t].share;
    return loads;
}

bool any_overload(const GenPlan& g, const Loads& loads) {
    for (const auto& [key, load] : loads)
        if (load > g.capacity[std::size_t(key.first)]) return true;
    return false;
}

// §12's procedure as the model words it, naively: constraints in finish terms from the raw
// links, the next task by scanning every unplaced one, room by checking day after day.
std::vector<WorkIndex> reference_levelling(const GenPlan& g, WorkIndex deadline,
                                           const std::vector<WorkIndex>& due,
                                           const std::vector<WorkIndex>& plain_slack) {
    const std::size_t n = g.tasks.size();
    std::vector<std::vector<std::pair<std::size_t, GenLink>>> succ(n);
    for (std::size_t t = 0; t < n; ++t)
        for (const auto& l : g.tasks[t].links)
            succ[std::size_t(l.pred)].push_back({t, l});
    std::vector<bool> placed(n, false);
    std::vector<WorkIndex> s(n, 0);
    Loads loads;
    for (std::size_t round = 0; round < n; ++round) {
        std::size_t best = n;
        WorkIndex best_f = 0;
        for (std::size_t t = 0; t < n; ++t) {
            if (placed[t]) continue;
            const GenTask& task = g.tasks[t];
            bool ready = true;
            WorkIndex f = std::min(deadline, due[t]) + 1 - task.b;
            for (const auto& [sv, l] : succ[t]) {
                if (!placed[sv]) {
                    ready = false;
                    break;
                }
                const WorkIndex ss = s[sv], fs = s[sv] + g.tasks[sv].d;
                switch (l.type) {
                case 0:
                    f = std::min(f, ss - task.b - l.lag);
                    break;
                case 1:
                    f = std::min(f, ss - l.lag + task.d);
                    break;
                case 2:
                    f = std::min(f, fs - task.b - l.lag);
                    break;
                case 3:
                    f = std::min(f, fs - l.lag + task.d);
                    break;
                }
            }
            if (!ready) continue;
            if (best == n || f > best_f || (f == best_f && plain_slack[t] < plain_slack[best])) {
                best = t;
                best_f = f;
            }
        }
        const GenTask& task = g.tasks[best];
        WorkIndex start = best_f - task.d;
        bool alone = false;
        for (const int p : task.people)
            alone = alone || task.share > g.capacity[std::size_t(p)];
        auto room = [&](WorkIndex at) {
            for (const int p : task.people)
                for (WorkIndex day = at; day < at + task.d; ++day) {
                    const auto it = loads.find({p, day});
                    if ((it == loads.end() ? 0 : it->second) + task.share >
                        g.capacity[std::size_t(p)])
                        return false;
                }
            return true;
        };
        if (task.d > 0 && !alone)
            while (!room(start))
                --start;
        for (const int p : task.people)
            for (WorkIndex day = start; day < start + task.d; ++day)
                loads[{p, day}] += task.share;
        s[best] = start;
        placed[best] = true;
    }
    return s;
}

struct Tally {
    int plans = 0, feasible = 0, moved = 0, exceeding = 0;
};

void check_plan(const GenPlan& g, std::mt19937& rng, Tally& tally, int seed) {
    const bool holiday = g.holiday;
    const SettingsOutcome settings = settings_from_text(
        kDeadline, holiday ? std::vector<std::string>{"2027-03-29"} : std::vector<std::string>{});
    const Calendar& cal = settings.settings->calendar;
    const WorkIndex D = *cal.index_on_or_before(*parse_date(kDeadline));
    const std::string csv = csv_of(g, cal, D, rng);
    std::string capacity = "Person,Capacity\n";
    for (std::size_t p = 0; p < g.capacity.size(); ++p)
        capacity += std::string(kPool[p]) + "," + std::to_string(g.capacity[p]) + "%\n";
    const PlanInput plan = plan_from_csv(csv);
    const WorkloadOutcome w = workload(plan, settings, capacities_from_csv(capacity), {true});
    SCOPED_TRACE("seed " + std::to_string(seed) + "\n" + csv);
    ASSERT_TRUE(w.ok()) << format_problem(w.problems.front(), Lang::En);
    const Schedule& plain = *w.plan;
    const Schedule& lev = w.levelled->schedule;
    const std::size_t n = g.tasks.size();
    ++tally.plans;

    std::vector<WorkIndex> due(n, D), ls(n), plain_ls(n), plain_slack(n);
    for (std::size_t t = 0; t < n; ++t) {
        if (g.tasks[t].due >= 0) due[t] = D - g.tasks[t].due;
        ls[t] = lev.times[t].ls;
        plain_ls[t] = plain.times[t].ls;
        plain_slack[t] = plain.times[t].total_slack;
    }
    // Every link, buffer, due date and the deadline hold (model §3-4 constraints).
    for (std::size_t t = 0; t < n; ++t) {
        const GenTask& task = g.tasks[t];
        const WorkIndex s = ls[t], f = s + task.d;
        EXPECT_LE(f + task.b, D + 1) << "T" << t;
        EXPECT_LE(f + task.b, due[t] + 1) << "T" << t;
        for (const auto& l : task.links) {
            const auto p = std::size_t(l.pred);
            const WorkIndex sp = ls[p], fp = sp + g.tasks[p].d, bp = g.tasks[p].b;
            const bool ok = l.type == 0   ? s >= fp + bp + l.lag
                            : l.type == 1 ? s >= sp + l.lag
                            : l.type == 2 ? f >= fp + bp + l.lag
                                          : f >= sp + l.lag;
            EXPECT_TRUE(ok) << "link T" << p << " -> T" << t << " type " << l.type;
        }
        // Tasks only move earlier.
        EXPECT_LE(ls[t], plain_ls[t]) << "T" << t;
    }
    EXPECT_LE(lev.kickoff, plain.kickoff);
    EXPECT_EQ(w.levelled->kickoff_cost, plain.kickoff - lev.kickoff);

    // Nobody over capacity, except on days a task that alone exceeds a capacity covers; those
    // tasks are exactly the ones reported.
    std::set<std::pair<int, int>> expected_exceeding, reported;
    for (std::size_t t = 0; t < n; ++t)
        for (const int p : g.tasks[t].people)
            if (g.tasks[t].d > 0 && g.tasks[t].share > g.capacity[std::size_t(p)])
                expected_exceeding.insert({int(t), p});
    for (const Exceeding& e : w.levelled->exceeding) {
        const int pool =
            int(std::find_if(std::begin(kPool), std::end(kPool),
                             [&](const char* name) {
                                 return person_key(name) == w.owners.people.key(e.person);
                             }) -
                std::begin(kPool));
        reported.insert({e.task, pool});
    }
    EXPECT_EQ(reported, expected_exceeding);
    const Loads levelled_loads = loads_of(g, ls);
    std::size_t over_days = 0;
    for (const auto& [key, load] : levelled_loads) {
        const auto [p, day] = key;
        if (load <= g.capacity[std::size_t(p)]) continue;
        ++over_days;
        bool excused = false;
        for (const auto& [t, q] : expected_exceeding) {
            const GenTask& task = g.tasks[std::size_t(t)];
            excused = excused ||
                      (ls[std::size_t(t)] <= day && day < ls[std::size_t(t)] + task.d &&
                       std::find(task.people.begin(), task.people.end(), p) != task.people.end());
        }
        EXPECT_TRUE(excused) << kPool[p] << " over on day " << day;
    }
    // The engine's levelled overloads cover exactly those days.
    std::size_t engine_days = 0;
    for (const Overload& o : w.levelled->load.overloads)
        engine_days += std::size_t(o.end - o.begin);
    EXPECT_EQ(engine_days, over_days);

    // The engine follows the procedure step for step.
    EXPECT_EQ(ls, reference_levelling(g, D, due, plain_slack));

    const bool feasible = !any_overload(g, loads_of(g, plain_ls));
    EXPECT_EQ(feasible, w.load.overloads.empty());
    if (feasible) {
        ++tally.feasible;
        EXPECT_EQ(ls, plain_ls); // levelling a feasible plan changes nothing
        EXPECT_EQ(w.levelled->kickoff_cost, 0);
    }
    if (ls != plain_ls) ++tally.moved;
    if (!expected_exceeding.empty()) ++tally.exceeding;
}

} // namespace

TEST(LevellingProperties, ThousandRandomPlans) {
    std::mt19937 rng(20270402);
    Tally tally;
    for (int i = 0; i < 1000; ++i) {
        const int seed = int(rng());
        std::mt19937 plan_rng{unsigned(seed)};
        check_plan(generate_plan(plan_rng, false), plan_rng, tally, seed);
        if (HasFatalFailure()) return;
    }
    // The sample exercises every case.
    EXPECT_EQ(tally.plans, 1000);
    EXPECT_GT(tally.feasible, 50);
    EXPECT_GT(tally.moved, 300);
    EXPECT_GT(tally.exceeding, 50);
}

TEST(LevellingProperties, AmpleCapacityChangesNothing) {
    std::mt19937 rng(7);
    Tally tally;
    for (int i = 0; i < 200; ++i) {
        const int seed = int(rng());
        std::mt19937 plan_rng{unsigned(seed)};
        check_plan(generate_plan(plan_rng, true), plan_rng, tally, seed);
        if (HasFatalFailure()) return;
    }
    EXPECT_EQ(tally.feasible, 200);
    EXPECT_EQ(tally.moved, 0);
}
