// RETRO_KICKOFF_AT, RETRO_CRITICALITY: lookups in the table's cached risk simulation (model
// §13), one per set of settings, runs and seed: 2,000 cells cost one simulation.
#include "functions.hxx"

#include "uno_convert.hxx"
#include "uno_errors.hxx"

namespace retroplan::addin {

using namespace css;

std::shared_ptr<const ComputedRisk>
Functions::risk_of(const uno::Reference<beans::XPropertySet>& caller,
                   const uno::Reference<table::XCellRange>& tasks, double deadline,
                   const uno::Any& holidays, const uno::Any& weekend, const uno::Any& runs,
                   const uno::Any& seed) {
    if (!tasks.is()) throw BadInput("Retroplan: the Tasks argument must be a cell range");
    RiskOptionsInput in{cell_from_any(runs), cell_from_any(seed)};
    // Calc passes an empty cell as 0, and no simulation has 0 runs: the default, as omitted.
    if (in.runs.kind == Cell::Kind::Number && in.runs.number == 0) in.runs = {};
    const RiskOptionsOutcome options = read_risk_options(in);
    if (!options.problems.empty()) refuse(std::nullopt, options.problems);
    const Date null_date = null_date_of(caller);
    auto computed = cache_.risk(
        caller, tasks, settings_from_args(uno::Any(deadline), holidays, weekend, {}, null_date),
        *options.options);
    if (!computed->ok()) refuse(computed->circular, computed->outcome.problems);
    return computed;
}

uno::Any SAL_CALL Functions::retroKickoffAt(const uno::Reference<beans::XPropertySet>& caller,
                                            const uno::Reference<table::XCellRange>& tasks,
                                            double deadline, double confidence,
                                            const uno::Any& holidays, const uno::Any& weekend,
                                            const uno::Any& runs, const uno::Any& seed) {
    return guarded("retroKickoffAt", [&]() -> uno::Any {
        std::vector<Problem> problems;
        const auto share = read_confidence(Cell::of_number(confidence), problems);
        if (!share) refuse(std::nullopt, problems);
        const auto r = risk_of(caller, tasks, deadline, holidays, weekend, runs, seed);
        return uno::Any(
            serial_from_date(r->outcome.risk->kickoff_date_at(*share), null_date_of(caller)));
    });
}

uno::Any SAL_CALL Functions::retroCriticality(const uno::Reference<beans::XPropertySet>& caller,
                                              const OUString& task,
                                              const uno::Reference<table::XCellRange>& tasks,
                                              double deadline, const uno::Any& holidays,
                                              const uno::Any& weekend, const uno::Any& runs,
                                              const uno::Any& seed) {
    return guarded("retroCriticality", [&]() -> uno::Any {
        const auto r = risk_of(caller, tasks, deadline, holidays, weekend, runs, seed);
        const std::int32_t i = find_task(r->table->index, task);
        if (i < 0) return {}; // an unknown ID shows #N/A
        return uno::Any(r->outcome.risk->criticality(std::size_t(i)));
    });
}

} // namespace retroplan::addin
