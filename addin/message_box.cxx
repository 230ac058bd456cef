#include "message_box.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

namespace retroplan::addin {

using namespace css;

bool has_visible_window(const uno::Reference<frame::XFrame>& frame) {
    if (!frame.is()) return false;
    const uno::Reference<awt::XWindow2> window(frame->getContainerWindow(), uno::UNO_QUERY);
    return window.is() && window->isVisible();
}

sal_Int16 show_message_box(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<frame::XFrame>& frame, awt::MessageBoxType type,
                           const ::rtl::OUString& message, sal_Int32 buttons) {
    if (!has_visible_window(frame)) return 0;
    const uno::Reference<awt::XToolkit2> toolkit = awt::Toolkit::create(context);
    const uno::Reference<awt::XMessageBoxFactory> factory(toolkit, uno::UNO_QUERY_THROW);
    const uno::Reference<awt::XMessageBox> box = factory->createMessageBox(
        uno::Reference<awt::XWindowPeer>(frame->getContainerWindow(), uno::UNO_QUERY), type,
        buttons, "Retroplan", message);
    return box->execute();
}

} // namespace retroplan::addin
