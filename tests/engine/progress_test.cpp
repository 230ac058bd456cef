// Following the plan (model §8-10): progress parsing, the header spellings, and invariants of
// the forecast checked on a few hundred random plans generated here.
#include "plan_helpers.hpp"

#include "retroplan/parse.hpp"
#include "retroplan/progress.hpp"

#include <algorithm>
#include <random>

using namespace retroplan;
using namespace retroplan::test;
using namespace std::chrono;

namespace {

// A random DAG plan as CSV: links only to earlier tasks, all four types, lags -2..+3, buffers,
// milestones, a few due dates. `progress(i, d)` writes the task's "Actual start,Actual end,
// Progress" cells (may be ",,": the columns are there, empty).
template <class Progress>
std::string random_plan_csv(std::mt19937& rng, int n, Progress&& progress) {
    static const char* const types[] = {"", "SS", "FF", "SF"};
    std::string csv = "ID,Duration,Predecessors,Buffer,Due,Actual start,Actual end,Progress\n";
    for (int i = 0; i < n; ++i) {
        const int d = int(rng() % 7);
        std::string preds;
        std::vector<int> chosen; // one link per predecessor: a second could repeat the type
        const int links = i == 0 ? 0 : int(rng() % 3);
        for (int k = 0; k < links; ++k) {
            const int p = int(rng() % unsigned(i));
            if (std::find(chosen.begin(), chosen.end(), p) != chosen.end()) continue;
            chosen.push_back(p);
            if (!preds.empty()) preds += ';';
            preds.append("T").append(std::to_string(p)).append(types[rng() % 4]);
            const int lag = int(rng() % 6) - 2;
            if (lag > 0) preds += "+";
            if (lag != 0) preds += std::to_string(lag);
        }
        const std::string buffer = rng() % 4 == 0 ? std::to_string(rng() % 3) : "";
        const std::string due =
            rng() % 8 == 0 ? to_iso(make_date(2027, 6, 30) - days{int(rng() % 40)}) : "";
        csv.append("T").append(std::to_string(i)).append(",").append(std::to_string(d));
        csv.append(",").append(preds).append(",").append(buffer).append(",").append(due);
        csv.append(",").append(progress(i, d)).append("\n");
    }
    return csv;
}

// The scheduling inputs that random_plan_csv's plans share.
const char* const kDeadline = "2027-06-30";
const std::vector<std::string> kHolidays = {"2027-05-06", "2027-05-17"};

std::string status_date(std::mt19937& rng) {
    return to_iso(make_date(2027, 3, 1) + days{int(rng() % 130)});
}

} // namespace

TEST(ParseProgress, FractionsPercentagesAndErrors) {
    EXPECT_EQ(parse_progress(Cell::of_number(0.4)), 0.4);
    EXPECT_EQ(parse_progress(Cell::of_number(1)), 1.0);
    EXPECT_EQ(parse_progress(Cell::of_number(0)), 0.0);
    EXPECT_EQ(parse_progress(Cell::of_text("40%")), 0.4);
    EXPECT_EQ(parse_progress(Cell::of_text(" 40 % ")), 0.4);
    EXPECT_EQ(parse_progress(Cell::of_text("40\xC2\xA0%")), 0.4);     // no-break space
    EXPECT_EQ(parse_progress(Cell::of_text("40\xE2\x80\xAF%")), 0.4); // narrow no-break space
    EXPECT_EQ(parse_progress(Cell::of_text("12,5 %")), 0.125);
    EXPECT_EQ(parse_progress(Cell::of_text("0.25")), 0.25);
    EXPECT_EQ(parse_progress(Cell::of_text("0,5")), 0.5);
    EXPECT_EQ(parse_progress(Cell::of_text("100%")), 1.0);
    EXPECT_EQ(parse_progress(Cell::of_text("0.29")), 0.29); // as strtod reads it
    EXPECT_EQ(parse_progress(Cell::of_text("0.1234567890123456")), 0.1234567890123456); // long
    EXPECT_FALSE(parse_progress(Cell::of_number(1.4)));
    EXPECT_FALSE(parse_progress(Cell::of_number(40)));
    EXPECT_FALSE(parse_progress(Cell::of_number(-0.1)));
    EXPECT_FALSE(parse_progress(Cell::of_text("40")));
    EXPECT_FALSE(parse_progress(Cell::of_text("100.5%")));
    EXPECT_FALSE(parse_progress(Cell::of_text("-5%")));
    EXPECT_FALSE(parse_progress(Cell::of_text("half")));
    EXPECT_FALSE(parse_progress(Cell::of_text("1.2.3")));
    EXPECT_FALSE(parse_progress(Cell::of_text("%")));
    // Calc appends a % when one types into a percent cell: typing "50%" there gives "50%%".
    EXPECT_EQ(parse_progress(Cell::of_text("50%%")), 0.5);
    EXPECT_FALSE(parse_progress(Cell::of_text("%%")));
    EXPECT_FALSE(parse_progress(Cell::of_text("50%%%")));
    EXPECT_FALSE(parse_progress(Cell::of_boolean(true)));
    EXPECT_FALSE(parse_progress(Cell{}));
}

