#include "plan_helpers.hpp"

#include "retroplan/fingerprint.hpp"

using namespace retroplan;
using namespace retroplan::test;

namespace {

const char* const kPlan = "ID,Name,Duration,Predecessors,Buffer,Owner,Optimistic,Most likely,"
                          "Pessimistic,Progress,Accountable,Allocation,Baseline start\n"
                          "A,Brief,5,,,Ann,4,5,8,50%,Zoe,1,2027-03-01\n"
                          "B,Visuals,3,A,1,Bob,2,3,6,,Zoe,0.5,2027-03-08\n"
                          "C,Launch,0,B,,Ann,0,0,0,,,,\n";

struct Inputs {
    std::string csv = kPlan;
    std::vector<std::string> holidays;
    std::string weekend, start, alert_days;
    bool level = false;
    std::string capacity; // CSV rows of person, capacity
};

std::uint64_t fingerprint(const Inputs& in) {
    SettingsInput si;
    si.deadline = Cell::of_text("2027-04-02");
    for (const auto& h : in.holidays)
        si.holidays.push_back(Cell::of_text(h));
    if (!in.weekend.empty()) si.weekend = Cell::of_text(in.weekend);
    if (!in.start.empty()) si.start = Cell::of_text(in.start);
    if (!in.alert_days.empty()) si.alert_days = Cell::of_text(in.alert_days);
    const SettingsOutcome settings = read_settings(si);
    EXPECT_TRUE(settings.settings);
    const CapacityTable capacity =
        read_capacities(in.capacity.empty() ? Table{} : read_csv(in.capacity).table);
    return rebuild_fingerprint(plan_from_csv(in.csv), *settings.settings, in.level, capacity);
}

Inputs with_csv(const std::string& from, const std::string& to) {
    Inputs in;
    in.csv.replace(in.csv.find(from), from.size(), to);
    return in;
}

} // namespace

TEST(Fingerprint, SameInputsSameNumberThatASpreadsheetHoldsExactly) {
    const std::uint64_t f = fingerprint({});
    EXPECT_EQ(fingerprint({}), f);
    EXPECT_LT(f, std::uint64_t(1) << 48);
    EXPECT_EQ(std::uint64_t(double(f)), f);
}

TEST(Fingerprint, ChangesWithEveryRecognisedColumn) {
    const std::uint64_t f = fingerprint({});
    EXPECT_NE(fingerprint(with_csv("A,Brief,5", "A,Brief,6")), f);         // a duration
    EXPECT_NE(fingerprint(with_csv("Visuals", "Visual")), f);              // a name
    EXPECT_NE(fingerprint(with_csv("A,1,Bob", "A,1,Bea")), f);             // an owner
    EXPECT_NE(fingerprint(with_csv("Ann,4,5,8", "Ann,4,5,9")), f);         // a pessimistic estimate
    EXPECT_NE(fingerprint(with_csv("Bob,2,3,6", "Bob,1,3,6")), f);         // an optimistic one
    EXPECT_NE(fingerprint(with_csv("8,50%", "8,60%")), f);                 // progress
    EXPECT_NE(fingerprint(with_csv("Zoe,0.5", "Max,0.5")), f);             // accountable (RACI)
    EXPECT_NE(fingerprint(with_csv("0.5,2027-03-08", "1,2027-03-08")), f); // allocation
    EXPECT_NE(fingerprint(with_csv("2027-03-08", "2027-03-09")), f);       // a baseline date
    // Inputs as read: a buffer written "1d" is another cell, though it schedules the same.
    EXPECT_NE(fingerprint(with_csv("A,1,Bob", "A,1d,Bob")), f);
}

TEST(Fingerprint, ChangesWithEverySetting) {
    const std::uint64_t f = fingerprint({});
    EXPECT_NE(fingerprint({.holidays = {"2027-03-25"}}), f); // a Thursday off
    EXPECT_NE(fingerprint({.weekend = "0000001"}), f);       // Saturdays worked
    EXPECT_NE(fingerprint({.start = "2027-03-22"}), f);      // the status date
    EXPECT_NE(fingerprint({.alert_days = "5"}), f);          // the alert window
    // The default alert window written out, and a holiday on a Saturday, change nothing read.
    EXPECT_EQ(fingerprint({.alert_days = "2"}), f);
    EXPECT_EQ(fingerprint({.holidays = {"2027-03-27"}}), f);
}

TEST(Fingerprint, LevelAndCapacityCountWhenTheTableNamesOwners) {
    const std::uint64_t f = fingerprint({});
    EXPECT_NE(fingerprint({.level = true}), f);
    EXPECT_NE(fingerprint({.capacity = "Person,Capacity\nAnn,50%\n"}), f);
    EXPECT_NE(fingerprint({.capacity = "Person,Capacity\nAnn,50%\n"}),
              fingerprint({.capacity = "Person,Capacity\nAnn,80%\n"}));
    // Without owners there is no Workload sheet and no levelling: neither is read.
    Inputs none = with_csv("A,Brief,5,,,Ann", "A,Brief,5,,,");
    none.csv.replace(none.csv.find("A,1,Bob"), 7, "A,1,");
    none.csv.replace(none.csv.find("B,,Ann"), 6, "B,,");
    const std::uint64_t g = fingerprint(none);
    none.level = true;
    none.capacity = "Person,Capacity\nAnn,50%\n";
    EXPECT_EQ(fingerprint(none), g);
}
