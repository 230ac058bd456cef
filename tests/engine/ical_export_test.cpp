// The iCalendar export's API (what the CLI and the Calc command call): identities, SEQUENCE from
// an earlier export, file names per owner, the status with a status date. The calendars themselves
// are read back by an independent parser and by khal in tests/ics/test_ics.py.
#include "retroplan/ical_export.hpp"

#include "plan_helpers.hpp"

using namespace retroplan;
using namespace retroplan::test;

namespace {

const char* const kPlan = R"(ID,Name,Duration,Predecessors,Owner
A,First,2,,Anne
B,Second,3,A,a:b
C,Third,1,B,a*b
D,Fourth,1,C, anne ; .hidden
)";

struct Export {
    PlanRun run;
    Settings settings;
};

Export scheduled(const std::string& csv, const std::string& start = "") {
    Export e{run_plan(csv, "2027-04-02", {}, start), {}};
    SettingsInput si;
    si.deadline = Cell::of_text("2027-04-02");
    if (!start.empty()) si.start = Cell::of_text(start);
    e.settings = *read_settings(si).settings;
    EXPECT_TRUE(e.run.outcome.ok()) << problem_codes(e.run.outcome.problems);
    return e;
}

std::vector<CalendarFile> export_of(const Export& e, const IcsOptions& o) {
    return export_calendar(*e.run.outcome.schedule, e.run.plan, e.settings, o);
}

// RFC 5545 lines unfolded, so that a property can be searched whole.
std::string unfolded(std::string text) {
    for (std::size_t p; (p = text.find("\r\n ")) != std::string::npos;)
        text.erase(p, 3);
    return text;
}

std::string property(const std::string& text, const std::string& uid, const std::string& name) {
    const std::string t = unfolded(text);
    const auto at = t.find("UID:" + uid + "\r\n");
    if (at == std::string::npos) return "no event " + uid;
    const auto end = t.find("END:VEVENT", at);
    const auto ev_begin = t.rfind("BEGIN:VEVENT", at);
    const auto p = t.find("\r\n" + name + ":", ev_begin);
    if (p == std::string::npos || p > end) return "";
    const auto v = p + 3 + name.size();
    return t.substr(v, t.find("\r\n", v) - v);
}

} // namespace

TEST(EventUid, TaskIdEncodedAndPlanHashed) {
    const std::string uid = event_uid("plan.csv", "É 2");
    EXPECT_EQ(uid.substr(0, 10), "%C3%89%202");
    EXPECT_EQ(uid.size(), 10 + 1 + 16 + std::string("@retroplan").size());
    EXPECT_EQ(uid.substr(uid.size() - 10), "@retroplan");
    EXPECT_EQ(event_uid("plan.csv", "É 2"), uid);
    EXPECT_NE(event_uid("other.csv", "É 2"), uid);
    EXPECT_EQ(event_uid("plan.csv", "T-1.a_b~").substr(0, 9), "T-1.a_b~-");
}

TEST(IcsSequence, ContinuesFromThePreviousExport) {
    const Export e = scheduled(kPlan);
    IcsOptions o{.plan_id = "plan.csv"};
    const std::string a = event_uid("plan.csv", "A"), b = event_uid("plan.csv", "B");
    const std::string first = export_of(e, o).front().text;
    EXPECT_EQ(property(first, a, "SEQUENCE"), "0");
    // An earlier export in which A had SEQUENCE 4 at today's dates and B 7 at other dates.
    std::string previous = first;
    const auto pa = previous.find("SEQUENCE:0", previous.find("UID:" + a));
    previous.replace(pa, 10, "SEQUENCE:4");
    const auto pb = previous.find("DTSTART;VALUE=DATE:", previous.find("UID:" + b));
    previous.replace(pb, 27, "DTSTART;VALUE=DATE:20200101");
    previous.replace(previous.find("SEQUENCE:0", previous.find("UID:" + b)), 10, "SEQUENCE:7");
    o.previous = {"not a calendar", previous};
    const std::string next = export_of(e, o).front().text;
    EXPECT_EQ(property(next, a, "SEQUENCE"), "4");
    EXPECT_EQ(property(next, b, "SEQUENCE"), "8");
    EXPECT_EQ(property(next, event_uid("plan.csv", "C"), "SEQUENCE"), "0");
}

