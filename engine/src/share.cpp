#include "retroplan/share.hpp"

#include "retroplan/text.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace retroplan {

double share_percent(Share s) {
    return double(s) / double(kFullDay / 100);
}

std::string share_percent_text(Share s) {
    // Shares are millionths of a day: a percentage has at most 4 decimals.
    const bool negative = s < 0;
    const auto v = std::uint64_t(negative ? -s : s);
    std::string out;
    if (negative) out += '-';
    out += std::to_string(v / 10'000);
    if (const auto frac = v % 10'000; frac != 0) {
        char buf[8];
        std::snprintf(buf, sizeof buf, ".%04u", unsigned(frac));
        out += buf;
        while (out.back() == '0')
            out.pop_back();
    }
    return out;
}

namespace {

// A decimal number, "." or "," as the separator; the whole text must be the number.
std::optional<double> read_decimal(std::string_view text) {
    std::string s(text);
    for (char& c : s)
        if (c == ',') c = '.';
    if (s.empty() || s.front() == '+') return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

// Far beyond any range a caller accepts, so that the conversion to Share cannot overflow.
constexpr double kShareLimit = 1e6;

Share to_share(double fraction) {
    const double clamped = std::fmax(-kShareLimit, std::fmin(kShareLimit, fraction));
    return Share(std::llround(clamped * double(kFullDay)));
}

// Removes a trailing "%" and the space before it (also the no-break spaces French typing puts
// there: U+00A0 and the narrow U+202F).
bool strip_percent(std::string_view& s) {
    if (s.empty() || s.back() != '%') return false;
    s.remove_suffix(1);
    for (;;) {
        s = trim(s);
        if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF")
            s.remove_suffix(3);
        else
            return true;
    }
}

} // namespace

std::optional<Share> parse_share(const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::Number:
        if (!std::isfinite(cell.number)) return std::nullopt;
        return to_share(cell.number);
    case Cell::Kind::Text: {
        std::string_view s = trim(cell.text);
        const bool percent = strip_percent(s);
        const auto v = read_decimal(s);
        if (!v) return std::nullopt;
        return to_share(percent ? *v / 100 : *v);
    }
    case Cell::Kind::Empty:
    case Cell::Kind::Boolean: // TRUE is not 100 %
    case Cell::Kind::Error:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace retroplan
