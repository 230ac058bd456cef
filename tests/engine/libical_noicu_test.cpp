// The static libical without ICU that every Retroplan program links (engine/libical): what the
// shims change, observed through libical's own API.
#include <libical/ical.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

extern "C" FILE* retroplan_libical_stderr; // engine/libical/noicu_shims.cpp

namespace {

struct Free {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

} // namespace

TEST(LibicalWithoutIcu, WarningsStillGoToTheProcessStderr) {
    EXPECT_EQ(retroplan_libical_stderr, stderr);
}

// Expanding a recurrence rule is the one thing libical needs ICU for: it fails with libical's
// own error instead of linking a versioned ICU. Retroplan never expands rules.
TEST(LibicalWithoutIcu, RecurrenceExpansionFailsCleanly) {
    const icalrecurrencetype rule = icalrecurrencetype_from_string("FREQ=WEEKLY;COUNT=3");
    ASSERT_EQ(rule.freq, ICAL_WEEKLY_RECURRENCE); // parsing needs no ICU
    icalerror_clear_errno();
    icalrecur_iterator* it = icalrecur_iterator_new(rule, icaltime_from_string("20270301"));
    EXPECT_EQ(it, nullptr);
    EXPECT_EQ(icalerrno, ICAL_INTERNAL_ERROR);
    if (it) icalrecur_iterator_free(it);
    icalerror_clear_errno();
}

// An earlier calendar (IcsOptions::previous) may hold rules from anywhere, even RFC 7529
// calendar scales: reading it still works.
TEST(LibicalWithoutIcu, ReadsEventsWithRulesItCannotExpand) {
    const char* text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                       "BEGIN:VEVENT\r\nUID:x@test\r\nDTSTART;VALUE=DATE:20270301\r\n"
                       "RRULE:RSCALE=HEBREW;FREQ=YEARLY\r\nSUMMARY:Rosh Hashana\r\n"
                       "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const std::unique_ptr<icalcomponent, Free> cal(icalparser_parse_string(text));
    ASSERT_TRUE(cal);
    icalcomponent* ev = icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT);
    ASSERT_TRUE(ev);
    EXPECT_STREQ(icalcomponent_get_uid(ev), "x@test");
    EXPECT_TRUE(icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY));
    icalerror_clear_errno();
}
