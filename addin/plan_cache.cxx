#include "plan_cache.hxx"

#include "task_table.hxx"
#include "uno_convert.hxx"

#include "retroplan/outside_table.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/lang/EventObject.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XEventListener.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <atomic>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace retroplan::addin {

using namespace css;

namespace {

// What the listener reports to its cache entry.
struct Flags {
    std::atomic<bool> stale{false};    // what was read changed
    std::atomic<bool> disposed{false}; // the ranges (their document) are gone
};

// Marks a cached table stale when Calc reports a change inside what was read.
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
    if (c.kind == Cell::Kind::Number || c.kind == Cell::Kind::Boolean)
        key.append(reinterpret_cast<const char*>(&c.number), sizeof c.number);
    else if (c.kind == Cell::Kind::Text || c.kind == Cell::Kind::Error) {
        const auto size = std::uint32_t(c.text.size());
        key.append(reinterpret_cast<const char*>(&size), sizeof size);
        key += c.text;
    }
}

// Heap bytes of a string (short ones live inside it).
std::size_t heap(const std::string& s) {
    return s.capacity() > 15 ? s.capacity() + 1 : 0;
}

std::size_t heap(const Cell& c) {
    return heap(c.text);
}

std::size_t heap(const std::vector<Problem>& problems) {
    std::size_t n = problems.capacity() * sizeof(Problem);
    for (const auto& p : problems)
        n += heap(p.column) + heap(p.value) + heap(p.detail);
    return n;
}

// What a table costs in memory, estimated: its tasks, their strings and its ID index.
std::size_t bytes_of(const ReadPlan& t) {
    const PlanInput& p = t.plan;
    std::size_t n = sizeof(ReadPlan) + p.tasks.capacity() * sizeof(TaskInput) + heap(p.problems);
    for (const auto& task : p.tasks) {
        n += heap(task.id) + heap(task.name) + heap(task.predecessors) + heap(task.owner) +
             heap(task.duration) + heap(task.buffer) + heap(task.due);
        n += task.optional.capacity() * sizeof(Cell) + task.extra.capacity() * sizeof(std::string);
        for (const auto& c : task.optional)
            n += heap(c);
    }
    // IdIndex: about two 16-byte slots and one 16-byte view per ID.
    return n + p.tasks.size() * 48;
}

std::size_t bytes_of(const Schedule& s) {
    std::size_t n = s.times.capacity() * sizeof(TaskTimes) + s.dates.capacity() * sizeof(TaskDates);
    if (const auto& f = s.follow_up)
        n += f->tasks.capacity() * sizeof(TaskFollowUp) +
             (f->baseline_start.capacity() + f->baseline_end.capacity()) *
                 sizeof(std::optional<Date>);
    return n;
}

std::size_t bytes_of(const std::optional<Schedule>& s) {
    return s ? bytes_of(*s) : 0;
}

// A schedule, or with problems the partial one and what it knows (model §15).
std::size_t bytes_of(const ComputedPlan& c) {
    std::size_t n = sizeof(ComputedPlan) + heap(c.outcome.problems);
    if (const Schedule* s = c.outcome.values()) n += bytes_of(*s);
    if (c.outcome.partial) n += c.outcome.partial->known.capacity() * sizeof(KnownValues);
    return n;
}

std::size_t bytes_of(const Workload& w) {
    std::size_t n = w.run_begin.capacity() * sizeof(std::int32_t) +
                    w.runs.capacity() * sizeof(LoadRun) + w.overloaded.capacity() +
                    w.overloads.capacity() * sizeof(Overload);
    for (const auto& o : w.overloads)
        n += o.tasks.capacity() * sizeof(std::int32_t);
    return n;
}

// A calendar indexes every day of 1900-2200 and every working day among them.
std::size_t bytes_of(const Calendar& c) {
    const auto days = std::size_t((kLastDate - kFirstDate).count() + 1);
    return days * sizeof(std::int32_t) + days / 8 +
           std::size_t(c.working_day_count()) * sizeof(std::int32_t);
}

