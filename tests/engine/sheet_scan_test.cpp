// Settings on the task sheet (docs/scheduling-model.md §16): the labels, and how a header row tells
// a setting from a column. Placements on whole sheets are scenarios (tests/scenarios/sheet_*).
#include "retroplan/sheet_scan.hpp"

#include <gtest/gtest.h>

#include <array>

using namespace retroplan;

namespace {

Cell text(const char* t) {
    return Cell::of_text(t);
}

} // namespace

TEST(SheetScan, EveryDeadlineLabelOfTheIssue) {
    for (const char* label :
         {"Deadline", "Launch", "Launch date", "Go-live", "Go live", "Date de lancement",
          "Lancement", "Échéance", "ECHEANCE :", "Date limite", "Jalon final", "jalon final:"})
        EXPECT_EQ(recognise_setting_label(label), Setting::Deadline) << label;
    for (const char* other : {"Launch plan", "Final", "Go", "Lancement presse", "Duration"})
        EXPECT_FALSE(recognise_setting_label(other)) << other;
}

TEST(SheetScan, AHeaderRowLabelIsASettingOnlyWithAValueOfItsKindToItsRight) {
    using Cells = std::vector<std::size_t>;
    // A date as Calc holds it (a number) or as text; holidays take every date that follows.
    EXPECT_EQ(header_setting_cells(
                  {text("ID"), text("Duration"), text("Deadline"), Cell::of_number(46479)},
                  make_date(1899, 12, 30)),
              (Cells{2, 3}));
    EXPECT_EQ(header_setting_cells({text("Go-live"), text("2027-04-02"), text("ID")}, {}),
              (Cells{0, 1}));
    EXPECT_EQ(header_setting_cells({text("Holidays"), text("2027-03-29"), text("2027-05-06"),
                                    text("ID"), text("Weekend"), text("0000110")},
                                   {}),
              (Cells{0, 1, 2, 4, 5}));
    // Followed by a header, by text that is no date, or by nothing: the due-date column.
    EXPECT_TRUE(header_setting_cells({text("ID"), text("Deadline"), text("Owner")}, {}).empty());
    EXPECT_TRUE(header_setting_cells({text("ID"), text("Deadline"), text("soon")}, {}).empty());
    EXPECT_TRUE(header_setting_cells({text("ID"), text("Duration"), text("Deadline")}, {}).empty());
    EXPECT_TRUE(header_setting_cells({text("Weekend"), text("Notes")}, {}).empty());
}

TEST(SheetScan, LabelsBelowTheHeaderRowCountBesideTheTableOnly) {
    const std::vector<std::vector<Cell>> rows = {
        {text("ID"), text("Name"), text("Duration"), Cell{}, Cell{}},
        {text("A"), text("Deadline"), Cell::of_number(2), Cell{}, text("Start")},
        {text("B"), text("Launch"), Cell::of_number(3), Cell{}, text("2027-03-01")},
        {Cell{}, Cell{}, Cell{}, text("Launch"), text("2027-04-02")},
    };
    const LabelledSettings s = find_labelled_settings(rows, 0);
    ASSERT_TRUE(s.has_deadline); // D4's, not the task names in B
    EXPECT_EQ(s.deadline.text, "2027-04-02");
    EXPECT_EQ(s.start.text, "2027-03-01"); // E2's value, just below it
}

TEST(SheetScan, AValueBelowALabelNeverComesFromTheHeaderRow) {
    const std::vector<std::vector<Cell>> rows = {
        {text("Deadline")},
        {text("ID"), text("Duration")},
        {text("A"), Cell::of_number(2)},
    };
    EXPECT_FALSE(find_labelled_settings(rows, 1).has_deadline);
}

namespace {

// {first_row, last_row, first_column, last_column}: where a value was read, in the rows searched.
std::array<std::size_t, 4> span(const std::optional<LabelledAt>& a) {
    return a ? std::array{a->first_row, a->last_row, a->first_column, a->last_column}
             : std::array<std::size_t, 4>{99, 99, 99, 99};
}

using Span = std::array<std::size_t, 4>;

} // namespace

