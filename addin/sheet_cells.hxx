// Reading cells from Calc, bounded and faithful. Callers clip what they read to the sheet's used
// area and read in chunks; each chunk comes back as the engine's Cells: an error as the error
// Calc shows (getDataArray gives errors as void, empty cells as ""), a number with a boolean
// number format as a boolean (TRUE is not one day), an empty cell as empty.
#pragma once

#include "retroplan/table.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace retroplan::addin {

using CellRect = css::table::CellRangeAddress;

// How many cells one getDataArray call reads at most: bounds the office's temporary memory.
inline constexpr sal_Int32 kChunkCells = 1 << 16;

// The sheet's used area, or nullopt when the sheet is empty.
std::optional<CellRect> used_area(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The part of `rect` inside `area`, or nullopt when they do not meet.
std::optional<CellRect> intersect(const CellRect& rect, const CellRect& area);

inline std::size_t cell_count(const CellRect& r) {
    return std::size_t(r.EndRow - r.StartRow + 1) * std::size_t(r.EndColumn - r.StartColumn + 1);
}

// "C12", "$A$1:$F$10" as a person reads them (whole columns as "A:F").
std::string cell_name(sal_Int32 column, sal_Int32 row);
std::string rect_name(const CellRect& rect);

// The name Calc shows for an error code: #DIV/0!, #N/A, #VALUE!, #REF!, #NAME?, #NUM!, #NULL!,
// else Err:nnn (Err:502, Err:522 …).
std::string error_name(sal_Int32 code);
inline constexpr sal_Int32 kCircularReference = 522; // Calc's Err:522

class CellReader {
  public:
    CellReader(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
               const css::uno::Reference<css::util::XNumberFormatsSupplier>& document);

    // The cells of `rect`, rows of columns, in one getDataArray call (reading runs the formulas
    // inside it). Keep it to kChunkCells.
    std::vector<std::vector<Cell>> read(const CellRect& rect);

    // One row as typed, without running any formula (a formula cell reads as empty): a header
    // row, which may hold RETRO_* formulas over the very table it heads.
    std::vector<Cell> read_typed(const CellRect& row);

    // The first cell read that showed Err:522 (a circular reference), e.g. "C5".
    const std::optional<std::string>& circular_cell() const { return circular_cell_; }

  private:
    bool boolean_format(sal_Int32 key);

    css::uno::Reference<css::sheet::XSpreadsheet> sheet_;
    css::uno::Reference<css::util::XNumberFormats> formats_;
    std::unordered_map<sal_Int32, bool> boolean_formats_;
    std::optional<std::string> circular_cell_;
};

// The sheet and document of a cell range given to a function.
css::uno::Reference<css::sheet::XSpreadsheet>
sheet_of(const css::uno::Reference<css::uno::XInterface>& range);

} // namespace retroplan::addin
