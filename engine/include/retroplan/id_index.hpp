// Task IDs to task indexes: an open-addressing hash table over the plan's own ID strings.
// A node-based map costs a heap node per task; a million IDs must index in a few milliseconds.
#pragma once

#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

namespace retroplan {

class IdIndex {
  public:
    explicit IdIndex(std::size_t expected = 0) { reserve(expected); }

    // Adds ids[i] = i; returns the index already holding that ID, or -1 if it was new.
    std::int32_t insert(std::string_view id, std::int32_t index);
    // -1 when absent. A text holding a character that no ID holds ("T1SS+2" when no ID has a
    // '+') is rejected without touching the table: a cheap, exact filter for the readings of
    // predecessor entries that cannot be IDs.
    std::int32_t find(std::string_view id) const;
    void reserve(std::size_t n);

  private:
    // 8-byte slots: a failed lookup (most entries like "T12SS+2" are tried whole first) touches
    // one slot, and the key itself is read only when the hash matches.
    struct Slot {
        std::uint32_t hash = 0;
        std::int32_t index = -1;
    };
    static std::uint32_t hash_of(std::string_view s);
    std::vector<Slot> slots_;
    std::vector<std::string_view> keys_; // by index
    std::bitset<256> chars_;             // every byte that occurs in some ID
    std::size_t mask_ = 0;
};

} // namespace retroplan
