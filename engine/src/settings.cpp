#include "retroplan/settings.hpp"

namespace retroplan {

std::optional<Date> cell_date(const Cell& c, Date null_date) {
    std::optional<Date> d;
    if (c.kind == Cell::Kind::Number)
        d = date_from_serial(c.number, null_date);
    else if (c.kind == Cell::Kind::Text)
        d = parse_date(c.text);
    if (d && !in_supported_range(*d)) return std::nullopt;
    return d;
}

SettingsOutcome read_settings(const SettingsInput& in) {
    SettingsOutcome out;
    const auto deadline = cell_date(in.deadline, in.null_date);
    if (!deadline)
        out.problems.push_back({ProblemId::BadDeadline, 0, {}, cell_text(in.deadline), {}});

    std::optional<Date> start;
    if (!in.start.blank()) {
        start = cell_date(in.start, in.null_date);
        if (!start) out.problems.push_back({ProblemId::BadStart, 0, {}, cell_text(in.start), {}});
    }

    std::optional<WeekendMask> weekend = WeekendMask{};
    if (in.weekend.kind == Cell::Kind::Number)
        weekend = WeekendMask::from_code(in.weekend.number);
    else if (!in.weekend.blank())
        weekend = WeekendMask::parse(in.weekend.text);
    if (!weekend) out.problems.push_back({ProblemId::BadWeekend, 0, {}, cell_text(in.weekend), {}});

    std::vector<Date> holidays;
    holidays.reserve(in.holidays.size());
    for (const Cell& h : in.holidays) {
        if (h.blank()) continue;
        if (const auto d = cell_date(h, in.null_date))
            holidays.push_back(*d);
        else
            out.problems.push_back({ProblemId::BadHoliday, 0, {}, cell_text(h), {}});
    }
    if (!out.problems.empty()) return out;
    out.settings = Settings{Calendar(*weekend, holidays), Options{*deadline, start}};
    return out;
}

Outcome schedule(const PlanInput& plan, const SettingsOutcome& settings) {
    static const Settings fallback{Calendar{}, Options{make_date(2100, 1, 1), {}}};
    const Settings& used = settings.settings ? *settings.settings : fallback;
    Outcome out = schedule(plan, used.calendar, used.options);
    out.problems.insert(out.problems.begin(), settings.problems.begin(), settings.problems.end());
    if (!settings.problems.empty()) out.schedule.reset();
    return out;
}

} // namespace retroplan
