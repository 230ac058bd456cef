#include "retroplan/owners.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

TEST(Owners, SplitOnSemicolonCommaAndSlash) {
    EXPECT_EQ(split_owners(" Anne ; Bob,Chloé / Dan "),
              (std::vector<std::string>{"Anne", "Bob", "Chloé", "Dan"}));
}

TEST(Owners, EmptyNamesDropped) {
    EXPECT_EQ(split_owners(";; , Anne /"), std::vector<std::string>{"Anne"});
    EXPECT_TRUE(split_owners("  ").empty());
}

TEST(Owners, NamesCompareTrimmedAndCaseInsensitively) {
    EXPECT_TRUE(names_owner("Anne Roy; Bob", "  anne  roy "));
    EXPECT_TRUE(names_owner("Hélène", "HÉLÈNE"));
    EXPECT_TRUE(names_owner("Chef de projet/Graphiste", "graphiste"));
    EXPECT_FALSE(names_owner("Anne Roy", "Anne"));
    EXPECT_FALSE(names_owner("", "Anne"));
}
