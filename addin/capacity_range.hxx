// The capacity table of a RETRO_* function (model §12: rows of person, capacity %): the
// Capacity argument's values when given, else the document's named range RETRO_CAPACITY, read
// bounded (its first two columns, clipped to the used area; refused past kMaxTableCells), else
// none (everyone at 100 %). The cells only: the cache keys its workloads on them.
#pragma once

#include "retroplan/table.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <optional>

namespace retroplan::addin {

inline constexpr const char* kCapacityName = "RETRO_CAPACITY";

struct CapacityCells {
    Table table;                    // rows of (person, capacity)
    std::optional<Problem> refused; // table_too_large: the named range is too large to read
};

// `argument`: the function's Capacity argument (void when omitted). Its rows are numbered from
// 1 (Calc passes the values, not where they sit); the named range's as the sheet numbers them.
CapacityCells capacity_cells(const css::uno::Reference<css::beans::XPropertySet>& caller,
                             const css::uno::Any& argument);

} // namespace retroplan::addin
