#include "retroplan/task_sheet.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

namespace {

std::vector<SheetFacts> sheets(std::initializer_list<std::pair<const char*, bool>> list) {
    std::vector<SheetFacts> out;
    for (const auto& [name, retroplan] : list)
        out.push_back({.name = name, .retroplan = retroplan});
    return out;
}

} // namespace

TEST(TaskSheet, TheSheetTheTimelineWasBuiltFromComesFirst) {
    const auto s = sheets({{"Tasks", false}, {"Plan v2", false}, {"Retroplan", true}});
    std::vector<std::size_t> asked;
    const auto header = [&](std::size_t i) {
        asked.push_back(i);
        return true;
    };
    EXPECT_EQ(choose_task_sheet(s, 1, 2, header), 1u);
    EXPECT_TRUE(asked.empty()); // nothing read to decide
    // Built from a sheet since deleted (none remembered): the sheet named Tasks.
    EXPECT_EQ(choose_task_sheet(s, std::nullopt, 2, header), 0u);
    // A remembered sheet that is now a Retroplan sheet is not read.
    EXPECT_EQ(choose_task_sheet(s, 2, 2, header), 0u);
}

TEST(TaskSheet, NeverARetroplanSheetEvenActiveOrNamedTasks) {
    // "Tâches" carries the marker (a timeline renamed Tâches): skipped, like the active sheet.
    const auto s = sheets({{"Notes", false}, {"Tâches", true}, {"Plan", false}});
    const auto header = [](std::size_t i) { return i == 2; };
    EXPECT_EQ(choose_task_sheet(s, std::nullopt, 1, header), 2u);
    // The active sheet with a header row wins over the first sheet with one.
    const auto both = [](std::size_t i) { return i != 1; };
    EXPECT_EQ(choose_task_sheet(s, std::nullopt, 2, both), 2u);
    EXPECT_EQ(choose_task_sheet(s, std::nullopt, 0, both), 0u);
    // No header row anywhere: the active sheet (its own message says what is missing)…
    const auto none = [](std::size_t) { return false; };
    EXPECT_EQ(choose_task_sheet(s, std::nullopt, 0, none), 0u);
    // … unless it is a Retroplan sheet: then no sheet qualifies.
    EXPECT_EQ(choose_task_sheet(s, std::nullopt, 1, none), std::nullopt);
}

TEST(TaskSheet, TasksMatchesWithoutCaseOrAccents) {
    const auto s = sheets({{"Notes", false}, {"TACHES", false}});
    EXPECT_EQ(choose_task_sheet(s, std::nullopt, 0, [](std::size_t) { return true; }), 1u);
}