TEST(ParseProgress, DoneDaysRoundToSixDecimalsFirst) {
    EXPECT_EQ(done_days(100, *parse_progress(Cell::of_text("29%"))), 29); // 28.999999999999996
    EXPECT_EQ(done_days(8, 0.25), 2);
    EXPECT_EQ(done_days(6, 0.5), 3);
    EXPECT_EQ(done_days(3, 0.5), 1);
    EXPECT_EQ(done_days(7, 0.9999999), 6);
}

TEST(Headers, ProgressColumnsInTheIssuesSpellings) {
    for (const char* h : {"Actual start", "Début réel"})
        EXPECT_EQ(recognise_header(h), Field::ActualStart) << h;
    for (const char* h : {"Actual end", "Actual finish", "Fin réelle"})
        EXPECT_EQ(recognise_header(h), Field::ActualEnd) << h;
    for (const char* h : {"Progress", "% complete", "% done", "Avancement", "% achevé"})
        EXPECT_EQ(recognise_header(h), Field::Progress) << h;
    for (const char* h : {"Baseline start", "Début de référence"})
        EXPECT_EQ(recognise_header(h), Field::BaselineStart) << h;
    for (const char* h : {"Baseline end", "Fin de référence"})
        EXPECT_EQ(recognise_header(h), Field::BaselineEnd) << h;
}

TEST(Headers, TableLanguageFollowsMostHeaders) {
    auto lang_of = [](const char* csv) { return read_table(read_csv(csv).table).lang; };
    EXPECT_EQ(lang_of("ID,Name,Duration\nA,x,1\n"), Lang::En);
    EXPECT_EQ(lang_of("N°;Tâche;Durée\nA;x;1\n"), Lang::Fr);
    EXPECT_EQ(lang_of("ID;Durée;Avancement\nA;1;\n"), Lang::Fr);
    EXPECT_EQ(lang_of("ID,Description,Duration\nA,x,1\n"), Lang::En);
    EXPECT_EQ(lang_of("ID,Tâche,Duration,Avancement\nA,x,1,\n"), Lang::Fr);
    EXPECT_EQ(lang_of("ID,Tâche,Duration\nA,x,1\n"), Lang::En); // a tie stays English
}

TEST(StatusWords, AsTheModelGivesThem) {
    const std::pair<Status, std::pair<const char*, const char*>> words[] = {
        {Status::Done, {"done", "terminé"}},
        {Status::Late, {"late", "en retard"}},
        {Status::DueSoon, {"due soon", "échéance proche"}},
        {Status::InProgress, {"in progress", "en cours"}},
        {Status::NotStarted, {"not started", "à venir"}},
    };
    for (const auto& [s, w] : words) {
        EXPECT_EQ(status_word(s, Lang::En), w.first);
        EXPECT_EQ(status_word(s, Lang::Fr), w.second);
    }
    EXPECT_EQ(status_key(Status::DueSoon), "due_soon");
}

