#include "capacity_range.hxx"

#include "sheet_cells.hxx"
#include "uno_convert.hxx"

#include "retroplan/text.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>

namespace retroplan::addin {

using namespace css;

namespace {

Table table_of_values(const uno::Any& argument) {
    Table table;
    uno::Sequence<uno::Sequence<uno::Any>> rows;
    if (argument >>= rows) {
        for (const auto& row : rows) {
            std::vector<Cell> cells;
            for (const auto& v : row)
                cells.push_back(cell_from_any(v));
            table.rows.push_back(std::move(cells));
        }
    } else {
        table.rows.push_back({cell_from_any(argument)});
    }
    return table;
}

// The named range's first two columns, its rows clipped to the sheet's used area.
CapacityCells read_named(const uno::Reference<beans::XPropertySet>& caller) {
    CapacityCells out;
    const uno::Reference<container::XNameAccess> names(caller->getPropertyValue("NamedRanges"),
                                                       uno::UNO_QUERY);
    const OUString name = OUString::createFromAscii(kCapacityName);
    if (!names.is() || !names->hasByName(name)) return out;
    const uno::Reference<sheet::XCellRangeReferrer> referrer(names->getByName(name),
                                                             uno::UNO_QUERY);
    const uno::Reference<table::XCellRange> range =
        referrer.is() ? referrer->getReferredCells() : nullptr;
    if (!range.is()) return out; // a named expression, not cells: no table
    const uno::Reference<sheet::XSpreadsheet> sheet = sheet_of(range);
    const auto used = used_area(sheet);
    CellRect rect = address_of(range);
    rect.EndColumn = std::min(rect.EndColumn, rect.StartColumn + 1);
    if (!used) return out;
    rect.StartRow = std::max(rect.StartRow, used->StartRow);
    rect.EndRow = std::min(rect.EndRow, used->EndRow);
    if (rect.StartRow > rect.EndRow) return out;
    const sal_Int32 width = rect.EndColumn - rect.StartColumn + 1;
    if (auto too_large = check_table_size(std::size_t(rect.EndRow - rect.StartRow + 1),
                                          std::size_t(width), int(rect.StartRow) + 1)) {
        too_large->row = 0;
        too_large->column = kCapacityName;
        out.refused = std::move(*too_large);
        return out;
    }
    out.table.first_row = int(rect.StartRow) + 1;
    for (sal_Int32 c = rect.StartColumn; c <= rect.EndColumn; ++c)
        out.table.column_labels.push_back(column_letters(int(c)));
    CellReader cells(sheet, uno::Reference<util::XNumberFormatsSupplier>(caller, uno::UNO_QUERY));
    const sal_Int32 chunk = kChunkCells / width;
    for (sal_Int32 first = rect.StartRow; first <= rect.EndRow; first += chunk) {
        CellRect part = rect;
        part.StartRow = first;
        part.EndRow = std::min(rect.EndRow, first + chunk - 1);
        for (auto& row : cells.read(part))
            out.table.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace

CapacityCells capacity_cells(const uno::Reference<beans::XPropertySet>& caller,
                             const uno::Any& argument) {
    // Calc passes an empty cell as 0: no table given, as when the argument is left out.
    const bool array = argument.getValueTypeClass() == uno::TypeClass_SEQUENCE;
    const Cell single = cell_from_any(argument);
    const bool omitted =
        !array && (single.blank() || (single.kind == Cell::Kind::Number && single.number == 0));
    if (!omitted) return {table_of_values(argument), std::nullopt};
    return read_named(caller);
}

} // namespace retroplan::addin
