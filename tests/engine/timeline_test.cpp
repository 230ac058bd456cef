#include "plan_helpers.hpp"

#include "retroplan/rebuild_plan.hpp"
#include "retroplan/sheet_scan.hpp"
#include "retroplan/timeline.hpp"
#include "retroplan/timeline_fit.hpp"

using namespace retroplan;
using namespace retroplan::test;

namespace {

const char* const kCampaign =
    "ID,Duration,Predecessors,Buffer\nBRIEF,5,,\nMSG,3,BRIEF,\nVIS,8,MSG,2\n"
    "TXT,4,MSGSS+1,\nVAL,2,VIS;TXT,\nPR,2,VAL,\nPROG,3,VAL,\nGO,0,PROG,\n"
    "SOC,5,VIS-2,\n";

Timeline campaign_timeline(TimeScale scale = TimeScale::Day) {
    const PlanRun r = run_plan(kCampaign, "2027-04-02", {"2027-03-29"});
    const Calendar cal(WeekendMask{}, {make_date(2027, 3, 29)});
    return layout_timeline(r.plan, *r.outcome.schedule, cal, scale, make_date(2027, 3, 10));
}

// "kind task first..last" for each mark of that kind, in paint order.
std::vector<std::string> marks(const Timeline& t, MarkKind kind) {
    std::vector<std::string> out;
    for (const TimelineMark& m : t.marks)
        if (m.kind == kind)
            out.push_back(std::to_string(m.task) + " " + std::to_string(m.first) + ".." +
                          std::to_string(m.last) + (m.critical ? " critical" : ""));
    return out;
}

using Marks = std::vector<std::string>;

} // namespace

TEST(Timeline, DayColumnsFromKickoffToDeadline) {
    const Timeline t = campaign_timeline();
    ASSERT_EQ(t.scale, TimeScale::Day);
    EXPECT_EQ(to_iso(t.columns.front()), "2027-03-02");
    EXPECT_EQ(to_iso(t.columns.back()), "2027-04-02");
    EXPECT_EQ(to_iso(t.columns[t.deadline_column]), "2027-04-02");
    EXPECT_EQ(to_iso(t.columns[*t.today_column]), "2027-03-10");
    ASSERT_EQ(t.lines.size(), 2u);
    EXPECT_EQ(t.lines[0].kind, LineKind::Deadline);
    EXPECT_EQ(t.lines[0].column, 31u);
    EXPECT_EQ(t.lines[1].kind, LineKind::Today);
    EXPECT_EQ(t.lines[1].column, 8u);
    EXPECT_TRUE(t.non_working[4]);  // Saturday 2027-03-06
    EXPECT_TRUE(t.non_working[27]); // Easter Monday 2027-03-29
    EXPECT_FALSE(t.non_working[0]);
}

TEST(Timeline, BarsSplitAtNonWorkingDaysSlackBeforeBufferAfter) {
    const Timeline t = campaign_timeline();
    // BRIEF Tue 03-02..Mon 03-08 (columns 0..6) around the weekend 03-06/07.
    const Marks bars = marks(t, MarkKind::Bar);
    ASSERT_GE(bars.size(), 2u);
    EXPECT_EQ(bars[0], "0 0..3 critical");
    EXPECT_EQ(bars[1], "0 6..6 critical");
    // TXT (task 3): latest 03-22..03-25, early start 03-10: slack 03-10..03-19 on working days.
    EXPECT_EQ(marks(t, MarkKind::Slack), (Marks{"3 8..10", "3 13..17", "5 29..29", "8 22..23"}));
    // VIS (task 2) ends Tue 03-23; its 2-day buffer is Wed 03-24 and Thu 03-25.
    EXPECT_EQ(marks(t, MarkKind::Buffer), (Marks{"2 22..23 critical"}));
    EXPECT_EQ(marks(t, MarkKind::Milestone), (Marks{"7 31..31 critical"})); // GO on 04-02
    EXPECT_TRUE(marks(t, MarkKind::Due).empty());
    // Paint order: every slack, then every bar, buffer, milestone.
    for (std::size_t i = 1; i < t.marks.size(); ++i)
        EXPECT_LE(t.marks[i - 1].kind, t.marks[i].kind);
}

