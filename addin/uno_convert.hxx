// The add-in's edge: UNO values (Any, cell ranges, the caller's NullDate) to engine values.
#pragma once

#include "retroplan/id_index.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/table.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <cstdint>
#include <string>
#include <vector>

namespace retroplan::addin {

using ::rtl::OString;
using ::rtl::OUString;

std::string to_utf8(const OUString& s);
OUString to_ouString(std::string_view s);

// One cell value as Calc passes it: double, string (empty string = empty cell), bool, void.
Cell cell_from_any(const css::uno::Any& value);

// Every cell of a value that may be a single value or an array (range or inline {…}).
std::vector<Cell> cells_from_any(const css::uno::Any& value);

// The document's null date (Tools ▸ Options ▸ Calc ▸ Calculate); RuntimeException if it has none.
Date null_date_of(const css::uno::Reference<css::beans::XPropertySet>& caller);

css::table::CellRangeAddress address_of(const css::uno::Reference<css::table::XCellRange>& range);

// Settings from the function's arguments (void = omitted). Calc passes an empty cell as 0
// (interpr4.cxx, ScInterpreter::ScExternal), so a deadline or start of 0 is none: serial 0 is
// nobody's launch or status date.
SettingsInput settings_from_args(const css::uno::Any& deadline, const css::uno::Any& holidays,
                                 const css::uno::Any& weekend, const css::uno::Any& start,
                                 Date null_date);

// The task a Task argument names: " T1 " is T1, "7.0" is 7. Calc passes a number to a string
// parameter in its locale's standard format (7.5 is "7,5" in French), while the table reads it
// as "7.5": a number with a decimal comma is also looked up with a dot.
std::int32_t find_task(const IdIndex& index, const OUString& task); // -1 when absent

} // namespace retroplan::addin
