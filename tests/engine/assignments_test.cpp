// Who does each task (model §12): splitting owner cells, comparing names, reading allocations.
#include "plan_helpers.hpp"

#include "retroplan/assignments.hpp"

using namespace retroplan;
using namespace retroplan::test;

namespace {

std::string names(std::string_view cell) {
    std::string out;
    for_each_person(cell, [&](std::string_view n) { (out += std::string(n)) += '|'; });
    return out;
}

std::string share_of(const Cell& c) {
    const auto s = parse_share(c);
    return s ? std::to_string(*s) : "none";
}

} // namespace

TEST(OwnerCells, SplitOnSemicolonCommaAndSlash) {
    EXPECT_EQ(names("Ana; Bob, Chloé / Dan"), "Ana|Bob|Chloé|Dan|");
    EXPECT_EQ(names(" ;Ana;; /"), "Ana|");
    EXPECT_EQ(names(""), "");
}

TEST(PersonKey, TrimmedCaseInsensitiveWhiteSpaceFolded) {
    EXPECT_EQ(person_key("  Ana   Maria "), "ana maria");
    EXPECT_EQ(person_key("ANA\tMARIA"), "ana maria");
    EXPECT_EQ(person_key("Ana\xC2\xA0Maria"), "ana maria"); // no-break space
    EXPECT_EQ(person_key("ÉLODIE"), person_key("élodie"));
    EXPECT_EQ(person_key("HELENE"), person_key("Hélène")); // capitals often lose their accents
    EXPECT_NE(person_key("Ana-Maria"), person_key("Ana Maria"));
}

TEST(People, FirstSpellingNamesThePerson) {
    People p;
    EXPECT_EQ(p.add("Ana  Maria"), 0);
    EXPECT_EQ(p.add("Bob"), 1);
    EXPECT_EQ(p.add(" ana maria"), 0);
    EXPECT_EQ(p.name(0), "Ana Maria");
    EXPECT_EQ(p.find("ANA MARIA"), 0);
    EXPECT_EQ(p.find("Chloé"), -1);
}

TEST(Shares, NumbersAreFractionsTextMayBePercent) {
    EXPECT_EQ(share_of(Cell::of_number(0.5)), "500000");
    EXPECT_EQ(share_of(Cell::of_number(1)), "1000000");
    EXPECT_EQ(share_of(Cell::of_number(1.0 / 3)), "333333");
    EXPECT_EQ(share_of(Cell::of_text("50%")), "500000");
    EXPECT_EQ(share_of(Cell::of_text(" 12,5 % ")), "125000");
    EXPECT_EQ(share_of(Cell::of_text("80\xE2\x80\xAF%")), "800000"); // narrow no-break space
    EXPECT_EQ(share_of(Cell::of_text("0.25")), "250000");
    EXPECT_EQ(share_of(Cell::of_text("50")), "50000000"); // 5,000 %: the range check rejects it
    EXPECT_EQ(share_of(Cell::of_text("abc")), "none");
    EXPECT_EQ(share_of(Cell::of_text("5%%")), "none");
    EXPECT_EQ(share_of(Cell::of_text("+5%")), "none");
    EXPECT_EQ(share_of(Cell::of_text("nan")), "none");
    EXPECT_EQ(share_of(Cell::of_boolean(true)), "none");
    EXPECT_EQ(share_of(Cell{}), "none");
}

TEST(Shares, PercentTextHasAtMostFourDecimals) {
    EXPECT_EQ(share_percent_text(1'500'000), "150");
    EXPECT_EQ(share_percent_text(333'333), "33.3333");
    EXPECT_EQ(share_percent_text(125'000), "12.5");
    EXPECT_EQ(share_percent_text(0), "0");
    EXPECT_EQ(share_percent(250'000), 25.0);
}

TEST(Assignments, SeveralOwnersEachOnceWithTheTaskShare) {
    const PlanInput plan = plan_from_csv("ID,Duration,Owner,Charge\n"
                                         "A,2,\"Ana; Bob / Chloé\",0.5\n"
                                         "B,2,\"bob, BOB\",\n"
                                         "C,2,,\n");
    const Assignments a = assign_owners(plan);
    ASSERT_EQ(a.people.size(), 3u);
    EXPECT_EQ(a.people_of(0).size(), 3u);
    ASSERT_EQ(a.people_of(1).size(), 1u); // named twice, loaded once
    EXPECT_EQ(a.people_of(1)[0], a.people.find("Bob"));
    EXPECT_TRUE(a.people_of(2).empty());
    EXPECT_EQ(a.share[0], kFullDay / 2);
    EXPECT_EQ(a.share[1], kFullDay);
}

TEST(Allocations, OutOfRangeOrUnreadableIsAProblemInBothLanguages) {
    const PlanRun r = run_plan("ID,Duration,Owner,%\nA,1,Ana,120%\nB,1,Ana,100%\n", "2027-04-02");
    ASSERT_EQ(r.outcome.problems.size(), 1u) << problem_codes(r.outcome.problems);
    const Problem& p = r.outcome.problems[0];
    EXPECT_EQ(p.id, ProblemId::BadAllocation);
    EXPECT_EQ(format_problem(p, Lang::En),
              "row 2, column \u201C%\u201D: load \u201C120%\u201D is not a share of a working day "
              "above 0 % and at most 100 % (write 50% or 0.5) [bad_allocation]");
    EXPECT_EQ(format_problem(p, Lang::Fr),
              "ligne 2, colonne « % » : la charge « 120% » n'est pas une part de journée "
              "supérieure à 0 % et d'au plus 100 % (écrire 50% ou 0,5) [bad_allocation]");
}

TEST(Allocations, AnErrorCellIsReportedOnce) {
    PlanInput plan = plan_from_csv("ID,Duration,Owner,Load\nA,1,Ana,x\n");
    // As Calc would give it: the reader reports error cells once and flags the field.
    Table t;
    t.rows = {
        {Cell::of_text("ID"), Cell::of_text("Duration"), Cell::of_text("Owner"),
         Cell::of_text("Load")},
        {Cell::of_text("A"), Cell::of_number(1), Cell::of_text("Ana"), Cell::of_error("#DIV/0!")}};
    plan = read_table(t);
    const Outcome o = schedule(plan, settings_from_text("2027-04-02"));
    EXPECT_EQ(problem_codes(o.problems), "error_value@2 ");
}
