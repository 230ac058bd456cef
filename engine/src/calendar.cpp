#include "retroplan/calendar.hpp"

#include "retroplan/text.hpp"

#include <cmath>

namespace retroplan {

using namespace std::chrono;

std::optional<WeekendMask> WeekendMask::parse(std::string_view text) {
    text = trim(text);
    if (text.size() == 7 && text.find_first_not_of("01") == std::string_view::npos) {
        std::array<bool, 7> off{};
        for (unsigned i = 0; i < 7; ++i)
            off[i] = text[i] == '1';
        if (text == "1111111") return std::nullopt;
        return WeekendMask(off);
    }
    if (text.empty() || text.size() > 2 || text.find_first_not_of("0123456789") != text.npos)
        return std::nullopt;
    int code = 0;
    for (char c : text)
        code = code * 10 + (c - '0');
    return from_code(code);
}

std::optional<WeekendMask> WeekendMask::from_code(double code) {
    if (!std::isfinite(code) || code != std::floor(code)) return std::nullopt;
    const int c = static_cast<int>(code);
    std::array<bool, 7> off{};
    // Codes 1-7: two consecutive days, 1 = Saturday+Sunday, 2 = Sunday+Monday, ... 7 =
    // Friday+Saturday.
    if (c >= 1 && c <= 7) {
        const unsigned first = (unsigned(c) + 4) % 7; // 1 -> Saturday (5)
        off[first] = off[(first + 1) % 7] = true;
        return WeekendMask(off);
    }
    // Codes 11-17: one day, 11 = Sunday, 12 = Monday, ... 17 = Saturday.
    if (c >= 11 && c <= 17) {
        off[(unsigned(c) - 11 + 6) % 7] = true;
        return WeekendMask(off);
    }
    return std::nullopt;
}

bool WeekendMask::is_off(Date d) const {
    return off_[weekday{d}.iso_encoding() - 1];
}

std::string WeekendMask::to_string() const {
    std::string s(7, '0');
    for (unsigned i = 0; i < 7; ++i)
        if (off_[i]) s[i] = '1';
    return s;
}

Calendar::Calendar(WeekendMask weekend, const std::vector<Date>& holidays) : weekend_(weekend) {
    const auto n = static_cast<std::size_t>((kLastDate - kFirstDate).count() + 1);
    working_.assign(n, true);
    unsigned wd = weekday{kFirstDate}.iso_encoding() - 1;
    for (std::size_t i = 0; i < n; ++i, wd = wd == 6 ? 0 : wd + 1)
        if (weekend_.is_off(wd)) working_[i] = false;
    for (Date h : holidays)
        if (in_supported_range(h)) working_[std::size_t((h - kFirstDate).count())] = false;
    before_.resize(n);
    workdays_.reserve(n * 5 / 7 + 8);
    for (std::size_t i = 0; i < n; ++i) {
        before_[i] = std::int32_t(workdays_.size());
        if (working_[i]) workdays_.push_back(std::int32_t(i));
    }
}

bool Calendar::is_working(Date d) const {
    return in_supported_range(d) && working_[std::size_t((d - kFirstDate).count())];
}

std::optional<WorkIndex> Calendar::index_on_or_before(Date d) const {
    if (!in_supported_range(d)) return std::nullopt;
    const auto i = std::size_t((d - kFirstDate).count());
    const WorkIndex idx = before_[i] + (working_[i] ? 0 : -1);
    if (idx < 0) return std::nullopt;
    return idx;
}

std::optional<WorkIndex> Calendar::index_on_or_after(Date d) const {
    if (!in_supported_range(d)) return std::nullopt;
    const WorkIndex idx = before_[std::size_t((d - kFirstDate).count())];
    if (idx >= WorkIndex(workdays_.size())) return std::nullopt;
    return idx;
}

std::optional<Date> Calendar::date_of(WorkIndex i) const {
    if (i < 0 || i >= WorkIndex(workdays_.size())) return std::nullopt;
    return kFirstDate + days{workdays_[std::size_t(i)]};
}

} // namespace retroplan
