// RETRO_LOAD, RETRO_OVERLOADED, RETRO_LEVELED_START/END/KICKOFF: lookups in the table's cached
// workload (model §12), one per set of settings, capacity table and level flag. The capacity
// table is the Capacity argument, else the document's named range RETRO_CAPACITY; the load in
// percent does not depend on capacities, so RETRO_LOAD reads none.
#include "functions.hxx"

#include "capacity_range.hxx"
#include "uno_convert.hxx"
#include "uno_errors.hxx"

namespace retroplan::addin {

using namespace css;

Table Functions::capacity_of(const uno::Reference<beans::XPropertySet>& caller,
                             const uno::Any& capacity) const {
    CapacityCells cells = capacity_cells(caller, capacity);
    if (cells.refused) refuse(std::nullopt, {*cells.refused});
    return std::move(cells.table);
}

std::shared_ptr<const ComputedWorkload>
Functions::workload_of(const uno::Reference<beans::XPropertySet>& caller,
                       const uno::Reference<table::XCellRange>& tasks,
                       const SettingsInput& settings, const Table& capacity, bool level) {
    if (!tasks.is()) throw BadInput("Retroplan: the Tasks argument must be a cell range");
    auto computed = cache_.workload(caller, tasks, settings, capacity, level);
    if (!computed->ok()) refuse(computed->circular, computed->outcome.problems);
    return computed;
}

uno::Any Functions::workload_value(WorkloadValue what, const char* name,
                                   const uno::Reference<beans::XPropertySet>& caller,
                                   const OUString& task,
                                   const uno::Reference<table::XCellRange>& tasks, double deadline,
                                   const uno::Any& holidays, const uno::Any& weekend,
                                   const uno::Any& start, const uno::Any& capacity) {
    return guarded(name, [&]() -> uno::Any {
        const Date null_date = null_date_of(caller);
        const auto w =
            workload_of(caller, tasks,
                        settings_from_args(uno::Any(deadline), holidays, weekend, start, null_date),
                        capacity_of(caller, capacity), what != WorkloadValue::Overloaded);
        const std::int32_t i = find_task(w->table->index, task);
        if (i < 0) return {}; // an unknown ID shows #N/A
        const auto t = std::size_t(i);
        switch (what) {
        case WorkloadValue::Overloaded: // 1/0 like RETRO_CRITICAL
            return uno::Any(w->outcome.load.overloaded[t] ? 1.0 : 0.0);
        case WorkloadValue::LeveledStart:
            return uno::Any(
                serial_from_date(w->outcome.levelled->schedule.dates[t].start, null_date));
        case WorkloadValue::LeveledEnd:
            return uno::Any(
                serial_from_date(w->outcome.levelled->schedule.dates[t].end, null_date));
        }
        return {};
    });
}

RETRO_TASK_FUNCTION_7(retroOverloaded, workload_value, WorkloadValue::Overloaded)
RETRO_TASK_FUNCTION_7(retroLeveledStart, workload_value, WorkloadValue::LeveledStart)
RETRO_TASK_FUNCTION_7(retroLeveledEnd, workload_value, WorkloadValue::LeveledEnd)

uno::Any SAL_CALL Functions::retroLoad(const uno::Reference<beans::XPropertySet>& caller,
                                       const OUString& person, double date,
                                       const uno::Reference<table::XCellRange>& tasks,
                                       double deadline, const uno::Any& holidays,
                                       const uno::Any& weekend, const uno::Any& start) {
    return guarded("retroLoad", [&]() -> uno::Any {
        const Date null_date = null_date_of(caller);
        const auto w =
            workload_of(caller, tasks,
                        settings_from_args(uno::Any(deadline), holidays, weekend, start, null_date),
                        Table{}, false);
        const std::string name = to_utf8(person);
        // A name the owner column never gives is likely mistyped: #N/A, like an unknown task.
        if (w->outcome.owners.people.find(name) < 0) return {};
        const auto day = date_from_serial(date, null_date);
        if (!day)
            throw BadInput("Retroplan: the Date argument is not a date between 1900 and 2200");
        return uno::Any(share_percent(w->outcome.load_on(w->settings->calendar, name, *day)));
    });
}

uno::Any SAL_CALL Functions::retroLeveledKickoff(const uno::Reference<beans::XPropertySet>& caller,
                                                 const uno::Reference<table::XCellRange>& tasks,
                                                 double deadline, const uno::Any& holidays,
                                                 const uno::Any& weekend,
                                                 const uno::Any& capacity) {
    return guarded("retroLeveledKickoff", [&]() -> uno::Any {
        const Date null_date = null_date_of(caller);
        const auto w = workload_of(
            caller, tasks, settings_from_args(uno::Any(deadline), holidays, weekend, {}, null_date),
            capacity_of(caller, capacity), true);
        return uno::Any(serial_from_date(w->outcome.levelled->schedule.kickoff_date, null_date));
    });
}

} // namespace retroplan::addin
