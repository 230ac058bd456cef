// The look of everything the timeline draws: each kind of mark (retroplan/timeline.hpp) and line,
// the colors, and the legend that explains them. A new kind of mark gets its look and its legend
// entry here.
#pragma once

#include "timeline_words.hxx"

#include "retroplan/timeline.hpp"

#include <com/sun/star/table/BorderLine2.hpp>

#include <optional>
#include <string>
#include <vector>

namespace retroplan::addin {

// Colors, also read back by the tests.
inline constexpr sal_Int32 kCriticalColor = 0xC0392B;
inline constexpr sal_Int32 kTaskColor = 0x2E86C1;
inline constexpr sal_Int32 kTaskSlackColor = 0xAED6F1;      // only tasks with slack have it
inline constexpr sal_Int32 kCriticalBufferColor = 0xF1A9A0; // lighter tones of the bars
inline constexpr sal_Int32 kTaskBufferColor = 0x7FB3D5;
inline constexpr sal_Int32 kNonWorkingColor = 0xD9D9D9;
inline constexpr sal_Int32 kDeadlineColor = 0x922B21;
inline constexpr sal_Int32 kTodayColor = 0xE67E22;
inline constexpr sal_Int32 kDueColor = 0x7D3C98;
inline constexpr sal_Int32 kRepeatedLabelColor = 0x808080; // a month named again
// Following the plan (model §8-10): done tasks, the done share inside a bar (darker tones of the
// bars), a late task's overrun, the baseline's underline, and the status words' colors (late:
// kCriticalColor, due soon: kTodayColor, in progress: kTaskColor).
inline constexpr sal_Int32 kDoneColor = 0x27AE60;
inline constexpr sal_Int32 kCriticalProgressColor = 0x78281F;
inline constexpr sal_Int32 kTaskProgressColor = 0x1B4F72;
inline constexpr sal_Int32 kOverrunColor = 0x4A0E0E;
inline constexpr sal_Int32 kBaselineColor = 0x17202A;
inline constexpr sal_Int32 kNotStartedColor = 0x707B7C;

// How a mark shows in its cells: a fill, a glyph, a border on the right (any of them).
struct MarkLook {
    std::optional<sal_Int32> fill;
    const char* glyph = nullptr; // UTF-8
    sal_Int32 glyph_color = 0;
    std::optional<css::table::BorderLine2> right_border;
    std::optional<css::table::BorderLine2> bottom_border;
};
MarkLook look_of(MarkKind kind, bool critical);

// A line across the task rows: a border on one side of its column, and the color of its
// column's day number.
struct LineLook {
    const char* border_property; // "LeftBorder" or "RightBorder"
    css::table::BorderLine2 border;
    sal_Int32 header_color;
    bool header_fill; // the day number's cell filled (today) rather than its text colored
};
LineLook look_of(LineKind kind);

// The legend as colored runs of one line of text: a swatch (■, ◆, │…) then the words, for what
// this timeline draws only (a short line, printed whole).
struct LegendRun {
    std::string text;
    sal_Int32 color = -1;
};
std::vector<LegendRun> legend(const Words& w, const Timeline& t);

} // namespace retroplan::addin