std::size_t bytes_of(const ComputedWorkload& c) {
    const WorkloadOutcome& w = c.outcome;
    std::size_t n = sizeof(ComputedWorkload) + heap(w.problems) + bytes_of(w.plan) +
                    bytes_of(w.load) + w.capacity.capacity() * sizeof(Share);
    const Assignments& a = w.owners;
    n += (a.task_begin.capacity() + a.person.capacity()) * sizeof(std::int32_t) +
         a.share.capacity() * sizeof(Share);
    for (std::int32_t p = 0; p < std::int32_t(a.people.size()); ++p)
        n += 2 * (sizeof(std::string) + heap(a.people.name(p))) + 48; // name, key, map node
    if (w.levelled)
        n += bytes_of(w.levelled->schedule) + bytes_of(w.levelled->load) +
             w.levelled->exceeding.capacity() * sizeof(Exceeding);
    if (c.settings) n += bytes_of(c.settings->calendar);
    return n;
}

std::size_t bytes_of(const ComputedRisk& c) {
    std::size_t n = sizeof(ComputedRisk) + heap(c.outcome.problems) + bytes_of(c.outcome.schedule);
    if (const auto& r = c.outcome.risk)
        n += r->kickoffs.capacity() * sizeof(WorkIndex) +
             r->critical_runs.capacity() * sizeof(std::int64_t) + r->days.capacity() * sizeof(Date);
    return n;
}

// The tables this thread is reading now, innermost last: a call for one of them comes from a
// formula that the read itself is running.
struct Reading {
    const std::string* key;
    bool reentered = false;
};
thread_local std::vector<Reading*> t_reading;

class ReadingGuard {
  public:
    explicit ReadingGuard(const std::string& key) : reading_{&key} {
        t_reading.push_back(&reading_);
    }
    ~ReadingGuard() { t_reading.pop_back(); }
    ReadingGuard(const ReadingGuard&) = delete;
    ReadingGuard& operator=(const ReadingGuard&) = delete;
    bool reentered() const { return reading_.reentered; }

  private:
    Reading reading_;
};

bool mark_reentry(const std::string& key) {
    for (Reading* r : t_reading)
        if (*r->key == key) {
            r->reentered = true;
            return true;
        }
    return false;
}

} // namespace

ReadPlan::ReadPlan(PlanInput p) : plan(std::move(p)), index(plan.tasks.size()) {
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        index.insert(plan.tasks[i].id, std::int32_t(i)); // a duplicate keeps its first row
}

std::string describe(const Circular& c, Lang lang) {
    const std::string where = c.cell.empty() ? std::string() : " (" + c.cell + ")";
    if (lang == Lang::Fr)
        return "Retroplan : référence circulaire : une formule dans une colonne que Retroplan lit "
               "du tableau " +
               c.range + where +
               " dépend de ce même tableau. Placez les formules RETRO.* dans des colonnes dont "
               "Retroplan ne lit pas l'en-tête (par ex. Début, Fin, Critique), ou hors du tableau.";
    return "Retroplan: circular reference: a formula in a column Retroplan reads of the table " +
           c.range + where +
           " depends on that same table. Put RETRO_* formulas in columns whose header Retroplan "
           "does not read (e.g. Start, End, Slack, Critical), or outside the table.";
}

