#include "retroplan/calendar.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

namespace {

std::string date_at(const Calendar& c, WorkIndex i) {
    return to_iso(*c.date_of(i));
}

std::string next_working(const Calendar& c, Date d) {
    return date_at(c, *c.index_on_or_after(d));
}
std::string prev_working(const Calendar& c, Date d) {
    return date_at(c, *c.index_on_or_before(d));
}

} // namespace

TEST(Calendar, WeekendIsSkippedBothWays) {
    const Calendar c;
    EXPECT_EQ(next_working(c, make_date(2027, 4, 3)), "2027-04-05"); // Saturday -> Monday
    EXPECT_EQ(prev_working(c, make_date(2027, 4, 4)), "2027-04-02"); // Sunday -> Friday
    EXPECT_EQ(next_working(c, make_date(2027, 4, 2)), "2027-04-02");
    EXPECT_TRUE(c.is_working(make_date(2027, 4, 2)));
    EXPECT_FALSE(c.is_working(make_date(2027, 4, 3)));
}

TEST(Calendar, IndexesAreConsecutiveWorkingDays) {
    const Calendar c(WeekendMask{}, {make_date(2027, 3, 29)});
    const WorkIndex fri = *c.index_on_or_before(make_date(2027, 3, 26));
    EXPECT_EQ(date_at(c, fri + 1), "2027-03-30"); // weekend and Easter Monday skipped
    EXPECT_EQ(*c.index_on_or_after(make_date(2027, 3, 29)), fri + 1);
    EXPECT_EQ(*c.index_on_or_before(make_date(2027, 3, 29)), fri);
}

TEST(Calendar, HolidayOnWeekendAndDuplicatesAreHarmless) {
    const Calendar plain;
    const Calendar with(WeekendMask{}, {make_date(2027, 5, 1), make_date(2027, 5, 1),
                                        make_date(2027, 5, 2)}); // Saturday, Sunday
    EXPECT_EQ(*plain.index_on_or_before(make_date(2027, 6, 1)),
              *with.index_on_or_before(make_date(2027, 6, 1)));
}

TEST(Calendar, YearEndAndLeapDay) {
    const Calendar c(WeekendMask{}, {make_date(2028, 1, 3)});
    EXPECT_EQ(next_working(c, make_date(2027, 12, 31)), "2027-12-31"); // Friday
    const WorkIndex dec31 = *c.index_on_or_before(make_date(2027, 12, 31));
    EXPECT_EQ(date_at(c, dec31 + 1), "2028-01-04");
    EXPECT_EQ(next_working(c, make_date(2028, 2, 29)), "2028-02-29"); // Tuesday, leap day
    const WorkIndex feb28 = *c.index_on_or_before(make_date(2028, 2, 28));
    EXPECT_EQ(date_at(c, feb28 + 1), "2028-02-29");
    EXPECT_EQ(date_at(c, feb28 + 2), "2028-03-01");
    EXPECT_EQ(next_working(c, make_date(2100, 2, 28)), "2100-03-01"); // 2100 is no leap year
}

TEST(Calendar, CoversNineteenHundredToTwentyTwoHundred) {
    const Calendar c;
    EXPECT_EQ(next_working(c, make_date(1900, 1, 1)), "1900-01-01"); // a Monday
    EXPECT_EQ(*c.index_on_or_after(make_date(1900, 1, 1)), 0);
    EXPECT_EQ(prev_working(c, make_date(2200, 12, 31)), "2200-12-31"); // a Wednesday
    EXPECT_FALSE(c.index_on_or_after(make_date(1899, 12, 31)));
    EXPECT_FALSE(c.index_on_or_before(make_date(2201, 1, 1)));
    EXPECT_FALSE(c.date_of(-1));
    EXPECT_FALSE(c.date_of(c.working_day_count()));
}

struct WeekendCase {
    const char* input;
    const char* mask;
};

class WeekendCodes : public ::testing::TestWithParam<WeekendCase> {};

TEST_P(WeekendCodes, MatchWorkdayIntl) {
    const auto m = WeekendMask::parse(GetParam().input);
    ASSERT_TRUE(m) << GetParam().input;
    EXPECT_EQ(m->to_string(), GetParam().mask);
}

INSTANTIATE_TEST_SUITE_P(
    AllFourteenCodesAndStrings, WeekendCodes,
    ::testing::Values(WeekendCase{"1", "0000011"}, WeekendCase{"2", "1000001"},
                      WeekendCase{"3", "1100000"}, WeekendCase{"4", "0110000"},
                      WeekendCase{"5", "0011000"}, WeekendCase{"6", "0001100"},
                      WeekendCase{"7", "0000110"}, WeekendCase{"11", "0000001"},
                      WeekendCase{"12", "1000000"}, WeekendCase{"13", "0100000"},
                      WeekendCase{"14", "0010000"}, WeekendCase{"15", "0001000"},
                      WeekendCase{"16", "0000100"}, WeekendCase{"17", "0000010"},
                      WeekendCase{"0000011", "0000011"}, WeekendCase{"0000000", "0000000"},
                      WeekendCase{" 1010100 ", "1010100"}));

TEST(WeekendMask, RejectsBadMasks) {
    for (const char* bad :
         {"1111111", "0", "8", "10", "18", "000011", "00000110", "abc", "", "0000021", "-1"})
        EXPECT_FALSE(WeekendMask::parse(bad)) << bad;
    EXPECT_FALSE(WeekendMask::from_code(1.5));
    EXPECT_TRUE(WeekendMask::from_code(7.0));
}

TEST(WeekendMask, FridaySaturdayWeekend) {
    const Calendar c(*WeekendMask::parse("7"), {});
    EXPECT_TRUE(c.is_working(make_date(2027, 4, 4)));  // Sunday
    EXPECT_FALSE(c.is_working(make_date(2027, 4, 2))); // Friday
    EXPECT_FALSE(c.is_working(make_date(2027, 4, 3))); // Saturday
}

TEST(Dates, ParseAndFormat) {
    EXPECT_EQ(to_iso(*parse_date("2027-04-02")), "2027-04-02");
    EXPECT_EQ(to_iso(*parse_date(" 02/04/2027 ")), "2027-04-02");
    EXPECT_EQ(to_iso(*parse_date("2027-04-02T00:00:00")), "2027-04-02");
    EXPECT_EQ(to_iso(*parse_date("2028-02-29")), "2028-02-29");
    for (const char* bad : {"2027-02-30", "2027-13-01", "2027-4", "tomorrow", "", "2027-02-29",
                            "2027-04-02x", "31/02/2027"})
        EXPECT_FALSE(parse_date(bad)) << bad;
}

TEST(Dates, SerialsHonourTheNullDate) {
    const Date n1899 = make_date(1899, 12, 30), n1904 = make_date(1904, 1, 1);
    EXPECT_EQ(to_iso(*date_from_serial(46479, n1899)), "2027-04-02");
    EXPECT_EQ(to_iso(*date_from_serial(46479 - 1462, n1904)), "2027-04-02");
    EXPECT_EQ(serial_from_date(make_date(2027, 4, 2), n1899), 46479);
    EXPECT_EQ(to_iso(*date_from_serial(46479.75, n1899)), "2027-04-02"); // time of day dropped
}
