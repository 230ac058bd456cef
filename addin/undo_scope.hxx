// Scopes that make a command's writes one undo step and one repaint, shared by every command
// that writes (Rebuild, New retroplan, Save baseline).
#pragma once

#include <com/sun/star/document/XActionLockable.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <rtl/ustring.hxx>

namespace retroplan::addin {

// One undo step named `title` for everything done while it lives, closed even when something
// throws.
class UndoContext {
  public:
    UndoContext(const css::uno::Reference<css::frame::XModel>& model, const ::rtl::OUString& title);
    ~UndoContext();
    UndoContext(const UndoContext&) = delete;
    UndoContext& operator=(const UndoContext&) = delete;

  private:
    css::uno::Reference<css::document::XUndoManager> manager_;
};

// Nothing is recorded for undo while it lives (when `active`).
class NoUndoRecording {
  public:
    NoUndoRecording(const css::uno::Reference<css::frame::XModel>& model, bool active);
    ~NoUndoRecording();
    NoUndoRecording(const NoUndoRecording&) = delete;
    NoUndoRecording& operator=(const NoUndoRecording&) = delete;

  private:
    css::uno::Reference<css::document::XUndoManager> manager_;
};

// No repaint or recalculation per write while it lives.
class ControllerLock {
  public:
    explicit ControllerLock(const css::uno::Reference<css::frame::XModel>& model);
    ~ControllerLock();
    ControllerLock(const ControllerLock&) = delete;
    ControllerLock& operator=(const ControllerLock&) = delete;

  private:
    css::uno::Reference<css::frame::XModel> model_;
    css::uno::Reference<css::document::XActionLockable> lockable_;
};

} // namespace retroplan::addin
