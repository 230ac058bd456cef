#include "plan_helpers.hpp"

#include "retroplan/rebuild_plan.hpp"
#include "retroplan/sheet_scan.hpp"
#include "retroplan/timeline.hpp"

using namespace retroplan;
using namespace retroplan::test;

namespace {

const char* const kCampaign =
    "ID,Duration,Predecessors,Buffer\nBRIEF,5,,\nMSG,3,BRIEF,\nVIS,8,MSG,2\n"
    "TXT,4,MSGSS+1,\nVAL,2,VIS;TXT,\nPR,2,VAL,\nPROG,3,VAL,\nGO,0,PROG,\n"
    "SOC,5,VIS-2,\n";

Timeline campaign_timeline(std::size_t max_days = 186) {
    const PlanRun r = run_plan(kCampaign, "2027-04-02", {"2027-03-29"});
    const Calendar cal(WeekendMask{}, {make_date(2027, 3, 29)});
    return layout_timeline(*r.outcome.schedule, cal, make_date(2027, 3, 10), max_days);
}

} // namespace

TEST(Timeline, DayColumnsFromKickoffToDeadline) {
    const Timeline t = campaign_timeline();
    ASSERT_EQ(t.scale, TimeScale::Day);
    EXPECT_EQ(to_iso(t.columns.front()), "2027-03-02");
    EXPECT_EQ(to_iso(t.columns.back()), "2027-04-02");
    EXPECT_EQ(to_iso(t.columns[t.deadline_column]), "2027-04-02");
    EXPECT_EQ(to_iso(t.columns[*t.today_column]), "2027-03-10");
    EXPECT_TRUE(t.non_working[4]);  // Saturday 2027-03-06
    EXPECT_TRUE(t.non_working[27]); // Easter Monday 2027-03-29
    EXPECT_FALSE(t.non_working[0]);
}

TEST(Timeline, BarsMilestonesAndSlack) {
    const Timeline t = campaign_timeline();
    const auto& brief = t.bars[0];
    EXPECT_TRUE(brief.critical);
    EXPECT_EQ(to_iso(t.columns[brief.first]), "2027-03-02");
    EXPECT_EQ(to_iso(t.columns[brief.last]), "2027-03-08");
    EXPECT_FALSE(brief.slack_first);
    const auto& txt = t.bars[3]; // latest 03-22..03-25, early start 03-10, slack 8
    EXPECT_FALSE(txt.critical);
    EXPECT_EQ(to_iso(t.columns[*txt.slack_first]), "2027-03-10");
    EXPECT_EQ(to_iso(t.columns[*txt.slack_last]), "2027-03-19");
    const auto& go = t.bars[7];
    EXPECT_TRUE(go.milestone);
    EXPECT_EQ(to_iso(t.columns[go.first]), "2027-04-02");
}

TEST(Timeline, LongPlansUseWeeks) {
    const Timeline t = campaign_timeline(10);
    ASSERT_EQ(t.scale, TimeScale::Week);
    EXPECT_EQ(to_iso(t.columns.front()), "2027-03-01"); // the Monday of the kick-off week
    EXPECT_EQ(t.columns.size(), 5u);
    EXPECT_EQ(t.deadline_column, 4u);
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
    in.named = {};
    p = prepare_rebuild(in);
    EXPECT_EQ(to_iso(p.schedule->dates[0].end), "2027-05-07");
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
    EXPECT_FALSE(p.timeline);
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
    EXPECT_FALSE(p.timeline);
}