TEST(Timeline, DueDatesAndBuffersAfterTheBar) {
    // A (3 days) is due Wed 03-24; B (2 days, buffer 1) follows it and the deadline is Fri
    // 04-02: B ends Thu 04-01, its buffer is 04-02; A ends on its due date, Mon 03-22..Wed 03-24.
    const PlanRun r = run_plan("ID,Duration,Predecessors,Buffer,Due\nA,3,,,2027-03-24\n"
                               "B,2,A,1,\n",
                               "2027-04-02");
    ASSERT_TRUE(r.outcome.ok());
    const Timeline t =
        layout_timeline(r.plan, *r.outcome.schedule, Calendar{}, TimeScale::Day, std::nullopt);
    EXPECT_EQ(to_iso(t.columns.front()), "2027-03-22");
    EXPECT_EQ(t.columns.size(), 12u);
    EXPECT_FALSE(t.today_column);
    EXPECT_EQ(marks(t, MarkKind::Due), (Marks{"0 2..2 critical"}));
    EXPECT_EQ(marks(t, MarkKind::Bar), (Marks{"0 0..2 critical", "1 9..10"}));
    // B's early start is Thu 03-25: slack Thu, Fri, Mon, Tue (the weekend is skipped).
    EXPECT_EQ(marks(t, MarkKind::Slack), (Marks{"1 3..4", "1 7..8"}));
    EXPECT_EQ(marks(t, MarkKind::Buffer), (Marks{"1 11..11"}));
}

TEST(Timeline, WeekColumnsGiveASharedColumnToTheBar) {
    const Timeline t = campaign_timeline(TimeScale::Week);
    EXPECT_EQ(to_iso(t.columns.front()), "2027-03-01"); // the Monday of the kick-off week
    EXPECT_EQ(t.columns.size(), 5u);
    EXPECT_EQ(t.deadline_column, 4u);
    EXPECT_EQ(t.non_working, std::vector<bool>(5, false));
    // TXT: slack 03-10..03-19 (weeks 1, 2), bar 03-22..03-25 (week 3).
    EXPECT_EQ(marks(t, MarkKind::Slack)[0], "3 1..2");
    // VIS: bar 03-12..03-23 (weeks 1..3); its buffer 03-24/25 shares week 3 with the bar.
    EXPECT_TRUE(marks(t, MarkKind::Buffer).empty());
    EXPECT_EQ(marks(t, MarkKind::Bar)[2], "2 1..3 critical");
}

TEST(Timeline, MonthColumns) {
    const Timeline t = campaign_timeline(TimeScale::Month);
    ASSERT_EQ(t.columns.size(), 2u);
    EXPECT_EQ(to_iso(t.columns[0]), "2027-03-01");
    EXPECT_EQ(to_iso(t.columns[1]), "2027-04-01");
    EXPECT_EQ(t.deadline_column, 1u);
    EXPECT_EQ(marks(t, MarkKind::Bar)[0], "0 0..0 critical");
    EXPECT_EQ(t.column_of(make_date(2027, 4, 30)), 1u);
}

TEST(Timeline, RangeCountsDaysWeeksAndMonths) {
    const TimelineRange r{.first = make_date(2027, 3, 12), .last = make_date(2027, 10, 14)};
    EXPECT_EQ(r.days(), 217u);
    EXPECT_EQ(r.weeks(), 32u); // Monday 03-08 to Monday 10-11
    EXPECT_EQ(r.months(), 8u);
    EXPECT_EQ(r.columns(TimeScale::Week), 32u);
}

