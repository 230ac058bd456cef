#include "retroplan/id_index.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace retroplan;

TEST(IdIndex, FindsShortAndLongIdsAndReportsDuplicates) {
    const std::vector<std::string> ids = {"A", "T1", "T123456", "T1234567", "a much longer task ID",
                                          std::string("N\0L", 3), "", "7"};
    IdIndex index(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        EXPECT_EQ(index.insert(ids[i], std::int32_t(i)), -1) << ids[i];
    for (std::size_t i = 0; i < ids.size(); ++i)
        EXPECT_EQ(index.find(ids[i]), std::int32_t(i)) << ids[i];
    const std::string again = "T1234567";
    EXPECT_EQ(index.insert(again, 99), 3);
    EXPECT_EQ(index.find("T12345"), -1);
    EXPECT_EQ(index.find("t1"), -1);           // case-sensitive
    EXPECT_EQ(index.find(std::string("N\0", 2)), -1);
    EXPECT_EQ(index.find("T1+2"), -1);         // a byte no ID has
    EXPECT_EQ(index.find("a much longer task IE"), -1);
}

TEST(IdIndex, GrowsPastItsExpectedSize) {
    std::vector<std::string> ids;
    for (int i = 0; i < 5000; ++i) ids.push_back("ID-" + std::to_string(i));
    IdIndex index; // expected size 0: must grow, not loop forever
    for (std::size_t i = 0; i < ids.size(); ++i) ASSERT_EQ(index.insert(ids[i], std::int32_t(i)), -1);
    for (std::size_t i = 0; i < ids.size(); ++i) ASSERT_EQ(index.find(ids[i]), std::int32_t(i));
}
