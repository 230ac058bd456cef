#include "functions.hxx"

#include "stale_marker.hxx"
#include "ui_language.hxx"
#include "uno_convert.hxx"
#include "uno_errors.hxx"

#include <cppuhelper/supportsservice.hxx>

namespace retroplan::addin {

using namespace css;

namespace {

// A whole-number ID ("7") goes back as the number 7, as the table most likely held it. It also
// keeps RETRO_SCHEDULE fast: Calc fills an add-in's result matrix one element at a time and each
// string costs it O(rows) (measured: 50,000 text IDs add about 2 s).
uno::Any id_value(const std::string& id) {
    const bool whole = !id.empty() && id.size() <= 15 && (id == "0" || id.front() != '0') &&
                       id.find_first_not_of("0123456789") == std::string::npos;
    return whole ? uno::Any(std::stod(id)) : uno::Any(to_ouString(id));
}

} // namespace

uno::Sequence<OUString> functions_service_names() {
    uno::Sequence<OUString> names(2);
    names[0] = OUString::createFromAscii(kFunctionsServiceName);
    names[1] = "com.sun.star.sheet.AddIn";
    return names;
}

Functions::Functions(const uno::Reference<uno::XComponentContext>& context)
    : context_(context), cache_(kCacheBytes, context) {}

std::shared_ptr<const ComputedPlan>
Functions::scheduled_per_task(const uno::Reference<beans::XPropertySet>& caller,
                              const uno::Reference<table::XCellRange>& tasks,
                              const SettingsInput& settings) {
    if (!tasks.is()) throw BadInput("Retroplan: the Tasks argument must be a cell range");
    auto computed = cache_.get(caller, tasks, settings);
    if (!computed->ok() && !computed->outcome.partial) refuse(*computed);
    return computed;
}

std::shared_ptr<const ComputedPlan>
Functions::scheduled(const uno::Reference<beans::XPropertySet>& caller,
                     const uno::Reference<table::XCellRange>& tasks,
                     const SettingsInput& settings) {
    auto computed = scheduled_per_task(caller, tasks, settings);
    if (!computed->ok()) refuse(*computed);
    return computed;
}

// Err:502 with the first problem in words (the bracketed ID is for scripts, not people).
void Functions::refuse(const std::optional<Circular>& circular,
                       const std::vector<Problem>& problems) const {
    const Lang lang = ui_language(context_);
    if (circular) throw BadInput(describe(*circular, lang));
    if (!problems.empty()) throw BadInput(format_problem(problems.front(), lang, WithCode::No));
    throw BadInput("Retroplan: no result for this table");
}

void Functions::refuse(const ComputedPlan& computed) const {
    refuse(computed.circular, computed.outcome.problems);
}

uno::Any Functions::task_value(Value what, const char* name,
                               const uno::Reference<beans::XPropertySet>& caller,
                               const OUString& task, const uno::Reference<table::XCellRange>& tasks,
                               double deadline, const uno::Any& holidays, const uno::Any& weekend,
                               const uno::Any& start) {
    return guarded(name, [&]() -> uno::Any {
        const Date null_date = null_date_of(caller);
        const auto computed = scheduled_per_task(
            caller, tasks,
            settings_from_args(uno::Any(deadline), holidays, weekend, start, null_date));
        const Outcome& outcome = computed->outcome;
        const std::int32_t i = find_task(computed->table->index, task);
        if (i < 0) return {}; // an unknown ID shows #N/A
        const KnownValues known = outcome.known(std::size_t(i));
        const bool dates = what == Value::Start || what == Value::End;
        const bool early = what == Value::EarlyStart || what == Value::EarlyEnd;
        if (!(dates                      ? known.latest
              : early                    ? known.early
              : what == Value::FreeSlack ? known.free_slack
                                         : known.slack()))
            refuse(*computed);
        const Schedule& s = *outcome.values();
        const TaskTimes& t = s.times[std::size_t(i)];
        const TaskDates& d = s.dates[std::size_t(i)];
        switch (what) {
        case Value::Start:
            return uno::Any(serial_from_date(d.start, null_date));
        case Value::End:
            return uno::Any(serial_from_date(d.end, null_date));
        case Value::EarlyStart:
            return uno::Any(serial_from_date(d.early_start, null_date));
        case Value::EarlyEnd:
            return uno::Any(serial_from_date(d.early_end, null_date));
        // A done task has no slack (model §8): shown empty, like a deviation without baseline.
        case Value::Slack:
            return t.done ? uno::Any(OUString()) : uno::Any(double(t.total_slack));
        case Value::FreeSlack:
            return t.done ? uno::Any(OUString()) : uno::Any(double(t.free_slack));
        // Calc shows an add-in's boolean as 0; 1/0 is what its own logical functions return.
        case Value::Critical:
            return uno::Any(t.critical ? 1.0 : 0.0);
        }
        return {};
    });
}

#define RETRO_TASK_FUNCTION(method, value)                                                         \
    uno::Any SAL_CALL Functions::method(                                                           \
        const uno::Reference<beans::XPropertySet>& caller, const OUString& task,                   \
        const uno::Reference<table::XCellRange>& tasks, double deadline, const uno::Any& holidays, \
        const uno::Any& weekend, const uno::Any& start) {                                          \
        return task_value(Value::value, #method, caller, task, tasks, deadline, holidays, weekend, \
                          start);                                                                  \
    }

RETRO_TASK_FUNCTION(retroStart, Start)
RETRO_TASK_FUNCTION(retroEnd, End)
RETRO_TASK_FUNCTION(retroEarlyStart, EarlyStart)
RETRO_TASK_FUNCTION(retroEarlyEnd, EarlyEnd)
RETRO_TASK_FUNCTION(retroSlack, Slack)
RETRO_TASK_FUNCTION(retroFreeSlack, FreeSlack)
RETRO_TASK_FUNCTION(retroCritical, Critical)
#undef RETRO_TASK_FUNCTION

uno::Any SAL_CALL Functions::retroKickoff(const uno::Reference<beans::XPropertySet>& caller,
                                          const uno::Reference<table::XCellRange>& tasks,
                                          double deadline, const uno::Any& holidays,
                                          const uno::Any& weekend) {
    return guarded("retroKickoff", [&]() -> uno::Any {
        const Date null_date = null_date_of(caller);
        const auto computed =
            scheduled(caller, tasks,
                      settings_from_args(uno::Any(deadline), holidays, weekend, {}, null_date));
        return uno::Any(serial_from_date(computed->outcome.schedule->kickoff_date, null_date));
    });
}

uno::Sequence<uno::Sequence<uno::Any>>
    SAL_CALL Functions::retroSchedule(const uno::Reference<beans::XPropertySet>& caller,
                                      const uno::Reference<table::XCellRange>& tasks,
                                      double deadline, const uno::Any& holidays,
                                      const uno::Any& weekend, const uno::Any& start) {
    return guarded("retroSchedule", [&] {
        const Date null_date = null_date_of(caller);
        const auto computed =
            scheduled(caller, tasks,
                      settings_from_args(uno::Any(deadline), holidays, weekend, start, null_date));
        const Schedule& s = *computed->outcome.schedule;
        const auto& plan = computed->table->plan;
        uno::Sequence<uno::Sequence<uno::Any>> rows(sal_Int32(plan.tasks.size()));
        auto* out = rows.getArray();
        // Status words are few: each made once, not per row.
        OUString words[kStatusCount];
        for (const Status st : kStatuses)
            words[std::size_t(st)] = to_ouString(status_word(st, plan.lang));
        // 8 columns, then with a status date the follow-up's: status, expected start and end,
        // and deviation when the table has baseline ends. Columns not returned show #N/A in a
        // wider selection: an empty element costs Calc as much as a string (about 2 s per
        // 50,000, see bench/README.md), which a plan without follow-up should not pay.
        const sal_Int32 columns = !s.follow_up ? 8 : (plan.has(Field::BaselineEnd) ? 12 : 11);
        for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
            uno::Sequence<uno::Any> row(columns);
            auto* r = row.getArray();
            const TaskDates& d = s.dates[i];
            r[0] = id_value(plan.tasks[i].id);
            r[1] <<= serial_from_date(d.start, null_date);
            r[2] <<= serial_from_date(d.end, null_date);
            r[3] <<= serial_from_date(d.early_start, null_date);
            r[4] <<= serial_from_date(d.early_end, null_date);
            if (s.times[i].done) { // no slack (model §8): empty, as RETRO_SLACK
                r[5] <<= OUString();
                r[6] <<= OUString();
            } else {
                r[5] <<= double(s.times[i].total_slack);
                r[6] <<= double(s.times[i].free_slack);
            }
            r[7] <<= s.times[i].critical ? 1.0 : 0.0;
            if (s.follow_up) {
                const TaskFollowUp& f = s.follow_up->tasks[i];
                r[8] <<= words[std::size_t(f.status)];
                r[9] <<= serial_from_date(f.expected_start, null_date);
                r[10] <<= serial_from_date(f.expected_end, null_date);
                if (f.deviation && columns > 11) r[11] <<= double(*f.deviation);
            }
            out[i] = row;
        }
        return rows;
    });
}