TEST(Timeline, MonthNamesRepeatOnMondaysInDayColumns) {
    const Timeline t = campaign_timeline();
    // Columns 0 = Tue 03-02 .. 31 = Fri 04-02. March is named at 0, again on the Mondays 03-15
    // (13) and 03-22 (20), not on 03-29 (27: three days before April), and April at 30.
    std::vector<std::string> got;
    for (const PeriodLabel& l : period_labels(t))
        got.push_back(std::to_string(l.column) + (l.repeat ? "r" : "") + "+" +
                      std::to_string(l.span));
    // Each with the columns it has before the next (April: 04-01 and 04-02).
    EXPECT_EQ(got, (std::vector<std::string>{"0+13", "13r+7", "20r+10", "30+2"}));
    // Week columns: every month once (a month of weeks is short).
    const Timeline w = campaign_timeline(TimeScale::Week);
    ASSERT_EQ(period_labels(w).size(), 1u); // the 5 weeks start in March
}

TEST(Timeline, IsoWeekNumbers) {
    EXPECT_EQ(iso_week(make_date(2027, 4, 2)), 13u);
    EXPECT_EQ(iso_week(make_date(2027, 1, 1)), 53u); // Friday: week 53 of 2026
    EXPECT_EQ(iso_week(make_date(2026, 12, 31)), 53u);
    EXPECT_EQ(iso_week(make_date(2025, 12, 29)), 1u); // Monday of 2026's week 1
}

TEST(SheetScan, HeaderRowAndLabelledSettings) {
    std::vector<std::vector<Cell>> rows = {
        {Cell::of_text("Date de lancement :"), Cell::of_number(46479)},
        {Cell::of_text("Jours fériés"), Cell::of_number(46475), Cell::of_number(46478)},
        {Cell::of_text("Weekend"), Cell::of_text("0000011")},
        {Cell::of_text("Aujourd'hui"), Cell::of_number(46450)},
        {},
        {Cell::of_text("N°"), Cell::of_text("Tâche"), Cell::of_text("Durée")},
        {Cell::of_text("A"), Cell::of_text("x"), Cell::of_number(1)},
    };
    ASSERT_EQ(find_header_row(rows), 5u);
    const LabelledSettings s = find_labelled_settings(rows, 5);
    EXPECT_TRUE(s.has_deadline);
    EXPECT_EQ(s.deadline.number, 46479);
    ASSERT_EQ(s.holidays.size(), 2u);
    EXPECT_EQ(s.weekend.text, "0000011");
    EXPECT_EQ(s.start.number, 46450);
    // Where each was read, for the formulas that must read the same cells.
    ASSERT_TRUE(s.deadline_at && s.holidays_at && s.weekend_at && s.start_at);
    const auto span = [](const LabelledAt& a) {
        return std::array<std::size_t, 4>{a.first_row, a.last_row, a.first_column, a.last_column};
    };
    EXPECT_EQ(span(*s.deadline_at), (std::array<std::size_t, 4>{0, 0, 1, 1}));
    EXPECT_EQ(span(*s.holidays_at), (std::array<std::size_t, 4>{1, 1, 1, 2}));
    EXPECT_EQ(span(*s.weekend_at), (std::array<std::size_t, 4>{2, 2, 1, 1}));
    EXPECT_EQ(span(*s.start_at), (std::array<std::size_t, 4>{3, 3, 1, 1}));
    EXPECT_FALSE(find_header_row({{Cell::of_text("Deadline"), Cell::of_number(1)}}));
}

