// Load per person and working day, and overloads (model §12), on hand-computed plans.
// Deadline Friday 2027-04-02, weekend Saturday and Sunday, no holiday unless said.
#include "plan_helpers.hpp"

#include "retroplan/timeline.hpp"

using namespace retroplan;
using namespace retroplan::test;

namespace {
const std::string kDeadline = "2027-04-02";
} // namespace

TEST(Load, TwoTasksOverlappingThreeDaysAreOneOverload) {
    // A: Mon 03-29 .. Fri 04-02. B, due Wed 03-31: Thu 03-25 .. Wed 03-31.
    const auto r = run_load("ID,Duration,Due,Owner\nA,5,,Ana\nB,5,2027-03-31,Ana\n", kDeadline);
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    EXPECT_EQ(r.overloads(), "Ana 2027-03-29..2027-03-31 200 A;B\n");
    EXPECT_EQ(r.load("Ana", "2027-03-26"), "100");
    EXPECT_EQ(r.load("Ana", "2027-03-30"), "200");
    EXPECT_EQ(r.load("Ana", "2027-04-01"), "100");
    EXPECT_EQ(r.load("Ana", "2027-03-24"), "0");
    EXPECT_EQ(r.load("Ana", "2027-03-28"), "0"); // Sunday
    EXPECT_EQ(r.outcome.load.overloaded, (std::vector<std::uint8_t>{1, 1}));
    // Sparse: two changes of load in Ana's week and a half, three runs.
    EXPECT_EQ(r.outcome.load.runs_of(0).size(), 3u);
}

TEST(Load, FiftyPlusFiftyIsNotAnOverload) {
    const auto r =
        run_load("ID,Duration,Owner,Load\nA,5,Ana,50%\nB,3,Ana,0.5\nC,0,Ana,\n", kDeadline);
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(r.overloads(), "");
    EXPECT_EQ(r.load("Ana", "2027-03-31"), "100");
    EXPECT_EQ(r.load("Ana", "2027-03-29"), "50");
    EXPECT_EQ(r.outcome.load.overloaded, (std::vector<std::uint8_t>{0, 0, 0}));
}

TEST(Load, ThirtyThirtyFortyIsExactlyFull) {
    // Shares are whole millionths: 0.3 + 0.3 + 0.4 is 100 %, not 100.00000000000001 %.
    const auto r =
        run_load("ID,Duration,Owner,Load\nA,1,Ana,0.3\nB,1,Ana,0.3\nC,1,Ana,0.4\n", kDeadline);
    EXPECT_EQ(r.overloads(), "");
    EXPECT_EQ(r.load("Ana", "2027-04-02"), "100");
}

TEST(Load, ThreeOwnersInOneCellEachCarryTheTask) {
    // A (2 days, Thu 04-01 .. Fri 04-02) names three people; Chloé also has B on Fri 04-02.
    const auto r = run_load("ID,Duration,Owner\nA,2,\"Ana; Bob / Chloé\"\nB,1,Chloé\n", kDeadline);
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(r.outcome.owners.people.size(), 3u);
    for (const char* who : {"Ana", "Bob", "Chloé"})
        EXPECT_EQ(r.load(who, "2027-04-01"), "100") << who;
    EXPECT_EQ(r.overloads(), "Chloé 2027-04-02..2027-04-02 200 A;B\n");
}

TEST(Load, NamesDifferingInCaseAndSpacesAreOnePerson) {
    const auto r = run_load(
        "ID,Duration,Owner\nA,2,Ana Maria\nB,2,\" ana   MARIA \"\nC,2,Ana-Maria\n", kDeadline);
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(r.outcome.owners.people.size(), 2u); // "Ana-Maria" is someone else
    EXPECT_EQ(r.overloads(), "Ana Maria 2027-04-01..2027-04-02 200 A;B\n");
    EXPECT_EQ(r.load("ANA MARIA", "2027-04-01"), "200");
}

TEST(Load, AnOverloadRunsAcrossAWeekend) {
    // Holiday Mon 03-29. A (5 days): Fri 03-26 .. Fri 04-02, across the weekend and the holiday.
    // B (5 days) due Tue 03-30: Tue 03-23 .. Tue 03-30. Both on Fri 03-26 and Tue 03-30: two
    // consecutive working days, one overload.
    const auto r = run_load("ID,Duration,Due,Owner\nA,5,,Ana\nB,5,2027-03-30,Ana\n", kDeadline, "",
                            false, {"2027-03-29"});
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(r.dates("A"), "2027-03-26 2027-04-02");
    EXPECT_EQ(r.dates("B"), "2027-03-23 2027-03-30");
    EXPECT_EQ(r.overloads(), "Ana 2027-03-26..2027-03-30 200 A;B\n");
}