TEST(Settings, AlertWindowDefaultsToTwoWorkingDays) {
    SettingsInput si;
    si.deadline = Cell::of_text("2027-04-02");
    EXPECT_EQ(read_settings(si).settings->options.alert_days, 2);
    si.alert_days = Cell::of_number(5);
    EXPECT_EQ(read_settings(si).settings->options.alert_days, 5);
    si.alert_days = Cell::of_text("0");
    EXPECT_EQ(read_settings(si).settings->options.alert_days, 0);
    for (const Cell& bad : {Cell::of_text("-1"), Cell::of_number(1.5), Cell::of_text("soon")}) {
        si.alert_days = bad;
        const auto out = read_settings(si);
        ASSERT_EQ(out.problems.size(), 1u);
        EXPECT_EQ(out.problems[0].id, ProblemId::BadAlertDays);
    }
    si.alert_days = Cell::of_error("#VALUE!");
    EXPECT_EQ(format_problem(read_settings(si).problems.at(0), Lang::En),
              "the alert window holds the error #VALUE!: fix the formula or the value (Retroplan "
              "does not read it as empty) [error_value]");
}

// Model §8: "With no progress data the forecast equals §5's early dates with S0 = τ".
TEST(ForecastInvariant, NoProgressDataGivesTheEarlyDatesFromTheStatusDate) {
    std::mt19937 rng(2027);
    for (int plan = 0; plan < 300; ++plan) {
        const std::string csv =
            random_plan_csv(rng, 2 + int(rng() % 40), [](int, int) { return ",,"; });
        const std::string today = status_date(rng);
        const PlanRun r = run_plan(csv, kDeadline, kHolidays, today);
        ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems) << "\n" << csv;
        const Schedule& s = *r.outcome.schedule;
        ASSERT_TRUE(s.follow_up);

        // §5 by its own passes, from τ.
        const Calendar cal(WeekendMask{}, {make_date(2027, 5, 6), make_date(2027, 5, 17)});
        const GraphBuild built = build_graph(r.plan, cal);
        const TopoOrder topo = topological_order(built.graph);
        const WorkIndex tau = *cal.index_on_or_after(*parse_date(today));
        std::vector<WorkIndex> ls, es, free;
        backward_pass(built.graph, topo.order, s.deadline, ls);
        forward_pass(built.graph, topo.order, tau, es);
        free_slack_pass(built.graph, s.deadline, ls, es, free);
        EXPECT_EQ(s.late_by, std::max<WorkIndex>(0, tau - s.kickoff)) << csv;
        for (std::size_t i = 0; i < r.plan.tasks.size(); ++i) {
            const TaskTimes& t = s.times[i];
            const auto d = built.graph.duration[i];
            EXPECT_EQ(t.es, es[i]) << "task " << i << " today " << today << "\n" << csv;
            EXPECT_EQ(t.ef, es[i] + d) << "task " << i;
            EXPECT_EQ(t.total_slack, ls[i] - es[i]) << "task " << i;
            EXPECT_EQ(t.free_slack, free[i]) << "task " << i;
            EXPECT_EQ(t.critical, ls[i] - es[i] <= 0) << "task " << i;
            EXPECT_FALSE(t.done);
            EXPECT_NE(s.follow_up->tasks[i].status, Status::Done);
            EXPECT_NE(s.follow_up->tasks[i].status, Status::InProgress);
        }
        if (::testing::Test::HasFailure()) return;
    }
}

// Everything done: no task is late and neither is the plan, whatever the links say.
TEST(ForecastInvariant, EverythingDoneMeansNothingLate) {
    std::mt19937 rng(1789);
    for (int plan = 0; plan < 300; ++plan) {
        const Date today = make_date(2027, 3, 1) + days{int(rng() % 130)};
        // Actual dates on or before today (weekends included), or 100 % without dates.
        auto done = [&](int, int) -> std::string {
            const Date end = today - days{int(rng() % 40)};
            const Date start = end - days{int(rng() % 15)};
            switch (rng() % 4) {
            case 0:
                return to_iso(start) + "," + to_iso(end) + ",";
            case 1:
                return std::string(",").append(to_iso(end)).append(",");
            case 2:
                return to_iso(start) + ",,100%";
            default:
                return ",,1";
            }
        };
        const std::string csv = random_plan_csv(rng, 2 + int(rng() % 40), done);
        const PlanRun r = run_plan(csv, kDeadline, kHolidays, to_iso(today));
        ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems) << "\n" << csv;
        const Schedule& s = *r.outcome.schedule;
        EXPECT_EQ(s.late_by, 0) << csv;
        EXPECT_EQ(s.follow_up->counts.of(Status::Done), std::int64_t(r.plan.tasks.size()));
        EXPECT_TRUE(alert_list(*s.follow_up).empty());
        for (std::size_t i = 0; i < r.plan.tasks.size(); ++i) {
            const TaskTimes& t = s.times[i];
            EXPECT_TRUE(t.done) << i;
            EXPECT_FALSE(t.critical) << i;
            EXPECT_EQ(s.follow_up->tasks[i].status, Status::Done) << i;
            EXPECT_EQ(s.follow_up->tasks[i].due, Due::None) << i;
            // Done is in the past: it finished by the end of the status date.
            EXPECT_LE(t.ef, s.follow_up->today + 1) << i << "\n" << csv;
            EXPECT_LE(t.es, t.ef) << i;
        }
        if (::testing::Test::HasFailure()) return;
    }
}

