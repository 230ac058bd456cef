// The protocol handler of org.retroplan.command:* (menu entries, toolbar buttons, scripts). It
// finds the command in the table of commands.hxx and runs it for the frame it serves.
#pragma once

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace retroplan::addin {

inline constexpr const char* kCommandHandlerImplName = "org.retroplan.CommandHandlerImpl";

css::uno::Sequence<::rtl::OUString> command_handler_service_names();

class CommandHandler
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
  public:
    explicit CommandHandler(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XInitialization: the frame the handler serves.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;
    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const ::rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;
    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL
    addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                      const css::util::URL& url) override;
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}
    // XServiceInfo
    ::rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const ::rtl::OUString& name) override;
    css::uno::Sequence<::rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

} // namespace retroplan::addin
