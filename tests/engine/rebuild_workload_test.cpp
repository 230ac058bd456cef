// The rebuild's owners and load (model §12): the Level setting read from a label or the named
// range RETRO_LEVEL, the levelled timeline and what it costs in kick-off, worked out by hand.
// Deadline Fri 2027-04-02, weekend Saturday and Sunday.
#include "retroplan/rebuild_plan.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

namespace {

Cell text(const char* t) {
    return Cell::of_text(t);
}

// A (3 days) and B (2 days), both Ana's, no links. Plain: A Wed 03-31 .. Fri 04-02, B Thu 04-01
// .. Fri 04-02: Ana at 200 % on Thu and Fri, kick-off Wed 03-31. Levelled: A first (slack 0
// against B's 1 on the forward pass from Wed 03-31) at Wed .. Fri; B then finds room only before
// Wed: Mon 03-29 .. Tue 03-30. Kick-off Mon 03-29: two working days earlier.
RebuildInput two_tasks(const char* level_label, Cell level) {
    RebuildInput in;
    in.rows = {{text("Deadline"), text("2027-04-02")},
               {text(level_label), std::move(level)},
               {text("ID"), text("Duration"), text("Owner")},
               {text("A"), Cell::of_number(3), text("Ana")},
               {text("B"), Cell::of_number(2), text(" ana ")}};
    return in;
}

} // namespace

TEST(RebuildWorkload, WithoutLevellingTheTimelineKeepsPlainDatesAndFlagsTheOverload) {
    const RebuildPlan p = prepare_rebuild(two_tasks("Notes", text("")));
    ASSERT_TRUE(p.problems.empty());
    EXPECT_FALSE(p.level);
    ASSERT_TRUE(p.workload && p.load());
    EXPECT_FALSE(p.workload->levelled);
    EXPECT_EQ(to_iso(p.schedule->dates[1].start), "2027-04-01");
    EXPECT_EQ(to_iso(p.schedule->kickoff_date), "2027-03-31");
    ASSERT_EQ(p.load()->overloads.size(), 1u);
    EXPECT_EQ(p.load()->overloads[0].tasks, (std::vector<std::int32_t>{0, 1}));
    EXPECT_EQ(p.load()->overloaded, (std::vector<std::uint8_t>{1, 1}));
}

TEST(RebuildWorkload, LisserOuiLevelsTheTimelineAndCostsTwoWorkingDays) {
    const RebuildPlan p = prepare_rebuild(two_tasks("Lisser :", text("oui")));
    ASSERT_TRUE(p.problems.empty());
    EXPECT_TRUE(p.level);
    ASSERT_TRUE(p.workload && p.workload->levelled);
    EXPECT_EQ(p.workload->levelled->kickoff_cost, 2);
    EXPECT_EQ(to_iso(p.schedule->dates[0].start), "2027-03-31");
    EXPECT_EQ(to_iso(p.schedule->dates[1].start), "2027-03-29");
    EXPECT_EQ(to_iso(p.schedule->dates[1].end), "2027-03-30");
    EXPECT_EQ(to_iso(p.schedule->kickoff_date), "2027-03-29");
    EXPECT_TRUE(p.load()->overloads.empty());
    // The plain plan stays known: its kick-off is where the cost is counted from.
    EXPECT_EQ(p.workload->plan->kickoff - p.schedule->kickoff, 2);
}

TEST(RebuildWorkload, TheNamedRangeWinsOverTheLabel) {
    RebuildInput in = two_tasks("Level", Cell::of_boolean(true));
    EXPECT_TRUE(prepare_rebuild(in).level);
    in.named.level = Cell::of_number(0);
    EXPECT_FALSE(prepare_rebuild(in).level);
    in = two_tasks("Notes", text(""));
    in.named.level = text("YES");
    EXPECT_TRUE(prepare_rebuild(in).level);
}

TEST(RebuildWorkload, ALevelThatIsNeitherYesNorNoIsSaid) {
    const RebuildPlan p = prepare_rebuild(two_tasks("Lisser", text("peut-être")));
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_FALSE(p.schedule);
    EXPECT_EQ(format_problem(p.problems[0], Lang::Fr),
              "le réglage de lissage « peut-être » n'est ni oui ni non (écrire oui, non, VRAI ou "
              "FAUX ; vide : pas de lissage) [bad_level]");
    RebuildInput in = two_tasks("Notes", text(""));
    in.named.level = Cell::of_error("#N/A");
    const RebuildPlan e = prepare_rebuild(in);
    ASSERT_EQ(e.problems.size(), 1u);
    EXPECT_EQ(format_problem(e.problems[0], Lang::En),
              "the levelling setting holds the error #N/A: fix the formula or the value "
              "(Retroplan does not read it as empty) [error_value]");
}

TEST(RebuildWorkload, NoOwnerColumnNoWorkload) {
    RebuildInput in;
    in.rows = {{text("Deadline"), text("2027-04-02")},
               {text("Level"), text("yes")},
               {text("ID"), text("Duration")},
               {text("A"), Cell::of_number(3)}};
    const RebuildPlan p = prepare_rebuild(in);
    ASSERT_TRUE(p.problems.empty());
    EXPECT_FALSE(p.workload);
    EXPECT_EQ(p.load(), nullptr);
    EXPECT_EQ(to_iso(p.schedule->kickoff_date), "2027-03-31");
}

TEST(RebuildWorkload, ACapacityTablesProblemStopsTheRebuild) {
    RebuildInput in = two_tasks("Notes", text(""));
    Table capacity;
    capacity.rows = {{text("Person"), text("Capacity")}, {text("Ana"), text("lots")}};
    in.named.capacity = capacity;
    const RebuildPlan p = prepare_rebuild(in);
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0].id, ProblemId::BadCapacity);
    EXPECT_FALSE(p.schedule);
}

TEST(SheetScan, LevelLabelsAndYesNoValues) {
    for (const char* label : {"Level", "Levelling", "LISSER", "Lissage :"})
        EXPECT_EQ(recognise_setting_label(label), Setting::Level) << label;
    for (const char* yes : {"yes", "Oui", " TRUE ", "vrai", "x", "1"})
        EXPECT_EQ(read_yes_no(text(yes)), true) << yes;
    for (const char* no : {"no", "NON", "false", "Faux", "0"})
        EXPECT_EQ(read_yes_no(text(no)), false) << no;
    EXPECT_EQ(read_yes_no(Cell::of_boolean(true)), true);
    EXPECT_EQ(read_yes_no(Cell::of_number(0)), false);
    EXPECT_FALSE(read_yes_no(Cell::of_number(2)));
    EXPECT_FALSE(read_yes_no(text("maybe")));
    EXPECT_FALSE(read_yes_no(Cell{}));
    // On the header row a level label is a setting only with a yes/no value to its right.
    EXPECT_TRUE(is_setting_value(Setting::Level, text("oui"), std::nullopt));
    EXPECT_FALSE(is_setting_value(Setting::Level, text("Owner"), std::nullopt));
}