// Random progress: every task not started still keeps each link from its predecessors'
// forecast and starts no earlier than today; started tasks finish after today; the plan is late
// by exactly the worst negative slack of the tasks not done.
TEST(ForecastInvariant, LinksHoldOnTheForecastWithRandomProgress) {
    std::mt19937 rng(1968);
    for (int plan = 0; plan < 300; ++plan) {
        const Date today = make_date(2027, 3, 1) + days{int(rng() % 130)};
        auto some = [&](int, int) -> std::string {
            const Date start = today - days{int(rng() % 20)};
            switch (rng() % 6) {
            case 0:
                return to_iso(start) + ",,";
            case 1:
                return to_iso(start) + ",," + std::to_string(rng() % 100) + "%";
            case 2:
                return ",,0." + std::to_string(1 + rng() % 9);
            case 3:
                return to_iso(start) + "," + to_iso(today) + ",";
            default:
                return ",,";
            }
        };
        const std::string csv = random_plan_csv(rng, 2 + int(rng() % 40), some);
        const PlanRun r = run_plan(csv, kDeadline, kHolidays, to_iso(today));
        ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems) << "\n" << csv;
        const Schedule& s = *r.outcome.schedule;
        const WorkIndex tau = s.follow_up->today;
        const Calendar cal(WeekendMask{}, {make_date(2027, 5, 6), make_date(2027, 5, 17)});
        const Graph g = build_graph(r.plan, cal).graph;
        std::int64_t worst = 0;
        for (std::size_t p = 0; p < g.size(); ++p) {
            const TaskTimes& tp = s.times[p];
            const TaskFollowUp& fp = s.follow_up->tasks[p];
            if (fp.state == TaskState::NotStarted) {
                EXPECT_GE(tp.es, tau) << p;
                EXPECT_EQ(tp.ef, tp.es + g.duration[p]) << p;
            }
            if (fp.state == TaskState::Started) {
                EXPECT_GT(tp.ef, tau) << p;
            }
            if (!tp.done) worst = std::max<std::int64_t>(worst, -tp.total_slack);
            for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k) {
                const auto sx = std::size_t(g.out_target[k]);
                if (s.follow_up->tasks[sx].state != TaskState::NotStarted) continue;
                const LinkType type = g.out_type[k];
                const WorkIndex from = from_finish(type) ? tp.ef + g.buffer[p] : tp.es;
                const WorkIndex to = to_finish(type) ? s.times[sx].ef : s.times[sx].es;
                const WorkIndex lag = g.out_weight[k] -
                                      (from_finish(type) ? g.duration[p] + g.buffer[p] : 0) +
                                      (to_finish(type) ? g.duration[sx] : 0);
                EXPECT_GE(to, from + lag) << p << " -> " << sx << "\n" << csv;
            }
        }
        EXPECT_EQ(s.late_by, worst);
        if (::testing::Test::HasFailure()) return;
    }
}

