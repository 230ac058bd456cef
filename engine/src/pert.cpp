#include "retroplan/pert.hpp"

#include <cmath>
#include <limits>

namespace retroplan {

namespace {

constexpr double kTwo32 = 4294967296.0; // 2^32

// The continued fraction of I_x(a, b) (Numerical Recipes' betacf), evaluated by the modified
// Lentz method; converges fast for x < (a + 1) / (a + b + 2).
double beta_fraction(double x, double a, double b) {
    constexpr double kTiny = 1e-300;
    constexpr double kEps = std::numeric_limits<double>::epsilon();
    auto guard = [](double v) { return std::fabs(v) < kTiny ? kTiny : v; };
    const double qab = a + b, qap = a + 1, qam = a - 1;
    double c = 1;
    double d = 1 / guard(1 - qab * x / qap);
    double h = d;
    for (int m = 1; m <= 1000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 / guard(1 + aa * d);
        c = guard(1 + aa / c);
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 / guard(1 + aa * d);
        c = guard(1 + aa / c);
        const double step = d * c;
        h *= step;
        if (std::fabs(step - 1) < kEps) break;
    }
    return h;
}

} // namespace

double incomplete_beta(double x, double alpha, double beta) {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    // x^α (1-x)^β / B(α, β); tgamma rather than lgamma, which writes a global (signgam).
    const double front = std::tgamma(alpha + beta) / (std::tgamma(alpha) * std::tgamma(beta)) *
                         std::pow(x, alpha) * std::pow(1 - x, beta);
    if (x < (alpha + 1) / (alpha + beta + 2)) return front * beta_fraction(x, alpha, beta) / alpha;
    return 1 - front * beta_fraction(1 - x, beta, alpha) / beta;
}

PertShape pert_shape(std::int64_t a, std::int64_t m, std::int64_t b) {
    const double range = double(b - a);
    return {1 + 4 * double(m - a) / range, 1 + 4 * double(b - m) / range};
}

std::uint64_t pert_threshold(std::int64_t k, std::int64_t n, PertShape shape) {
    if (k >= n) return std::uint64_t(1) << 32;
    const double f = incomplete_beta(double(k) / double(n), shape.alpha, shape.beta);
    return std::uint64_t(std::ceil(f * kTwo32)); // f · 2^32 is exact: a power-of-two scaling
}

void PertSampler::add(std::int64_t a, std::int64_t m, std::int64_t b, std::uint32_t position) {
    const std::int64_t n = b - a;
    const PertShape shape = pert_shape(a, m, b);
    unsigned bits = 2;
    // Short ranges (the usual ones, their tables shared) get 16 buckets per threshold: fewer
    // crowded buckets, so fewer searches.
    const std::int64_t per_threshold = n <= 256 ? 16 : 4;
    while ((std::int64_t(1) << bits) < per_threshold * n)
        ++bits;
    const std::size_t guide = table_.size(), first = guide + (std::size_t(1) << bits);
    if (n > kMaxTable || first + std::size_t(n) > kIndex) { // one bucket, sent to bisection
        hot_.push_back({0, position, std::uint32_t(guide), 32});
        table_.push_back(kSlow | kWide | std::uint32_t(cold_.size()));
        cold_.push_back({a, n, shape});
        return;
    }
    const unsigned shift = 32 - bits;
    // The tables depend on (m − a, n) only: estimates of the same shape share them, which keeps
    // a plan's tables in the first-level cache (plans repeat a few small ranges).
    if (const auto same = shared_.find({m - a, n}); same != shared_.end()) {
        const std::uint32_t g = same->second;
        hot_.push_back({std::int32_t(a + 1 - std::int64_t(g + (1u << bits))), position, g, shift});
        return;
    }
    shared_.emplace(std::pair{m - a, n}, std::uint32_t(guide));
    hot_.push_back(
        {std::int32_t(a + 1 - std::int64_t(first)), position, std::uint32_t(guide), shift});
    table_.resize(first);
    // threshold(k) − 1 fits: threshold(k) ≥ 1 for k ≥ 1 (F(k/n) > 0 as α ≥ 1), and
    // threshold(n) − 1 = 2³² − 1, above no u.
    for (std::int64_t k = 1; k <= n; ++k)
        table_.push_back(std::uint32_t(pert_threshold(k, n, shape) - 1));
    const std::size_t last = first + std::size_t(n) - 1;
    std::size_t k = first; // the first threshold above the bucket's lowest u
    for (std::uint64_t j = 0; j < (std::uint64_t(1) << bits); ++j) {
        const std::uint64_t lowest = j << shift, highest = lowest + (std::uint64_t(1) << shift) - 1;
        while (table_[k] < lowest)
            ++k;
        const bool crowded = k < last && table_[k + 1] < highest;
        table_[guide + j] = std::uint32_t(k) | (crowded ? kSlow : 0);
    }
}

std::int64_t PertSampler::slow(const Hot& h, std::uint32_t g, std::uint32_t u) const {
    std::uint32_t k = g & kIndex;
    if (!(g & kWide)) {
        while (u > table_[k])
            ++k;
        return h.base + std::int64_t(k);
    }
    // The smallest k in 1..n with u < threshold(k); the thresholds rise with k.
    const Cold& e = cold_[k];
    std::int64_t lo = 1, hi = e.n;
    while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (u < pert_threshold(mid, e.n, e.shape))
            hi = mid;
        else
            lo = mid + 1;
    }
    return e.a + lo;
}

} // namespace retroplan
