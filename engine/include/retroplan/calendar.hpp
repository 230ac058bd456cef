// Working-day calendar: a weekend mask plus holidays, and the working-day index both ways.
#pragma once

#include "retroplan/date.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace retroplan {

// Working days are numbered consecutively; all scheduling arithmetic happens on these numbers.
using WorkIndex = std::int64_t;

// Which weekdays are non-working, as Calc's WORKDAY.INTL understands it.
class WeekendMask {
  public:
    // Saturday and Sunday, WORKDAY.INTL's default.
    WeekendMask() : off_{false, false, false, false, false, true, true} {}

    // "0000011" (Monday first, 1 = non-working) or a numeric code 1-7, 11-17 (as text).
    // nullopt for anything else, including a mask with no working day.
    static std::optional<WeekendMask> parse(std::string_view text);
    static std::optional<WeekendMask> from_code(double code);

    // 0 = Monday ... 6 = Sunday.
    bool is_off(unsigned iso_weekday_from_monday) const { return off_[iso_weekday_from_monday]; }
    bool is_off(Date d) const;
    std::string to_string() const;

  private:
    explicit WeekendMask(std::array<bool, 7> off) : off_(off) {}
    std::array<bool, 7> off_;
};

class Calendar {
  public:
    Calendar() : Calendar(WeekendMask{}, {}) {}
    Calendar(WeekendMask weekend, const std::vector<Date>& holidays);

    const WeekendMask& weekend() const { return weekend_; }
    bool is_working(Date d) const;

    // nullopt when the date is outside 1900..2200 or no working day is found inside that range.
    std::optional<WorkIndex> index_on_or_before(Date d) const;
    std::optional<WorkIndex> index_on_or_after(Date d) const;
    std::optional<Date> date_of(WorkIndex i) const;
    WorkIndex working_day_count() const { return WorkIndex(workdays_.size()); }

  private:
    WeekendMask weekend_;
    std::vector<std::int32_t> before_; // per calendar day since kFirstDate: working days before it
    std::vector<std::int32_t> workdays_; // per working day: its offset in days since kFirstDate
    std::vector<bool> working_;          // per calendar day since kFirstDate
};

} // namespace retroplan
