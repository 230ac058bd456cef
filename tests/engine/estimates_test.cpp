// The three-point columns (model §13): read with the plan, checked with every other row value.
#include "plan_helpers.hpp"

using namespace retroplan;
using namespace retroplan::test;

TEST(Estimates, ReadAsDurationsAreWritten) {
    const PlanRun r = run_plan("ID,Duration,Optimiste,Probable,Pessimiste\n"
                               "A,3,2,3,1w\nB,4,,,\nC,2,2j,2d,2\n",
                               "2027-04-02");
    ASSERT_TRUE(r.outcome.ok()) << problem_codes(r.outcome.problems);
    const Graph g = build_graph(r.plan, Calendar{}).graph;
    ASSERT_EQ(g.estimate.size(), 3u);
    EXPECT_EQ(g.estimate[0].optimistic, 2);
    EXPECT_EQ(g.estimate[0].most_likely, 3);
    EXPECT_EQ(g.estimate[0].pessimistic, 5);
    EXPECT_TRUE(g.estimate[0].uncertain());
    // No estimate: the fixed duration, certain.
    EXPECT_EQ(g.estimate[1].optimistic, 4);
    EXPECT_EQ(g.estimate[1].pessimistic, 4);
    EXPECT_FALSE(g.estimate[1].uncertain());
    EXPECT_FALSE(g.estimate[2].uncertain());
    EXPECT_TRUE(build_graph(run_plan("ID,Duration\nA,1\n", "2027-04-02").plan, Calendar{})
                    .graph.estimate.empty());
}

TEST(Estimates, ProblemsNameTheValueInBothLanguages) {
    const PlanRun r = run_plan("ID,Duration,Optimistic,Most likely,Pessimistic\n"
                               "A,3,two,3,5\nB,3,4,3,5\nC,3,1,,5\n",
                               "2027-04-02");
    ASSERT_EQ(problem_codes(r.outcome.problems),
              "bad_estimate@2 estimate_order@3 incomplete_estimate@4 ");
    const auto& p = r.outcome.problems;
    EXPECT_EQ(
        format_problem(p[0], Lang::En),
        "row 2, column \u201COptimistic\u201D: estimate \u201Ctwo\u201D is not a whole number "
        "of working days ≥ 0 (write 5, 5d or 2w) [bad_estimate]");
    EXPECT_EQ(
        format_problem(p[0], Lang::Fr),
        "ligne 2, colonne « Optimistic » : l'estimation « two » n'est pas un nombre entier de "
        "jours ouvrés ≥ 0 (écrire 5, 5j ou 2sem) [bad_estimate]");
    EXPECT_EQ(format_problem(p[1], Lang::En),
              "row 3, column \u201CMost likely\u201D: estimate \u201C3\u201D breaks optimistic ≤ "
              "most likely ≤ pessimistic (here 4 / 3 / 5) [estimate_order]");
    EXPECT_EQ(format_problem(p[1], Lang::Fr),
              "ligne 3, colonne « Most likely » : l'estimation « 3 » ne respecte pas optimiste ≤ "
              "probable ≤ pessimiste (ici 4 / 3 / 5) [estimate_order]");
    EXPECT_EQ(format_problem(p[2], Lang::En),
              "row 4, column \u201CMost likely\u201D: the three-point estimate is incomplete: give "
              "the optimistic, most likely and pessimistic durations together, or none (missing: "
              "most likely) [incomplete_estimate]");
}

TEST(Estimates, MissingColumnMakesEveryEstimateIncomplete) {
    const PlanRun r = run_plan("ID,Durée,Optimiste,Pessimiste\nA,3,2,5\nB,3,,\n", "2027-04-02");
    ASSERT_EQ(problem_codes(r.outcome.problems), "incomplete_estimate@2 ");
    EXPECT_EQ(format_problem(r.outcome.problems[0], Lang::Fr),
              "ligne 2 : l'estimation en trois points est incomplète : indiquez les durées "
              "optimiste, probable et pessimiste ensemble, ou aucune (manque : probable) "
              "[incomplete_estimate]");
}

TEST(Estimates, ErrorCellIsReportedOnce) {
    Table t;
    t.rows = {{Cell::of_text("ID"), Cell::of_text("Duration"), Cell::of_text("Optimistic"),
               Cell::of_text("Most likely"), Cell::of_text("Pessimistic")},
              {Cell::of_text("A"), Cell::of_number(3), Cell::of_error("#DIV/0!"),
               Cell::of_number(3), Cell::of_number(5)}};
    const PlanInput plan = read_table(std::move(t));
    const Outcome out = schedule(plan, Calendar{}, Options{make_date(2027, 4, 2), {}});
    EXPECT_EQ(problem_codes(out.problems), "error_value@2 ");
}
