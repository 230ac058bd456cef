// What a problem reaches (docs/scheduling-model.md §15): per problem kind, which values of which
// tasks a table with that problem still gives, worked out by hand on a small plan; and, on random
// plans, that every value the partial schedule gives is the one of the plan with its problem
// fixed in any way.
#include "plan_helpers.hpp"

#include "retroplan/reach.hpp"
#include "retroplan/text.hpp"

#include <map>
#include <random>
#include <set>

using namespace retroplan;
using namespace retroplan::test;

namespace {

// A → B → C and A → D → E; deadline Friday 2027-04-02. Without problems: A 03-26..03-29,
// B 03-30..04-01, C 04-02, D 03-31..04-01, E 04-02 (kick-off 03-26; D and E have 1 day of slack).
const char* const kHeader = "ID,Duration,Predecessors,Buffer,Due,Name,Owner\n";
const char* const kRows[] = {"A,2,,,,a,", "B,3,A,,,b,", "C,1,B,,,c,", "D,2,A,,,d,", "E,1,D,,,e,"};

// The plan with row `row` (0 = A) replaced, and `extra` rows appended.
std::string plan_with(int row = -1, const std::string& replacement = "",
                      const std::string& extra = "") {
    std::string csv = kHeader;
    for (int i = 0; i < 5; ++i)
        csv += (i == row ? replacement : std::string(kRows[i])) + "\n";
    return csv + extra;
}

struct PartialRun {
    PlanInput plan;
    Outcome outcome;
    // "L" latest, "E" early, "S" slack, "F" free slack: what task `id` keeps, e.g. "LES-".
    std::string known(const std::string& id) const {
        for (std::size_t i = 0; i < plan.tasks.size(); ++i)
            if (plan.tasks[i].id == id) {
                const KnownValues k = outcome.known(i);
                return std::string(k.latest ? "L" : "-") + (k.early ? "E" : "-") +
                       (k.slack() ? "S" : "-") + (k.free_slack ? "F" : "-");
            }
        return "no task " + id;
    }
    // "A:L--- B:…" for every task.
    std::string all() const {
        std::string out;
        for (const auto& t : plan.tasks)
            out += t.id + ":" + known(t.id) + " ";
        return out;
    }
    std::string dates(const std::string& id) const {
        for (std::size_t i = 0; i < plan.tasks.size(); ++i)
            if (plan.tasks[i].id == id) {
                const TaskDates& d = outcome.values()->dates[i];
                return to_iso(d.start) + " " + to_iso(d.end);
            }
        return "no task " + id;
    }
};

PartialRun run_partial(const std::string& csv, const std::string& start = "") {
    PartialRun r;
    r.plan = plan_from_csv(csv);
    r.outcome = schedule(r.plan, settings_from_text("2027-04-02", {}, start), Partial::Yes);
    return r;
}

} // namespace

TEST(PartialSchedule, APlanWithoutProblemsKnowsEverything) {
    const PartialRun r = run_partial(plan_with());
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_FALSE(r.outcome.partial);
    EXPECT_EQ(r.all(), "A:LESF B:LESF C:LESF D:LESF E:LESF ");
}

TEST(PartialSchedule, IsComputedOnlyWhenAskedFor) {
    const PlanInput plan = plan_from_csv(plan_with(4, "E,x,D,,,e,"));
    const Outcome plain = schedule(plan, settings_from_text("2027-04-02"));
    EXPECT_FALSE(plain.partial); // the CLI and the rebuild
    EXPECT_FALSE(plain.values());
}

// A value problem reaches the latest dates of its task and everything upstream; without a start
// date every early date (they need the kick-off, the earliest latest start).
TEST(PartialSchedule, ABadDurationReachesItsTaskAndUpstream) {
    const PartialRun r = run_partial(plan_with(4, "E,x,D,,,e,"));
    EXPECT_EQ(problem_codes(r.outcome.problems), "bad_duration@6 ");
    EXPECT_EQ(r.all(), "A:---- B:L--- C:L--- D:---- E:---- ");
    EXPECT_EQ(r.dates("B"), "2027-03-30 2027-04-01");
    EXPECT_EQ(r.dates("C"), "2027-04-02 2027-04-02");
}

