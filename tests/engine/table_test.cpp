#include "retroplan/csv.hpp"
#include "retroplan/table.hpp"
#include "retroplan/text.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

TEST(Headers, EnglishAndFrenchCaseAndAccentInsensitive) {
    EXPECT_EQ(recognise_header("ID"), Field::Id);
    EXPECT_EQ(recognise_header("N°"), Field::Id);
    EXPECT_EQ(recognise_header("Code"), Field::Id);
    EXPECT_EQ(recognise_header("TÂCHE"), Field::Name);
    EXPECT_EQ(recognise_header(" Étape "), Field::Name);
    EXPECT_EQ(recognise_header("nom"), Field::Name);
    EXPECT_EQ(recognise_header("Durée"), Field::Duration);
    EXPECT_EQ(recognise_header("DUREE"), Field::Duration);
    EXPECT_EQ(recognise_header("jours"), Field::Duration);
    EXPECT_EQ(recognise_header("Prédécesseurs"), Field::Predecessors);
    EXPECT_EQ(recognise_header("Dépend  de"), Field::Predecessors);
    EXPECT_EQ(recognise_header("Marge"), Field::Buffer);
    EXPECT_EQ(recognise_header("margin"), Field::Buffer);
    EXPECT_EQ(recognise_header("Responsable"), Field::Owner);
    EXPECT_EQ(recognise_header("Échéance"), Field::Due);
    EXPECT_EQ(recognise_header("date limite"), Field::Due);
    EXPECT_EQ(recognise_header("Due date"), Field::Due);
    EXPECT_FALSE(recognise_header("Budget"));
}

TEST(Text, FoldAndCanonicalIds) {
    EXPECT_EQ(fold("  Œuvre\xC2\xA0 Été  "), "oeuvre ete");
    EXPECT_EQ(canonical_id(" 7.0 "), "7");
    EXPECT_EQ(canonical_id("7.5"), "7.5");
    EXPECT_EQ(canonical_id("T1"), "T1");
    EXPECT_EQ(number_to_text(7.0), "7");
    EXPECT_FALSE(is_valid_utf8("\xC3("));
    EXPECT_FALSE(is_valid_utf8("abc\xFF"));
    EXPECT_FALSE(is_valid_utf8("\xE2\x82"));
    EXPECT_TRUE(is_valid_utf8("Tâche → fin"));
}

TEST(ReadTable, SkipsBlankRowsAndCarriesExtraColumns) {
    auto csv = read_csv("Tâche;Durée;Budget;ID\nBrief;5;100;A\n;;;\n;;note only;\nVisuels;3;;B\n");
    const PlanInput p = read_table(std::move(csv.table));
    ASSERT_EQ(p.tasks.size(), 2u);
    EXPECT_EQ(p.tasks[0].id, "A");
    EXPECT_EQ(p.tasks[1].id, "B");
    EXPECT_EQ(p.tasks[1].row, 5);
    ASSERT_EQ(p.extra_headers.size(), 1u);
    EXPECT_EQ(p.extra_headers[0], "Budget");
    EXPECT_EQ(p.tasks[0].extra[0], "100");
    EXPECT_EQ(p.column(Field::Duration), "Durée");
}

TEST(ReadTable, WithoutIdColumnTheDataRowNumberIsTheId) {
    auto csv = read_csv("name,duration,predecessors\nA,1,\n\nB,2,1\n");
    const PlanInput p = read_table(std::move(csv.table));
    ASSERT_EQ(p.tasks.size(), 2u);
    EXPECT_EQ(p.tasks[0].id, "1");
    EXPECT_EQ(p.tasks[1].id, "2");
}

TEST(ReadTable, NumericIdsAreCanonical) {
    Table t;
    t.rows = {{Cell::of_text("ID"), Cell::of_text("Duration")},
              {Cell::of_number(7.0), Cell::of_number(2)},
              {Cell::of_text("7.0"), Cell::of_number(2)}};
    const PlanInput p = read_table(std::move(t));
    EXPECT_EQ(p.tasks[0].id, "7");
    EXPECT_EQ(p.tasks[1].id, "7");
}

TEST(ReadTable, MissingDurationColumnAndEmptyTables) {
    auto csv = read_csv("id,name\nA,x\n");
    PlanInput p = read_table(std::move(csv.table));
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0].id, ProblemId::MissingColumn);
    EXPECT_EQ(read_table(Table{}).problems.at(0).id, ProblemId::EmptyPlan);
    auto header_only = read_csv("id,name,duration\n");
    EXPECT_EQ(read_table(std::move(header_only.table)).problems.at(0).id, ProblemId::EmptyPlan);
}

TEST(ReadTable, InvalidUtf8NamesRowAndColumn) {
    auto csv = read_csv("id,name,duration\nA,ok,1\nB,bad\xFF,1\nC,ok,1\n");
    const PlanInput p = read_table(std::move(csv.table));
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0].id, ProblemId::BadEncoding);
    EXPECT_EQ(p.problems[0].row, 3);
    EXPECT_EQ(p.problems[0].column, "name");
    EXPECT_EQ(p.tasks.size(), 2u);
}
