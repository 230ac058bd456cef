// Settings on the task sheet (docs/scheduling-model.md §16): the labels, and how a header row tells
// a setting from a column. Placements on whole sheets are scenarios (tests/scenarios/sheet_*).
#include "retroplan/sheet_scan.hpp"

#include <gtest/gtest.h>

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
