// Task IDs to task indexes: an open-addressing hash table over the plan's own ID strings.
// A node-based map costs a heap node per task; a million IDs must index in a few milliseconds,
// and three million predecessor entries must resolve in a few hundred.
#pragma once

#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

namespace retroplan {

class IdIndex {
  public:
    explicit IdIndex(std::size_t expected = 0) { reserve(expected); }

    // Records id -> index; returns the index already holding that ID, or -1 if it was new.
    // The text must outlive the index (the plan's own strings).
    std::int32_t insert(std::string_view id, std::int32_t index);
    // -1 when absent. A text holding a byte that no ID holds ("T1SS+2" when no ID has a '+')
    // is rejected without touching the table: a cheap, exact filter for the readings of
    // predecessor entries that cannot be IDs.
    std::int32_t find(std::string_view id) const;
    void reserve(std::size_t n);

  private:
    // 16-byte slots. IDs of up to 7 bytes ("T123456") are stored in the slot itself, so a
    // lookup costs one cache miss; longer ones are compared through keys_.
    struct Slot {
        std::uint64_t inline_key = 0;
        std::uint32_t hash = 0;
        std::int32_t index = -1;
    };
    static constexpr std::uint64_t kLongKey = ~std::uint64_t(0);
    static std::uint32_t hash_of(std::string_view s);
    static std::uint64_t inline_key_of(std::string_view s);
    bool matches(const Slot& s, std::uint32_t hash, std::uint64_t key, std::string_view id) const;
    void place(const Slot& slot);

    std::vector<Slot> slots_;
    std::vector<std::string_view> keys_; // by index
    std::bitset<256> chars_;             // every byte that occurs in some ID
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

} // namespace retroplan