TEST(Load, PeakIsTheHighestDayAndOnlyCoveringTasksAreListed) {
    // A: Mon 03-29 .. Fri 04-02; B: Wed 03-31 .. Fri 04-02; C: Fri 04-02; D: Tue 03-23 .. Wed
    // 03-24 (before, never over): 200 on 03-31 and 04-01, 300 on 04-02.
    const auto r = run_load("ID,Duration,Due,Owner\nA,5,,Ana\nB,3,,Ana\nC,1,,Ana\n"
                            "D,2,2027-03-24,Ana\n",
                            kDeadline);
    EXPECT_EQ(r.overloads(), "Ana 2027-03-31..2027-04-02 300 A;B;C\n");
    EXPECT_EQ(r.outcome.load.overloaded, (std::vector<std::uint8_t>{1, 1, 1, 0}));
    EXPECT_EQ(r.outcome.load.peak_of(0), 3 * kFullDay);
}

TEST(Load, CapacityTableSetsEachPersonsLimit) {
    // Ana at 50 % is over with A alone; Bob at 150 % takes B and C (100 % + 50 %); Chloé has no
    // task (ignored); Dan is not in the table (100 %).
    const auto r = run_load("ID,Duration,Owner,Load\nA,2,Ana,\nB,2,Bob,\nC,2,bob,50%\nD,2,Dan,\n",
                            kDeadline, "Person,Capacity\nAna,50%\nBOB,1.5\nChloé,80%\n");
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    EXPECT_EQ(r.overloads(), "Ana 2027-04-01..2027-04-02 100 A\n");
    EXPECT_EQ(r.outcome.capacity, (std::vector<Share>{kFullDay / 2, kFullDay * 3 / 2, kFullDay}));
}

TEST(Load, CapacityProblemsNameThePersonInBothLanguages) {
    const auto r =
        run_load("ID,Duration,Owner\nA,2,Ana\n", kDeadline, "Person,Capacity\nAna,abc\n");
    ASSERT_EQ(r.outcome.problems.size(), 1u);
    EXPECT_FALSE(r.outcome.ok());
    EXPECT_EQ(format_problem(r.outcome.problems[0], Lang::En),
              "row 2, column \u201CCapacity\u201D: capacity \u201C"
              "abc\u201D of \u201CAna\u201D is not a percentage above 0 % and at most 1,000 % "
              "(write 50% or 0.5; 100 % is one full-time person) [bad_capacity]");
    EXPECT_NE(
        format_problem(r.outcome.problems[0], Lang::Fr).find("la capacité « abc » de « Ana »"),
        std::string::npos);
    const auto dup = run_load("ID,Duration,Owner\nA,2,Ana\n", kDeadline, "Who,%\nAna,1\nana,1\n");
    ASSERT_EQ(dup.outcome.problems.size(), 1u);
    EXPECT_EQ(format_problem(dup.outcome.problems[0], Lang::Fr),
              "ligne 3, colonne « Who » : « ana » a déjà une capacité ligne 2 "
              "[duplicate_capacity]");
}

TEST(Load, MilestonesAndOwnerlessTasksLoadNobody) {
    const auto r = run_load("ID,Duration,Owner\nA,0,Ana\nB,3,\nC,0,Ana\n", kDeadline);
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(r.outcome.owners.people.size(), 1u);
    EXPECT_TRUE(r.outcome.load.runs.empty());
    EXPECT_EQ(r.load("Ana", "2027-04-02"), "0");
    EXPECT_EQ(r.load("Nobody", "2027-04-02"), "0");
}

