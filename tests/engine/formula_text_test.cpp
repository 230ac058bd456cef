#include "retroplan/formula_text.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

TEST(FormulaText, RetroplanCallsAnywhereInTheFormula) {
    EXPECT_TRUE(calls_retroplan("=ORG.RETROPLAN.FUNCTIONS.RETROSTART(A2;$A:$F;RETRO_DEADLINE)"));
    EXPECT_TRUE(calls_retroplan(
        "=IF(org.retroplan.functions.retroCritical(A2;$A:$F;B1);\"critical\";\"\")"));
    // Named ranges called RETRO_* and plain formulas are not calls.
    EXPECT_FALSE(calls_retroplan("=RETRO_DEADLINE+1"));
    EXPECT_FALSE(calls_retroplan("=SUM(A1:A3)"));
}

TEST(FormulaText, DatesAreSingleCallsOfDateFunctions) {
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROSTART(A2;$A:$F;RETRO_DEADLINE)"),
              FrozenValue::Date);
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROEND(A2;RETRO_TASKS;B1)"),
              FrozenValue::Date);
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROEARLYSTART(A2;T;B1)"), FrozenValue::Date);
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROEARLYEND(A2;T;B1)"), FrozenValue::Date);
    EXPECT_EQ(frozen_value(" =org.retroplan.functions.retroKickoff($A:$F;B1) "), FrozenValue::Date);
    EXPECT_EQ(frozen_value("{=ORG.RETROPLAN.FUNCTIONS.RETROSCHEDULE($A:$F;B1)}"),
              FrozenValue::Other); // the API's array braces are the caller's to strip
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROSCHEDULE($A:$F;B1)"),
              FrozenValue::ScheduleRows);
    // Not dates: a number of days, a flag, text, or a formula computing with a date.
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROSLACK(A2;T;B1)"), FrozenValue::Other);
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROCRITICAL(A2;T;B1)"), FrozenValue::Other);
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROEND(A2;T;B1)-"
                           "ORG.RETROPLAN.FUNCTIONS.RETROSTART(A2;T;B1)"),
              FrozenValue::Other);
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROSTART(A2;T;B1)+1"), FrozenValue::Other);
    EXPECT_EQ(frozen_value("=MAX(ORG.RETROPLAN.FUNCTIONS.RETROSTART(A2;T;B1))"),
              FrozenValue::Other);
    // Parentheses inside string literals do not close the call.
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROSTART(\"a)\";T;\"2027-04-02\")"),
              FrozenValue::Date);
    EXPECT_EQ(frozen_value("=ORG.RETROPLAN.FUNCTIONS.RETROSTART(\"a\"\")\";T;B1)&\"x)\""),
              FrozenValue::Other);
}

TEST(FormulaText, ScheduleDateColumns) {
    EXPECT_FALSE(is_schedule_date_column(0)); // ID
    for (int c = 1; c <= 4; ++c)
        EXPECT_TRUE(is_schedule_date_column(c));
    EXPECT_FALSE(is_schedule_date_column(5)); // slack
}
