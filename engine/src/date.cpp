#include "retroplan/date.hpp"

#include "retroplan/text.hpp"

#include <cmath>

namespace retroplan {

using namespace std::chrono;

bool in_supported_range(Date d) {
    return d >= kFirstDate && d <= kLastDate;
}

namespace {

std::optional<Date> checked(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    const year_month_day ymd{year{y}, month{unsigned(m)}, day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

} // namespace

std::optional<Date> parse_date(std::string_view text) {
    text = trim(text);
    // Accept an ISO date-time ("2027-04-02T00:00:00" / "2027-04-02 00:00") by dropping the time.
    if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) text = text.substr(0, 10);
    int a = 0, b = 0, c = 0;
    std::size_t pos = 0;
    auto number = [&](int& out, std::size_t min_digits, std::size_t max_digits) {
        std::size_t start = pos;
        out = 0;
        while (pos < text.size() && pos - start < max_digits && is_digit(text[pos]))
            out = out * 10 + (text[pos++] - '0');
        return pos - start >= min_digits;
    };
    auto sep = [&](char s) { return pos < text.size() && text[pos] == s && ++pos; };
    if (number(a, 4, 4) && sep('-') && number(b, 1, 2) && sep('-') && number(c, 1, 2) &&
        pos == text.size())
        return checked(a, b, c);
    pos = 0;
    if (number(a, 1, 2) && (sep('/') || sep('.')) && number(b, 1, 2) && (sep('/') || sep('.')) &&
        number(c, 4, 4) && pos == text.size())
        return checked(c, b, a);
    return std::nullopt;
}

std::string to_iso(Date d) {
    // Hand-formatted: the CLI writes four dates per task, a million tasks at a time.
    const year_month_day ymd{d};
    const int y = int(ymd.year());
    const unsigned m = unsigned(ymd.month()), day = unsigned(ymd.day());
    if (y < 0 || y > 9999) return "0000-00-00";
    std::string out(10, '-');
    out[0] = char('0' + y / 1000);
    out[1] = char('0' + y / 100 % 10);
    out[2] = char('0' + y / 10 % 10);
    out[3] = char('0' + y % 10);
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
    return out;
}

std::optional<Date> date_from_serial(double serial, Date null_date) {
    if (!std::isfinite(serial) || std::fabs(serial) > 1e7) return std::nullopt;
    return null_date + days{static_cast<long>(std::floor(serial))};
}

double serial_from_date(Date d, Date null_date) {
    return double((d - null_date).count());
}

} // namespace retroplan
