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

TEST(TableSize, RefusedOnlyPastTheLimitAndNeverOverflows) {
    EXPECT_FALSE(check_table_size(4, 3, 1, 12));
    const auto p = check_table_size(5, 3, 7, 12);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->id, ProblemId::TableTooLarge);
    EXPECT_EQ(p->row, 7);
    EXPECT_EQ(p->value, "15");
    EXPECT_EQ(p->detail, "12");
    // A whole sheet of the largest Calc (1,048,576 rows × 16,384 columns) is refused, and a
    // product that would wrap around 64 bits is too.
    EXPECT_TRUE(check_table_size(1'048'576, 16'384, 1));
    EXPECT_TRUE(check_table_size(std::size_t(1) << 40, std::size_t(1) << 40, 1));
    EXPECT_FALSE(check_table_size(1'000'000, 5, 1));
    EXPECT_FALSE(check_table_size(0, 0, 1));
    EXPECT_NE(format_problem(*p, Lang::En).find("15 cells to read, more than the 12"),
              std::string::npos);
}

// What the add-in gives the engine for Calc's error and boolean cells (it reads them as such).
TEST(ReadTable, ErrorCellsAreProblemsAndBooleansAreNotDurations) {
    Table t;
    t.column_labels = {"A", "C", "D"};
    t.rows = {{Cell::of_text("ID"), Cell::of_text("Duration"), Cell::of_text("Predecessors")},
              {Cell::of_text("A"), Cell::of_number(2), Cell::of_error("#DIV/0!")},
              {Cell::of_text("B"), Cell::of_error("Err:502"), Cell{}},
              {Cell::of_text("C"), Cell::of_boolean(true), Cell{}}};
    const PlanInput p = read_table(std::move(t));
    ASSERT_EQ(p.problems.size(), 2u);
    EXPECT_EQ(p.problems[0].id, ProblemId::ErrorValue);
    EXPECT_EQ(p.problems[0].row, 2);
    EXPECT_EQ(p.problems[0].column, "D (Predecessors)");
    EXPECT_EQ(p.problems[0].value, "#DIV/0!");
    EXPECT_EQ(p.problems[1].row, 3);
    EXPECT_EQ(p.problems[1].column, "C (Duration)");
    EXPECT_EQ(p.problems[1].value, "Err:502");
    ASSERT_EQ(p.tasks.size(), 3u);
    EXPECT_TRUE(p.tasks[0].has_error(Field::Predecessors));
    EXPECT_EQ(p.tasks[0].predecessors, ""); // flagged, not read as a link list
    EXPECT_EQ(p.tasks[2].duration.kind, Cell::Kind::Boolean);
}

// The add-in keeps what it computed from a table Calc says changed when it reads the same again
// (a hard recalculation tells every range): equal reads must mean the same plan, and any cell,
// header, row or problem that differs must make them unequal.
TEST(ReadTable, TwoReadsAreEqualOnlyWhenEverythingReadIs) {
    const std::string header = "ID,Duration,Predecessors,Progress\n";
    auto read = [&](const std::string& rows) { return read_table(read_csv(header + rows).table); };
    const std::string rows = "A,2,,\nB,3,A,40%\n";
    EXPECT_EQ(read(rows), read(rows));
    EXPECT_NE(read(rows), read("A,2,,\nB,4,A,40%\n"));   // a duration
    EXPECT_NE(read(rows), read("A,2,,\nB,3,A,50%\n"));   // an optional column
    EXPECT_NE(read(rows), read("A,2,,\n\nB,3,A,40%\n")); // B one row lower
    EXPECT_NE(read(rows), read("A,2,,\nB,x,A,40%\n"));   // text where a number was
    EXPECT_NE(read_table(read_csv("ID,Durée,Predecessors,Progress\n" + rows).table),
              read(rows)); // a header as written
    Table numbers = read_csv(header + rows).table;
    numbers.rows[1][1] = Cell::of_number(2); // the number 2, not the text "2"
    EXPECT_NE(read_table(std::move(numbers)), read(rows));
}
