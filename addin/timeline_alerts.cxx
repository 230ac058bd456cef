// With a status date (model §8-10): the counts per status under the summary, and the alert box
// a person reads in the morning — the late tasks, then the due-soon ones (retroplan::alert_list),
// each with its ID, name, owner, what is due (start or finish), when, and its status word.
#include "timeline_marks.hxx"
#include "timeline_sections.hxx"
#include "uno_convert.hxx"

#include "retroplan/date.hpp"
#include "retroplan/status.hpp"

#include <com/sun/star/awt/FontWeight.hpp>

#include <cstdio>

namespace retroplan::addin {

using namespace css;

namespace {

inline constexpr sal_Int32 kAlertBoxColor = 0xFDEDEC; // a light red behind the box

// A format taking a text then a number ("%s … %d").
std::string formatted(const char* format, const std::string& text, long long n) {
    char buf[256];
    std::snprintf(buf, sizeof buf, format, text.c_str(), int(n));
    return buf;
}

void write_counts(Painter& p, const SheetContext& cx, const FollowUp& f) {
    const sal_Int32 row = cx.layout.counts_row;
    p.text(0, row, cx.words.counts);
    // "done: 2 · late: 6 · due soon: 1 · in progress: 1 · not started: 0", each in its status's
    // color.
    std::vector<std::string> texts;
    std::vector<sal_Int32> colors;
    for (const Status s : kStatuses) {
        if (!texts.empty()) {
            texts.emplace_back(" \u00B7 ");
            colors.push_back(-1);
        }
        texts.push_back(
            formatted(cx.words.count, std::string(status_word(s, cx.lang)), f.counts.of(s)));
        colors.push_back(status_color(s));
    }
    std::vector<TextRun> runs;
    for (std::size_t i = 0; i < texts.size(); ++i)
        runs.push_back({.text = texts[i], .color = colors[i]});
    p.runs(kSummaryValueColumn, row, runs);
    p.set(0, row, kSummaryValueColumn, row, "CharHeight", uno::Any(10.0f));
    p.set(0, row, 0, row, "CharWeight", uno::Any(awt::FontWeight::BOLD));
}

} // namespace

void write_follow_up(Painter& p, const SheetContext& cx) {
    const FollowUp& f = *cx.schedule().follow_up;
    const Layout& l = cx.layout;
    const Words& w = cx.words;
    write_counts(p, cx, f);

    const std::vector<std::size_t> alerts = alert_list(f);
    const auto n = sal_Int32(alerts.size());
    const std::string date = to_iso(f.status_date);
    p.text(0, l.alert_row, formatted(n > 0 ? w.alerts : w.no_alerts, date, f.alert_days));
    // Past the box's size, its last row says how many more the status column shows.
    const sal_Int32 shown = n > kMaxAlertRows ? kMaxAlertRows - 1 : n;
    for (sal_Int32 k = 0; k < shown; ++k) {
        const std::size_t i = alerts[std::size_t(k)];
        const TaskInput& task = cx.plan.plan.tasks[i];
        const TaskFollowUp& t = f.tasks[i];
        const sal_Int32 row = l.alert_row + 1 + k;
        p.text(0, row, task.id);
        write_as_in_task_column(p, cx, 1, i, row);
        write_as_in_task_column(p, cx, 2, i, row);
        p.text(3, row, std::string(due_word(t.due, cx.lang)));
        if (t.due != Due::None) {
            p.number(4, row, serial_from_date(t.due_date, cx.null_date));
            p.gather("NumberFormat", uno::Any(cx.date_format), 4, row, 4, row);
        }
        const sal_Int32 c = l.status_column();
        p.text(c, row, std::string(status_word(t.status, cx.lang)));
        p.gather("CharColor", uno::Any(status_color(t.status)), c, row, c, row);
    }
    if (shown < n) {
        char more[256];
        std::snprintf(more, sizeof more, w.more_alerts, int(n - shown));
        p.text(0, l.alert_row + 1 + shown, more);
    }
    const sal_Int32 last = l.alert_row + l.alert_rows;
    p.fill(0, l.alert_row, l.status_column(), last, kAlertBoxColor);
    p.set(0, l.alert_row, l.status_column(), last, "CharHeight", uno::Any(10.0f));
    p.set(0, l.alert_row, 0, l.alert_row, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    if (n > 0) p.gather("CharColor", uno::Any(kCriticalColor), 0, l.alert_row, 0, l.alert_row);
}

} // namespace retroplan::addin
