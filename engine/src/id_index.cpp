#include "retroplan/id_index.hpp"

#include <algorithm>
#include <bit>

namespace retroplan {

void IdIndex::reserve(std::size_t n) {
    const std::size_t size = std::bit_ceil(std::max<std::size_t>(16, n * 2));
    slots_.assign(size, Slot{});
    keys_.reserve(n);
    mask_ = size - 1;
}

std::uint32_t IdIndex::hash_of(std::string_view s) {
    // FNV-1a, then a final mix so that similar IDs ("T1", "T2") spread over the table.
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s)
        h = (h ^ c) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return std::uint32_t(h);
}

std::int32_t IdIndex::insert(std::string_view id, std::int32_t index) {
    const std::uint32_t h = hash_of(id);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
        Slot& s = slots_[i];
        if (s.index < 0) {
            if (keys_.size() <= std::size_t(index)) keys_.resize(std::size_t(index) + 1);
            keys_[std::size_t(index)] = id;
            for (unsigned char c : id)
                chars_.set(c);
            s = {h, index};
            return -1;
        }
        if (s.hash == h && keys_[std::size_t(s.index)] == id) return s.index;
    }
}

std::int32_t IdIndex::find(std::string_view id) const {
    for (unsigned char c : id)
        if (!chars_.test(c)) return -1;
    const std::uint32_t h = hash_of(id);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.index < 0) return -1;
        if (s.hash == h && keys_[std::size_t(s.index)] == id) return s.index;
    }
}

} // namespace retroplan
