#include "timeline_marks.hxx"

#include <com/sun/star/table/BorderLineStyle.hpp>

#include <algorithm>

namespace retroplan::addin {

using namespace css;

namespace {

table::BorderLine2 line(sal_Int32 color, sal_Int16 style, sal_uInt32 width) {
    table::BorderLine2 l;
    l.Color = color;
    l.LineWidth = sal_Int16(width);
    l.OuterLineWidth = sal_Int16(width);
    l.LineStyle = style;
    return l;
}

constexpr const char* kSwatch = "\u25A0";    // ■
constexpr const char* kMilestone = "\u25C6"; // ◆
constexpr const char* kLine = "\u2502";      // │
constexpr const char* kDashed = "\u2506";    // ┆
constexpr const char* kUnderline = "\u2581"; // ▁

} // namespace

MarkLook look_of(MarkKind kind, bool critical) {
    switch (kind) {
    case MarkKind::Slack:
        return {.fill = kTaskSlackColor};
    case MarkKind::Bar:
        return {.fill = critical ? kCriticalColor : kTaskColor};
    case MarkKind::Buffer:
        return {.fill = critical ? kCriticalBufferColor : kTaskBufferColor};
    case MarkKind::Milestone:
        return {.glyph = kMilestone, .glyph_color = critical ? kCriticalColor : kTaskColor};
    case MarkKind::Due:
        return {.right_border = line(kDueColor, table::BorderLineStyle::DASHED, 50)};
    case MarkKind::Done:
        return {.fill = kDoneColor};
    case MarkKind::Progress:
        return {.fill = critical ? kCriticalProgressColor : kTaskProgressColor};
    case MarkKind::Overrun:
        return {.fill = kOverrunColor};
    case MarkKind::Baseline:
        return {.bottom_border = line(kBaselineColor, table::BorderLineStyle::SOLID, 35)};
    }
    return {};
}

LineLook look_of(LineKind kind) {
    switch (kind) {
    case LineKind::Deadline:
        return {.border_property = "RightBorder",
                .border = line(kDeadlineColor, table::BorderLineStyle::SOLID, 50),
                .header_color = kDeadlineColor,
                .header_fill = false};
    case LineKind::Today:
        return {.border_property = "LeftBorder",
                .border = line(kTodayColor, table::BorderLineStyle::SOLID, 50),
                .header_color = kTodayColor,
                .header_fill = true};
    }
    return {};
}

std::vector<LegendRun> legend(const Words& w, const Timeline& t) {
    const auto drawn = [&](MarkKind kind, std::optional<bool> critical = std::nullopt) {
        return std::any_of(t.marks.begin(), t.marks.end(), [&](const TimelineMark& m) {
            return m.kind == kind && (!critical || m.critical == *critical);
        });
    };
    const bool critical = drawn(MarkKind::Bar, true) || drawn(MarkKind::Milestone, true);
    const bool other = drawn(MarkKind::Bar, false) || drawn(MarkKind::Milestone, false);
    const bool today = std::any_of(t.lines.begin(), t.lines.end(),
                                   [](const TimelineLine& l) { return l.kind == LineKind::Today; });
    const bool off =
        std::find(t.non_working.begin(), t.non_working.end(), true) != t.non_working.end();

    std::vector<LegendRun> out;
    const auto entry = [&](bool shown, std::vector<LegendRun> swatches, const char* words) {
        if (!shown) return;
        out.insert(out.end(), swatches.begin(), swatches.end());
        out.push_back({std::string(" ") + words + "   ", -1});
    };
    entry(critical, {{kSwatch, kCriticalColor}}, w.legend_critical);
    entry(other, {{kSwatch, kTaskColor}}, w.legend_task);
    entry(drawn(MarkKind::Slack), {{kSwatch, kTaskSlackColor}}, w.legend_slack);
    entry(drawn(MarkKind::Done), {{kSwatch, kDoneColor}}, w.legend_done);
    std::vector<LegendRun> shares;
    if (drawn(MarkKind::Progress, true)) shares.push_back({kSwatch, kCriticalProgressColor});
    if (drawn(MarkKind::Progress, false)) shares.push_back({kSwatch, kTaskProgressColor});
    entry(!shares.empty(), shares, w.legend_progress);
    entry(drawn(MarkKind::Overrun), {{kSwatch, kOverrunColor}}, w.legend_overrun);
    // The buffer in each tone drawn, critical then not.
    std::vector<LegendRun> buffers;
    if (drawn(MarkKind::Buffer, true)) buffers.push_back({kSwatch, kCriticalBufferColor});
    if (drawn(MarkKind::Buffer, false)) buffers.push_back({kSwatch, kTaskBufferColor});
    entry(!buffers.empty(), buffers, w.legend_buffer);
    entry(off, {{kSwatch, kNonWorkingColor}}, w.legend_off);
    entry(drawn(MarkKind::Milestone), {{kMilestone, -1}}, w.legend_milestone);
    entry(drawn(MarkKind::Due), {{kDashed, kDueColor}}, w.legend_due);
    entry(drawn(MarkKind::Baseline), {{kUnderline, kBaselineColor}}, w.legend_baseline);
    entry(true, {{kLine, kDeadlineColor}}, w.legend_deadline);
    entry(today, {{kLine, kTodayColor}}, w.legend_today);
    return out;
}

} // namespace retroplan::addin