double SAL_CALL Functions::retroFingerprint(const uno::Reference<beans::XPropertySet>& caller,
                                            const uno::Reference<table::XCellRange>& tasks,
                                            double deadline, const uno::Any& holidays,
                                            const uno::Any& weekend, const uno::Any& start,
                                            const uno::Any& alert_days, const uno::Any& level,
                                            const uno::Any& capacity) {
    return guarded("retroFingerprint", [&]() -> double {
        const Date null_date = null_date_of(caller);
        const SettingsInput settings =
            settings_from_args(uno::Any(deadline), holidays, weekend, start, null_date);
        const auto computed = scheduled(caller, tasks, settings); // a plan the rebuild accepts
        return double(fingerprint_of_arguments(caller, computed->table->plan, settings, alert_days,
                                               level, capacity));
    });
}

OUString SAL_CALL Functions::retroCheck(const uno::Reference<beans::XPropertySet>& caller,
                                        const uno::Reference<table::XCellRange>& tasks,
                                        const uno::Any& deadline, const uno::Any& holidays,
                                        const uno::Any& weekend, const uno::Any& start) {
    return guarded("retroCheck", [&]() -> OUString {
        if (!tasks.is()) throw BadInput("Retroplan: the Tasks argument must be a cell range");
        const Date null_date = null_date_of(caller);
        SettingsInput settings = settings_from_args(deadline, holidays, weekend, start, null_date);
        // Without a deadline, check the table alone (any valid deadline will do). Only an
        // omitted one: an empty cell or 0 (Calc passes both as 0) is no deadline, which every
        // per-task function shows as Err:502 (no_deadline).
        if (!deadline.hasValue()) settings.deadline = Cell::of_text(to_iso(kCheckOnlyDeadline));
        const auto computed = cache_.get(caller, tasks, settings);
        if (computed->ok()) return "OK";
        const Lang lang = ui_language(context_);
        if (computed->circular) return to_ouString(describe(*computed->circular, lang));
        std::string text = format_problem(computed->outcome.problems.front(), lang, WithCode::No);
        if (computed->outcome.problems.size() > 1)
            text += (lang == Lang::Fr ? " (+" : " (+") +
                    std::to_string(computed->outcome.problems.size() - 1) +
                    (lang == Lang::Fr ? " autres)" : " more)");
        return to_ouString(text);
    });
}

OUString SAL_CALL Functions::getServiceName() {
    return OUString::createFromAscii(kFunctionsServiceName);
}
OUString SAL_CALL Functions::getImplementationName() {
    return OUString::createFromAscii(kFunctionsImplName);
}
sal_Bool SAL_CALL Functions::supportsService(const OUString& name) {
    return cppu::supportsService(this, name);
}
uno::Sequence<OUString> SAL_CALL Functions::getSupportedServiceNames() {
    return functions_service_names();
}

} // namespace retroplan::addin
