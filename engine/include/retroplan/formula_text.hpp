// What "Save a copy for sharing" needs to know of a Calc formula, from its text as the UNO API
// gives it: RETRO_* calls appear under the add-in's programmatic names
// ("=ORG.RETROPLAN.FUNCTIONS.RETROSTART(A2;$A:$F;RETRO_DEADLINE)"), whatever the interface
// language. Pure text: no Calc needed.
#pragma once

#include <string_view>

namespace retroplan {

// The prefix of every Retroplan function in a formula's API text (the add-in's service name).
inline constexpr std::string_view kFunctionPrefix = "ORG.RETROPLAN.FUNCTIONS.";

// The formula calls a Retroplan function anywhere (case ignored): its value must be frozen for
// people without the extension.
bool calls_retroplan(std::string_view formula);

// What the frozen value is, when the formula is nothing but one Retroplan call: a date
// (RETRO_START, RETRO_END, RETRO_EARLY_START, RETRO_EARLY_END, RETRO_KICKOFF), RETRO_SCHEDULE's
// rows (dates in their columns 2 to 5), or anything else (a number of days, a flag, text, or a
// formula that computes with the call: its format is the user's).
enum class FrozenValue { Other, Date, ScheduleRows };
FrozenValue frozen_value(std::string_view formula);

// RETRO_SCHEDULE's columns (0-based) that hold dates: start, end, early start, early end.
inline constexpr bool is_schedule_date_column(int column) {
    return column >= 1 && column <= 4;
}

} // namespace retroplan
