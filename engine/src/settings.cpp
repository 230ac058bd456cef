#include "retroplan/settings.hpp"

#include "retroplan/parse.hpp"

namespace retroplan {

namespace {

// A setting's problem names the setting in its sentence (there is no row or column); an error
// value is a problem of its own kind, whose detail says which setting held it.
Problem setting_problem(ProblemId id, const char* setting, const Cell& value) {
    if (value.is_error())
        return {.id = ProblemId::ErrorValue, .value = value.text, .detail = setting};
    return {.id = id, .value = cell_text(value)};
}

} // namespace

SettingsOutcome read_settings(const SettingsInput& in) {
    SettingsOutcome out;
    const auto deadline = cell_date(in.deadline, in.null_date);
    if (!deadline)
        out.problems.push_back(
            in.deadline.blank() ? Problem{.id = ProblemId::NoDeadline}
                                : setting_problem(ProblemId::BadDeadline, "deadline", in.deadline));

    std::optional<Date> start;
    if (!in.start.blank()) {
        start = cell_date(in.start, in.null_date);
        if (!start) out.problems.push_back(setting_problem(ProblemId::BadStart, "start", in.start));
    }

    std::optional<WeekendMask> weekend = WeekendMask{};
    if (in.weekend.kind == Cell::Kind::Number)
        weekend = WeekendMask::from_code(in.weekend.number);
    else if (!in.weekend.blank())
        weekend = WeekendMask::parse(in.weekend.text);
    if (!weekend)
        out.problems.push_back(setting_problem(ProblemId::BadWeekend, "weekend", in.weekend));

    std::vector<Date> holidays;
    holidays.reserve(in.holidays.size());
    for (const Cell& h : in.holidays) {
        if (h.blank()) continue;
        if (const auto d = cell_date(h, in.null_date))
            holidays.push_back(*d);
        else
            out.problems.push_back(setting_problem(ProblemId::BadHoliday, "holidays", h));
    }
    std::int64_t alert_days = kDefaultAlertDays;
    if (!in.alert_days.blank()) {
        if (const auto a = parse_days(in.alert_days))
            alert_days = *a;
        else
            out.problems.push_back(
                setting_problem(ProblemId::BadAlertDays, "alert_days", in.alert_days));
    }
    if (!out.problems.empty()) return out;
    out.settings = Settings{Calendar(*weekend, holidays), Options{*deadline, start, alert_days}};
    return out;
}

} // namespace retroplan