TEST(FollowUp, WorkedExampleAlertDetails) {
    const PlanRun r = run_plan("ID,Duration,Predecessors,Buffer,Actual start,Actual end,Progress\n"
                               "BRIEF,5,,,2027-03-01,2027-03-05,\n"
                               "MSG,3,BRIEF,,2027-03-08,2027-03-12,\n"
                               "VIS,8,MSG,2,2027-03-15,,25%\n"
                               "TXT,4,MSGSS+1,,,,\n"
                               "VAL,2,VIS;TXT,,,,\n"
                               "PR,2,VAL,,,,\n"
                               "PROG,3,VAL,,,,\n"
                               "GO,0,PROG,,,,\n"
                               "SOC,5,VIS-2,,,,\n"
                               "WEB,6,BRIEF,,2027-03-15,,50%\n",
                               "2027-04-02", {"2027-03-29"}, "2027-03-19");
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    const FollowUp& f = *r.outcome.schedule->follow_up;
    EXPECT_EQ(f.alert_days, 2);
    EXPECT_EQ(to_iso(f.status_date), "2027-03-19");
    const TaskFollowUp& vis = f.tasks[2];
    EXPECT_EQ(vis.state, TaskState::Started);
    EXPECT_EQ(vis.remaining, 6); // 8 - ⌊8 × 25 %⌋
    EXPECT_EQ(vis.due, Due::Finish);
    EXPECT_EQ(to_iso(vis.due_date), "2027-03-23");
    EXPECT_FALSE(vis.deviation);        // no baseline column
    EXPECT_EQ(f.tasks[9].remaining, 3); // WEB: 6 - ⌊6 × 50 %⌋
    EXPECT_EQ(f.tasks[3].remaining, 4); // TXT, not started: its duration
    EXPECT_EQ(f.tasks[0].remaining, 0); // BRIEF, done
}

TEST(FollowUp, TodayOnAWeekendIsTheMondayAfter) {
    // Saturday 2027-03-20: τ = Monday 03-22. A started on Friday at 0 % with 2 days: r = 2,
    // FF = τ + 2, so it ends Tuesday 03-23; an actual date on the Saturday itself is fine.
    const PlanRun r = run_plan("ID,Duration,Actual start,Actual end,Progress\n"
                               "A,2,2027-03-19,,0%\n"
                               "B,1,2027-03-20,2027-03-20,\n",
                               "2027-04-02", {}, "2027-03-20");
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    EXPECT_EQ(early_of(r, "A"), "2027-03-19 2027-03-23");
    // B: start Sat -> Mon 03-22, end Sat -> Fri 03-19: one day, on the Friday.
    EXPECT_EQ(early_of(r, "B"), "2027-03-19 2027-03-19");
}

TEST(Problems, ProgressMessagesNameRowColumnAndValue) {
    const PlanRun r = run_plan("ID,Duration,Début réel,Actual end,Avancement,Baseline end\n"
                               "A,5,2027-03-10,2027-03-09,140%,\n"
                               "B,5,2027-03-22,,,2027-02-30\n"
                               "C,5,someday,,,\n",
                               "2027-04-02", {}, "2027-03-19");
    ASSERT_EQ(problem_codes(r.outcome.problems),
              "actual_end_before_start@2 bad_progress@2 actual_after_status_date@3 "
              "bad_baseline_date@3 bad_actual_date@4 ");
    const auto& p = r.outcome.problems;
    EXPECT_EQ(format_problem(p[0], Lang::En),
              "row 2, column \u201CActual end\u201D: actual end \u201C2027-03-09\u201D is before "
              "the actual start \u201C2027-03-10\u201D [actual_end_before_start]");
    EXPECT_EQ(format_problem(p[1], Lang::Fr),
              "ligne 2, colonne « Avancement » : l'avancement « 140% » n'est pas un pourcentage "
              "entre 0 et 100 % (écrire 40%, 40 % ou 0,4) [bad_progress]");
    EXPECT_EQ(format_problem(p[2], Lang::En),
              "row 3, column \u201CDébut réel\u201D: actual date \u201C2027-03-22\u201D is after "
              "the status date (2027-03-19, the Start setting): an actual date records what has "
              "happened [actual_after_status_date]");
    EXPECT_EQ(format_problem(p[3], Lang::Fr),
              "ligne 3, colonne « Baseline end » : la date de référence « 2027-02-30 » n'est pas "
              "une date valide entre 1900 et 2200 (AAAA-MM-JJ) [bad_baseline_date]");
    EXPECT_EQ(format_problem(p[4], Lang::En),
              "row 4, column \u201CDébut réel\u201D: actual date \u201Csomeday\u201D is not a "
              "valid date between 1900 and 2200 (YYYY-MM-DD) [bad_actual_date]");
}

