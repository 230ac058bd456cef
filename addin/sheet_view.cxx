#include "sheet_view.hxx"

#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/sheet/XViewPane.hpp>

namespace retroplan::addin {

using namespace css;

void show_frozen(const uno::Reference<sheet::XSpreadsheetView>& view,
                 const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 columns,
                 sal_Int32 rows) {
    view->setActiveSheet(sheet);
    const uno::Reference<sheet::XViewPane> pane(view, uno::UNO_QUERY);
    if (pane.is()) {
        pane->setFirstVisibleColumn(0);
        pane->setFirstVisibleRow(0);
    }
    const uno::Reference<sheet::XViewFreezable> freeze(view, uno::UNO_QUERY);
    if (freeze.is()) freeze->freezeAtPosition(columns, rows);
}

} // namespace retroplan::addin