// With a start date the early dates run from it: a problem reaches those of its task and of
// everything downstream. Slack needs both; free slack the successors' early dates too.
TEST(PartialSchedule, WithAStartDateEarlyDatesDependOnUpstreamOnly) {
    const PartialRun r = run_partial(plan_with(4, "E,x,D,,,e,"), "2027-03-26");
    EXPECT_EQ(r.all(), "A:-E-- B:LESF C:LESF D:-E-- E:---- ");
    const Schedule& s = *r.outcome.values();
    EXPECT_EQ(to_iso(s.dates[3].early_start), "2027-03-30"); // D after A's 03-26..03-29
    EXPECT_EQ(s.times[1].total_slack, 0);                    // B: latest 03-30, early 03-30
    ASSERT_TRUE(s.follow_up);
    EXPECT_EQ(s.follow_up->tasks[1].status, Status::NotStarted);
}

TEST(PartialSchedule, BufferAndDueDateProblemsAreValueProblems) {
    EXPECT_EQ(run_partial(plan_with(1, "B,3,A,-1,,b,")).all(),
              "A:---- B:---- C:L--- D:L--- E:L--- ");
    EXPECT_EQ(run_partial(plan_with(3, "D,2,A,,2027-02-30,d,")).all(),
              "A:---- B:L--- C:L--- D:---- E:L--- ");
}

// Two rows with one ID: a link that names it may mean either, so both rows are reached.
TEST(PartialSchedule, ADuplicateIdReachesBothRows) {
    const PartialRun r = run_partial(plan_with(-1, "", "C,1,,,,c2,\n"), "2027-03-26");
    EXPECT_EQ(problem_codes(r.outcome.problems), "duplicate_id@7 ");
    EXPECT_EQ(r.outcome.known(5).latest, false); // the second C
    EXPECT_EQ(r.outcome.known(5).early, false);
    EXPECT_EQ(r.all(), "A:-E-- B:-E-- C:---- D:LESF E:LESF C:---- ");
}

TEST(PartialSchedule, AMissingIdIsAValueProblem) {
    const PartialRun r = run_partial(plan_with(-1, "", ",1,A,,,nameless,\n"), "2027-03-26");
    EXPECT_EQ(problem_codes(r.outcome.problems), "missing_id@7 ");
    EXPECT_EQ(r.outcome.known(5).latest, false);
    EXPECT_EQ(r.all(), "A:-E-- B:LESF C:LESF D:LESF E:LESF :---- ");
}

// A problem in X's predecessor list: a link into X is missing whose predecessor could be any task
// that is neither X nor downstream of it, so only X and its descendants keep their latest dates;
// X's early dates and those downstream of it need the missing predecessor.
TEST(PartialSchedule, APredecessorProblemLeavesItsTaskAndDownstreamLatestDates) {
    for (const char* entry : {"A;ZZ", "A;A+99999999", "A;D", "A;A+1"}) {
        const PartialRun r =
            run_partial(plan_with(3, std::string("D,2,\"") + entry + "\",,,d,"), "2027-03-26");
        ASSERT_EQ(r.outcome.problems.size(), 1u) << entry;
        EXPECT_EQ(r.all(), "A:-E-- B:-E-- C:-E-- D:L--- E:L--- ") << entry;
        EXPECT_EQ(r.dates("D"), "2027-03-31 2027-04-01") << entry;
    }
    // Without a start date the early dates need every latest start: none is known.
    EXPECT_EQ(run_partial(plan_with(3, "D,2,\"A;ZZ\",,,d,")).all(),
              "A:---- B:---- C:---- D:L--- E:L--- ");
}