namespace {

// A capacity table's cells, where they sit (messages name its rows) and its labels.
void append_table_key(std::string& key, const Table& t) {
    key.append(reinterpret_cast<const char*>(&t.first_row), sizeof t.first_row);
    for (const auto& label : t.column_labels)
        append_cell_key(key, Cell::of_text(label));
    for (const auto& row : t.rows) {
        key += '\n';
        for (const auto& c : row)
            append_cell_key(key, c);
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

namespace {

// One result computed from a table: a ComputedPlan, ComputedWorkload or ComputedRisk, as its
// key's first byte says.
struct Kept {
    std::shared_ptr<const void> value;
    std::size_t bytes = 0;
};

struct Entry {
    std::shared_ptr<Flags> flags = std::make_shared<Flags>();
    const void* document_id = nullptr;
    // A closed document's address can be reused by the next one: the weak reference tells them
    // apart (its tables are also dropped when it closes).
    uno::WeakReference<uno::XInterface> document;
    uno::Reference<util::XModifyBroadcaster> broadcaster; // the cells read
    uno::Reference<util::XModifyListener> listener;
    std::shared_ptr<const ReadPlan> table;
    std::optional<Circular> circular;
    Date null_date;
    // What was computed from the table, by a key that starts with its kind: schedules,
    // workloads, risk simulations.
    std::unordered_map<std::string, Kept> results;
    std::size_t bytes = 0;
    std::uint64_t last_used = 0;
    std::uint64_t batch = 0;  // the batch of lookups in which the table was last read
    sal_Int32 id_column = -1; // the table's ID column, -1 without one
    // IDs of unknown predecessors found outside the range: null until a schedule had one.
    std::shared_ptr<const std::vector<OutsideId>> outside;
    uno::Reference<util::XModifyBroadcaster> outside_broadcaster; // the column outside, watched

    Entry() = default;
    Entry(const Entry&) = delete;
    Entry& operator=(const Entry&) = delete;
    ~Entry() {
        if (!listener.is()) return;
        for (const auto& b : {broadcaster, outside_broadcaster}) {
            if (!b.is()) continue;
            try {
                b->removeModifyListener(listener);
            } catch (...) {
                // The document is gone already: nothing to detach from.
            }
        }
    }
};

using Graveyard = std::vector<std::shared_ptr<Entry>>; // destroyed outside the lock

} // namespace

struct PlanCache::State : std::enable_shared_from_this<PlanCache::State> {
    explicit State(std::size_t max) : max_bytes(max) {}
    std::mutex mutex;
    std::unordered_map<std::string, std::shared_ptr<Entry>> entries;
    std::unordered_map<const void*, uno::Reference<util::XModifyListener>> closing;
    std::size_t bytes = 0;
    const std::size_t max_bytes;
    std::uint64_t clock = 0;
    // Batches of lookups (see plan_cache.hxx): a table is read again once per batch.
    std::atomic<std::uint64_t> batch{1};
    std::atomic<bool> batch_open{false};              // a callback that ends it is posted
    uno::Reference<awt::XRequestCallback> event_loop; // null: batches end on modifications only

    void end_batch() {
        batch.fetch_add(1);
        batch_open.store(false);
    }
    // The batch a lookup belongs to; its first lookup asks the event loop to end it.
    std::uint64_t open_batch();

    // Under the lock. Drops the least recently used entries (never `keep`) until under budget.
    void evict(const Entry* keep, Graveyard& dead) {
        while (bytes > max_bytes && entries.size() > 1) {
            auto oldest = entries.end();
            for (auto it = entries.begin(); it != entries.end(); ++it)
                if (it->second.get() != keep &&
                    (oldest == entries.end() || it->second->last_used < oldest->second->last_used))
                    oldest = it;
            if (oldest == entries.end()) break;
            erase(oldest, dead);
        }
    }
    void erase(std::unordered_map<std::string, std::shared_ptr<Entry>>::iterator it,
               Graveyard& dead) {
        bytes -= it->second->bytes;
        dead.push_back(std::move(it->second));
        entries.erase(it);
    }
    void drop_document(const void* id) {
        Graveyard dead;
        uno::Reference<util::XModifyListener> listener;
        {
            std::lock_guard lock(mutex);
            for (auto it = entries.begin(); it != entries.end();) {
                auto next = std::next(it);
                if (it->second->document_id == id) erase(it, dead);
                it = next;
            }
            if (const auto c = closing.find(id); c != closing.end()) {
                listener = std::move(c->second);
                closing.erase(c);
            }
        }
    }
};

namespace {

// Ends the batch it was posted for when the office's event loop comes round to it.
class EndBatch : public cppu::WeakImplHelper1<awt::XCallback> {
  public:
    explicit EndBatch(std::weak_ptr<PlanCache::State> state) : state_(std::move(state)) {}
    void SAL_CALL notify(const uno::Any&) override {
        if (const auto state = state_.lock()) state->end_batch();
    }

  private:
    std::weak_ptr<PlanCache::State> state_;
};

} // namespace

std::uint64_t PlanCache::State::open_batch() {
    const std::uint64_t now = batch.load();
    if (event_loop.is() && !batch_open.exchange(true)) {
        try {
            event_loop->addCallback(new EndBatch(weak_from_this()), {});
        } catch (...) {
            batch_open.store(false); // no event loop (shutting down): the next lookup retries
        }
    }
    return now;
}

namespace {

// Watches a document: every modification ends the batch of lookups (Calc says so before it runs
// any formula again); closing it drops its tables.
class WatchDocument : public cppu::WeakImplHelper1<util::XModifyListener> {
  public:
    WatchDocument(std::weak_ptr<PlanCache::State> state, const void* document)
        : state_(std::move(state)), document_(document) {}
    void SAL_CALL modified(const lang::EventObject&) override {
        if (const auto state = state_.lock()) state->end_batch();
    }
    void SAL_CALL disposing(const lang::EventObject&) override {
        if (const auto state = state_.lock()) state->drop_document(document_);
    }

  private:
    std::weak_ptr<PlanCache::State> state_;
    const void* document_;
};

std::string table_key(const void* document, const table::CellRangeAddress& a) {
    const sal_Int32 numbers[5] = {a.Sheet, a.StartColumn, a.StartRow, a.EndColumn, a.EndRow};
    std::string key(reinterpret_cast<const char*>(&document), sizeof document);
    key.append(reinterpret_cast<const char*>(numbers), sizeof numbers);
    return key;
}

// A container of ranges whose changes `listener` hears; null when there is nothing to watch (an
// empty container refuses listeners) or the document makes none.
uno::Reference<util::XModifyBroadcaster>
watch(const uno::Reference<uno::XInterface>& document, const std::vector<CellRect>& ranges,
      const uno::Reference<util::XModifyListener>& listener) {
    if (ranges.empty()) return {};
    const uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY);
    const uno::Reference<sheet::XSheetCellRangeContainer> container(
        factory.is() ? factory->createInstance("com.sun.star.sheet.SheetCellRanges") : nullptr,
        uno::UNO_QUERY);
    if (!container.is()) return {};
    container->addRangeAddresses(
        uno::Sequence<table::CellRangeAddress>(ranges.data(), sal_Int32(ranges.size())), false);
    uno::Reference<util::XModifyBroadcaster> broadcaster(container, uno::UNO_QUERY);
    if (broadcaster.is() && listener.is()) broadcaster->addModifyListener(listener);
    return broadcaster;
}

// A table as read (calls into Calc: never under the lock).
struct Read {
    TaskTable table;
    bool reentered = false; // a formula in what was read asked for this same table
};

Read read_table(const uno::Reference<uno::XInterface>& document,
                const uno::Reference<table::XCellRange>& tasks,
                const table::CellRangeAddress& address, const std::string& key, Date null_date) {
    const ReadingGuard reading(key);
    TaskTable table = read_task_table(
        sheet_of(tasks), uno::Reference<util::XNumberFormatsSupplier>(document, uno::UNO_QUERY),
        address, null_date);
    return {std::move(table), reading.reentered()};
}

// Whether a kept entry holds what `read` read: the same table, from the same ID column (its
// table and ID column never change once kept: compared outside the lock).
bool reads_the_same(const Entry& kept, const Read& read) {
    return !read.reentered && !read.table.circular_cell && kept.table &&
           kept.id_column == read.table.id_column && kept.table->plan == read.table.plan;
}

// A new entry from what was read, listening to the cells read (calls into Calc: never under the
// lock).
std::shared_ptr<Entry> make_entry(const uno::Reference<uno::XInterface>& document,
                                  const table::CellRangeAddress& address, Date null_date,
                                  Read&& r) {
    auto e = std::make_shared<Entry>();
    e->document_id = document.get();
    e->document = document;
    e->null_date = null_date;
    TaskTable& read = r.table;
    if (r.reentered || read.circular_cell)
        e->circular = Circular{rect_name(address), read.circular_cell.value_or("")};
    else
        e->table = std::make_shared<const ReadPlan>(std::move(read.plan));
    e->bytes = sizeof(Entry) + (e->table ? bytes_of(*e->table) : 0);
    e->id_column = read.id_column;

    // Listen to the cells read, from now on: what the read itself computed is in the table.
    e->listener = new StaleOnModify(e->flags);
    e->broadcaster = watch(document, read.watched, e->listener);
    return e;
}

// Where the ID column outside the range holds the IDs `wanted` (predecessor_outside_table): read
// once per table (calls into Calc: never under the lock), then watched like the table.
std::shared_ptr<const std::vector<OutsideId>>
look_outside(std::mutex& mutex, Entry& e, const uno::Reference<uno::XInterface>& document,
             const uno::Reference<table::XCellRange>& tasks, const CellRect& address,
             const std::vector<std::string>& wanted) {
    {
        std::lock_guard lock(mutex);
        if (e.outside) return e.outside;
    }
    std::vector<CellRect> watched;
    auto found = std::make_shared<const std::vector<OutsideId>>(read_outside_ids(
        sheet_of(tasks), uno::Reference<util::XNumberFormatsSupplier>(document, uno::UNO_QUERY),
        address, e.id_column, wanted, watched));
    const auto broadcaster = watch(document, watched, e.listener);
    std::lock_guard lock(mutex);
    if (e.outside) { // another call looked meanwhile
        if (broadcaster.is()) broadcaster->removeModifyListener(e.listener);
        return e.outside;
    }
    e.outside = found;
    e.outside_broadcaster = broadcaster;
    return found;
}

// Whether a stale entry is worth keeping until its table is read again, to keep its results if
// the table reads the same: when it holds a workload or a risk simulation, which cost far more
// than the read (levelling, thousands of runs). A schedule costs less than the read, and holding
// the old table while the new one is read made that read slower (bench/README.md, case 7), so
// schedules alone are computed again. Not when IDs outside the range were looked up: they may
// be what changed.
bool holds_costly_results(const Entry& e) {
    if (e.outside) return false;
    for (const auto& [key, kept] : e.results)
        if (key.front() == 'W' || key.front() == 'R') return true;
    return false;
}

// At most this many results per table: settings that keep changing start afresh.
constexpr std::size_t kResultsPerTable = 16;

// The table an argument names, as kept (read now if need be: outside the lock), or why it
// cannot be read.
struct Found {
    std::shared_ptr<Entry> entry;
    std::optional<Circular> circular;
    std::string key; // the table's
    uno::Reference<uno::XInterface> document;
    table::CellRangeAddress address; // the Tasks argument's
};

Found find_entry(const std::shared_ptr<PlanCache::State>& state,
                 const uno::Reference<beans::XPropertySet>& caller,
                 const uno::Reference<table::XCellRange>& tasks, Date null_date) {
    const table::CellRangeAddress address = address_of(tasks);
    // The same range in two documents is two tables: the document's identity is in the key.
    const uno::Reference<uno::XInterface> document(caller, uno::UNO_QUERY);
    Found found{nullptr, std::nullopt, table_key(document.get(), address), document, address};
    if (mark_reentry(found.key)) {
        found.circular = Circular{rect_name(address), {}};
        return found;
    }
    PlanCache::State& s = *state;

    std::shared_ptr<Entry>& e = found.entry;
    // A table Calc said changed, whose results are kept if it reads the same again.
    std::shared_ptr<Entry> previous;
    bool watch_document = false;
    const std::uint64_t batch = s.open_batch(); // outside the lock: it may post to the event loop
    bool validate = false;                      // kept, but not read in this batch
    Graveyard dead;
    {
        std::lock_guard lock(s.mutex);
        if (const auto it = s.entries.find(found.key); it != s.entries.end()) {
            const Entry& kept = *it->second;
            const bool same = !kept.flags->disposed.load() && kept.broadcaster.is() &&
                              kept.null_date == null_date &&
                              uno::Reference<uno::XInterface>(kept.document) == document;
            if (same && !kept.flags->stale.load()) {
                e = it->second;
                validate = e->batch != batch;
            } else {
                if (same && kept.table && holds_costly_results(kept)) previous = it->second;
                s.erase(it, dead);
            }
        }
        watch_document = !s.closing.count(document.get());
        if (e) e->last_used = ++s.clock;
    }
    dead.clear();

    if (watch_document) {
        // Registered outside the lock (a call into the document); a race registers it twice,
        // which only drops the same entries twice.
        const uno::Reference<util::XModifyListener> listener(
            new WatchDocument(state, document.get()));
        const uno::Reference<lang::XComponent> component(document, uno::UNO_QUERY);
        if (component.is()) {
            component->addEventListener(uno::Reference<lang::XEventListener>(listener.get()));
            const uno::Reference<util::XModifyBroadcaster> modified(document, uno::UNO_QUERY);
            if (modified.is()) modified->addModifyListener(listener);
            std::lock_guard lock(s.mutex);
            s.closing.emplace(document.get(), listener);
        }
    }

    std::optional<Read> read;
    if (e && validate) {
        // Kept, and no listener said it changed; but Calc may be running this formula before it
        // tells them (plan_cache.hxx): read it again, once per batch.
        read = read_table(document, tasks, address, found.key, null_date);
        const bool same = reads_the_same(*e, *read);
        std::lock_guard lock(s.mutex);
        // Not when IDs outside the range were looked up: they may be what changed.
        if (same && !e->outside) {
            e->batch = batch;
            read.reset();
        } else {
            if (const auto it = s.entries.find(found.key); it != s.entries.end() && it->second == e)
                s.erase(it, dead);
            e = nullptr;
        }
    }
    dead.clear();

    if (!e) {
        if (!read) read = read_table(document, tasks, address, found.key, null_date);
        e = make_entry(document, address, null_date, std::move(*read));
        e->batch = batch;
        // Calc reports a change for every range at each hard recalculation (calculateAll,
        // Ctrl+Shift+F9), whatever changed: a table that reads the same keeps what it computed
        // (compared outside the lock: the tables are immutable).
        const bool unchanged = previous && e->table && e->id_column == previous->id_column &&
                               e->table->plan == previous->table->plan;
        std::lock_guard lock(s.mutex);
        if (unchanged) {
            e->table = previous->table; // the one the results point to
            e->bytes = sizeof(Entry) + bytes_of(*e->table);
            for (const auto& [k, kept] : previous->results)
                e->bytes += kept.bytes;
            e->results = std::move(previous->results);
            previous->results.clear();
        }
        e->last_used = ++s.clock;
        if (const auto it = s.entries.find(found.key); it != s.entries.end()) s.erase(it, dead);
        s.entries.emplace(found.key, e);
        s.bytes += e->bytes;
        s.evict(e.get(), dead);
    }
    dead.clear();
    if (e->circular) found.circular = e->circular;
    return found;
}

// The result of `key` computed from the found table: kept, or computed now (outside the lock: a
// simulation may take a while) and kept. `compute(entry)` makes a T from the entry's table; a
// circular read gives a T holding only that.
template <class T, class Compute>
std::shared_ptr<const T> remember(PlanCache::State& s, const Found& found, const std::string& key,
                                  Compute&& compute) {
    if (found.circular) {
        auto circular = std::make_shared<T>();
        circular->circular = found.circular;
        return circular;
    }
    const std::shared_ptr<Entry>& e = found.entry;
    {
        std::lock_guard lock(s.mutex);
        if (const auto it = e->results.find(key); it != e->results.end())
            return std::static_pointer_cast<const T>(it->second.value);
    }
    std::shared_ptr<T> computed = compute(*e);
    computed->table = e->table;
    const std::size_t bytes = bytes_of(*computed) + key.capacity();
    Graveyard dead;
    std::lock_guard lock(s.mutex);
    const auto it = s.entries.find(found.key);
    if (it == s.entries.end() || it->second != e) return computed; // replaced meanwhile
    if (e->results.size() >= kResultsPerTable) {
        std::size_t freed = 0;
        for (const auto& [k, kept] : e->results)
            freed += kept.bytes;
        e->bytes -= freed;
        s.bytes -= freed;
        e->results.clear();
    }
    e->results.emplace(key, Kept{computed, bytes});
    e->bytes += bytes;
    s.bytes += bytes;
    s.evict(e.get(), dead);
    return computed;
}

} // namespace

PlanCache::PlanCache(std::size_t max_bytes, const uno::Reference<uno::XComponentContext>& context)
    : state_(std::make_shared<State>(max_bytes)) {
    if (context.is()) try {
            state_->event_loop = awt::AsyncCallback::create(context);
        } catch (const uno::Exception&) {
            // No event loop to end batches: they end when a document is modified.
        }
}
PlanCache::~PlanCache() = default;

std::shared_ptr<const ComputedPlan>
PlanCache::get(const uno::Reference<beans::XPropertySet>& caller,
               const uno::Reference<table::XCellRange>& tasks, const SettingsInput& settings) {
    const Found found = find_entry(state_, caller, tasks, settings.null_date.value());
    return remember<ComputedPlan>(*state_, found, 'S' + settings_key(settings), [&](Entry& e) {
        auto computed = std::make_shared<ComputedPlan>();
        // The cells compute what no problem reaches (model §15).
        computed->outcome = schedule(e.table->plan, read_settings(settings), Partial::Yes);
        if (const auto wanted = unknown_predecessor_ids(computed->outcome.problems);
            !wanted.empty() && e.id_column >= 0)
            locate_outside_table(
                computed->outcome.problems,
                *look_outside(state_->mutex, e, found.document, tasks, found.address, wanted),
                rect_name(found.address),
                whole_columns(int(found.address.StartColumn), int(found.address.EndColumn)));
        return computed;
    });
}

std::shared_ptr<const ComputedWorkload>
PlanCache::workload(const uno::Reference<beans::XPropertySet>& caller,
                    const uno::Reference<table::XCellRange>& tasks, const SettingsInput& settings,
                    const Table& capacity, bool level) {
    const Found found = find_entry(state_, caller, tasks, settings.null_date.value());
    std::string key = std::string("W") + (level ? 'L' : 'P') + settings_key(settings);
    append_table_key(key, capacity);
    return remember<ComputedWorkload>(*state_, found, key, [&](const Entry& e) {
        auto computed = std::make_shared<ComputedWorkload>();
        SettingsOutcome read = read_settings(settings);
        computed->outcome =
            retroplan::workload(e.table->plan, read, read_capacities(capacity), {.level = level});
        computed->settings = std::move(read.settings);
        return computed;
    });
}

std::shared_ptr<const ComputedRisk>
PlanCache::risk(const uno::Reference<beans::XPropertySet>& caller,
                const uno::Reference<table::XCellRange>& tasks, const SettingsInput& settings,
                const RiskOptions& options) {
    const Found found = find_entry(state_, caller, tasks, settings.null_date.value());
    std::string key = 'R' + settings_key(settings);
    key.append(reinterpret_cast<const char*>(&options.runs), sizeof options.runs);
    key.append(reinterpret_cast<const char*>(&options.seed), sizeof options.seed);
    return remember<ComputedRisk>(*state_, found, key, [&](const Entry& e) {
        auto computed = std::make_shared<ComputedRisk>();
        computed->outcome = simulate_risk(e.table->plan, read_settings(settings), options);
        return computed;
    });
}

} // namespace retroplan::addin