TEST(RebuildPlan, NamedSettingsWinOverLabels) {
    RebuildInput in;
    in.rows = {{Cell::of_text("Deadline"), Cell::of_text("2027-05-07")},
               {Cell::of_text("ID"), Cell::of_text("Duration")},
               {Cell::of_text("A"), Cell::of_number(2)}};
    in.first_row = 3;
    in.named.deadline = Cell::of_text("2027-04-02");
    RebuildPlan p = prepare_rebuild(in);
    ASSERT_TRUE(p.problems.empty()) << format_problem(p.problems[0], Lang::En);
    EXPECT_EQ(to_iso(p.schedule->dates[0].end), "2027-04-02");
    EXPECT_EQ(p.plan.tasks[0].row, 5);
    // The settings the schedule was made with, for the commands that need its calendar too.
    ASSERT_TRUE(p.settings);
    EXPECT_EQ(to_iso(p.settings->options.deadline), "2027-04-02");
    EXPECT_FALSE(p.settings->options.start);
    EXPECT_EQ(p.sources.deadline.from, SettingSource::From::Named);
    EXPECT_EQ(p.sources.deadline.name, "RETRO_DEADLINE");
    EXPECT_EQ(p.sources.holidays.from, SettingSource::From::Default);
    in.named = {};
    p = prepare_rebuild(in);
    EXPECT_EQ(to_iso(p.schedule->dates[0].end), "2027-05-07");
    // The label's value cell, B3 on the sheet (rows[0] is sheet row 3).
    EXPECT_EQ(p.sources.deadline.from, SettingSource::From::Cells);
    EXPECT_EQ((std::array{p.sources.deadline.first_row, p.sources.deadline.last_row,
                          p.sources.deadline.first_column, p.sources.deadline.last_column}),
              (std::array{2, 2, 1, 1}));
}

TEST(RebuildPlan, MissingDeadlineAndBadRowsAreReported) {
    RebuildInput in;
    in.rows = {{Cell::of_text("ID"), Cell::of_text("Duration"), Cell::of_text("Predecessors")},
               {Cell::of_text("A"), Cell::of_number(2), Cell::of_text("B")},
               {Cell::of_text("B"), Cell::of_number(2), Cell::of_text("A")}};
    in.first_column = 2;
    const RebuildPlan none = prepare_rebuild(in);
    ASSERT_EQ(none.problems.size(), 2u); // no deadline, and the rows are still checked
    EXPECT_EQ(none.problems[0].id, ProblemId::NoDeadline);
    EXPECT_EQ(none.problems[1].id, ProblemId::Cycle);
    in.named.deadline = Cell::of_text("2027-04-02");
    const RebuildPlan p = prepare_rebuild(in);
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0].id, ProblemId::Cycle);
    EXPECT_EQ(p.problems[0].column, "E (Predecessors)");
    EXPECT_FALSE(p.settings);
}

// The add-in reads the top of the task sheet for the header and labels, and the table's
// recognised columns on their own: the plan it read is scheduled with the labels' settings.
TEST(RebuildPlan, APlanReadByTheShellIsUsedWithTheLabelsAboveIt) {
    RebuildInput in;
    in.rows = {{Cell::of_text("Deadline"), Cell::of_text("2027-04-02")},
               {Cell::of_text("ID"), Cell::of_text("Notes"), Cell::of_text("Duration")}};
    in.first_row = 1;
    Table t;
    t.first_row = 2;
    t.column_labels = {"A", "C"};
    t.rows = {{Cell::of_text("ID"), Cell::of_text("Duration")},
              {Cell::of_text("A"), Cell::of_number(3)}};
    in.plan = read_table(std::move(t));
    RebuildPlan p = prepare_rebuild(in);
    ASSERT_TRUE(p.problems.empty()) << format_problem(p.problems[0], Lang::En);
    EXPECT_EQ(p.plan.tasks[0].row, 3);
    EXPECT_EQ(to_iso(p.schedule->dates[0].start), "2027-03-31"); // Wed..Fri
    // A settings range that could not be read comes first and stops the rebuild.
    in.plan = read_table(Table{{{Cell::of_text("ID"), Cell::of_text("Duration")},
                                {Cell::of_text("A"), Cell::of_number(3)}},
                               2,
                               {"A", "C"}});
    in.named.problems.push_back(
        {.id = ProblemId::TableTooLarge, .column = "RETRO_HOLIDAYS", .value = "9", .detail = "8"});
    p = prepare_rebuild(in);
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0].id, ProblemId::TableTooLarge);
}

