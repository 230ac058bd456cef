// Paints a computed retroplan into a (new, empty) sheet: summary, legend, task columns and the
// timeline grid. Colors are gathered and set with one call per color over all their ranges (each
// call is an undo action holding a copy of the sheet's formatting); values cell by cell, because
// of a LibreOffice 7.4 undo bug (see Painter::put).
#pragma once

#include "retroplan/problem.hpp"
#include "retroplan/rebuild_plan.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace retroplan::addin {

// Colors, also read back by the tests.
inline constexpr sal_Int32 kCriticalColor = 0xC0392B;
inline constexpr sal_Int32 kTaskColor = 0x2E86C1;
inline constexpr sal_Int32 kTaskSlackColor =
    0xAED6F1; // only tasks with slack (not critical) have it
inline constexpr sal_Int32 kNonWorkingColor = 0xD9D9D9;
inline constexpr sal_Int32 kDeadlineColor = 0x922B21;
inline constexpr sal_Int32 kTodayColor = 0xE67E22;

// Rows and columns of the layout (0-based), shared with the tests through the README.
inline constexpr sal_Int32 kHeaderRows = 3;                               // month, week, day
inline constexpr sal_Int32 kFirstHeaderRow = 9;                           // row 10 in Calc
inline constexpr sal_Int32 kFirstTaskRow = kFirstHeaderRow + kHeaderRows; // row 13
inline constexpr sal_Int32 kTaskColumns =
    8; // ID, name, owner, duration, start, end, slack, critical
// Column I is a spacer: besides the gap, Calc freezes panes one column off when the column right
// after the frozen ones is as narrow as a day column (measured under Xvfb).
inline constexpr sal_Int32 kFirstGridColumn = kTaskColumns + 1; // column J
inline constexpr sal_Int32 kSpacerWidth = 1000;                 // 1/100 mm

void write_timeline_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                          const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                          const RebuildPlan& plan, Date null_date, Lang lang,
                          const ::rtl::OUString& task_sheet_name);

} // namespace retroplan::addin