// On the first task, everything is downstream: the latest dates all hold (any predecessor would
// make a cycle), so the kick-off is known, but every early date is reached.
TEST(PartialSchedule, APredecessorProblemOnTheFirstTaskKeepsEveryLatestDate) {
    const PartialRun r = run_partial(plan_with(0, "A,2,ZZ,,,a,"));
    EXPECT_EQ(r.all(), "A:L--- B:L--- C:L--- D:L--- E:L--- ");
    EXPECT_EQ(r.dates("A"), "2027-03-26 2027-03-29");
}

// A cycle reaches the latest dates of its members and upstream, the early dates of its members
// and downstream.
TEST(PartialSchedule, ACycleReachesItsMembersUpstreamAndDownstream) {
    const PartialRun r =
        run_partial(plan_with(-1, "", "F,1,\"A;G\",,,f,\nG,1,F,,,g,\nH,1,G,,,h,\n"), "2027-03-26");
    EXPECT_EQ(problem_codes(r.outcome.problems), "cycle@7 ");
    EXPECT_EQ(r.all(), "A:-E-- B:LESF C:LESF D:LESF E:LESF F:---- G:---- H:L--- ");
}

// Names, owners, loads and three-point estimates do not enter the dates: every value holds.
TEST(PartialSchedule, ProblemsOutsideTheDatesReachNoValue) {
    const std::string csv = "ID,Duration,Predecessors,Load,Optimistic,Most likely,Pessimistic\n"
                            "A,2,,150%,,,\nB,3,A,,1,,\nC,1,B,,3,2,4\n";
    const PartialRun r = run_partial(csv);
    EXPECT_EQ(problem_codes(r.outcome.problems),
              "bad_allocation@2 incomplete_estimate@3 estimate_order@4 ");
    EXPECT_FALSE(r.outcome.ok());
    EXPECT_EQ(r.all(), "A:LESF B:LESF C:LESF ");
    EXPECT_EQ(r.dates("C"), "2027-04-02 2027-04-02");
}

// An error value is a problem of the field it sits in.
TEST(PartialSchedule, AnErrorValueReachesWhatItsFieldReaches) {
    auto sheet = [](int column, const std::string& error) {
        Table t;
        t.rows = {{Cell::of_text("ID"), Cell::of_text("Duration"), Cell::of_text("Predecessors"),
                   Cell::of_text("Name")},
                  {Cell::of_text("A"), Cell::of_number(2), Cell{}, Cell::of_text("a")},
                  {Cell::of_text("B"), Cell::of_number(3), Cell::of_text("A"), Cell::of_text("b")},
                  {Cell::of_text("C"), Cell::of_number(1), Cell::of_text("B"), Cell::of_text("c")}};
        t.rows[2][std::size_t(column)] = Cell::of_error(error);
        PartialRun r;
        r.plan = read_table(std::move(t));
        r.outcome =
            schedule(r.plan, settings_from_text("2027-04-02", {}, "2027-03-26"), Partial::Yes);
        return r;
    };
    EXPECT_EQ(sheet(1, "#DIV/0!").all(), "A:-E-- B:---- C:L--- "); // B's duration
    EXPECT_EQ(sheet(2, "#N/A").all(), "A:-E-- B:L--- C:L--- ");    // B's predecessors
    EXPECT_EQ(sheet(3, "#REF!").all(), "A:LESF B:LESF C:LESF ");   // B's name
}