// The freshness formula reads the cells the rebuild read: each setting's rectangle.
TEST(SheetScan, WhereALabelledValueWasReadOnTheHeaderRow) {
    // Row 0: ID | Duration | Holidays | d | d | Deadline | d | Owner
    const std::vector<std::vector<Cell>> rows = {
        {text("ID"), text("Duration"), text("Holidays"), text("2027-03-29"), text("2027-05-06"),
         text("Deadline"), text("2027-04-02"), text("Owner")},
        {text("A"), Cell::of_number(2)},
    };
    const LabelledSettings s = find_labelled_settings(rows, 0);
    ASSERT_EQ(s.holidays.size(), 2u);
    EXPECT_EQ(span(s.holidays_at), (Span{0, 0, 3, 4})); // D..E, never the Deadline label after
    EXPECT_FALSE(s.holidays_at->to_row_end);
    EXPECT_EQ(span(s.deadline_at), (Span{0, 0, 6, 6}));
}

TEST(SheetScan, WhereALabelledValueWasReadRightOfItsLabel) {
    const std::vector<std::vector<Cell>> rows = {
        // Above the table: holidays to the end of the row read (5 columns).
        {text("Holidays"), text("2027-03-29"), Cell{}, text("2027-05-06"), Cell{}},
        {text("ID"), text("Name"), text("Duration"), Cell{}, Cell{}},
        // Beside the table (D, E have no header): only D..E are read.
        {text("A"), text("x"), Cell::of_number(2), text("Deadline"), text("2027-04-02")},
    };
    const LabelledSettings s = find_labelled_settings(rows, 1);
    ASSERT_EQ(s.holidays.size(), 2u);
    EXPECT_EQ(span(s.holidays_at), (Span{0, 0, 1, 4}));
    EXPECT_TRUE(s.holidays_at->to_row_end);
    EXPECT_EQ(span(s.deadline_at), (Span{2, 2, 4, 4}));

    // Holidays right of a label beside the table stop where the table's columns begin.
    const std::vector<std::vector<Cell>> left = {
        {Cell{}, Cell{}, text("ID"), text("Duration")},
        {text("Holidays"), text("2027-03-29"), text("A"), Cell::of_number(2)},
    };
    const LabelledSettings l = find_labelled_settings(left, 0);
    ASSERT_EQ(l.holidays.size(), 1u);
    EXPECT_EQ(span(l.holidays_at), (Span{1, 1, 1, 1}));
    EXPECT_FALSE(l.holidays_at->to_row_end);
}

TEST(SheetScan, WhereALabelledValueWasReadBelowItsLabel) {
    const std::vector<std::vector<Cell>> rows = {
        {text("Deadline"), Cell{}, text("Holidays"), Cell{}, text("Holidays")},
        {text("2027-04-02"), Cell{}, text("2027-03-29"), Cell{}, text("2027-01-01")},
        {Cell{}, Cell{}, text("2027-05-06"), Cell{}, Cell{}},
        {Cell{}, Cell{}, text("2027-05-14"), Cell{}, Cell{}},
        {text("ID"), text("Duration"), Cell{}, Cell{}, Cell{}},
        {text("A"), Cell::of_number(2)},
    };
    const LabelledSettings s = find_labelled_settings(rows, 4);
    EXPECT_EQ(span(s.deadline_at), (Span{1, 1, 0, 0}));
    // The first Holidays label wins: C2..C4, down to the header row, one column.
    ASSERT_EQ(s.holidays.size(), 3u);
    EXPECT_EQ(span(s.holidays_at), (Span{1, 3, 2, 2}));
    EXPECT_FALSE(s.holidays_at->to_row_end);
    EXPECT_FALSE(s.weekend_at);
    EXPECT_FALSE(s.start_at);
}
