#include "sheet_cells.hxx"

#include "uno_convert.hxx"

#include "retroplan/text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/util/NumberFormat.hpp>

#include <algorithm>

namespace retroplan::addin {

using namespace css;

std::optional<CellRect> used_area(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    const uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
    const uno::Reference<sheet::XUsedAreaCursor> used(cursor, uno::UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
        ->getRangeAddress();
}

std::optional<CellRect> intersect(const CellRect& rect, const CellRect& area) {
    CellRect out = rect;
    out.StartColumn = std::max(rect.StartColumn, area.StartColumn);
    out.EndColumn = std::min(rect.EndColumn, area.EndColumn);
    out.StartRow = std::max(rect.StartRow, area.StartRow);
    out.EndRow = std::min(rect.EndRow, area.EndRow);
    if (out.StartColumn > out.EndColumn || out.StartRow > out.EndRow) return std::nullopt;
    return out;
}

std::string cell_name(sal_Int32 column, sal_Int32 row) {
    return column_letters(int(column)) + std::to_string(row + 1);
}

std::string rect_name(const CellRect& r) {
    constexpr sal_Int32 kLastRow = 1048575; // Calc's last row (0-based)
    if (r.StartRow == 0 && r.EndRow >= kLastRow)
        return column_letters(int(r.StartColumn)) + ":" + column_letters(int(r.EndColumn));
    return cell_name(r.StartColumn, r.StartRow) + ":" + cell_name(r.EndColumn, r.EndRow);
}

std::string error_name(sal_Int32 code) {
    // The codes of include/formula/errorcodes.hxx that Calc shows by name.
    switch (code) {
    case 503:
        return "#NUM!";
    case 519:
        return "#VALUE!";
    case 521:
        return "#NULL!";
    case 524:
        return "#REF!";
    case 525: // no such name
    case 530: // no such add-in
    case 531: // no such macro
        return "#NAME?";
    case 532:
        return "#DIV/0!";
    case 32767:
        return "#N/A";
    default:
        return "Err:" + std::to_string(code);
    }
}

CellReader::CellReader(const uno::Reference<sheet::XSpreadsheet>& sheet,
                       const uno::Reference<util::XNumberFormatsSupplier>& document)
    : sheet_(sheet) {
    if (document.is()) formats_ = document->getNumberFormats();
}

bool CellReader::boolean_format(sal_Int32 key) {
    if (const auto it = boolean_formats_.find(key); it != boolean_formats_.end()) return it->second;
    bool boolean = false;
    try {
        sal_Int16 type = 0;
        if (formats_.is()) formats_->getByKey(key)->getPropertyValue("Type") >>= type;
        boolean = (type & util::NumberFormat::LOGICAL) != 0;
    } catch (const uno::Exception&) {
        // An unknown key is no boolean format.
    }
    boolean_formats_.emplace(key, boolean);
    return boolean;
}

std::vector<std::vector<Cell>> CellReader::read(const CellRect& rect) {
    const uno::Reference<table::XCellRange> range = sheet_->getCellRangeByPosition(
        rect.StartColumn, rect.StartRow, rect.EndColumn, rect.EndRow);
    const uno::Sequence<uno::Sequence<uno::Any>> data =
        uno::Reference<sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->getDataArray();
    std::vector<std::vector<Cell>> rows;
    rows.reserve(std::size_t(data.getLength()));
    bool numbers = false; // only a number can be a boolean (Calc shows any non-zero as TRUE)
    for (sal_Int32 r = 0; r < data.getLength(); ++r) {
        std::vector<Cell> cells;
        cells.reserve(std::size_t(data[r].getLength()));
        for (sal_Int32 c = 0; c < data[r].getLength(); ++c) {
            const uno::Any& v = data[r][c];
            if (v.hasValue()) {
                cells.push_back(cell_from_any(v));
                numbers |= cells.back().kind == Cell::Kind::Number;
                continue;
            }
            // Void: a formula whose result is an error. Ask the cell which one.
            const sal_Int32 column = rect.StartColumn + c, row = rect.StartRow + r;
            const sal_Int32 code = sheet_->getCellByPosition(column, row)->getError();
            if (code == kCircularReference && !circular_cell_)
                circular_cell_ = cell_name(column, row);
            cells.push_back(code != 0 ? Cell::of_error(error_name(code)) : Cell{});
        }
        rows.push_back(std::move(cells));
    }
    if (!numbers || !formats_.is()) return rows;

    // Booleans are numbers with a boolean format: look at the runs of equal formatting (a few
    // per column), not at every cell.
    const uno::Reference<container::XIndexAccess> runs =
        uno::Reference<sheet::XCellFormatRangesSupplier>(range, uno::UNO_QUERY_THROW)
            ->getCellFormatRanges();
    for (sal_Int32 i = 0; i < runs->getCount(); ++i) {
        const uno::Reference<beans::XPropertySet> run(runs->getByIndex(i), uno::UNO_QUERY);
        sal_Int32 key = 0;
        if (!run.is() || !(run->getPropertyValue("NumberFormat") >>= key) || !boolean_format(key))
            continue;
        const auto part =
            intersect(uno::Reference<sheet::XCellRangeAddressable>(run, uno::UNO_QUERY_THROW)
                          ->getRangeAddress(),
                      rect);
        if (!part) continue;
        for (sal_Int32 r = part->StartRow; r <= part->EndRow; ++r)
            for (sal_Int32 c = part->StartColumn; c <= part->EndColumn; ++c) {
                Cell& cell =
                    rows[std::size_t(r - rect.StartRow)][std::size_t(c - rect.StartColumn)];
                if (cell.kind == Cell::Kind::Number) cell = Cell::of_boolean(cell.number != 0);
            }
    }
    return rows;
}

std::vector<Cell> CellReader::read_typed(const CellRect& row) {
    const uno::Reference<sheet::XCellRangeFormula> range(
        sheet_->getCellRangeByPosition(row.StartColumn, row.StartRow, row.EndColumn, row.EndRow),
        uno::UNO_QUERY_THROW);
    const uno::Sequence<uno::Sequence<OUString>> typed = range->getFormulaArray();
    std::vector<Cell> cells;
    if (typed.getLength() == 0) return cells;
    for (const OUString& s : typed[0])
        cells.push_back(s.isEmpty() || s.startsWith("=") ? Cell{} : Cell::of_text(to_utf8(s)));
    return cells;
}

uno::Reference<sheet::XSpreadsheet> sheet_of(const uno::Reference<uno::XInterface>& range) {
    const uno::Reference<sheet::XSheetCellRange> in_sheet(range, uno::UNO_QUERY);
    if (!in_sheet.is())
        throw uno::RuntimeException("Retroplan: the Tasks argument is not a cell range");
    return in_sheet->getSpreadsheet();
}

} // namespace retroplan::addin