TEST(Load, StatusDateLoadsExpectedDatesAndDoneTasksLoadNobody) {
    // Status date Mon 03-29 (tau). A (2 days, due Fri 03-26), not started: latest Thu 03-25 ..
    // Fri 03-26, expected XS = max(LS, tau) = Mon 03-29 .. Tue 03-30. B (4 days, due Tue 03-30),
    // started Wed 03-24 at 50 %: FS = Wed 03-24, r = 2, FF = tau + 2 = Wed 03-31, XF = max(LF,
    // FF) = Wed 03-31: Wed 03-24 .. Tue 03-30. C (2 days), done: its latest Thu 04-01 .. Fri
    // 04-02 load nobody.
    const auto plan = plan_from_csv("ID,Duration,Due,Owner,Actual start,Actual end,Progress\n"
                                    "A,2,2027-03-26,Ana,,,\n"
                                    "B,4,2027-03-30,Ana,2027-03-24,,50%\n"
                                    "C,2,,Ana,2027-03-22,2027-03-23,100%\n");
    const SettingsOutcome settings = settings_from_text(kDeadline, {}, "2027-03-29");
    const auto w = workload(plan, settings, {});
    ASSERT_TRUE(w.ok()) << problem_codes(w.problems);
    const Calendar& cal = settings.settings->calendar;
    const auto load = [&](int y, unsigned m, unsigned d) {
        return w.load_on(cal, "Ana", make_date(y, m, d));
    };
    EXPECT_EQ(load(2027, 3, 23), 0);
    EXPECT_EQ(load(2027, 3, 24), kFullDay);
    EXPECT_EQ(load(2027, 3, 25), kFullDay); // A's latest start: A is expected later
    EXPECT_EQ(load(2027, 3, 26), kFullDay);
    EXPECT_EQ(load(2027, 3, 29), 2 * kFullDay);
    EXPECT_EQ(load(2027, 3, 30), 2 * kFullDay);
    EXPECT_EQ(load(2027, 3, 31), 0);
    EXPECT_EQ(load(2027, 4, 1), 0); // C is done
    ASSERT_EQ(w.load.overloads.size(), 1u);
    const Overload& o = w.load.overloads[0];
    EXPECT_EQ(*cal.date_of(o.begin), make_date(2027, 3, 29));
    EXPECT_EQ(*cal.date_of(o.end - 1), make_date(2027, 3, 30));
    EXPECT_EQ(o.tasks, (std::vector<std::int32_t>{0, 1}));
    EXPECT_EQ(w.load.overloaded, (std::vector<std::uint8_t>{1, 1, 0}));
}

TEST(Load, WithoutAStatusDateLatestDatesLoad) {
    // The same tasks without a status date: A Thu 03-25 .. Fri 03-26, B Thu 03-25 .. Tue 03-30,
    // C Thu 04-01 .. Fri 04-02 (progress columns are read only against a status date).
    const auto r = run_load("ID,Duration,Due,Owner\nA,2,2027-03-26,Ana\nB,4,2027-03-30,Ana\n"
                            "C,2,,Ana\n",
                            kDeadline);
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(r.load("Ana", "2027-03-24"), "0");
    EXPECT_EQ(r.load("Ana", "2027-03-25"), "200");
    EXPECT_EQ(r.load("Ana", "2027-03-29"), "100");
    EXPECT_EQ(r.load("Ana", "2027-04-01"), "100");
    EXPECT_EQ(r.overloads(), "Ana 2027-03-25..2027-03-26 200 A;B\n");
}

TEST(Load, PersonSummaryAndBusiestDayPerTimelineColumn) {
    // As in TwoTasksOverlappingThreeDaysAreOneOverload: Ana 100 % Thu 03-25 .. Fri 03-26,
    // 200 % Mon 03-29 .. Wed 03-31, 100 % Thu 04-01 .. Fri 04-02.
    const auto r =
        run_load("ID,Duration,Due,Owner\nA,5,,Ana\nB,5,2027-03-31,Ana\nC,2,,Bob\n", kDeadline);
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    const Workload& w = r.outcome.load;
    EXPECT_EQ(w.days_over(0), 3);
    EXPECT_EQ(w.overload_tasks(0), (std::vector<std::int32_t>{0, 1}));
    EXPECT_EQ(w.days_over(1), 0);
    EXPECT_TRUE(w.overload_tasks(1).empty());

    const Calendar& calendar = r.settings.settings->calendar;
    const auto percents = [](const std::vector<Share>& shares) {
        std::string out;
        for (const Share s : shares) {
            if (!out.empty()) out += ' ';
            out += share_percent_text(s);
        }
        return out;
    };
    Timeline weeks;
    weeks.scale = TimeScale::Week;
    weeks.columns = {*parse_date("2027-03-22"), *parse_date("2027-03-29")};
    EXPECT_EQ(percents(column_peaks(weeks, calendar, w.runs_of(0))), "100 200");
    Timeline day_axis; // Fri 03-26 .. Wed 03-31: the Thursday before is off the axis
    day_axis.scale = TimeScale::Day;
    for (const char* d :
         {"2027-03-26", "2027-03-27", "2027-03-28", "2027-03-29", "2027-03-30", "2027-03-31"})
        day_axis.columns.push_back(*parse_date(d));
    EXPECT_EQ(percents(column_peaks(day_axis, calendar, w.runs_of(0))), "100 0 0 200 200 200");
    EXPECT_EQ(percents(column_peaks(day_axis, calendar, w.runs_of(1))),
              "0 0 0 0 0 0"); // Bob: 04-01..02
}
