#include "retroplan/risk.hpp"

#include "retroplan/text.hpp"

#include <charconv>
#include <cmath>

namespace retroplan {

namespace {

// A whole number in [low, high] from a number cell or plain digits; nullopt otherwise.
std::optional<std::uint64_t> whole_number(const Cell& c, std::uint64_t low, std::uint64_t high) {
    if (c.kind == Cell::Kind::Number) {
        if (!std::isfinite(c.number) || c.number != std::floor(c.number) ||
            c.number < double(low) || c.number > double(high))
            return std::nullopt;
        return std::uint64_t(c.number);
    }
    if (c.kind != Cell::Kind::Text) return std::nullopt;
    const std::string_view t = trim(c.text);
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (t.empty() || ec != std::errc{} || end != t.data() + t.size() || v < low || v > high)
        return std::nullopt;
    return v;
}

Problem setting_problem(ProblemId id, const char* setting, const Cell& value) {
    if (value.is_error())
        return {.id = ProblemId::ErrorValue, .value = value.text, .detail = setting};
    return {.id = id, .value = cell_text(value)};
}

} // namespace

RiskOptionsOutcome read_risk_options(const RiskOptionsInput& in) {
    RiskOptionsOutcome out;
    RiskOptions options;
    if (!in.runs.blank()) {
        if (const auto runs = whole_number(in.runs, 1, std::uint64_t(kMaxRuns)))
            options.runs = std::int64_t(*runs);
        else
            out.problems.push_back(setting_problem(ProblemId::BadRuns, "runs", in.runs));
    }
    if (!in.seed.blank()) {
        if (const auto seed = whole_number(in.seed, 0, kMaxSeed))
            options.seed = *seed;
        else
            out.problems.push_back(setting_problem(ProblemId::BadSeed, "seed", in.seed));
    }
    if (out.problems.empty()) out.options = options;
    return out;
}

std::optional<double> read_confidence(const Cell& c, std::vector<Problem>& problems) {
    std::optional<double> share;
    if (c.kind == Cell::Kind::Number) {
        share = c.number;
    } else if (c.kind == Cell::Kind::Text) {
        // "0.8", "0,8", "80%", "80 %" (a no-break space too: trim folds only ASCII).
        std::string t(trim(c.text));
        double scale = 1;
        if (!t.empty() && t.back() == '%') {
            t.pop_back();
            while (t.size() >= 2 && t.compare(t.size() - 2, 2, "\xC2\xA0") == 0)
                t.resize(t.size() - 2);
            t = std::string(trim(t));
            scale = 100;
        }
        if (t.find(',') != std::string::npos && t.find('.') == std::string::npos)
            t[t.find(',')] = '.';
        double v = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (!t.empty() && ec == std::errc{} && end == t.data() + t.size()) share = v / scale;
    }
    if (share && std::isfinite(*share) && *share > 0 && *share <= 1) return share;
    problems.push_back(setting_problem(ProblemId::BadConfidence, "confidence", c));
    return std::nullopt;
}

} // namespace retroplan
