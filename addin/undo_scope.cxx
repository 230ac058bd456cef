#include "undo_scope.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

uno::Reference<document::XUndoManager> undo_manager(const uno::Reference<frame::XModel>& model) {
    const uno::Reference<document::XUndoManagerSupplier> supplier(model, uno::UNO_QUERY);
    return supplier.is() ? supplier->getUndoManager() : nullptr;
}

} // namespace

UndoContext::UndoContext(const uno::Reference<frame::XModel>& model, const ::rtl::OUString& title)
    : manager_(undo_manager(model)) {
    if (manager_.is()) manager_->enterUndoContext(title);
}

UndoContext::~UndoContext() {
    try {
        if (manager_.is()) manager_->leaveUndoContext();
    } catch (...) {
        // Leaving must not throw from a destructor; the context closes with the document.
    }
}

NoUndoRecording::NoUndoRecording(const uno::Reference<frame::XModel>& model, bool active) {
    if (!active) return;
    manager_ = undo_manager(model);
    if (manager_.is()) manager_->lock();
}

NoUndoRecording::~NoUndoRecording() {
    try {
        if (manager_.is()) manager_->unlock();
    } catch (...) {
    }
}

ControllerLock::ControllerLock(const uno::Reference<frame::XModel>& model) : model_(model) {
    model_->lockControllers();
    lockable_.set(model, uno::UNO_QUERY);
    if (lockable_.is()) lockable_->addActionLock();
}

ControllerLock::~ControllerLock() {
    try {
        if (lockable_.is()) lockable_->removeActionLock();
        model_->unlockControllers();
    } catch (...) {
    }
}

} // namespace retroplan::addin