TEST(Problems, CalcDateSerialsAreNamedAsDates) {
    // A Calc table: dates are serial numbers; a message shows the date, not 46468.
    Table t;
    t.rows = {{Cell::of_text("ID"), Cell::of_text("Duration"), Cell::of_text("Actual start")},
              {Cell::of_text("A"), Cell::of_number(2), Cell::of_number(46468)}};
    const NullDate calc = make_date(1899, 12, 30);
    const PlanInput plan = read_table(t, calc);
    SettingsInput si;
    si.deadline = Cell::of_text("2027-04-02");
    si.start = Cell::of_text("2027-03-19");
    const Outcome out = schedule(plan, read_settings(si));
    ASSERT_EQ(out.problems.size(), 1u);
    EXPECT_EQ(out.problems[0].value, "2027-03-22");
}

TEST(Problems, ProgressIdsSpeakBothLanguagesAndNameTheValue) {
    for (const ProblemId id :
         {ProblemId::BadProgress, ProblemId::BadActualDate, ProblemId::ActualAfterStatusDate,
          ProblemId::ActualEndBeforeStart, ProblemId::BadBaselineDate, ProblemId::BadAlertDays}) {
        const Problem p{.id = id, .row = 7, .column = "Col", .value = "V-1", .detail = "D-2"};
        const std::string en = format_problem(p, Lang::En), fr = format_problem(p, Lang::Fr);
        EXPECT_NE(en, fr) << code(id);
        for (const std::string& m : {en, fr}) {
            EXPECT_NE(m.find("V-1"), std::string::npos) << m;
            EXPECT_NE(m.find("7"), std::string::npos) << m;
            EXPECT_NE(m.find("Col"), std::string::npos) << m;
            EXPECT_NE(m.find(std::string("[").append(code(id)).append("]")), std::string::npos)
                << m;
        }
        const bool has_detail = id == ProblemId::ActualAfterStatusDate ||
                                id == ProblemId::ActualEndBeforeStart ||
                                id == ProblemId::BadProgress; // a number's percentage
        EXPECT_EQ(fr.find("D-2") != std::string::npos, has_detail) << fr;
        EXPECT_EQ(en.find("D-2") != std::string::npos, has_detail) << en;
        // Listed (other branches append their IDs after these: no position is assumed).
        const auto ids = all_problem_ids();
        EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << code(id);
    }
    EXPECT_EQ(code(ProblemId::ActualAfterStatusDate), "actual_after_status_date");
}

// A number in the progress column says which scale it was read on: Calc gives a cell showing
// 150 % as 1.5, and a bare 40 is 4,000 %.
TEST(ParseProgress, ANumberOutOfRangeIsNamedAsItsPercentage) {
    Table table;
    table.rows = {{Cell::of_text("ID"), Cell::of_text("Duration"), Cell::of_text("Progress")},
                  {Cell::of_text("A"), Cell::of_number(5), Cell::of_number(1.5)},
                  {Cell::of_text("B"), Cell::of_number(5), Cell::of_number(40)},
                  {Cell::of_text("C"), Cell::of_number(5), Cell::of_text("150%")}};
    const PlanInput plan = read_table(std::move(table));
    const auto settings = test::settings_from_text("2027-04-02", {}, "2027-03-19");
    const Outcome out = schedule(plan, settings);
    ASSERT_EQ(out.problems.size(), 3u);
    EXPECT_EQ(format_problem(out.problems[0], Lang::En),
              "row 2, column \u201CProgress\u201D: progress \u201C1.5\u201D (that is 150 %) is "
              "not a percentage from 0 to 100 % (write 40%, 40 % or 0.4) [bad_progress]");
    EXPECT_EQ(format_problem(out.problems[1], Lang::Fr, WithCode::No),
              "ligne 3, colonne « Progress » : l'avancement « 40 » (soit 4000 %) n'est pas un "
              "pourcentage entre 0 et 100 % (écrire 40%, 40 % ou 0,4)");
    EXPECT_EQ(out.problems[2].detail, ""); // text says its own scale
}
