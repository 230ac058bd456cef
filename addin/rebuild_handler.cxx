#include "rebuild_handler.hxx"

#include "rebuild_command.hxx"
#include "ui_language.hxx"
#include "uno_errors.hxx"

#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace retroplan::addin {

using namespace css;

uno::Sequence<OUString> rebuild_service_names() {
    uno::Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

RebuildHandler::RebuildHandler(const uno::Reference<uno::XComponentContext>& context)
    : context_(context) {}

void SAL_CALL RebuildHandler::initialize(const uno::Sequence<uno::Any>& arguments) {
    uno::Reference<frame::XFrame> frame;
    if (arguments.getLength() > 0 && (arguments[0] >>= frame)) frame_ = frame;
}

uno::Reference<frame::XDispatch>
    SAL_CALL RebuildHandler::queryDispatch(const util::URL& url, const OUString&, sal_Int32) {
    if (url.Complete == OUString::createFromAscii(kRebuildUrl)) return this;
    return {};
}

uno::Sequence<uno::Reference<frame::XDispatch>> SAL_CALL
RebuildHandler::queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests) {
    uno::Sequence<uno::Reference<frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
}

void SAL_CALL RebuildHandler::dispatch(const util::URL& url,
                                       const uno::Sequence<beans::PropertyValue>&) {
    guarded("Rebuild retroplan", [&] {
        if (url.Complete != OUString::createFromAscii(kRebuildUrl)) return;
        const uno::Reference<frame::XFrame> frame(frame_);
        if (!frame.is()) return;
        const uno::Reference<frame::XController> controller = frame->getController();
        if (!controller.is()) return;
        const RebuildResult result = rebuild_retroplan(
            controller->getModel(), ui_language(context_), has_visible_window(frame));
        show_message(context_, frame, result);
    });
}

void SAL_CALL RebuildHandler::addStatusListener(
    const uno::Reference<frame::XStatusListener>& listener, const util::URL& url) {
    if (!listener.is()) return;
    frame::FeatureStateEvent state;
    state.FeatureURL = url;
    state.IsEnabled = true;
    state.Source = static_cast<cppu::OWeakObject*>(this);
    listener->statusChanged(state);
}

OUString SAL_CALL RebuildHandler::getImplementationName() {
    return OUString::createFromAscii(kRebuildImplName);
}
sal_Bool SAL_CALL RebuildHandler::supportsService(const OUString& name) {
    return cppu::supportsService(this, name);
}
uno::Sequence<OUString> SAL_CALL RebuildHandler::getSupportedServiceNames() {
    return rebuild_service_names();
}

} // namespace retroplan::addin
