// The add-in's edge: UNO values (Any, cell ranges, the caller's NullDate) to engine values.
#pragma once

#include "retroplan/settings.hpp"
#include "retroplan/table.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

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

// Settings from the function's optional arguments (void = omitted).
SettingsInput settings_from_args(const css::uno::Any& deadline, const css::uno::Any& holidays,
                                 const css::uno::Any& weekend, const css::uno::Any& start,
                                 Date null_date);

// A task argument as an ID: 7 -> "7", " T1 " -> "T1".
std::string id_from_any(const css::uno::Any& task);

} // namespace retroplan::addin
