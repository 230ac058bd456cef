// Showing a sheet Retroplan wrote: made active, scrolled to A1, its leading columns and header
// rows frozen.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>

namespace retroplan::addin {

// Only the active sheet can be frozen (Calc then keeps the panes per sheet), and freezing counts
// from the first visible cell: so `sheet` becomes the active one, scrolled to A1 first.
void show_frozen(const css::uno::Reference<css::sheet::XSpreadsheetView>& view,
                 const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 columns,
                 sal_Int32 rows);

} // namespace retroplan::addin
