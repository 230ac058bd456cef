#include "timeline_marks.hxx"

#include <com/sun/star/table/BorderLineStyle.hpp>

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

std::vector<LegendRun> legend(const Words& w) {
    const auto swatch = [](const char* glyph, sal_Int32 color, const char* words) {
        return std::vector<LegendRun>{{glyph, color}, {std::string(" ") + words + "   ", -1}};
    };
    std::vector<LegendRun> out;
    for (auto part : {swatch(kSwatch, kCriticalColor, w.legend_critical),
                      swatch(kSwatch, kTaskColor, w.legend_task),
                      swatch(kSwatch, kTaskSlackColor, w.legend_slack)})
        out.insert(out.end(), part.begin(), part.end());
    // The buffer in both tones, critical then not.
    out.push_back({kSwatch, kCriticalBufferColor});
    for (auto part :
         {swatch(kSwatch, kTaskBufferColor, w.legend_buffer),
          swatch(kSwatch, kNonWorkingColor, w.legend_off),
          swatch(kMilestone, -1, w.legend_milestone), swatch(kDashed, kDueColor, w.legend_due),
          swatch(kLine, kDeadlineColor, w.legend_deadline),
          swatch(kLine, kTodayColor, w.legend_today)})
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

} // namespace retroplan::addin
