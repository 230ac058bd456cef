#include "command_handler.hxx"

#include "commands.hxx"
#include "message_box.hxx"
#include "ui_language.hxx"
#include "uno_errors.hxx"

#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace retroplan::addin {

using namespace css;

namespace {

const CommandEntry* command_of(const util::URL& url) {
    return find_command(url.Complete);
}

} // namespace

uno::Sequence<OUString> command_handler_service_names() {
    uno::Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

CommandHandler::CommandHandler(const uno::Reference<uno::XComponentContext>& context)
    : context_(context) {}

void SAL_CALL CommandHandler::initialize(const uno::Sequence<uno::Any>& arguments) {
    uno::Reference<frame::XFrame> frame;
    if (arguments.getLength() > 0 && (arguments[0] >>= frame)) frame_ = frame;
}

uno::Reference<frame::XDispatch>
    SAL_CALL CommandHandler::queryDispatch(const util::URL& url, const OUString&, sal_Int32) {
    if (command_of(url)) return this;
    return {};
}

uno::Sequence<uno::Reference<frame::XDispatch>> SAL_CALL
CommandHandler::queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests) {
    uno::Sequence<uno::Reference<frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
}

void SAL_CALL CommandHandler::dispatch(const util::URL& url,
                                       const uno::Sequence<beans::PropertyValue>& arguments) {
    guarded("Retroplan command", [&] {
        const CommandEntry* command = command_of(url);
        if (!command) return;
        CommandCall call;
        call.context = context_;
        call.frame = uno::Reference<frame::XFrame>(frame_);
        if (!call.frame.is()) return;
        const uno::Reference<frame::XController> controller = call.frame->getController();
        if (!controller.is()) return;
        call.model = controller->getModel();
        call.arguments = arguments;
        call.interactive = has_visible_window(call.frame);
        call.lang = ui_language(context_);
        report(call, command->run(call));
    });
}

void SAL_CALL CommandHandler::addStatusListener(
    const uno::Reference<frame::XStatusListener>& listener, const util::URL& url) {
    if (!listener.is()) return;
    frame::FeatureStateEvent state;
    state.FeatureURL = url;
    state.IsEnabled = true;
    state.Source = static_cast<cppu::OWeakObject*>(this);
    listener->statusChanged(state);
}

OUString SAL_CALL CommandHandler::getImplementationName() {
    return OUString::createFromAscii(kCommandHandlerImplName);
}
sal_Bool SAL_CALL CommandHandler::supportsService(const OUString& name) {
    return cppu::supportsService(this, name);
}
uno::Sequence<OUString> SAL_CALL CommandHandler::getSupportedServiceNames() {
    return command_handler_service_names();
}

} // namespace retroplan::addin
