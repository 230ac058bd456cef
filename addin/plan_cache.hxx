// Computes each schedule once per distinct table content and serves every cell from it.
//
// Calc calls a function once per cell; reading the table in every call is O(rows²) per
// recalculation. So a table is read once per (document, range), only its recognised columns (see
// task_table.hxx), and kept until a modify listener on what was read says it changed (an edit, a
// formula result, undo, rows inserted inside it); one schedule is kept per set of settings
// (deadline, holidays, weekend, start, alert window), and each result derived from the table is
// computed once per (settings, its own arguments): the workload per capacity table and level
// flag, the risk simulation per runs and seed. A cell asking for one task's value looks it up.
//
// A hard recalculation tells every listener that its cells changed, whatever changed: the table
// is read again, and one that reads the same keeps its workloads and risk simulations.
//
// Calc tells a range's modify listeners of a change only at the end of the operation that made
// it, after it has already run the formulas that show on screen (ScDocShell::PostDataChanged
// before BroadcastUno; an undo of a typed cell even before it marks the document modified): a
// listener alone would let those cells keep the old schedule. So lookups come in batches, and
// the first lookup of a table in a batch reads it again and keeps what it computed if it reads
// the same. A batch ends when the document says it was modified (synchronously, at the start of
// every modification) and when the office's event loop comes round (an async callback posted by
// the batch's first lookup), so a recalculation of thousands of cells reads its table once.
//
// Reading a table runs the formulas inside what is read, and one of them may call back into the
// cache on the same thread. So the cache never holds its lock while calling into Calc, and a call
// for a table this thread is reading is answered at once (a circular reference), never waited for.
// Memory is bounded in bytes, and a document's tables are dropped when it closes.
#pragma once

#include "retroplan/id_index.hpp"
#include "retroplan/risk.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/table.hpp"
#include "retroplan/workload.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>
#include <optional>
#include <string>

namespace retroplan::addin {

// A table as read, its IDs indexed for per-cell lookups (the index views the plan's strings).
struct ReadPlan {
    PlanInput plan;
    IdIndex index;
    explicit ReadPlan(PlanInput p);
};

// A formula in a column Retroplan reads of a table depends on that table.
struct Circular {
    std::string range; // the table, "A:H" or "A1:F20"
    std::string cell;  // the cell, when Calc named it (Err:522); empty when not known
};
std::string describe(const Circular& c, Lang lang);

// A schedule (or the problems that prevent it) of one table with one set of settings.
struct ComputedPlan {
    std::shared_ptr<const ReadPlan> table; // null for a circular read
    // The schedule, or every problem (settings' first) and what they leave known (model §15).
    Outcome outcome;
    std::optional<Circular> circular; // set: nothing else is
    bool ok() const { return !circular && outcome.ok(); }
    // The task of that ID, or -1.
    std::int32_t find(std::string_view id) const { return table ? table->index.find(id) : -1; }
};

// A table's workload (model §12) with one set of settings, one capacity table, levelled or not.
struct ComputedWorkload {
    std::shared_ptr<const ReadPlan> table; // null for a circular read
    WorkloadOutcome outcome;               // every problem: settings', rows', capacity table's
    std::optional<Settings> settings;      // the calendar a date is looked up in, when usable
    std::optional<Circular> circular;
    bool ok() const { return !circular && outcome.ok(); }
    std::int32_t find(std::string_view id) const { return table ? table->index.find(id) : -1; }
};

// A table's risk simulation (model §13) with one set of settings, runs and seed.
struct ComputedRisk {
    std::shared_ptr<const ReadPlan> table; // null for a circular read
    RiskOutcome outcome;
    std::optional<Circular> circular;
    bool ok() const { return !circular && outcome.ok(); }
    std::int32_t find(std::string_view id) const { return table ? table->index.find(id) : -1; }
};

// 256 MB for every table and result kept, estimated per entry.
inline constexpr std::size_t kCacheBytes = std::size_t(256) << 20;

class PlanCache {
  public:
    // Without a context (unit use), batches end only when a document is modified.
    explicit PlanCache(std::size_t max_bytes = kCacheBytes,
                       const css::uno::Reference<css::uno::XComponentContext>& context = {});
    ~PlanCache();
    PlanCache(const PlanCache&) = delete;
    PlanCache& operator=(const PlanCache&) = delete;

    std::shared_ptr<const ComputedPlan>
    get(const css::uno::Reference<css::beans::XPropertySet>& caller,
        const css::uno::Reference<css::table::XCellRange>& tasks, const SettingsInput& settings);

    // The workload with a capacity table (its cells as read: rows of person, capacity).
    std::shared_ptr<const ComputedWorkload>
    workload(const css::uno::Reference<css::beans::XPropertySet>& caller,
             const css::uno::Reference<css::table::XCellRange>& tasks,
             const SettingsInput& settings, const Table& capacity, bool level);

    std::shared_ptr<const ComputedRisk>
    risk(const css::uno::Reference<css::beans::XPropertySet>& caller,
         const css::uno::Reference<css::table::XCellRange>& tasks, const SettingsInput& settings,
         const RiskOptions& options);

    struct State; // shared with the listeners, which may outlive the cache

  private:
    std::shared_ptr<State> state_;
};

// Key of a set of settings, to tell schedules of one table apart.
std::string settings_key(const SettingsInput& s);

} // namespace retroplan::addin