// Model §11 at Friday 2027-03-19. Columns count days from Mon 03-01 (the earliest forecast
// start, BRIEF's actual start) to Wed 04-07 (GO's expected day); 03-29 is Easter Monday.
TEST(Timeline, FollowUpMarksOfTheWorkedExampleWithProgress) {
    const char* csv =
        "ID,Duration,Predecessors,Buffer,Actual start,Actual end,Progress,Baseline end\n"
        "BRIEF,5,,,2027-03-01,2027-03-05,,2027-03-08\n"
        "MSG,3,BRIEF,,2027-03-08,2027-03-12,,2027-03-11\n"
        "VIS,8,MSG,2,2027-03-15,,25%,2027-03-23\n"
        "TXT,4,MSGSS+1,,,,,2027-03-25\n"
        "VAL,2,VIS;TXT,,,,,2027-03-30\n"
        "PR,2,VAL,,,,,2027-04-02\n"
        "PROG,3,VAL,,,,,2027-04-02\n"
        "GO,0,PROG,,,,,2027-04-02\n"
        "SOC,5,VIS-2,,,,,2027-04-02\n"
        "WEB,6,BRIEF,,2027-03-15,,50%,2027-04-02\n";
    const PlanRun r = run_plan(csv, "2027-04-02", {"2027-03-29"}, "2027-03-19");
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    const Calendar cal(WeekendMask{}, {make_date(2027, 3, 29)});
    const Timeline t =
        layout_timeline(r.plan, *r.outcome.schedule, cal, TimeScale::Day, make_date(2027, 3, 19));
    EXPECT_EQ(to_iso(t.columns.front()), "2027-03-01");
    EXPECT_EQ(to_iso(t.columns.back()), "2027-04-07");
    // BRIEF and MSG at their actual dates, and no bar, slack or buffer of theirs.
    EXPECT_EQ(marks(t, MarkKind::Done), (Marks{"0 0..4", "1 7..11"}));
    for (const TimelineMark& m : t.marks) {
        if (m.task <= 1) {
            EXPECT_TRUE(m.kind == MarkKind::Done || m.kind == MarkKind::Baseline);
        }
    }
    // VIS: 2 of its 8 days done, the first two of its bar (Fri 03-12, Mon 03-15); WEB 3 of 6
    // (Thu 03-25, Fri 03-26, Tue 03-30).
    EXPECT_EQ(marks(t, MarkKind::Progress),
              (Marks{"2 11..11 critical", "2 14..14 critical", "9 24..25", "9 29..29"}));
    // The late ones, after their latest end up to their expected end: VIS 03-24..03-26 (over
    // its buffer), VAL 03-31..04-02, PR 04-05..04-06, PROG and GO 04-05..04-07, SOC 04-05.
    EXPECT_EQ(marks(t, MarkKind::Overrun),
              (Marks{"2 23..25 critical", "4 30..32 critical", "5 35..36 critical",
                     "6 35..37 critical", "7 35..37 critical", "8 35..35 critical"}));
    // Baseline ends only (no baseline start column): the end's day.
    EXPECT_EQ(marks(t, MarkKind::Baseline),
              (Marks{"0 7..7", "1 10..10", "2 22..22", "3 24..24", "4 29..29", "5 32..32",
                     "6 32..32", "7 32..32", "8 32..32", "9 32..32"}));
    // Without a status date none of them.
    const PlanRun plain = run_plan(csv, "2027-04-02", {"2027-03-29"});
    const Timeline p =
        layout_timeline(plain.plan, *plain.outcome.schedule, cal, TimeScale::Day, std::nullopt);
    for (const MarkKind k :
         {MarkKind::Done, MarkKind::Progress, MarkKind::Overrun, MarkKind::Baseline})
        EXPECT_TRUE(marks(p, k).empty());
}