// With a status date, progress problems reach the forecast (early dates) of the task and
// downstream, never a latest date; a baseline problem its deviation only.
TEST(PartialSchedule, ProgressProblemsReachTheForecastOnly) {
    const std::string header = "ID,Duration,Predecessors,Progress,Actual start,Actual end,"
                               "Baseline end\n";
    auto run = [&](const std::string& b_row) {
        return run_partial(header + "A,2,,,,,\nB," + b_row + "\nC,1,B,,,,\n", "2027-03-26");
    };
    for (const char* b :
         {"3,A,40,,,", "3,A,,2027-02-30,,", "3,A,,2027-03-29,,", "3,A,,2027-03-25,2027-03-24,"}) {
        const PartialRun r = run(b);
        ASSERT_EQ(r.outcome.problems.size(), 1u) << b;
        // A keeps its slack, not its free slack: that needs B's forecast.
        EXPECT_EQ(r.all(), "A:LES- B:L--- C:L--- ") << b;
    }
    const PartialRun baseline = run("3,A,,,,2027-13-01");
    EXPECT_EQ(problem_codes(baseline.outcome.problems), "bad_baseline_date@3 ");
    EXPECT_EQ(baseline.all(), "A:LESF B:LESF C:LESF ");
    EXPECT_FALSE(baseline.outcome.known(1).deviation());
    EXPECT_TRUE(baseline.outcome.known(0).deviation());
    // Without a status date progress is not read: its problems reach nothing.
    const PartialRun no_status = run_partial(header + "A,2,,,,,\nB,3,A,,,,\nC,1,B,,,,\n");
    EXPECT_TRUE(no_status.outcome.ok());
}

// A task done without an actual end is forecast from its latest end (§8): when a problem
// downstream reaches that latest end, its forecast and everything downstream of it is reached.
TEST(PartialSchedule, ADoneTaskWithoutActualEndNeedsItsLatestEnd) {
    const std::string header = "ID,Duration,Predecessors,Progress\n";
    const PartialRun done =
        run_partial(header + "A,2,,100%\nB,3,A,\nC,x,B,\nD,1,A,\n", "2027-03-26");
    EXPECT_EQ(done.all(), "A:---- B:---- C:---- D:L--- ");
    const PartialRun started =
        run_partial(header + "A,2,,50%\nB,3,A,\nC,x,B,\nD,1,A,\n", "2027-03-26");
    EXPECT_EQ(started.all(), "A:-E-- B:-E-- C:---- D:LESF ");
}

// Settings and table-level problems reach everything.
TEST(PartialSchedule, SettingsAndTableProblemsReachEverything) {
    const PlanInput plan = plan_from_csv(plan_with(4, "E,x,D,,,e,"));
    for (const auto& settings :
         {settings_from_text("2027-02-30"), settings_from_text("2027-04-02", {"x"}),
          settings_from_text("2027-04-02", {}, "someday"),
          settings_from_text("2027-04-02", {}, "", "1111111"),
          settings_from_text("2027-04-02", {}, "2027-03-01", "", "-1"), read_settings({})}) {
        const Outcome o = schedule(plan, settings, Partial::Yes);
        EXPECT_FALSE(o.partial) << problem_codes(o.problems);
    }
    for (const char* csv : {"ID,Name\nA,x\n", "ID,Duration\n", "ID,Duration\n\"A,1\n"}) {
        const Outcome o =
            schedule(plan_from_csv(csv), settings_from_text("2027-04-02"), Partial::Yes);
        EXPECT_FALSE(o.partial) << problem_codes(o.problems);
    }
    // A row skipped as unreadable (not UTF-8) is a task nobody knows.
    const Outcome encoding = schedule(read_plan_csv("ID,Duration\nA,1\nB\xff,1\n"),
                                      settings_from_text("2027-04-02"), Partial::Yes);
    EXPECT_EQ(problem_codes(encoding.problems), "bad_encoding@3 ");
    EXPECT_FALSE(encoding.partial);
}

// Free slack also needs each successor's early dates: S's early dates need Y, whose duration is
// bad, so X keeps its slack but not its free slack.
TEST(PartialSchedule, FreeSlackNeedsTheSuccessorsEarlyDates) {
    const PartialRun r =
        run_partial("ID,Duration,Predecessors\nX,2,\nY,x,\nS,1,\"X;Y\"\n", "2027-03-26");
    EXPECT_EQ(r.all(), "X:LES- Y:---- S:L--- ");
}

