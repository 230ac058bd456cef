#include "retroplan/fingerprint.hpp"

#include "retroplan/graph.hpp"
#include "retroplan/timeline.hpp"

#include <string_view>

namespace retroplan {

namespace {

// FNV-1a over the values in a fixed order, each length- or kind-prefixed so that no two plans
// write the same byte stream.
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
    void text(std::string_view s) {
        number(std::int64_t(s.size()));
        bytes(s.data(), s.size());
    }
    void date(Date d) { number(d.time_since_epoch().count()); }
    std::uint64_t value48() const { return (h_ ^ (h_ >> 48)) & ((std::uint64_t(1) << 48) - 1); }

  private:
    std::uint64_t h_ = 0xcbf29ce484222325ull;
};

} // namespace

std::uint64_t timeline_fingerprint(const PlanInput& plan, const Schedule& s,
                                   const Calendar& calendar) {
    // Buffers and due dates as the scheduler reads them ("5" and "5d" draw the same).
    const Graph g = build_graph(plan, calendar).graph;
    Hash h;
    h.date(s.deadline_date);
    h.date(s.kickoff_date);
    h.number(s.late_by);
    h.number(std::int64_t(plan.tasks.size()));
    for (std::size_t i = 0; i < plan.tasks.size() && i < s.dates.size(); ++i) {
        const TaskInput& t = plan.tasks[i];
        h.text(t.id);
        h.text(t.name);
        h.text(t.owner);
        h.number(i < g.size() ? g.buffer[i] : 0);
        h.number(i < g.size() ? g.due[i] : kNoDue);
        const TaskDates& d = s.dates[i];
        for (const Date x : {d.start, d.end, d.early_start, d.early_end})
            h.date(x);
        const TaskTimes& tt = s.times[i];
        h.number(tt.lf - tt.ls);
        h.number(tt.total_slack);
        h.number(tt.critical ? 1 : 0);
    }
    const TimelineRange range = timeline_range(s);
    for (Date d = range.first; d <= range.last; d += std::chrono::days{1})
        h.number(calendar.is_working(d) ? 1 : 0);
    return h.value48();
}

} // namespace retroplan
