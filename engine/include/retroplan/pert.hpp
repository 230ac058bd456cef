// PERT durations (model §13): a three-point estimate a ≤ m ≤ b drawn from Beta(α, β) on [a, b]
// and rounded up to whole working days, sampled by inverse transform from one uniform draw.
#pragma once

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace retroplan {

// The regularized incomplete beta function I_x(α, β), the Beta(α, β) distribution function,
// by its continued fraction (modified Lentz), for α, β ≥ 1 (the PERT's lie in [1, 5]).
double incomplete_beta(double x, double alpha, double beta);

struct PertShape {
    double alpha, beta;
};
// α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a); a < b.
PertShape pert_shape(std::int64_t a, std::int64_t m, std::int64_t b);

// Inverse transform, rounded up: with n = b − a and u a uniform 32-bit integer, the draw is
// a + k for the smallest k in 1..n with u < threshold(k), where
// threshold(k) = ⌈I_{k/n}(α, β) · 2³²⌉ (k/n in double precision) and threshold(n) = 2³².
// That is ⌈a + (b − a)·F⁻¹(u / 2³²)⌉ computed without inverting F: the draw is never a itself
// (a Beta variate equals a with probability 0). 32 bits resolve probabilities of 2.3·10⁻¹⁰,
// far below what any number of runs can see, and give two draws per 64-bit output.
std::uint64_t pert_threshold(std::int64_t k, std::int64_t n, PertShape shape);

// Many estimates' samplers in flat tables: their thresholds, and a guide table (Chen & Asau's
// indexed search) over 2^L equal buckets of u, at least 16 per threshold (4 for ranges over 256
// days), giving each bucket's first threshold above its lowest u. Most buckets hold at most one
// threshold, so a draw is two loads and one comparison without a branch; a bucket holding more
// is flagged and searched. The tables are kept small (32-bit thresholds and guide entries, one
// copy per shape (m − a, b − a)) so that they and the backward pass's arrays share the cache.
// Ranges wider than kMaxTable days search the thresholds by bisection instead. The guide only
// speeds the search: the draws are those of pert_threshold whatever its size.
class PertSampler {
  public:
    static constexpr std::int64_t kMaxTable = 4096;

    // Adds an estimate with a < b, whose draws go to out[position] (see draw_all).
    void add(std::int64_t a, std::int64_t m, std::int64_t b, std::uint32_t position = 0);
    std::size_t size() const { return hot_.size(); }

    // The draw of the estimate added `slot`-th from the uniform 32-bit integer u.
    std::int64_t draw(std::size_t slot, std::uint32_t u) const {
        return draw(hot_[slot], table_.data(), u);
    }

    // One draw per estimate, in the order of adding, into out[its position]: each 64-bit
    // output of rng gives two uniforms, its high half first. The simulation's inner loop, on
    // few live values (the generator's state stays in registers).
    template <class Rng, class V> void draw_all(Rng& rng, V* out) const {
        const Hot* h = hot_.data();
        const Hot* const end = h + hot_.size();
        const std::uint32_t* const table = table_.data();
        for (; end - h >= 2; h += 2) {
            const std::uint64_t x = rng.next();
            out[h[0].position] = V(draw(h[0], table, std::uint32_t(x >> 32)));
            out[h[1].position] = V(draw(h[1], table, std::uint32_t(x)));
        }
        if (h != end) out[h->position] = V(draw(*h, table, std::uint32_t(rng.next() >> 32)));
    }

  private:
    // A guide entry: the index in table_ of the first threshold − 1 above the bucket's lowest
    // u; kSlow when the bucket holds two thresholds or more, kWide (with kSlow) when the
    // estimate is not tabulated and the index is its cold_ entry.
    static constexpr std::uint32_t kSlow = 1u << 31, kWide = 1u << 30, kIndex = kWide - 1;
    struct Hot {
        std::int32_t base; // a + 1 − the index of threshold(1) − 1: the draw is base + index
        std::uint32_t position; // where draw_all writes
        std::uint32_t guide;    // index of bucket 0 in table_
        std::uint32_t shift;    // u >> shift is u's bucket
    };
    struct Cold {
        std::int64_t a, n;
        PertShape shape;
    };

    std::int64_t draw(const Hot& h, const std::uint32_t* table, std::uint32_t u) const {
        const std::uint32_t g = table[h.guide + std::uint32_t(std::uint64_t(u) >> h.shift)];
        std::uint32_t k = g & kIndex;
        if (g & kSlow) [[unlikely]]
            return slow(h, g, u);
        return h.base + std::int64_t(k + (u > table[k]));
    }
    std::int64_t slow(const Hot& h, std::uint32_t g, std::uint32_t u) const;

    std::vector<Hot> hot_;
    std::vector<Cold> cold_; // the ranges too wide to tabulate
    // Per tabulated estimate: its guide (one entry per bucket), then threshold(k) − 1 for
    // k = 1..n. (u < threshold ⇔ u ≤ threshold − 1, which fits 32 bits.)
    std::vector<std::uint32_t> table_;
    // The guide's index of each tabulated shape (m − a, n): estimates of one shape share tables.
    std::map<std::pair<std::int64_t, std::int64_t>, std::uint32_t> shared_;
};

} // namespace retroplan