// More than 64 tasks with a predecessor problem: the intersection of their descendants is taken
// 64 at a time. A chain T0 → … → T99, each with an unknown extra predecessor: only T99 and the
// task after it keep their latest dates.
TEST(PartialSchedule, ManyPredecessorProblemsAreIntersectedInChunks) {
    std::string csv = "ID,Duration,Predecessors\nT0,1,ZZ\n";
    for (int i = 1; i < 100; ++i)
        csv.append("T")
            .append(std::to_string(i))
            .append(",1,\"T")
            .append(std::to_string(i - 1))
            .append(";ZZ\"\n");
    csv += "LAST,1,T99\n";
    const PartialRun r = run_partial(csv);
    EXPECT_EQ(r.known("T98"), "----");
    EXPECT_EQ(r.known("T99"), "L---");
    EXPECT_EQ(r.known("LAST"), "L---");
    EXPECT_EQ(r.dates("T99"), "2027-04-01 2027-04-01");
}

// ---------------------------------------------------------------------------------------------
// On random plans: whatever the partial schedule gives equals the full schedule of the plan with
// the problem fixed, for several fixes each.

namespace {

struct Row {
    std::string id, duration, buffer, due;
    std::vector<std::string> preds; // entries as written
};

std::string csv_of(const std::vector<Row>& rows) {
    std::string out = "ID,Duration,Predecessors,Buffer,Due\n";
    for (const Row& r : rows) {
        std::string preds;
        for (const auto& p : r.preds)
            preds += (preds.empty() ? "" : ";") + p;
        out += r.id + "," + r.duration + ",\"" + preds + "\"," + r.buffer + "," + r.due + "\n";
    }
    return out;
}

// The task an entry names, as the engine resolves it: its first reading that is an ID; -1 if none.
int resolve(const std::vector<Row>& rows, const std::string& entry) {
    for (const LinkReading& r : link_readings(entry))
        for (std::size_t p = 0; p < rows.size(); ++p)
            if (rows[p].id == r.id) return int(p);
    return -1;
}

// Task indexes downstream of `from`, itself included.
std::set<std::size_t> downstream(const std::vector<Row>& rows, std::size_t from) {
    std::set<std::size_t> seen{from};
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t s = 0; s < rows.size(); ++s)
            for (const auto& e : rows[s].preds) {
                const int p = resolve(rows, e);
                if (p >= 0 && seen.count(std::size_t(p)) && seen.insert(s).second) grew = true;
            }
    }
    return seen;
}

std::string entry_to(const Row& p, std::mt19937& rng) {
    static const char* const types[] = {"", "SS", "FF", "SF"};
    const int lag = int(rng() % 5) - 2;
    return p.id + types[rng() % 4] +
           (lag > 0   ? "+" + std::to_string(lag)
            : lag < 0 ? std::to_string(lag)
                      : "");
}

std::vector<Row> random_plan(std::mt19937& rng) {
    const std::size_t n = 6 + rng() % 8;
    std::vector<Row> rows(n);
    for (std::size_t i = 0; i < n; ++i) {
        Row& r = rows[i];
        r.id = "T" + std::to_string(i);
        r.duration = std::to_string(rng() % 5);
        if (rng() % 4 == 0) r.buffer = std::to_string(rng() % 3);
        if (rng() % 6 == 0) r.due = "2027-03-" + std::to_string(15 + rng() % 14);
        for (std::size_t p = 0; p < i; ++p)
            if (rng() % 4 == 0) r.preds.push_back(entry_to(rows[p], rng));
    }
    return rows;
}

