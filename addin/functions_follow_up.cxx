// RETRO_STATUS, RETRO_EXPECTED_END, RETRO_DEVIATION: one task on the status date (model §8-10),
// looked up in the table's cached schedule. The status date is the Start argument; without it
// there is no follow-up and the cells stay empty, as the CLI's columns do. Per-task values like
// RETRO_START's: with problems, a task's cell computes when none reaches what it needs (§15:
// status and expected end its latest and early dates, deviation also its baseline).
#include "functions.hxx"

#include "uno_convert.hxx"
#include "uno_errors.hxx"

namespace retroplan::addin {

using namespace css;

uno::Any Functions::follow_up_value(FollowUpValue what, const char* name,
                                    const uno::Reference<beans::XPropertySet>& caller,
                                    const OUString& task,
                                    const uno::Reference<table::XCellRange>& tasks, double deadline,
                                    const uno::Any& holidays, const uno::Any& weekend,
                                    const uno::Any& start, const uno::Any& alert_days) {
    return guarded(name, [&]() -> uno::Any {
        const Date null_date = null_date_of(caller);
        SettingsInput settings =
            settings_from_args(uno::Any(deadline), holidays, weekend, start, null_date);
        settings.alert_days = cell_from_any(alert_days);
        const auto computed = scheduled_per_task(caller, tasks, settings);
        const Outcome& outcome = computed->outcome;
        const std::int32_t i = find_task(computed->table->index, task);
        if (i < 0) return {}; // an unknown ID shows #N/A
        const auto& follow_up = outcome.values()->follow_up;
        if (!follow_up) return uno::Any(OUString());
        const KnownValues known = outcome.known(std::size_t(i));
        if (!(what == FollowUpValue::Deviation ? known.deviation() : known.slack()))
            refuse(*computed);
        const TaskFollowUp& f = follow_up->tasks[std::size_t(i)];
        switch (what) {
        case FollowUpValue::Status: // in the table's language: the same words for every reader
            return uno::Any(to_ouString(status_word(f.status, computed->table->plan.lang)));
        case FollowUpValue::ExpectedEnd:
            return uno::Any(serial_from_date(f.expected_end, null_date));
        case FollowUpValue::Deviation:
            return f.deviation ? uno::Any(double(*f.deviation)) : uno::Any(OUString());
        }
        return {};
    });
}

RETRO_TASK_FUNCTION_7(retroStatus, follow_up_value, FollowUpValue::Status)
RETRO_TASK_FUNCTION_7(retroExpectedEnd, follow_up_value, FollowUpValue::ExpectedEnd)
RETRO_TASK_FUNCTION_7(retroDeviation, follow_up_value, FollowUpValue::Deviation)

} // namespace retroplan::addin
