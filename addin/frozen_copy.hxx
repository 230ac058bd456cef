// Turns a workbook into one that reads the same without Retroplan: every formula that calls a
// RETRO_* function is replaced by the value it shows (an array formula by its values), dates
// formatted as dates, an error by its name as text. Other formulas stay formulas. Meant for a
// copy ("Save a copy for sharing…"): it changes the document it is given.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <cstddef>

namespace retroplan::addin {

// How many cells were frozen.
std::size_t
freeze_retroplan_formulas(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

} // namespace retroplan::addin
