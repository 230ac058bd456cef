#include "retroplan/plan_templates.hpp"

#include "retroplan/calendar.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/sheet_scan.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

namespace {

constexpr Lang kLangs[] = {Lang::En, Lang::Fr};

Outcome run(PlanTemplate t, Lang lang, Date deadline) {
    return schedule(read_table(template_table(t, lang)), Calendar{}, Options{.deadline = deadline});
}

} // namespace

TEST(PlanTemplates, KeysAreTheDispatchArgumentValues) {
    EXPECT_EQ(template_from_key("campaign"), PlanTemplate::Campaign);
    EXPECT_EQ(template_from_key(" Event "), PlanTemplate::Event);
    EXPECT_EQ(template_from_key("RELEASE"), PlanTemplate::Release);
    EXPECT_EQ(template_from_key("empty"), PlanTemplate::Empty);
    EXPECT_EQ(template_from_key("campagne"), std::nullopt);
    EXPECT_EQ(template_from_key(""), std::nullopt);
    for (PlanTemplate t : kPlanTemplates)
        EXPECT_EQ(template_from_key(template_key(t)), t);
}

TEST(PlanTemplates, TableHeadersAreRecognisedAsTheirFields) {
    for (Lang lang : kLangs) {
        const auto& columns = template_columns(lang);
        const Table table = template_table(PlanTemplate::Empty, lang);
        ASSERT_EQ(table.rows.size(), 1u);
        const ColumnMap map = recognise_columns(table.rows[0]);
        EXPECT_EQ(map.lang, lang);
        EXPECT_TRUE(map.extra.empty());
        for (std::size_t c = 0; c < columns.size(); ++c)
            EXPECT_EQ(map.at(columns[c].field), int(c)) << columns[c].header;
    }
}

TEST(PlanTemplates, ResultHeadersAreNeitherColumnsNorSettingLabels) {
    for (Lang lang : kLangs)
        for (const auto& r : result_columns(lang)) {
            EXPECT_EQ(recognise_header(r.header), std::nullopt) << r.header;
            EXPECT_EQ(recognise_setting_label(r.header), std::nullopt) << r.header;
        }
}

TEST(PlanTemplates, SettingLabelsAreTheOnesRebuildReads) {
    for (Lang lang : kLangs) {
        const TemplateWords& w = template_words(lang);
        EXPECT_EQ(recognise_setting_label(w.deadline), Setting::Deadline);
        EXPECT_EQ(recognise_setting_label(w.today), Setting::Start);
        EXPECT_EQ(recognise_setting_label(w.holidays), Setting::Holidays);
        EXPECT_EQ(recognise_setting_label(w.kickoff), std::nullopt);
        EXPECT_EQ(recognise_setting_label(w.check), std::nullopt);
        EXPECT_EQ(recognise_setting_label(w.deadline_hint), std::nullopt);
        EXPECT_EQ(recognise_setting_label(w.today_hint), std::nullopt);
    }
    EXPECT_EQ(template_words(Lang::En).sheet_name, "Tasks");
    EXPECT_EQ(template_words(Lang::Fr).sheet_name, "Tâches");
}

TEST(PlanTemplates, EveryTemplateSchedulesTheSameInBothLanguages) {
    const Date deadline = make_date(2027, 10, 14);
    for (PlanTemplate t : {PlanTemplate::Campaign, PlanTemplate::Event, PlanTemplate::Release}) {
        const Outcome en = run(t, Lang::En, deadline);
        const Outcome fr = run(t, Lang::Fr, deadline);
        ASSERT_TRUE(en.ok()) << template_key(t);
        ASSERT_TRUE(fr.ok()) << template_key(t);
        ASSERT_EQ(en.schedule->dates.size(), fr.schedule->dates.size());
        EXPECT_GE(en.schedule->dates.size(), 12u);
        for (std::size_t i = 0; i < en.schedule->dates.size(); ++i) {
            EXPECT_EQ(to_iso(en.schedule->dates[i].start), to_iso(fr.schedule->dates[i].start));
            EXPECT_EQ(to_iso(en.schedule->dates[i].end), to_iso(fr.schedule->dates[i].end));
            EXPECT_EQ(en.schedule->times[i].total_slack, fr.schedule->times[i].total_slack);
        }
        EXPECT_EQ(read_table(template_table(t, Lang::Fr)).lang, Lang::Fr);
    }
}

TEST(PlanTemplates, DeadlineLeavesTwoWeeksBeforeTheKickoff) {
    // The campaign's critical path is 46 working days (OBJ 5, CIB from OBJ's third day, CAN 5,
    // BRF 3, VIS 15 + 2 buffer, VAL1 3, COR 5, VAL2 2 + 1 buffer, PROG 3: model §7's reading of
    // examples/campagne-multicanal.csv). From Monday 2027-03-01, the kick-off comes 10 working
    // days later, Monday 03-15, and the deadline 45 working days after it: nine weeks, Monday
    // 2027-05-17.
    const Date monday = make_date(2027, 3, 1);
    EXPECT_EQ(to_iso(template_deadline(PlanTemplate::Campaign, monday)), "2027-05-17");
    const Outcome campaign = run(PlanTemplate::Campaign, Lang::En, make_date(2027, 5, 17));
    ASSERT_TRUE(campaign.ok());
    EXPECT_EQ(to_iso(campaign.schedule->kickoff_date), "2027-03-15");
    // A Saturday counts from the Monday after.
    EXPECT_EQ(to_iso(template_deadline(PlanTemplate::Campaign, make_date(2027, 2, 27))),
              "2027-05-17");
    // The event's longest chain ends with the registrations, which run to the deadline (LOG and
    // the rehearsal only need REG five days before its end): BUD 10, SPK 15, SPKC's buffer 5, AGD
    // until COM may start 5, COM 20, COMV 5, REG 30 = 90 working days. Kick-off 03-15, deadline
    // 89 working days later: Friday 2027-07-16.
    EXPECT_EQ(to_iso(template_deadline(PlanTemplate::Event, monday)), "2027-07-16");
    // Every template kicks off ten working days from today.
    const Calendar calendar;
    for (PlanTemplate t : {PlanTemplate::Campaign, PlanTemplate::Event, PlanTemplate::Release}) {
        const Date today = make_date(2026, 11, 18);
        const Outcome o = run(t, Lang::Fr, template_deadline(t, today));
        ASSERT_TRUE(o.ok());
        EXPECT_EQ(*calendar.index_on_or_after(o.schedule->kickoff_date),
                  *calendar.index_on_or_after(today) + kTemplateLeadDays)
            << template_key(t);
    }
    // The empty plan: twelve weeks.
    EXPECT_EQ(to_iso(template_deadline(PlanTemplate::Empty, monday)), "2027-05-24");
}
