#include "retroplan/parse.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

TEST(Durations, AcceptedSpellings) {
    EXPECT_EQ(parse_days("5"), 5);
    EXPECT_EQ(parse_days("5d"), 5);
    EXPECT_EQ(parse_days("5 j"), 5);
    EXPECT_EQ(parse_days("5J"), 5);
    EXPECT_EQ(parse_days("2w"), 10);
    EXPECT_EQ(parse_days("2sem"), 10);
    EXPECT_EQ(parse_days("2 semaines"), 10);
    EXPECT_EQ(parse_days("0"), 0);
    EXPECT_EQ(parse_days("5.0"), 5);
    EXPECT_EQ(parse_days(Cell::of_number(3)), 3);
}

TEST(Durations, RejectsBadValues) {
    for (const char* bad :
         {"-2", "3.5", "3,5", "abc", "", "5x", "1e3", "99999999999", "d", "5 d d"})
        EXPECT_FALSE(parse_days(bad)) << bad;
    EXPECT_FALSE(parse_days(Cell::of_number(3.5)));
    EXPECT_FALSE(parse_days(Cell::of_number(-1)));
    EXPECT_FALSE(parse_days(Cell::of_number(1e300)));
    EXPECT_FALSE(parse_days(Cell{}));
}

namespace {

std::string readings(std::string_view entry) {
    std::string out;
    for (const auto& r : link_readings(entry))
        out += std::string(r.id) + ":" + std::string(to_string(r.type)) + ":" +
               std::to_string(r.lag) + " ";
    return out;
}

} // namespace

TEST(Links, ReadingsInTheModelsOrder) {
    EXPECT_EQ(readings("T1"), "T1:FS:0 ");
    EXPECT_EQ(readings("T2SS+2"), "T2SS+2:FS:0 T2SS:FS:2 T2:SS:2 ");
    EXPECT_EQ(readings("T3FF-1d"), "T3FF-1d:FS:0 T3FF:FS:-1 T3:FF:-1 ");
    EXPECT_EQ(readings("VIS-2"), "VIS-2:FS:0 VIS:FS:-2 ");
    EXPECT_EQ(readings("MSGSS+1"), "MSGSS+1:FS:0 MSGSS:FS:1 MSG:SS:1 ");
    EXPECT_EQ(readings("ADD"), "ADD:FS:0 A:SS:0 ");
    EXPECT_EQ(readings("Bdf+3j"), "Bdf+3j:FS:0 Bdf:FS:3 B:SF:3 ");
    EXPECT_EQ(readings("C fd"), "C fd:FS:0 C:FS:0 ");
    EXPECT_EQ(readings("4"), "4:FS:0 ");
    EXPECT_EQ(readings("SS"), "SS:FS:0 "); // no ID left once the type is taken off
}

TEST(Links, SplitsOnSemicolonAndComma) {
    const auto e = split_entries(" A; BSS+1 ,C;; ");
    ASSERT_EQ(e.size(), 3u);
    EXPECT_EQ(e[0], "A");
    EXPECT_EQ(e[1], "BSS+1");
    EXPECT_EQ(e[2], "C");
}
