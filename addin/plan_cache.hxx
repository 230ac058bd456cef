// Computes each schedule once per distinct table content and serves every cell from it.
//
// Calc calls a function once per cell; reading the table in every call is O(rows²) per
// recalculation. So a table is read once per (document, range), kept until a modify listener
// on that range says it changed (an edit, a formula result, undo, rows inserted inside it),
// and one schedule is kept per set of settings (deadline, holidays, weekend, start).
#pragma once

#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/table.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace retroplan::addin {

// A schedule (or the problems that prevent it) with its IDs indexed for per-cell lookups.
struct ComputedPlan {
    std::shared_ptr<const PlanInput> plan;
    Outcome outcome; // the schedule, or every problem: the settings' first, then the plan's
    std::unordered_map<std::string, std::size_t> index_of; // ID -> task
    bool ok() const { return outcome.ok(); }
};

class PlanCache {
  public:
    PlanCache();
    ~PlanCache();
    PlanCache(const PlanCache&) = delete;
    PlanCache& operator=(const PlanCache&) = delete;

    std::shared_ptr<const ComputedPlan>
    get(const css::uno::Reference<css::beans::XPropertySet>& caller,
        const css::uno::Reference<css::table::XCellRange>& tasks, const SettingsInput& settings);

  private:
    struct Entry;
    std::shared_ptr<Entry> entry_for(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                     const css::uno::Reference<css::table::XCellRange>& tasks,
                                     Date null_date);
    void evict_if_full();

    std::mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<Entry>> entries_;
    std::uint64_t clock_ = 0;
};

// Key of a set of settings, to tell schedules of one table apart.
std::string settings_key(const SettingsInput& s);

} // namespace retroplan::addin
