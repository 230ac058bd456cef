#include "plan_helpers.hpp"

#include <fstream>
#include <iterator>

using namespace retroplan;
using namespace retroplan::test;

TEST(Problems, EveryBadRowIsReportedAtOnce) {
    const PlanRun r = run_plan("ID,Name,Duration,Predecessors,Buffer,Due\n"
                               "A,ok,3.5,,,\n"
                               "B,ok,-2,,x,\n"
                               "A,dup,1,,,\n"
                               "C,ok,1,Z,,\n"
                               "D,ok,1,D,,\n"
                               "E,ok,1,C;CFS,,2027-02-30\n"
                               ",no id,1,,,\n"
                               "F,ok,abc,C+99999999,,\n",
                               "2027-04-02");
    EXPECT_FALSE(r.outcome.ok());
    EXPECT_EQ(problem_codes(r.outcome.problems),
              "bad_duration@2 bad_duration@3 bad_buffer@3 duplicate_id@4 unknown_predecessor@5 "
              "self_link@6 bad_due_date@7 duplicate_link@7 missing_id@8 bad_duration@9 "
              "bad_predecessor@9 ");
}

TEST(Problems, CycleIsNamedInOrder) {
    const PlanRun r = run_plan(
        "ID,Duration,Predecessors\nT1,1,\nT3,1,T9\nT5,1,T3\nT9,1,T5;T1\nT10,1,T9\n", "2027-04-02");
    ASSERT_EQ(r.outcome.problems.size(), 1u);
    const Problem& p = r.outcome.problems[0];
    EXPECT_EQ(p.id, ProblemId::Cycle);
    EXPECT_EQ(p.detail, "T3 \u2192 T5 \u2192 T9 \u2192 T3");
    EXPECT_EQ(p.row, 3);
    EXPECT_NE(format_problem(p, Lang::Fr).find("boucle"), std::string::npos);
}

TEST(Problems, TwoSeparateCyclesAreBothNamed) {
    const PlanRun r =
        run_plan("ID,Duration,Predecessors\nA,1,B\nB,1,A\nC,1,D\nD,1,C\n", "2027-04-02");
    ASSERT_EQ(r.outcome.problems.size(), 2u);
    EXPECT_EQ(r.outcome.problems[0].detail, "A \u2192 B \u2192 A");
    EXPECT_EQ(r.outcome.problems[1].detail, "C \u2192 D \u2192 C");
}

TEST(Problems, DuplicateLinkNamesBothEntries) {
    const PlanRun r =
        run_plan("ID,Duration,Predecessors\nA,1,\nB,1,A;afs\nC,1,A+1;AFS\n", "2027-04-02");
    ASSERT_EQ(r.outcome.problems.size(), 2u) << problem_codes(r.outcome.problems);
    EXPECT_EQ(r.outcome.problems[1].value, "AFS");
    EXPECT_EQ(r.outcome.problems[1].detail, "A+1");
    const std::string msg = format_problem(r.outcome.problems[1], Lang::En);
    EXPECT_NE(msg.find("row 4"), std::string::npos) << msg;
    EXPECT_NE(msg.find("A+1"), std::string::npos) << msg;
    EXPECT_NE(msg.find("AFS"), std::string::npos) << msg;
}

TEST(Problems, SettingsAreChecked) {
    const PlanRun r =
        run_plan("ID,Duration\nA,1\n", "2027-02-30", {"2027-13-01"}, "someday", "1111111");
    EXPECT_EQ(problem_codes(r.settings_problems),
              "bad_deadline@0 bad_start@0 bad_weekend@0 bad_holiday@0 ");
    const PlanRun old = run_plan("ID,Duration\nA,1\n", "1899-12-01");
    EXPECT_EQ(problem_codes(old.settings_problems), "bad_deadline@0 ");
}

TEST(Problems, ScheduleBefore1900IsOutOfRange) {
    const PlanRun r = run_plan("ID,Duration\nA,500\n", "1900-06-01");
    EXPECT_EQ(problem_codes(r.outcome.problems), "date_out_of_range@2 ");
}

TEST(Problems, MessagesNameRowColumnAndValueInBothLanguages) {
    const PlanRun r = run_plan("ID,Tâche,Durée\nA,x,3.5\n", "2027-04-02");
    ASSERT_EQ(r.outcome.problems.size(), 1u);
    EXPECT_EQ(format_problem(r.outcome.problems[0], Lang::En),
              "row 2, column \u201CDurée\u201D: duration \u201C3.5\u201D is not a whole number of "
              "working days ≥ 0 (write 5, 5d or 2w) [bad_duration]");
    EXPECT_EQ(format_problem(r.outcome.problems[0], Lang::Fr),
              "ligne 2, colonne « Durée » : la durée « 3.5 » n'est pas un nombre entier de "
              "jours ouvrés ≥ 0 (écrire 5, 5j ou 2sem) [bad_duration]");
}

// docs/scheduling-model.md §14 lists every ID with its meaning: a new ID is not done without it.
TEST(Problems, EveryIdIsListedInTheModel) {
    std::ifstream in(std::string(RETROPLAN_DOCS_DIR) + "/scheduling-model.md");
    ASSERT_TRUE(in) << "docs/scheduling-model.md not found";
    const std::string doc{std::istreambuf_iterator<char>(in), {}};
    for (const ProblemId id : all_problem_ids()) {
        const std::string row = "| `" + std::string(code(id)) + "` |";
        EXPECT_NE(doc.find(row), std::string::npos) << "no row " << row << " in §14";
    }
}
