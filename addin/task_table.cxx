#include "task_table.hxx"

#include "retroplan/sheet_scan.hpp"
#include "retroplan/text.hpp"

#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>

#include <algorithm>

namespace retroplan::addin {

using namespace css;

namespace {

// Adjacent recognised columns, read together down to the last row any of them uses.
struct Block {
    sal_Int32 first_column, last_column;
    std::size_t first_index; // of first_column among the recognised columns
    sal_Int32 last_row;      // -1: nothing below the header
};

// The last row of rows first_row .. last_row holding content in one column, -1 if none. Looks at
// the cells' kinds only (no formula is run, no value is copied), one column at a time and
// bottom-up in growing windows: Calc answers a query with one range per run of filled cells, and
// over several columns with one per change of shape, joined at a cost that grows faster than
// their number (a Progress column filled on one row in three beside dense columns: 16,667 pieces,
// 0.2-1 s). Bottom-up, a column whose last filled row is near the end costs one small query.
sal_Int32 last_used_row(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 column,
                        sal_Int32 first_row, sal_Int32 last_row) {
    sal_Int32 window = 1024;
    for (sal_Int32 end = last_row; end >= first_row;) {
        const sal_Int32 start = std::max(first_row, end - window + 1);
        const uno::Reference<sheet::XCellRangesQuery> query(
            sheet->getCellRangeByPosition(column, start, column, end), uno::UNO_QUERY_THROW);
        const uno::Sequence<table::CellRangeAddress> found =
            query
                ->queryContentCells(sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME |
                                    sheet::CellFlags::STRING | sheet::CellFlags::FORMULA)
                ->getRangeAddresses();
        if (found.hasElements()) {
            sal_Int32 last = -1;
            for (const auto& a : found)
                last = std::max(last, a.EndRow);
            return last;
        }
        end = start - 1;
        window = std::min<sal_Int32>(window * 2, 1 << 20);
    }
    return -1;
}

// The last row of `rect` any of its columns uses, -1 if none: once one column reaches a row,
// the others are only searched below it.
sal_Int32 last_used_row(const uno::Reference<sheet::XSpreadsheet>& sheet, const CellRect& rect) {
    sal_Int32 last = -1;
    for (sal_Int32 c = rect.StartColumn; c <= rect.EndColumn; ++c)
        last =
            std::max(last, last_used_row(sheet, c, std::max(rect.StartRow, last + 1), rect.EndRow));
    return last;
}

// Blanks the cells of a header row read as typed (`row`, from sheet column part.StartColumn)
// that are a setting, not a column: "Deadline | 2027-04-02" (model §16). Only a label that is also
// a column header (the deadline's and the due date's words) matters here, and only the one cell
// right of it is read as a value, for its date may be a formula (=DATE(…)) the typed row leaves
// empty. Other labels ("Start", "Holidays") head no column Retroplan reads.
void drop_header_settings(CellReader& cells, const CellRect& part, std::vector<Cell>& row,
                          NullDate null_date) {
    for (std::size_t c = 0; c + 1 < row.size(); ++c) {
        if (row[c].kind != Cell::Kind::Text || !recognise_setting_label(row[c].text) ||
            !recognise_header(row[c].text))
            continue;
        CellRect right = part;
        right.StartColumn = right.EndColumn = part.StartColumn + sal_Int32(c) + 1;
        auto value = cells.read(right);
        if (value.empty() || value[0].empty()) continue;
        if (!header_setting_cells({row[c], value[0][0]}, null_date).empty())
            row[c] = row[c + 1] = Cell{};
    }
}

} // namespace

TaskTable read_task_table(const uno::Reference<sheet::XSpreadsheet>& sheet,
                          const uno::Reference<util::XNumberFormatsSupplier>& document,
                          const CellRect& range, NullDate null_date, std::size_t max_cells) {
    TaskTable out;
    CellReader cells(sheet, document);
    const int header_row = int(range.StartRow) + 1;
    const std::optional<CellRect> used = used_area(sheet);

    CellRect header_rect = range;
    header_rect.EndRow = range.StartRow;
    out.watched.push_back(header_rect);
    std::vector<Cell> header;
    std::vector<sal_Int32> columns; // the recognised ones, in sheet order
    if (const auto part = used ? intersect(header_rect, *used) : std::nullopt) {
        std::vector<Cell> row = cells.read_typed(*part);
        out.cells_read += row.size();
        drop_header_settings(cells, *part, row, null_date);
        const ColumnMap map = recognise_columns(row);
        if (map.has(Field::Id)) out.id_column = part->StartColumn + map.at(Field::Id);
        for (const int c : map.index)
            if (c >= 0) columns.push_back(part->StartColumn + c);
        std::sort(columns.begin(), columns.end());
        for (const sal_Int32 c : columns)
            header.push_back(std::move(row[std::size_t(c - part->StartColumn)]));
    }
    std::vector<std::string> labels;
    for (const sal_Int32 c : columns)
        labels.push_back(column_letters(int(c)));

    std::vector<Block> blocks;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!blocks.empty() && blocks.back().last_column + 1 == columns[i])
            blocks.back().last_column = columns[i];
        else
            blocks.push_back({columns[i], columns[i], i, -1});
    }
    sal_Int32 last_row = range.StartRow;
    const sal_Int32 data_end = used ? std::min(range.EndRow, used->EndRow) : range.StartRow;
    for (Block& b : blocks) {
        if (range.EndRow > range.StartRow)
            out.watched.push_back(
                {range.Sheet, b.first_column, range.StartRow + 1, b.last_column, range.EndRow});
        if (data_end > range.StartRow)
            b.last_row = last_used_row(
                sheet, {range.Sheet, b.first_column, range.StartRow + 1, b.last_column, data_end});
        last_row = std::max(last_row, b.last_row);
    }

    if (auto too_large = check_table_size(std::size_t(last_row - range.StartRow + 1),
                                          columns.size(), header_row, max_cells)) {
        // Name the far cell that makes the table so long: what to delete, for the rebuild too.
        for (const Block& b : blocks) {
            if (b.last_row != last_row) continue;
            const auto row =
                cells.read({range.Sheet, b.first_column, last_row, b.last_column, last_row});
            sal_Int32 c = 0;
            while (c + 1 < sal_Int32(row[0].size()) && row[0][std::size_t(c)].blank())
                ++c;
            // Appended piece by piece: GCC 12 misreads `"|" + a + b` here (-Wrestrict).
            too_large->detail += '|';
            too_large->detail += column_letters(int(b.first_column + c));
            too_large->detail += std::to_string(last_row + 1);
            break;
        }
        out.plan.null_date = null_date;
        out.plan.problems.push_back(std::move(*too_large));
        return out;
    }

    TableReader reader(null_date);
    reader.header(header, header_row, labels);
    if (columns.empty()) {
        out.plan = reader.finish();
        return out;
    }
    reader.reserve(std::size_t(last_row - range.StartRow));
    const sal_Int32 chunk = std::max<sal_Int32>(1, kChunkCells / sal_Int32(columns.size()));
    std::vector<std::vector<Cell>> rows;
    for (sal_Int32 first = range.StartRow + 1; first <= last_row; first += chunk) {
        const sal_Int32 last = std::min(last_row, first + chunk - 1);
        rows.assign(std::size_t(last - first + 1), std::vector<Cell>(columns.size()));
        for (const Block& b : blocks) {
            if (b.last_row < first) continue;
            auto part = cells.read(
                {range.Sheet, b.first_column, first, b.last_column, std::min(last, b.last_row)});
            for (std::size_t r = 0; r < part.size(); ++r)
                for (std::size_t c = 0; c < part[r].size(); ++c) {
                    rows[r][b.first_index + c] = std::move(part[r][c]);
                    ++out.cells_read;
                }
        }
        for (std::size_t r = 0; r < rows.size(); ++r)
            reader.row(rows[r], int(first + sal_Int32(r)) + 1);
    }
    out.plan = reader.finish();
    out.circular_cell = cells.circular_cell();
    return out;
}