// Model §8 and §16: a table with progress data is followed at today's date unless a start
// setting says otherwise; the alert window comes from RETRO_ALERT_DAYS or its label.
TEST(RebuildPlan, StatusDateIsTheStartSettingElseTodayWithProgressData) {
    RebuildInput in;
    in.rows = {{Cell::of_text("Deadline"), Cell::of_text("2027-04-02")},
               {Cell::of_text("Alert days"), Cell::of_number(3)},
               {Cell::of_text("ID"), Cell::of_text("Duration"), Cell::of_text("Progress")},
               {Cell::of_text("A"), Cell::of_number(2), Cell::of_text("50%")}};
    in.today = make_date(2027, 3, 30);
    RebuildPlan p = prepare_rebuild(in);
    ASSERT_TRUE(p.problems.empty()) << format_problem(p.problems[0], Lang::En);
    ASSERT_TRUE(p.status_date);
    EXPECT_EQ(to_iso(*p.status_date), "2027-03-30");
    EXPECT_TRUE(p.status_date_is_today);
    EXPECT_FALSE(p.start);
    ASSERT_TRUE(p.schedule->follow_up);
    EXPECT_EQ(p.schedule->follow_up->alert_days, 3);
    EXPECT_EQ(p.sources.alert_days.from, SettingSource::From::Cells);
    // A named range wins over the label.
    in.named.alert_days = Cell::of_number(0);
    p = prepare_rebuild(in);
    EXPECT_EQ(p.schedule->follow_up->alert_days, 0);
    EXPECT_EQ(p.sources.alert_days.name, "RETRO_ALERT_DAYS");
    // The start setting is the status date.
    in.named.start = Cell::of_text("2027-03-26");
    p = prepare_rebuild(in);
    EXPECT_EQ(to_iso(*p.status_date), "2027-03-26");
    EXPECT_FALSE(p.status_date_is_today);
    EXPECT_EQ(to_iso(*p.start), "2027-03-26");
    // No progress column and no start: no status date, no follow-up.
    in.named = {};
    in.rows[2][2] = Cell::of_text("Notes");
    p = prepare_rebuild(in);
    ASSERT_TRUE(p.problems.empty()) << format_problem(p.problems[0], Lang::En);
    EXPECT_FALSE(p.status_date);
    EXPECT_FALSE(p.schedule->follow_up);
}

// Widths worked out from the rule in timeline_fit.hpp (1,460 px of cells).
TEST(TimelineFit, DayColumnsWhileTheyFitTheWindowThenWeeksThenMonths) {
    const auto range = [](int y0, unsigned m0, unsigned d0, int y1, unsigned m1, unsigned d1) {
        return TimelineRange{.first = make_date(y0, m0, d0), .last = make_date(y1, m1, d1)};
    };
    // The worked example: 32 days; 560 px of task columns leave 900: 28 px a day.
    GridFit f = fit_grid(range(2027, 3, 2, 2027, 4, 2), 560);
    EXPECT_EQ(f.scale, TimeScale::Day);
    EXPECT_EQ(f.column_px, 28);
    // 40 days need 880 px at 22 px: still days, at 22.
    f = fit_grid(range(2027, 3, 1, 2027, 4, 9), 560);
    EXPECT_EQ(f.scale, TimeScale::Day);
    EXPECT_EQ(f.column_px, 22);
    // 41 days do not (902 px): weeks (Mondays 03-01 .. 04-05: 6), as wide as allowed.
    f = fit_grid(range(2027, 3, 1, 2027, 4, 10), 560);
    EXPECT_EQ(f.scale, TimeScale::Week);
    EXPECT_EQ(f.column_px, 60);
    // The corporate event, 03-12 .. 10-14: 32 weeks in 900 px, 28 px each.
    f = fit_grid(range(2027, 3, 12, 2027, 10, 14), 560);
    EXPECT_EQ(f.scale, TimeScale::Week);
    EXPECT_EQ(f.column_px, 28);
    // 20 months (too many weeks: 83 × 22 px): 45 px each. Three years: 36 px, and they scroll.
    f = fit_grid(range(2027, 1, 4, 2028, 8, 4), 560);
    EXPECT_EQ(f.scale, TimeScale::Month);
    EXPECT_EQ(f.column_px, 45);
    f = fit_grid(range(2027, 1, 4, 2030, 1, 4), 560);
    EXPECT_EQ(f.scale, TimeScale::Month);
    EXPECT_EQ(f.column_px, 36);
}

