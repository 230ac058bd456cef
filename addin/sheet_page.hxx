// The page style of Retroplan's list-like sheets (Workload, Risk): landscape A4, as wide as one
// page whatever the columns (the timeline's own style zooms instead, timeline_page.cxx), its
// header rows repeated on every page, so that printing or exporting them is usable.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace retroplan::addin {

// The name of that page style, shared by the sheets (the user's Default style is left alone).
inline constexpr const char* kWidePageStyle = "Retroplan fit to width";

// Retroplan's own page style `name`, created when missing (so the user's Default style is left as
// it was), set to landscape A4 with the timeline's margins and no header or footer, and given to
// `sheet`; the caller adds how it scales.
css::uno::Reference<css::beans::XPropertySet>
landscape_page_style(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                     const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                     const ::rtl::OUString& name);

// Gives `sheet` that page style, rows first_title_row..last_title_row repeated at the top of each
// page (none when last_title_row < first_title_row).
void set_wide_page(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                   const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                   sal_Int32 first_title_row, sal_Int32 last_title_row);

} // namespace retroplan::addin
