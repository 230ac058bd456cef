// The risk simulation's random numbers, by published algorithms so that any run can be
// reproduced elsewhere bit for bit: SplitMix64 (Steele, Lea, Flood 2014) seeds xoshiro256**
// (Blackman, Vigna 2018), both as in the reference C code at https://prng.di.unimi.it/.
#pragma once

#include <cstdint>

namespace retroplan {

// SplitMix64's output function: a bijection of 64-bit values.
constexpr std::uint64_t splitmix64_mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

inline constexpr std::uint64_t kSplitMix64Gamma = 0x9E3779B97F4A7C15u;

// Output number `i` (1-based) of SplitMix64 started from state `seed`, without the i - 1
// before it: the state after i steps is seed + i * gamma.
constexpr std::uint64_t splitmix64_output(std::uint64_t seed, std::uint64_t i) {
    return splitmix64_mix(seed + i * kSplitMix64Gamma);
}

class Xoshiro256StarStar {
  public:
    constexpr Xoshiro256StarStar(std::uint64_t s0, std::uint64_t s1, std::uint64_t s2,
                                 std::uint64_t s3)
        : s_{s0, s1, s2, s3} {}

    // The generator of run `run` (0-based) of a simulation seeded with `seed`: its state is
    // SplitMix64(seed)'s outputs 4·run + 1 … 4·run + 4. Each run has its own stream, so a run's
    // draws depend on nothing but (seed, run): any split of the runs between threads gives
    // the same results. Four distinct SplitMix64 outputs are never all zero.
    static constexpr Xoshiro256StarStar for_run(std::uint64_t seed, std::uint64_t run) {
        const std::uint64_t i = 4 * run;
        return {splitmix64_output(seed, i + 1), splitmix64_output(seed, i + 2),
                splitmix64_output(seed, i + 3), splitmix64_output(seed, i + 4)};
    }

    constexpr std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

  private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) {
        return (x << k) | (x >> (64 - k));
    }
    std::uint64_t s_[4];
};

} // namespace retroplan