TEST(TimelineFit, ColumnsWidenOnlyAsFarAsThePageProportionsAsk) {
    // 13 tasks under 5.8 cm: 17.5 cm high at 0.9 cm a row, so 25.5 cm (964 px) wide at the
    // printable page's 27.7 × 19 proportions.
    EXPECT_EQ(page_width_px(5800, 13), 964);
    // The French campaign, 10 weeks beside 620 px of task columns: (964 - 620) / 10 = 34 px.
    const TimelineRange campaign{.first = make_date(2027, 3, 15), .last = make_date(2027, 5, 20)};
    GridFit f = fit_grid(campaign, 620, 964);
    EXPECT_EQ(f.scale, TimeScale::Week);
    EXPECT_EQ(f.column_px, 34);
    // The page asks for less than the minimum: the minimum; the scale is the window's choice.
    const TimelineRange example{.first = make_date(2027, 3, 2), .last = make_date(2027, 4, 2)};
    f = fit_grid(example, 560, 700);
    EXPECT_EQ(f.scale, TimeScale::Day);
    EXPECT_EQ(f.column_px, 22);
}

TEST(TimelineFit, SixMonthsFitInWeeksBesideWideTaskColumns) {
    // Six months touch at most 28 weeks (616 px at 22 px): task columns up to 844 px leave room.
    for (unsigned month = 1; month <= 12; ++month) {
        const Date first = make_date(2027, month, 1);
        const TimelineRange r{.first = first, .last = first + std::chrono::days{185}};
        EXPECT_LE(r.weeks(), 28u);
        EXPECT_EQ(fit_grid(r, 844).scale, TimeScale::Week) << month;
    }
    const TimelineRange worst{.first = make_date(2027, 3, 7), .last = make_date(2027, 9, 13)};
    EXPECT_EQ(worst.weeks(), 29u); // a Sunday to a Monday: 190 days
    EXPECT_EQ(fit_grid(worst, 844).scale, TimeScale::Month);
}

TEST(TimelineFit, PageZoomFillsTheWidthAndRowsFillTheHeight) {
    // A window-wide sheet (1,460 px = 38,629 hundredths of a mm) of 15 tasks under 5 cm of
    // summary and headers: the width's zoom is 0.98 × 27,700 / 38,629 = 0.7027, 70 %; rows as
    // tall as allowed (0.9 cm) and the 18.5 cm sheet prints 13 cm high on one page.
    PageFit p = fit_page(38629, 5000, 15);
    EXPECT_EQ(p.zoom_percent, 70);
    EXPECT_EQ(p.task_row, 900);
    EXPECT_EQ(p.pages_across, 1);
    EXPECT_EQ(p.pages_down, 1);
    // 26 cm wide, 13 tasks: 0.98 × 27,700 / 26,000 = 1.044.
    p = fit_page(26000, 5000, 13);
    EXPECT_EQ(p.zoom_percent, 104);
    EXPECT_EQ(p.task_row, 900);
    // 30 tasks: rows of (0.98 × 19,000 / 0.7027 − 5,000) / 30 = 716 fill the page's height.
    p = fit_page(38629, 5000, 30);
    EXPECT_EQ(p.zoom_percent, 70);
    EXPECT_EQ(p.task_row, 716);
    EXPECT_EQ(p.pages_down, 1);
    // 60 tasks: rows of 0.5 cm, 35 cm at 70 % is 24.5 cm: two pages down, text still at 7 pt.
    p = fit_page(38629, 5000, 60);
    EXPECT_EQ(p.zoom_percent, 70);
    EXPECT_EQ(p.task_row, 500);
    EXPECT_EQ(p.pages_down, 2);
    // 40 tasks on a 26-cm sheet: one page would need 74 % instead of 104 %: two pages at 104 %.
    p = fit_page(26000, 5000, 40);
    EXPECT_EQ(p.zoom_percent, 104);
    EXPECT_EQ(p.pages_down, 2);
    // Wider than a page at 70 % (months that scroll): 70 %, several pages across.
    p = fit_page(60000, 5000, 10);
    EXPECT_EQ(p.zoom_percent, 70);
    EXPECT_EQ(p.pages_across, 2);
}
