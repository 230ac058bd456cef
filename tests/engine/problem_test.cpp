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
    // 1900-01-01 is a Monday: Friday 06-01 is index 109 of 110 working days. Each task fits
    // alone, but B's 60 days then A's 60 days do not.
    const PlanRun r = run_plan("ID,Duration,Predecessors\nA,60,\nB,60,A\n", "1900-06-01");
    EXPECT_EQ(problem_codes(r.outcome.problems), "date_out_of_range@2 ");
}

// A duration longer than the calendar before the deadline is blamed on its own cell, not on the
// first task whose dates fall out (OBJ, upstream of it). Monday 2027-03-01 is the 33,176th
// working day from Monday 1900-01-01: 33,176 days fill the calendar exactly, 33,177 do not.
TEST(Problems, DurationBeyondTheCalendarNamesItsCell) {
    for (const char* duration : {"46388", "99999", "33177"}) {
        const PlanRun r = run_plan(std::string("ID,Name,Duration,Predecessors\nOBJ,o,5,\n"
                                               "B,b,3,OBJ\nC,c,") +
                                       duration + ",B\n",
                                   "2027-03-01");
        ASSERT_EQ(problem_codes(r.outcome.problems), "bad_duration@4 ") << duration;
        EXPECT_EQ(format_problem(r.outcome.problems[0], Lang::En),
                  std::string("row 4, column \u201CDuration\u201D: duration \u201C") + duration +
                      "\u201D does not fit in the calendar: the task would start before 1900 "
                      "(working days from 1900-01-01 to its due date or the deadline: 33176) "
                      "[bad_duration]");
    }
    // 33,176 days start it on 1900-01-01: B and OBJ fall out, none by itself.
    const PlanRun fits =
        run_plan("ID,Name,Duration,Predecessors\nOBJ,o,5,\nB,b,3,OBJ\nC,c,33176,B\n", "2027-03-01");
    EXPECT_EQ(problem_codes(fits.outcome.problems), "date_out_of_range@2 ");
}

TEST(Problems, DueDateLeavingNoRoomNamesTheDueCell) {
    // Due Monday 1900-01-01 leaves one working day for a five-day task.
    const PlanRun r = run_plan(
        "ID,Duration,Due,Predecessors\nOBJ,5,,\nB,3,,OBJ\nC,5,1900-01-01,B\n", "2027-03-01");
    ASSERT_EQ(problem_codes(r.outcome.problems), "bad_due_date@4 ");
    EXPECT_EQ(r.outcome.problems[0].column, "Due");
    EXPECT_EQ(
        format_problem(r.outcome.problems[0], Lang::Fr),
        "ligne 4, colonne « Due » : l'échéance « 1900-01-01 » laisse trop peu de place : la "
        "tâche (et sa marge) commencerait avant 1900 (jours ouvrés du 1900-01-01 à cette échéance "
        ": 1) "
        "[bad_due_date]");
    // A one-day task fits on that very day; so does a milestone, shown at the end of it.
    for (const char* d : {"1", "0"})
        EXPECT_EQ(problem_codes(run_plan(std::string("ID,Duration,Due\nA,") + d + ",1900-01-01\n",
                                         "2027-03-01")
                                    .outcome.problems),
                  "")
            << d;
}

TEST(Problems, BufferBeyondTheCalendarNamesTheBufferCell) {
    const PlanRun r = run_plan("ID,Duration,Buffer\nA,5,40000\n", "2027-03-01");
    ASSERT_EQ(problem_codes(r.outcome.problems), "bad_buffer@2 ");
    EXPECT_EQ(r.outcome.problems[0].value, "40000");
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
