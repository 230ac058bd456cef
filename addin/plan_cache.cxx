#include "plan_cache.hxx"

#include "uno_convert.hxx"

#include <com/sun/star/lang/EventObject.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <atomic>

namespace retroplan::addin {

using namespace css;

namespace {

// What the listener reports to its cache entry.
struct Flags {
    std::atomic<bool> stale{true};     // the range's content changed
    std::atomic<bool> disposed{false}; // the range (its document) is gone
};

// Marks a cached table stale when Calc reports a change inside its range.
class StaleOnModify : public cppu::WeakImplHelper1<util::XModifyListener> {
  public:
    explicit StaleOnModify(std::shared_ptr<Flags> flags) : flags_(std::move(flags)) {}
    void SAL_CALL modified(const lang::EventObject&) override { flags_->stale.store(true); }
    void SAL_CALL disposing(const lang::EventObject&) override {
        flags_->stale.store(true);
        flags_->disposed.store(true);
    }

  private:
    std::shared_ptr<Flags> flags_;
};

// Binary, not formatted: the key is built in every call, thousands of times per recalculation.
void append_cell_key(std::string& key, const Cell& c) {
    key += char(c.kind);
    if (c.kind == Cell::Kind::Number)
        key.append(reinterpret_cast<const char*>(&c.number), sizeof c.number);
    else if (c.kind == Cell::Kind::Text) {
        const auto size = std::uint32_t(c.text.size());
        key.append(reinterpret_cast<const char*>(&size), sizeof size);
        key += c.text;
    }
}

} // namespace

std::string settings_key(const SettingsInput& s) {
    std::string key;
    key.reserve(64 + 9 * s.holidays.size());
    for (const Cell* c : {&s.deadline, &s.weekend, &s.start, &s.alert_days})
        append_cell_key(key, *c);
    for (const auto& h : s.holidays)
        append_cell_key(key, h);
    return key;
}

struct PlanCache::Entry {
    std::shared_ptr<Flags> flags = std::make_shared<Flags>();
    // A closed document's address can be reused by the next one: the entry keeps a weak
    // reference to tell them apart, and is rebuilt (new listener) when they differ.
    uno::WeakReference<uno::XInterface> document;
    uno::Reference<util::XModifyBroadcaster> broadcaster;
    uno::Reference<util::XModifyListener> listener;
    std::shared_ptr<const PlanInput> plan;
    Date null_date;
    std::unordered_map<std::string, std::shared_ptr<const ComputedPlan>> schedules;
    std::uint64_t last_used = 0;

    ~Entry() {
        if (broadcaster.is() && listener.is()) {
            try {
                broadcaster->removeModifyListener(listener);
            } catch (...) {
                // The document is gone already: nothing to detach from.
            }
        }
    }
};

PlanCache::PlanCache() = default;
PlanCache::~PlanCache() = default;

void PlanCache::evict_if_full() {
    constexpr std::size_t kMaxTables = 32;
    while (entries_.size() >= kMaxTables) {
        auto oldest = entries_.begin();
        for (auto it = entries_.begin(); it != entries_.end(); ++it)
            if (it->second->last_used < oldest->second->last_used) oldest = it;
        entries_.erase(oldest);
    }
}

std::shared_ptr<PlanCache::Entry>
PlanCache::entry_for(const uno::Reference<beans::XPropertySet>& caller,
                     const uno::Reference<table::XCellRange>& tasks, Date null_date) {
    const table::CellRangeAddress a = address_of(tasks);
    // The same range in two documents is two tables: the document's identity is in the key.
    const uno::Reference<uno::XInterface> doc(caller, uno::UNO_QUERY);
    const void* doc_ptr = doc.get();
    const sal_Int32 numbers[5] = {a.Sheet, a.StartColumn, a.StartRow, a.EndColumn, a.EndRow};
    std::string key(reinterpret_cast<const char*>(&doc_ptr), sizeof doc_ptr);
    key.append(reinterpret_cast<const char*>(numbers), sizeof numbers);
    auto found = entries_.find(key);
    if (found != entries_.end() &&
        (found->second->flags->disposed.load() ||
         uno::Reference<uno::XInterface>(found->second->document) != doc)) {
        entries_.erase(found);
        found = entries_.end();
    }
    if (found == entries_.end()) {
        evict_if_full();
        auto fresh = std::make_shared<Entry>();
        fresh->document = doc;
        fresh->broadcaster.set(tasks, uno::UNO_QUERY);
        if (fresh->broadcaster.is()) {
            fresh->listener = new StaleOnModify(fresh->flags);
            fresh->broadcaster->addModifyListener(fresh->listener);
        }
        found = entries_.emplace(key, std::move(fresh)).first;
    }
    std::shared_ptr<Entry> e = found->second;
    e->last_used = ++clock_;
    // Without a broadcaster there is no way to know of changes: read the table every time.
    const bool must_read = e->flags->stale.exchange(false) || !e->plan || !e->broadcaster.is() ||
                           e->null_date != null_date;
    if (must_read) {
        e->plan =
            std::make_shared<const PlanInput>(read_table(table_from_range(tasks, a), null_date));
        e->null_date = null_date;
        e->schedules.clear();
    }
    return e;
}

std::shared_ptr<const ComputedPlan>
PlanCache::get(const uno::Reference<beans::XPropertySet>& caller,
               const uno::Reference<table::XCellRange>& tasks, const SettingsInput& settings) {
    std::lock_guard lock(mutex_);
    const std::shared_ptr<Entry> e = entry_for(caller, tasks, settings.null_date.value());
    const std::string key = settings_key(settings);
    if (auto it = e->schedules.find(key); it != e->schedules.end()) return it->second;

    auto computed = std::make_shared<ComputedPlan>();
    computed->plan = e->plan;
    computed->outcome = schedule(*e->plan, read_settings(settings));
    for (std::size_t i = 0; i < e->plan->tasks.size(); ++i)
        computed->index_of.emplace(e->plan->tasks[i].id, i);
    if (e->schedules.size() > 16) e->schedules.clear();
    e->schedules.emplace(key, computed);
    return computed;
}

} // namespace retroplan::addin
