#include "retroplan/id_index.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace retroplan {

void IdIndex::reserve(std::size_t n) {
    const std::size_t size = std::bit_ceil(std::max<std::size_t>(16, n * 2));
    if (size <= slots_.size()) return;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (const Slot& s : old)
        if (s.index >= 0) place(s);
    keys_.reserve(n);
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

std::uint64_t IdIndex::inline_key_of(std::string_view s) {
    // Up to 7 bytes, plus the length in the eighth: two different short IDs never pack alike.
    if (s.size() > 7) return kLongKey;
    unsigned char bytes[8] = {};
    std::memcpy(bytes, s.data(), s.size());
    bytes[7] = static_cast<unsigned char>(s.size());
    std::uint64_t key = 0;
    std::memcpy(&key, bytes, 8);
    return key;
}

bool IdIndex::matches(const Slot& s, std::uint32_t hash, std::uint64_t key,
                      std::string_view id) const {
    if (s.hash != hash || s.inline_key != key) return false;
    return key != kLongKey || keys_[std::size_t(s.index)] == id;
}

void IdIndex::place(const Slot& slot) {
    std::size_t i = slot.hash & mask_;
    while (slots_[i].index >= 0)
        i = (i + 1) & mask_;
    slots_[i] = slot;
}

std::int32_t IdIndex::insert(std::string_view id, std::int32_t index) {
    if ((size_ + 1) * 2 > slots_.size()) reserve(slots_.size()); // keep the load under a half
    const std::uint32_t h = hash_of(id);
    const std::uint64_t key = inline_key_of(id);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
        Slot& s = slots_[i];
        if (s.index < 0) {
            if (keys_.size() <= std::size_t(index)) keys_.resize(std::size_t(index) + 1);
            keys_[std::size_t(index)] = id;
            for (unsigned char c : id)
                chars_.set(c);
            s = {key, h, index};
            ++size_;
            return -1;
        }
        if (matches(s, h, key, id)) return s.index;
    }
}

std::int32_t IdIndex::find(std::string_view id) const {
    for (unsigned char c : id)
        if (!chars_.test(c)) return -1;
    const std::uint32_t h = hash_of(id);
    const std::uint64_t key = inline_key_of(id);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.index < 0) return -1;
        if (matches(s, h, key, id)) return s.index;
    }
}

} // namespace retroplan