std::vector<OutsideId>
read_outside_ids(const uno::Reference<sheet::XSpreadsheet>& sheet,
                 const uno::Reference<util::XNumberFormatsSupplier>& document,
                 const CellRect& range, sal_Int32 id_column, const std::vector<std::string>& wanted,
                 std::vector<CellRect>& watched) {
    std::vector<OutsideId> found;
    const std::optional<CellRect> used = used_area(sheet);
    if (!used || wanted.empty()) return found;
    CellReader cells(sheet, document);
    constexpr sal_Int32 kLastRow = 1048575; // Calc's last row (0-based)
    // Watched whole (an ID typed there later counts), read within the used area.
    for (const CellRect& whole :
         {CellRect{range.Sheet, id_column, 0, id_column, range.StartRow - 1},
          CellRect{range.Sheet, id_column, range.EndRow + 1, id_column, kLastRow}}) {
        if (whole.StartRow > whole.EndRow) continue;
        watched.push_back(whole);
        const std::optional<CellRect> part = intersect(whole, *used);
        if (!part) continue;
        const CellRect& side = *part;
        for (sal_Int32 first = side.StartRow; first <= side.EndRow; first += kChunkCells) {
            CellRect chunk = side;
            chunk.StartRow = first;
            chunk.EndRow = std::min(side.EndRow, first + kChunkCells - 1);
            std::vector<Cell> column;
            for (auto& row : cells.read(chunk))
                column.push_back(row.empty() ? Cell{} : std::move(row[0]));
            find_outside_ids(column, int(first) + 1, wanted, found);
        }
    }
    return found;
}

} // namespace retroplan::addin
