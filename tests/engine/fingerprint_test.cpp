#include "plan_helpers.hpp"

#include "retroplan/fingerprint.hpp"

using namespace retroplan;
using namespace retroplan::test;

namespace {

const char* const kPlan = "ID,Name,Duration,Predecessors,Buffer,Owner\nA,Brief,5,,,Ann\n"
                          "B,Visuals,3,A,1,Bob\nC,Launch,0,B,,Ann\n";

std::uint64_t fingerprint(const std::string& csv, const std::vector<std::string>& holidays = {},
                          const std::string& start = "") {
    const PlanRun r = run_plan(csv, "2027-04-02", holidays, start);
    EXPECT_TRUE(r.outcome.ok());
    std::vector<Date> days;
    for (const auto& h : holidays)
        days.push_back(*parse_date(h));
    return timeline_fingerprint(r.plan, *r.outcome.schedule, Calendar(WeekendMask{}, days));
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    s.replace(s.find(from), from.size(), to);
    return s;
}

} // namespace

TEST(Fingerprint, SamePlanSameNumberThatASpreadsheetHoldsExactly) {
    const std::uint64_t f = fingerprint(kPlan);
    EXPECT_EQ(fingerprint(kPlan), f);
    EXPECT_LT(f, std::uint64_t(1) << 48);
    EXPECT_EQ(std::uint64_t(double(f)), f);
}

TEST(Fingerprint, ChangesWithWhatTheTimelineDraws) {
    const std::uint64_t f = fingerprint(kPlan);
    EXPECT_NE(fingerprint(replaced(kPlan, "A,Brief,5", "A,Brief,6")), f); // a duration
    EXPECT_NE(fingerprint(replaced(kPlan, "Visuals", "Visual")), f);      // a name
    EXPECT_NE(fingerprint(replaced(kPlan, "Bob", "Bea")), f);             // an owner
    EXPECT_NE(fingerprint(replaced(kPlan, "A,1,Bob", "A,2,Bob")), f);     // a buffer
    EXPECT_NE(fingerprint(kPlan, {"2027-03-25"}), f);                     // a holiday in the plan
    EXPECT_NE(fingerprint(kPlan, {}, "2027-03-22"), f); // a start date: slack counts from it
}

TEST(Fingerprint, IgnoresWhatItDoesNotDraw) {
    const std::uint64_t f = fingerprint(kPlan);
    // A holiday on a Saturday changes no working day; a buffer written "1d" is the buffer 1.
    EXPECT_EQ(fingerprint(kPlan, {"2027-03-27"}), f);
    EXPECT_EQ(fingerprint(replaced(kPlan, "A,1,Bob", "A,1d,Bob")), f);
}
