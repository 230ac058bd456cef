// The RETRO_* Calc functions: a thin layer that converts arguments, asks the plan cache for the
// schedule, and converts one value of it back. No scheduling logic here. The interface they
// implement is generated from registry/functions.json (names, help, argument types): a new
// function is a row there plus its method here.
#pragma once

#include "plan_cache.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>
#include <org/retroplan/XRetroplanFunctions.hpp>

namespace retroplan::addin {

using ::rtl::OString;
using ::rtl::OUString;

inline constexpr const char* kFunctionsImplName = "org.retroplan.FunctionsImpl";
inline constexpr const char* kFunctionsServiceName = "org.retroplan.Functions";

css::uno::Sequence<OUString> functions_service_names();

class Functions : public cppu::WeakImplHelper3<org::retroplan::XRetroplanFunctions,
                                               css::lang::XServiceName, css::lang::XServiceInfo> {
  public:
    explicit Functions(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XRetroplanFunctions. The per-task functions share one signature, (Task; Tasks; Deadline
    // [; Holidays [; Weekend [; Start]]]); functions.cxx defines them with the same list.
#define RETRO_TASK_FUNCTION_DECLARATION(method)                                                    \
    css::uno::Any SAL_CALL method(                                                                 \
        const css::uno::Reference<css::beans::XPropertySet>& caller, const OUString& task,         \
        const css::uno::Reference<css::table::XCellRange>& tasks, double deadline,                 \
        const css::uno::Any& holidays, const css::uno::Any& weekend, const css::uno::Any& start)   \
        override;
    RETRO_TASK_FUNCTION_DECLARATION(retroStart)
    RETRO_TASK_FUNCTION_DECLARATION(retroEnd)
    RETRO_TASK_FUNCTION_DECLARATION(retroEarlyStart)
    RETRO_TASK_FUNCTION_DECLARATION(retroEarlyEnd)
    RETRO_TASK_FUNCTION_DECLARATION(retroSlack)
    RETRO_TASK_FUNCTION_DECLARATION(retroFreeSlack)
    RETRO_TASK_FUNCTION_DECLARATION(retroCritical)
#undef RETRO_TASK_FUNCTION_DECLARATION
    css::uno::Any SAL_CALL retroKickoff(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                        const css::uno::Reference<css::table::XCellRange>& tasks,
                                        double deadline, const css::uno::Any& holidays,
                                        const css::uno::Any& weekend) override;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>>
        SAL_CALL retroSchedule(const css::uno::Reference<css::beans::XPropertySet>& caller,
                               const css::uno::Reference<css::table::XCellRange>& tasks,
                               double deadline, const css::uno::Any& holidays,
                               const css::uno::Any& weekend, const css::uno::Any& start) override;
    double SAL_CALL retroFingerprint(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                     const css::uno::Reference<css::table::XCellRange>& tasks,
                                     double deadline, const css::uno::Any& holidays,
                                     const css::uno::Any& weekend, const css::uno::Any& start,
                                     const css::uno::Any& alert_days, const css::uno::Any& level,
                                     const css::uno::Any& capacity) override;
    OUString SAL_CALL retroCheck(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                 const css::uno::Reference<css::table::XCellRange>& tasks,
                                 const css::uno::Any& deadline, const css::uno::Any& holidays,
                                 const css::uno::Any& weekend, const css::uno::Any& start) override;

    // Per-task functions of seven arguments, (Task; Tasks; Deadline [; Holidays [; Weekend
    // [; sixth [; seventh]]]]): Start and AlertDays (functions_follow_up.cxx), Start and Capacity
    // (functions_workload.cxx), Runs and Seed (functions_risk.cxx).
#define RETRO_TASK_FUNCTION_DECLARATION_7(method)                                                  \
    css::uno::Any SAL_CALL method(                                                                 \
        const css::uno::Reference<css::beans::XPropertySet>& caller, const OUString& task,         \
        const css::uno::Reference<css::table::XCellRange>& tasks, double deadline,                 \
        const css::uno::Any& holidays, const css::uno::Any& weekend, const css::uno::Any& sixth,   \
        const css::uno::Any& seventh) override;
    RETRO_TASK_FUNCTION_DECLARATION_7(retroStatus)
    RETRO_TASK_FUNCTION_DECLARATION_7(retroExpectedEnd)
    RETRO_TASK_FUNCTION_DECLARATION_7(retroDeviation)
    RETRO_TASK_FUNCTION_DECLARATION_7(retroOverloaded)
    RETRO_TASK_FUNCTION_DECLARATION_7(retroLeveledStart)
    RETRO_TASK_FUNCTION_DECLARATION_7(retroLeveledEnd)
    RETRO_TASK_FUNCTION_DECLARATION_7(retroCriticality)
#undef RETRO_TASK_FUNCTION_DECLARATION_7
    css::uno::Any SAL_CALL retroLoad(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                     const OUString& person, double date,
                                     const css::uno::Reference<css::table::XCellRange>& tasks,
                                     double deadline, const css::uno::Any& holidays,
                                     const css::uno::Any& weekend,
                                     const css::uno::Any& start) override;
    css::uno::Any SAL_CALL
    retroLeveledKickoff(const css::uno::Reference<css::beans::XPropertySet>& caller,
                        const css::uno::Reference<css::table::XCellRange>& tasks, double deadline,
                        const css::uno::Any& holidays, const css::uno::Any& weekend,
                        const css::uno::Any& capacity) override;
    css::uno::Any SAL_CALL
    retroKickoffAt(const css::uno::Reference<css::beans::XPropertySet>& caller,
                   const css::uno::Reference<css::table::XCellRange>& tasks, double deadline,
                   double confidence, const css::uno::Any& holidays, const css::uno::Any& weekend,
                   const css::uno::Any& runs, const css::uno::Any& seed) override;

    // XServiceName
    OUString SAL_CALL getServiceName() override;
    // XServiceInfo
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    enum class Value { Start, End, EarlyStart, EarlyEnd, Slack, FreeSlack, Critical };

    css::uno::Any task_value(Value what, const char* name,
                             const css::uno::Reference<css::beans::XPropertySet>& caller,
                             const OUString& task,
                             const css::uno::Reference<css::table::XCellRange>& tasks,
                             double deadline, const css::uno::Any& holidays,
                             const css::uno::Any& weekend, const css::uno::Any& start);
    // The schedule, or BadInput naming the first problem.
    std::shared_ptr<const ComputedPlan>
    scheduled(const css::uno::Reference<css::beans::XPropertySet>& caller,
              const css::uno::Reference<css::table::XCellRange>& tasks,
              const SettingsInput& settings);
    // The schedule, or with problems the partial one (model §15) whose `known(task)` says which
    // values hold; BadInput naming the first problem when no task keeps any value.
    std::shared_ptr<const ComputedPlan>
    scheduled_per_task(const css::uno::Reference<css::beans::XPropertySet>& caller,
                       const css::uno::Reference<css::table::XCellRange>& tasks,
                       const SettingsInput& settings);
    // Throws BadInput (Err:502) naming the circular read or the first problem, in words.
    [[noreturn]] void refuse(const std::optional<Circular>& circular,
                             const std::vector<Problem>& problems) const;
    [[noreturn]] void refuse(const ComputedPlan& computed) const;

    // Following the plan (per task: what the table's problems leave known, model §15), workload
    // and risk (plan-level: a table without problems): the result of the table's cached
    // computation, or BadInput naming the circular read or the first problem.
    enum class FollowUpValue { Status, ExpectedEnd, Deviation };
    css::uno::Any follow_up_value(FollowUpValue what, const char* name,
                                  const css::uno::Reference<css::beans::XPropertySet>& caller,
                                  const OUString& task,
                                  const css::uno::Reference<css::table::XCellRange>& tasks,
                                  double deadline, const css::uno::Any& holidays,
                                  const css::uno::Any& weekend, const css::uno::Any& start,
                                  const css::uno::Any& alert_days);
    enum class WorkloadValue { Overloaded, LeveledStart, LeveledEnd };
    css::uno::Any workload_value(WorkloadValue what, const char* name,
                                 const css::uno::Reference<css::beans::XPropertySet>& caller,
                                 const OUString& task,
                                 const css::uno::Reference<css::table::XCellRange>& tasks,
                                 double deadline, const css::uno::Any& holidays,
                                 const css::uno::Any& weekend, const css::uno::Any& start,
                                 const css::uno::Any& capacity);
    std::shared_ptr<const ComputedWorkload>
    workload_of(const css::uno::Reference<css::beans::XPropertySet>& caller,
                const css::uno::Reference<css::table::XCellRange>& tasks,
                const SettingsInput& settings, const Table& capacity, bool level);
    // The capacity table of a Capacity argument (else RETRO_CAPACITY), or BadInput.
    Table capacity_of(const css::uno::Reference<css::beans::XPropertySet>& caller,
                      const css::uno::Any& capacity) const;
    std::shared_ptr<const ComputedRisk>
    risk_of(const css::uno::Reference<css::beans::XPropertySet>& caller,
            const css::uno::Reference<css::table::XCellRange>& tasks, double deadline,
            const css::uno::Any& holidays, const css::uno::Any& weekend, const css::uno::Any& runs,
            const css::uno::Any& seed);

    css::uno::Reference<css::uno::XComponentContext> context_;
    PlanCache cache_;
};

// Defines a per-task function of seven arguments (declared above) as `member(value, its name,
// its arguments)`: the follow-up and workload functions.
#define RETRO_TASK_FUNCTION_7(method, member, value)                                               \
    css::uno::Any SAL_CALL Functions::method(                                                      \
        const css::uno::Reference<css::beans::XPropertySet>& caller, const OUString& task,         \
        const css::uno::Reference<css::table::XCellRange>& tasks, double deadline,                 \
        const css::uno::Any& holidays, const css::uno::Any& weekend, const css::uno::Any& sixth,   \
        const css::uno::Any& seventh) {                                                            \
        return member(value, #method, caller, task, tasks, deadline, holidays, weekend, sixth,     \
                      seventh);                                                                    \
    }

} // namespace retroplan::addin
