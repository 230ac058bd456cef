// One undo step for everything a command writes, closed even when something throws.
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <rtl/ustring.hxx>

namespace retroplan::addin {

class UndoStep {
  public:
    UndoStep(const css::uno::Reference<css::frame::XModel>& model, const ::rtl::OUString& title) {
        const css::uno::Reference<css::document::XUndoManagerSupplier> supplier(
            model, css::uno::UNO_QUERY);
        if (supplier.is()) manager_ = supplier->getUndoManager();
        if (manager_.is()) manager_->enterUndoContext(title);
    }
    ~UndoStep() {
        try {
            if (manager_.is()) manager_->leaveUndoContext();
        } catch (...) {
            // Leaving must not throw from a destructor; the context closes with the document.
        }
    }
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

  private:
    css::uno::Reference<css::document::XUndoManager> manager_;
};

} // namespace retroplan::addin