// Every value `broken` knows must equal `fixed`'s.
void expect_same_known_values(const Outcome& broken, const Outcome& fixed,
                              const std::string& what) {
    if (!fixed.ok()) return; // a fix that is itself invalid (dates out of range…) proves nothing
    const Schedule* b = broken.values();
    if (!b) return;
    const Schedule& f = *fixed.schedule;
    for (std::size_t i = 0; i < f.times.size(); ++i) {
        const KnownValues k = broken.known(i);
        const std::string where = what + " task " + std::to_string(i);
        if (k.latest) {
            EXPECT_EQ(b->dates[i].start, f.dates[i].start) << where;
            EXPECT_EQ(b->dates[i].end, f.dates[i].end) << where;
        }
        if (k.early) {
            EXPECT_EQ(b->dates[i].early_start, f.dates[i].early_start) << where;
            EXPECT_EQ(b->dates[i].early_end, f.dates[i].early_end) << where;
        }
        if (k.slack()) {
            EXPECT_EQ(b->times[i].total_slack, f.times[i].total_slack) << where;
            EXPECT_EQ(b->times[i].critical, f.times[i].critical) << where;
            if (b->follow_up) {
                EXPECT_EQ(b->follow_up->tasks[i].status, f.follow_up->tasks[i].status) << where;
                EXPECT_EQ(b->follow_up->tasks[i].expected_end, f.follow_up->tasks[i].expected_end)
                    << where;
            }
        }
        if (k.free_slack) {
            EXPECT_EQ(b->times[i].free_slack, f.times[i].free_slack) << where;
        }
    }
}

Outcome run_rows(const std::vector<Row>& rows, const std::string& start, Partial partial) {
    return schedule(plan_from_csv(csv_of(rows)), settings_from_text("2027-04-02", {}, start),
                    partial);
}

} // namespace

TEST(PartialSchedule, KnownValuesHoldWhateverTheFix) {
    std::mt19937 rng(20270402);
    int partials = 0;
    for (int round = 0; round < 400; ++round) {
        const std::vector<Row> good = random_plan(rng);
        const std::string start = round % 2 ? "2027-03-" + std::to_string(1 + rng() % 20) : "";
        const std::size_t x = rng() % good.size();
        std::vector<Row> broken = good;
        std::vector<std::vector<Row>> fixes;
        const int kind = int(rng() % 8);
        const std::set<std::size_t> below = downstream(good, x);
        auto link_fixes = [&](std::size_t bad_entry) {
            std::vector<Row> dropped = broken;
            dropped[x].preds.erase(dropped[x].preds.begin() + std::ptrdiff_t(bad_entry));
            fixes.push_back(dropped);
            for (std::size_t p = 0; p < good.size(); ++p) {
                if (below.count(p)) continue;
                std::vector<Row> linked = broken;
                linked[x].preds[bad_entry] = entry_to(good[p], rng);
                fixes.push_back(linked);
            }
        };
        switch (kind) {
        case 0: // bad duration
            broken[x].duration = "x";
            for (int d = 0; d < 6; ++d) {
                fixes.push_back(broken);
                fixes.back()[x].duration = std::to_string(d);
            }
            break;
        case 1: // bad buffer
            broken[x].buffer = "-1";
            for (const char* b : {"", "0", "2", "5"}) {
                fixes.push_back(broken);
                fixes.back()[x].buffer = b;
            }
            break;
        case 2: // bad due date
            broken[x].due = "2027-02-30";
            for (const char* d : {"", "2027-03-10", "2027-03-26", "2027-04-09"}) {
                fixes.push_back(broken);
                fixes.back()[x].due = d;
            }
            break;
        case 3: // unknown predecessor
            broken[x].preds.push_back("ZZ");
            link_fixes(broken[x].preds.size() - 1);
            break;
        case 4: // self link
            broken[x].preds.push_back(good[x].id);
            link_fixes(broken[x].preds.size() - 1);
            break;
        case 5: { // duplicate ID: the links that name it may mean either row
            const std::size_t y = rng() % good.size();
            if (y == x) continue;
            broken[y].id = good[x].id;
            fixes.push_back(broken);
            fixes.back()[y].id = "NEW"; // links name x
            fixes.push_back(broken);
            fixes.back()[std::min(x, y)].id = "NEW"; // links name the later row
            fixes.back()[std::max(x, y)].id = good[x].id;
            break;
        }
        case 6: // missing ID
            broken[x].id = "";
            fixes.push_back(broken);
            fixes.back()[x].id = "NEW";
            break;
        case 7: { // a cycle: x back to one of its predecessors
            if (good[x].preds.empty()) continue;
            const auto p = std::size_t(resolve(good, good[x].preds[0]));
            broken[p].preds.push_back(good[x].id);
            fixes.push_back(good); // drop the new link
            fixes.push_back(broken);
            fixes.back()[x].preds.erase(fixes.back()[x].preds.begin()); // or the old one
            break;
        }
        }
        const Outcome b = run_rows(broken, start, Partial::Yes);
        ASSERT_FALSE(b.ok()) << csv_of(broken);
        partials += b.partial.has_value();
        for (std::size_t f = 0; f < fixes.size(); ++f)
            expect_same_known_values(b, run_rows(fixes[f], start, Partial::No),
                                     "kind " + std::to_string(kind) + " fix " + std::to_string(f) +
                                         " start " + start + "\n" + csv_of(broken));
        if (HasFailure()) return;
    }
    EXPECT_GT(partials, 200); // most problems leave something known
}

