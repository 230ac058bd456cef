// Message boxes and the "is a person looking?" test that decides whether to show one.
#pragma once

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace retroplan::addin {

// The frame's window is visible: a person is at it (headless scripts get no dialog).
bool has_visible_window(const css::uno::Reference<css::frame::XFrame>& frame);

// Shows a modal box on the frame's window and returns the button pressed
// (css::awt::MessageBoxResults); 0 without a visible window.
sal_Int16 show_message_box(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::frame::XFrame>& frame,
                           css::awt::MessageBoxType type, const ::rtl::OUString& message,
                           sal_Int32 buttons = 1 /* MessageBoxButtons::BUTTONS_OK */);

} // namespace retroplan::addin