TEST(IcsOwners, OneFilePerPersonWithSafeUniqueNames) {
    const Export e = scheduled(kPlan);
    const auto files = export_of(e, {.plan_id = "plan.csv", .scope = OwnerScope::Each});
    ASSERT_EQ(files.size(), 4u);
    EXPECT_EQ(files[0].owner, "Anne");
    EXPECT_EQ(files[0].file_name, "Anne.ics");
    EXPECT_EQ(files[0].events, 2u); // A and D (" anne ")
    EXPECT_EQ(files[1].file_name, "a_b.ics");
    EXPECT_EQ(files[2].file_name, "a_b (2).ics");
    EXPECT_EQ(files[3].file_name, "hidden.ics");
    EXPECT_NE(files[0].text.find("X-WR-CALNAME:plan \u2014 Anne\r\n"), std::string::npos);
}

TEST(IcsOwners, NoFileForAnUnknownPerson) {
    const Export e = scheduled(kPlan);
    EXPECT_TRUE(export_of(e, {.plan_id = "p", .scope = OwnerScope::One, .owner = "Zoé"}).empty());
    const auto one = export_of(e, {.plan_id = "p", .scope = OwnerScope::One, .owner = "ANNE"});
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].events, 2u);
}

TEST(IcsCalendarName, DefaultIsTheDocumentsName) {
    const Export e = scheduled(kPlan);
    const auto text =
        export_of(e, {.plan_id = "file:///home/anne/Plan%20lancement.ods"}).front().text;
    EXPECT_NE(text.find("X-WR-CALNAME:Plan lancement\r\n"), std::string::npos);
}

TEST(IcsStatus, ShownOnlyWithAStatusDate) {
    // Latest dates from the Fri 04-02 deadline: D 04-02, C Thu 04-01, B Mon 03-29 - Wed 03-31,
    // A Thu 03-25 - Fri 03-26 (alert window 2). On Thu 03-25, A must start today: due soon; B
    // starts on Mon 03-29, 2 working days ahead: not started. On Fri 03-26, A (not started) ends
    // on Mon 03-29 at the earliest, one day after its latest end: slack -1, late.
    const auto description = [](const std::string& start, const char* task, Lang lang) {
        const Export e = scheduled(kPlan, start);
        return property(export_of(e, {.plan_id = "p", .lang = lang}).front().text,
                        event_uid("p", task), "DESCRIPTION");
    };
    EXPECT_NE(description("2027-03-25", "A", Lang::En).find("\\nStatus: due soon"),
              std::string::npos);
    EXPECT_NE(description("2027-03-25", "B", Lang::En).find("\\nStatus: not started"),
              std::string::npos);
    EXPECT_NE(description("2027-03-26", "A", Lang::En).find("\\nStatus: late"), std::string::npos);
    EXPECT_NE(description("2027-03-26", "A", Lang::Fr).find("\\nStatut : en retard"),
              std::string::npos);
    EXPECT_EQ(description("", "A", Lang::En).find("Status"), std::string::npos);
}

TEST(IcsDescription, ADoneTaskHasNoSlack) {
    // Model §8: with a status date a done task has no slack (shown empty) and is not critical.
    // A is done on Tue 03-30; B (3 days, latest Wed 03-31 to Fri 04-02) starts on the status date,
    // Wed 03-31, and ends on the deadline: no slack left, critical.
    const Export e = scheduled("ID,Name,Duration,Predecessors,Actual end\n"
                               "A,First,2,,2027-03-30\n"
                               "B,Second,3,A,\n",
                               "2027-03-31");
    const std::string text = export_of(e, {.plan_id = "p"}).front().text;
    const std::string a = property(text, event_uid("p", "A"), "DESCRIPTION");
    const std::string b = property(text, event_uid("p", "B"), "DESCRIPTION");
    EXPECT_EQ(a.find("Slack"), std::string::npos) << a;
    EXPECT_NE(a.find("Critical: no"), std::string::npos) << a;
    EXPECT_NE(b.find("Slack: 0 working days"), std::string::npos) << b;
    EXPECT_NE(b.find("Critical: yes"), std::string::npos) << b;
}
