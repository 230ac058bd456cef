#include "retroplan/parse.hpp"

#include "retroplan/text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace retroplan {

namespace {

// Above this, a duration, buffer or lag cannot fit in the 1900-2200 calendar anyway.
constexpr std::int64_t kMaxDays = 1'000'000;

bool ieq(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (c != b[i]) return false;
    }
    return true;
}

// Reads leading digits; nullopt if none or too many.
std::optional<std::int64_t> digits(std::string_view& s) {
    std::size_t i = 0;
    std::int64_t v = 0;
    while (i < s.size() && is_digit(s[i])) {
        v = v * 10 + (s[i] - '0');
        if (v > kMaxDays) return std::nullopt;
        ++i;
    }
    if (i == 0) return std::nullopt;
    s.remove_prefix(i);
    return v;
}

} // namespace

std::optional<std::int64_t> parse_days(std::string_view text) {
    text = trim(text);
    auto n = digits(text);
    if (!n) return std::nullopt;
    // "5.0" is a whole number; "5.5" is not.
    if (!text.empty() && (text.front() == '.' || text.front() == ',')) {
        std::size_t i = 1;
        while (i < text.size() && text[i] == '0')
            ++i;
        if (i == 1) return std::nullopt;
        text.remove_prefix(i);
    }
    const std::string_view unit = trim(text);
    if (unit.empty() || ieq(unit, "d") || ieq(unit, "j") || ieq(unit, "day") || ieq(unit, "days") ||
        ieq(unit, "jour") || ieq(unit, "jours") || ieq(unit, "jo"))
        return *n;
    if (ieq(unit, "w") || ieq(unit, "sem") || ieq(unit, "wk") || ieq(unit, "week") ||
        ieq(unit, "weeks") || ieq(unit, "semaine") || ieq(unit, "semaines"))
        return *n * 5 <= kMaxDays ? std::optional(*n * 5) : std::nullopt;
    return std::nullopt;
}

std::optional<std::int64_t> parse_days(const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::Empty:
    case Cell::Kind::Boolean: // TRUE is not one day
    case Cell::Kind::Error:
        return std::nullopt;
    case Cell::Kind::Text:
        return parse_days(cell.text);
    case Cell::Kind::Number:
        if (!std::isfinite(cell.number) || cell.number < 0 || cell.number > double(kMaxDays) ||
            cell.number != std::floor(cell.number))
            return std::nullopt;
        return std::int64_t(cell.number);
    }
    return std::nullopt;
}

namespace {

// A plain decimal number: digits, optionally a '.' or ',' and more digits. No sign, no exponent.
// Up to 15 digits it is exact integer over a power of ten (one correctly rounded division, as
// strtod would give); longer ones go through from_chars.
std::optional<double> decimal(std::string_view s) {
    std::uint64_t mantissa = 0;
    int digits_seen = 0, fraction_digits = 0, separators = 0;
    for (const char c : s) {
        if (is_digit(c)) {
            mantissa = mantissa * 10 + std::uint64_t(c - '0');
            ++digits_seen;
            fraction_digits += separators;
        } else if (c == '.' || c == ',') {
            ++separators;
        } else {
            return std::nullopt;
        }
    }
    if (digits_seen == 0 || separators > 1) return std::nullopt;
    if (digits_seen <= 15) {
        static constexpr double kPowers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        return double(mantissa) / kPowers[fraction_digits];
    }
    std::string text(s);
    std::replace(text.begin(), text.end(), ',', '.');
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return v;
}

std::optional<double> fraction(double v) {
    if (!std::isfinite(v) || v < 0 || v > 1) return std::nullopt;
    return v;
}

} // namespace

std::optional<double> parse_progress(const Cell& cell) {
    if (cell.kind == Cell::Kind::Number) return fraction(cell.number);
    if (cell.kind != Cell::Kind::Text) return std::nullopt; // empty, boolean, error
    std::string_view t = trim(cell.text);
    if (t.empty() || t.back() != '%') {
        const auto v = decimal(t);
        return v ? fraction(*v) : std::nullopt;
    }
    t = trim(t.substr(0, t.size() - 1));
    // Calc appends a % as soon as one types a digit into a percent cell: typing "50%" there
    // gives the text "50%%".
    if (!t.empty() && t.back() == '%') t = trim(t.substr(0, t.size() - 1));
    // French typography puts a narrow no-break space (U+202F) before the % sign.
    if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xAF") t = t.substr(0, t.size() - 3);
    const auto v = decimal(t);
    return v ? fraction(*v / 100) : std::nullopt;
}

std::string_view to_string(LinkType t) {
    switch (t) {
    case LinkType::FS:
        return "FS";
    case LinkType::SS:
        return "SS";
    case LinkType::FF:
        return "FF";
    case LinkType::SF:
        return "SF";
    }
    return "FS";
}

LinkReadings link_readings(std::string_view entry) {
    LinkReadings out;
    entry = trim(entry);
    out.push_back({entry, LinkType::FS, 0});

    // Lag: a sign, digits, an optional d/j unit, at the end.
    std::string_view rest = entry;
    std::int64_t lag = 0;
    bool has_lag = false;
    {
        std::string_view s = rest;
        if (!s.empty() &&
            (s.back() == 'd' || s.back() == 'D' || s.back() == 'j' || s.back() == 'J'))
            s.remove_suffix(1);
        s = trim(s);
        std::size_t i = s.size();
        while (i > 0 && is_digit(s[i - 1]))
            --i;
        if (i < s.size() && i > 0 && (s[i - 1] == '+' || s[i - 1] == '-')) {
            std::string_view num = s.substr(i);
            const auto n = digits(num);
            if (!n) return {}; // a lag too large to mean anything
            lag = s[i - 1] == '-' ? -*n : *n;
            rest = trim(s.substr(0, i - 1));
            has_lag = true;
        }
    }
    if (has_lag && !rest.empty()) out.push_back({rest, LinkType::FS, lag});

    // Type: the last two letters, English or French.
    if (rest.size() > 2) {
        const std::string_view t = rest.substr(rest.size() - 2);
        std::optional<LinkType> type;
        if (ieq(t, "fs") || ieq(t, "fd"))
            type = LinkType::FS;
        else if (ieq(t, "ss") || ieq(t, "dd"))
            type = LinkType::SS;
        else if (ieq(t, "ff"))
            type = LinkType::FF;
        else if (ieq(t, "sf") || ieq(t, "df"))
            type = LinkType::SF;
        if (type) {
            const std::string_view id = trim(rest.substr(0, rest.size() - 2));
            if (!id.empty()) out.push_back({id, *type, lag});
        }
    }
    return out;
}

std::vector<std::string_view> split_entries(std::string_view list) {
    std::vector<std::string_view> out;
    for_each_entry(list, [&](std::string_view e) { out.push_back(e); });
    return out;
}

} // namespace retroplan
