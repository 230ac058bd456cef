#include "retroplan/owners.hpp"

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

std::string person_key(std::string_view name) {
    name = trim(name);
    std::string out;
    out.reserve(name.size());
    bool space = false;
    for (std::size_t i = 0; i < name.size();) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (is_space(char(c)) || (c == 0xC2 && i + 1 < name.size() && name[i + 1] == '\xA0')) {
            space = true;
            i += c == 0xC2 ? 2 : 1;
            continue;
        }
        if (space) out += ' ';
        space = false;
        if (c >= 'A' && c <= 'Z') {
            out += char(c + 32);
            ++i;
        } else if (c == 0xC3 && i + 1 < name.size()) {
            // U+00C0..U+00DE (À..Þ, but not ×) lower to U+00E0..U+00FE: second byte + 0x20.
            const auto c2 = static_cast<unsigned char>(name[i + 1]);
            out += char(c);
            out += char(c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97 ? c2 + 0x20 : c2);
            i += 2;
        } else if (c == 0xC5 && i + 1 < name.size() && name[i + 1] == '\x92') {
            out += "\xC5\x93"; // Œ -> œ
            i += 2;
        } else {
            out += char(c);
            ++i;
        }
    }
    return out;
}

std::int32_t People::add(std::string_view name) {
    std::string key = person_key(name);
    const auto [it, fresh] = index_.try_emplace(key, std::int32_t(names_.size()));
    if (fresh) {
        // The display name: as written, white space folded like the key.
        std::string shown;
        bool space = false;
        for (std::size_t i = 0; i < name.size();) {
            const bool nbsp = name[i] == '\xC2' && i + 1 < name.size() && name[i + 1] == '\xA0';
            if (is_space(name[i]) || nbsp) {
                space = true;
                i += nbsp ? 2 : 1;
                continue;
            }
            if (space && !shown.empty()) shown += ' ';
            space = false;
            shown += name[i++];
        }
        names_.push_back(std::move(shown));
        keys_.push_back(std::move(key));
    }
    return it->second;
}

std::int32_t People::find(std::string_view name) const {
    const auto it = index_.find(person_key(name));
    return it == index_.end() ? -1 : it->second;
}

Assignments assign_owners(const PlanInput& plan) {
    Assignments a;
    const std::size_t n = plan.tasks.size();
    a.task_begin.reserve(n + 1);
    a.task_begin.push_back(0);
    a.share.assign(n, kFullDay);
    const bool allocations = plan.has(Field::Allocation);
    for (std::size_t t = 0; t < n; ++t) {
        const auto first = a.person.size();
        for_each_person(plan.tasks[t].owner, [&](std::string_view name) {
            const std::int32_t p = a.people.add(name);
            for (auto k = first; k < a.person.size(); ++k)
                if (a.person[k] == p) return; // named twice in one cell: loaded once
            a.person.push_back(p);
        });
        a.task_begin.push_back(std::int32_t(a.person.size()));
        if (allocations)
            if (const auto s = parse_share(plan.cell(t, Field::Allocation));
                s && *s > 0 && *s <= kMaxAllocation)
                a.share[t] = *s;
    }
    return a;
}

void check_allocations(const PlanInput& plan, std::vector<Problem>& problems) {
    if (!plan.has(Field::Allocation)) return;
    for (std::size_t t = 0; t < plan.tasks.size(); ++t) {
        const Cell& c = plan.cell(t, Field::Allocation);
        if (c.blank() || plan.tasks[t].has_error(Field::Allocation)) continue;
        if (const auto s = parse_share(c); s && *s > 0 && *s <= kMaxAllocation) continue;
        problems.push_back({.id = ProblemId::BadAllocation,
                            .row = plan.tasks[t].row,
                            .column = plan.column(Field::Allocation),
                            .value = cell_text(c)});
    }
}

} // namespace retroplan
