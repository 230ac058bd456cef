#include "plan_helpers.hpp"

using namespace retroplan;
using namespace retroplan::test;

namespace {

const char* const kCampaign = R"(ID,Name,Duration,Predecessors,Buffer
BRIEF,Brief & KPIs,5,,
MSG,Message validated,3,BRIEF,
VIS,Visuals,8,MSG,2
TXT,Copywriting,4,MSGSS+1,
VAL,Client sign-off,2,VIS;TXT,
PR,Press release,2,VAL,
PROG,Scheduling posts,3,VAL,
GO,Launch,0,PROG,
SOC,Social teasing,5,VIS-2,
)";

} // namespace

TEST(WorkedExample, LatestDatesAndSlack) {
    const PlanRun r = run_plan(kCampaign, "2027-04-02", {"2027-03-29"});
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    EXPECT_EQ(row_of(r, "BRIEF"), "2027-03-02 2027-03-08 0 0 C");
    EXPECT_EQ(row_of(r, "MSG"), "2027-03-09 2027-03-11 0 0 C");
    EXPECT_EQ(row_of(r, "VIS"), "2027-03-12 2027-03-23 0 0 C");
    EXPECT_EQ(row_of(r, "TXT"), "2027-03-22 2027-03-25 8 8 -");
    EXPECT_EQ(row_of(r, "VAL"), "2027-03-26 2027-03-30 0 0 C");
    EXPECT_EQ(row_of(r, "PR"), "2027-04-01 2027-04-02 1 1 -");
    EXPECT_EQ(row_of(r, "PROG"), "2027-03-31 2027-04-02 0 0 C");
    EXPECT_EQ(row_of(r, "GO"), "2027-04-02 2027-04-02 0 0 C");
    EXPECT_EQ(row_of(r, "SOC"), "2027-03-26 2027-04-02 2 2 -");
    EXPECT_EQ(to_iso(r.outcome.schedule->kickoff_date), "2027-03-02");
    EXPECT_EQ(r.outcome.schedule->late_by, 0);
    EXPECT_EQ(early_of(r, "TXT"), "2027-03-10 2027-03-15");
    EXPECT_EQ(early_of(r, "SOC"), "2027-03-24 2027-03-31");
}

TEST(WorkedExample, LateStartGivesNegativeSlack) {
    const PlanRun r = run_plan(kCampaign, "2027-04-02", {"2027-03-29"}, "2027-03-04");
    ASSERT_TRUE(r.outcome.ok());
    const auto& s = *r.outcome.schedule;
    EXPECT_EQ(s.late_by, 2);
    for (const char* id : {"BRIEF", "MSG", "VIS", "VAL", "PROG", "GO"})
        EXPECT_EQ(row_of(r, id).substr(22, 5), "-2 -2") << id;
    EXPECT_EQ(row_of(r, "TXT"), "2027-03-22 2027-03-25 6 6 -");
    EXPECT_EQ(row_of(r, "PR"), "2027-04-01 2027-04-02 -1 -1 C");
    EXPECT_EQ(row_of(r, "SOC"), "2027-03-26 2027-04-02 0 0 C");
    EXPECT_EQ(early_of(r, "BRIEF"), "2027-03-04 2027-03-10");
}

TEST(BackwardPass, DeadlineOnWeekendMeansTheFridayBefore) {
    const PlanRun r = run_plan("id,duration\nA,1\nM,0\n", "2027-04-04");
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(row_of(r, "A"), "2027-04-02 2027-04-02 0 0 C");
    EXPECT_EQ(row_of(r, "M"), "2027-04-02 2027-04-02 1 1 -");
}

TEST(ForwardPass, StartOnWeekendMeansTheMondayAfter) {
    const PlanRun r = run_plan("id,duration\nA,1\n", "2027-04-09", {}, "2027-04-03");
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(early_of(r, "A"), "2027-04-05 2027-04-05");
    EXPECT_EQ(row_of(r, "A"), "2027-04-09 2027-04-09 4 4 -");
}

TEST(Passes, SeparateFunctionsAgreeWithTheEntryPoint) {
    const PlanRun r = run_plan(kCampaign, "2027-04-02", {"2027-03-29"});
    const Calendar cal(WeekendMask{}, {make_date(2027, 3, 29)});
    const GraphBuild built = build_graph(r.plan, cal);
    ASSERT_TRUE(built.problems.empty());
    const TopoOrder topo = topological_order(built.graph);
    ASSERT_EQ(topo.order.size(), 9u);
    std::vector<WorkIndex> ls;
    const WorkIndex d = *cal.index_on_or_before(make_date(2027, 4, 2));
    backward_pass(built.graph, topo.order, d, ls);
    for (std::size_t i = 0; i < 9; ++i)
        EXPECT_EQ(ls[i], r.outcome.schedule->times[i].ls);
}

TEST(Kickoff, PlanOfMilestonesOnlyKicksOffOnTheDeadline) {
    const PlanRun r = run_plan("id,duration,predecessors\nA,0,\nB,0,A\n", "2027-04-02");
    ASSERT_TRUE(r.outcome.ok());
    EXPECT_EQ(to_iso(r.outcome.schedule->kickoff_date), "2027-04-02");
    EXPECT_EQ(r.outcome.schedule->span, 0);
    EXPECT_EQ(row_of(r, "A"), "2027-04-02 2027-04-02 0 0 C");
}
