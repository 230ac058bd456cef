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
                                     const css::uno::Any& weekend,
                                     const css::uno::Any& start) override;
    OUString SAL_CALL retroCheck(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                 const css::uno::Reference<css::table::XCellRange>& tasks,
                                 const css::uno::Any& deadline, const css::uno::Any& holidays,
                                 const css::uno::Any& weekend, const css::uno::Any& start) override;

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

    css::uno::Reference<css::uno::XComponentContext> context_;
    PlanCache cache_;
};

} // namespace retroplan::addin