// Every diagnostic has a deliberate reach (§15): a new ID fails here until it is placed in
// reach.cpp and in the table of §15. A problem of each ID on B of A → B → C, with a status date.
TEST(PartialSchedule, EveryProblemIdHasAReach) {
    const PlanInput plan = plan_from_csv("ID,Duration,Predecessors\nA,1,\nB,1,A\nC,1,B\n");
    const Calendar calendar;
    const Graph g = build_graph(plan, calendar).graph;
    const TopoOrder topo = topological_order(g);
    const std::vector<std::int32_t> backward = backward_order(g);
    const Actuals status_date{};
    // "L"/"E" per task: which of A, B, C keep their latest and early dates; "" for none at all.
    auto reach = [&](ProblemId id) {
        const Problem p{.id = id, .row = 3, .column = plan.column(Field::Duration), .detail = "3"};
        const auto known = known_values(plan, g, topo, backward, {p}, &status_date);
        std::string out;
        for (const KnownValues& k : known)
            out += std::string(k.latest ? "L" : "-") + (k.early ? "E" : "-") +
                   (k.baseline ? "" : "!") + " ";
        return out;
    };
    const std::string everything, nothing = "LE LE LE ", values = "-E -- L- ", links = "-E L- L- ",
                                  forecast = "LE L- L- ", baseline = "LE LE! LE ";
    const std::map<std::string, std::string> expected = {
        {"empty_plan", everything},
        {"missing_column", everything},
        {"bad_csv", everything},
        {"bad_encoding", everything},
        {"missing_id", values},
        {"duplicate_id", values}, // both rows: row 3 twice here
        {"bad_duration", values},
        {"bad_buffer", values},
        {"bad_due_date", values},
        {"bad_predecessor", links},
        {"unknown_predecessor", links},
        {"predecessor_outside_table", links},
        {"self_link", links},
        {"duplicate_link", links},
        {"cycle", nothing}, // the graph's own cycles say what they reach
        {"bad_weekend", everything},
        {"bad_holiday", everything},
        {"bad_deadline", everything},
        {"bad_start", everything},
        {"date_out_of_range", everything},
        {"error_value", values}, // in the duration column here
        {"no_table", everything},
        {"no_deadline", everything},
        {"bad_allocation", nothing},
        {"bad_capacity", nothing},
        {"duplicate_capacity", nothing},
        {"bad_progress", forecast},
        {"bad_actual_date", forecast},
        {"actual_after_status_date", forecast},
        {"actual_end_before_start", forecast},
        {"bad_baseline_date", baseline},
        {"bad_alert_days", everything},
        {"table_too_large", everything},
        {"bad_estimate", nothing},
        {"incomplete_estimate", nothing},
        {"estimate_order", nothing},
        {"bad_runs", nothing},
        {"bad_seed", nothing},
        {"bad_confidence", nothing},
        {"bad_level", everything}, // a setting: the rebuild draws nothing
    };
    for (const ProblemId id : all_problem_ids()) {
        const auto it = expected.find(std::string(code(id)));
        if (it == expected.end()) {
            ADD_FAILURE() << code(id) << ": say what it reaches (engine/src/reach.cpp, model §15)";
            continue;
        }
        EXPECT_EQ(reach(id), it->second) << code(id);
    }
}
