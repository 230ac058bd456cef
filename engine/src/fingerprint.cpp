#include "retroplan/fingerprint.hpp"

#include "retroplan/text.hpp"

#include <algorithm>
#include <bit>
#include <string_view>

namespace retroplan {

namespace {

// FNV-1a over the values in a fixed order, each length- or kind-prefixed so that no two sets of
// inputs write the same byte stream.
class Hash {
  public:
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) {
            h_ ^= p[i];
            h_ *= 0x100000001b3ull;
        }
    }
    void number(std::int64_t v) { bytes(&v, sizeof v); }
    void real(double v) { number(std::bit_cast<std::int64_t>(v == 0 ? 0.0 : v)); }
    void text(std::string_view s) {
        number(std::int64_t(s.size()));
        bytes(s.data(), s.size());
    }
    void date(Date d) { number(d.time_since_epoch().count()); }
    void date(const std::optional<Date>& d) {
        number(d ? 1 : 0);
        if (d) date(*d);
    }
    void cell(const Cell& c) {
        number(std::int64_t(c.kind));
        real(c.number);
        text(c.text);
    }
    std::uint64_t value48() const { return (h_ ^ (h_ >> 48)) & ((std::uint64_t(1) << 48) - 1); }

  private:
    std::uint64_t h_ = 0xcbf29ce484222325ull;
};

} // namespace

bool names_owners(const PlanInput& plan) {
    return std::any_of(plan.tasks.begin(), plan.tasks.end(),
                       [](const TaskInput& t) { return !trim(t.owner).empty(); });
}

std::uint64_t rebuild_fingerprint(const PlanInput& plan, const Settings& settings, bool level,
                                  const CapacityTable& capacity) {
    Hash h;
    h.text("retroplan inputs 1");
    // The table: its cells as read, not what they mean ("5" and "5d" are two inputs).
    h.date(plan.null_date);
    h.number(std::int64_t(plan.lang));
    for (std::size_t f = kCoreFieldCount; f < kFieldCount; ++f)
        h.number(plan.optional_slot[f] >= 0 ? 1 : 0);
    h.number(std::int64_t(plan.tasks.size()));
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const TaskInput& t = plan.tasks[i];
        h.text(t.id);
        h.text(t.name);
        h.cell(t.duration);
        h.text(t.predecessors);
        h.cell(t.buffer);
        h.cell(t.due);
        h.text(t.owner);
        h.number(t.error_fields);
        for (std::size_t f = kCoreFieldCount; f < kFieldCount; ++f)
            if (plan.optional_slot[f] >= 0) h.cell(plan.cell(i, Field(f)));
    }
    // The settings as they read: the same deadline typed as a date or as text is one input.
    const Options& o = settings.options;
    h.date(o.deadline);
    h.date(o.start);
    h.number(o.alert_days);
    const Calendar& calendar = settings.calendar;
    h.text(calendar.weekend().to_string());
    h.number(calendar.working_day_count());
    for (WorkIndex i = 0; i < calendar.working_day_count(); ++i)
        if (const auto d = calendar.date_of(i)) h.date(*d);
    // Owners: the Workload sheet and, levelled, the timeline's dates.
    const bool owners = names_owners(plan);
    h.number(owners ? 1 : 0);
    if (owners) {
        h.number(level ? 1 : 0);
        h.number(std::int64_t(capacity.entries.size()));
        for (const CapacityEntry& e : capacity.entries) {
            h.text(e.person);
            h.number(std::int64_t(e.capacity));
        }
        h.number(std::int64_t(capacity.problems.size()));
    }
    return h.value48();
}

} // namespace retroplan
