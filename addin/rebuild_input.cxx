#include "rebuild_input.hxx"

#include "capacity_range.hxx"
#include "retroplan_sheet.hxx"
#include "risk_sheet.hxx"
#include "sheet_cells.hxx"
#include "task_table.hxx"
#include "uno_convert.hxx"
#include "workload_sheet.hxx"

#include "retroplan/sheet_scan.hpp"
#include "retroplan/task_sheet.hpp"
#include "retroplan/text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>

#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <ctime>

namespace retroplan::addin {

using namespace css;

namespace {

// The header row is looked for in the top-left part of the task sheet, a chunk at a time, so
// that a stray cell far away costs nothing: the first 1,024 used rows of the first 256 used
// columns.
constexpr sal_Int32 kScanRows = 1024;
constexpr sal_Int32 kScanColumns = 256;
constexpr sal_Int32 kScanChunk = 64;

// That top-left part of a sheet's used area.
CellRect top_left(const CellRect& used) {
    CellRect scan = used;
    scan.EndColumn = std::min(used.EndColumn, used.StartColumn + kScanColumns - 1);
    scan.EndRow = std::min(used.EndRow, used.StartRow + kScanRows - 1);
    return scan;
}

// The 0-based sheet row of the header, read a chunk at a time until one holds it. `rows`, when
// given, receives the rows read from the first used one down to the header row.
std::optional<sal_Int32> scan_for_header(CellReader& cells, const CellRect& used,
                                         std::vector<std::vector<Cell>>* rows) {
    const CellRect part = top_left(used);
    CellRect scan = part;
    for (sal_Int32 first = part.StartRow; first <= part.EndRow; first += kScanChunk) {
        scan.StartRow = first;
        scan.EndRow = std::min(part.EndRow, first + kScanChunk - 1);
        auto read = cells.read(scan);
        const auto header = find_header_row(read);
        if (rows)
            rows->insert(rows->end(), std::make_move_iterator(read.begin()),
                         std::make_move_iterator(header ? read.begin() + std::ptrdiff_t(*header) + 1
                                                        : read.end()));
        if (header) return first + sal_Int32(*header);
    }
    return std::nullopt;
}

// A named setting is a range (its non-blank cells, read bounded like a table, errors as errors)
// or an expression such as 46479 or "2027-04-02". `first_only`: stop at the first non-blank.
std::optional<std::vector<Cell>>
named_cells(const uno::Reference<container::XNameAccess>& names,
            const uno::Reference<util::XNumberFormatsSupplier>& doc, const char* name,
            bool first_only, std::vector<Problem>& problems) {
    const OUString key = OUString::createFromAscii(name);
    if (!names->hasByName(key)) return std::nullopt;
    const uno::Any item = names->getByName(key);
    uno::Reference<sheet::XCellRangeReferrer> referrer(item, uno::UNO_QUERY);
    uno::Reference<table::XCellRange> range =
        referrer.is() ? referrer->getReferredCells() : nullptr;
    if (range.is()) {
        std::vector<Cell> out;
        const uno::Reference<sheet::XSpreadsheet> sheet = sheet_of(range);
        const auto used = used_area(sheet);
        const auto part = used ? intersect(address_of(range), *used) : std::nullopt;
        if (!part) return out;
        if (auto too_large = check_table_size(cell_count(*part), 1, 0)) {
            too_large->row = 0;
            too_large->column = name;
            problems.push_back(std::move(*too_large));
            return out;
        }
        CellReader cells(sheet, doc);
        const sal_Int32 width = part->EndColumn - part->StartColumn + 1;
        const sal_Int32 chunk = std::max<sal_Int32>(1, kChunkCells / width);
        for (sal_Int32 first = part->StartRow; first <= part->EndRow; first += chunk) {
            CellRect rows = *part;
            rows.StartRow = first;
            rows.EndRow = std::min(part->EndRow, first + chunk - 1);
            for (auto& row : cells.read(rows))
                for (auto& c : row)
                    if (!c.blank()) {
                        out.push_back(std::move(c));
                        if (first_only) return out;
                    }
        }
        return out;
    }
    uno::Reference<sheet::XNamedRange> expression(item, uno::UNO_QUERY);
    if (!expression.is()) return std::vector<Cell>{};
    std::string content = to_utf8(expression->getContent());
    if (content.size() >= 2 && content.front() == '"' && content.back() == '"')
        content = content.substr(1, content.size() - 2);
    char* end = nullptr;
    const double number = std::strtod(content.c_str(), &end);
    if (!content.empty() && end && *end == '\0') return std::vector<Cell>{Cell::of_number(number)};
    return std::vector<Cell>{Cell::of_text(content)};
}

// Whether the sheet has a table header row in its top-left part.
bool has_table_header(const uno::Reference<sheet::XSpreadsheet>& sheet,
                      const uno::Reference<util::XNumberFormatsSupplier>& formats) {
    const auto used = used_area(sheet);
    if (!used) return false;
    CellReader cells(sheet, formats);
    return scan_for_header(cells, *used, nullptr).has_value();
}

std::optional<Cell> first_of(std::optional<std::vector<Cell>> cells) {
    if (!cells) return std::nullopt;
    for (auto& c : *cells)
        if (!c.blank()) return std::move(c);
    return Cell{};
}

// "Today" as the person sees it on their calendar: the local date, not UTC's.
Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return make_date(local.tm_year + 1900, unsigned(local.tm_mon + 1), unsigned(local.tm_mday));
}

// Below the header row (the last of `rows`), the cells beside the table — in the scanned columns
// whose header cell is empty or a setting's — down to `last_row`, where a deadline label may sit
// beside a table that starts in row 1 (model §16). The table's own columns are left empty.
void read_beside(CellReader& cells, CellRect scan, sal_Int32 first_row, sal_Int32 last_row,
                 NullDate null_date, std::vector<std::vector<Cell>>& rows) {
    const std::vector<Cell>& header = rows.back();
    const auto settings = header_setting_cells(header, null_date);
    const std::size_t width = header.size();
    std::vector<char> beside(width);
    for (std::size_t c = 0; c < width; ++c)
        beside[c] = header[c].blank() || std::binary_search(settings.begin(), settings.end(), c);
    for (sal_Int32 first = first_row; first <= last_row; first += kScanChunk) {
        const sal_Int32 last = std::min(last_row, first + kScanChunk - 1);
        std::vector<std::vector<Cell>> part(std::size_t(last - first + 1),
                                            std::vector<Cell>(width));
        for (std::size_t c = 0; c < width;) {
            if (!beside[c]) {
                ++c;
                continue;
            }
            std::size_t end = c;
            while (end + 1 < width && beside[end + 1])
                ++end;
            scan.StartRow = first;
            scan.EndRow = last;
            const sal_Int32 left = scan.StartColumn;
            CellRect block = scan;
            block.StartColumn = left + sal_Int32(c);
            block.EndColumn = left + sal_Int32(end);
            auto read = cells.read(block);
            for (std::size_t r = 0; r < read.size(); ++r)
                for (std::size_t k = 0; k < read[r].size(); ++k)
                    part[r][c + k] = std::move(read[r][k]);
            c = end + 1;
        }
        rows.insert(rows.end(), std::make_move_iterator(part.begin()),
                    std::make_move_iterator(part.end()));
    }
}

} // namespace

TaskSheet find_task_sheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                          const uno::Reference<frame::XModel>& model) {
    const uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
    const auto sheet_at = [&](std::size_t i) {
        return uno::Reference<sheet::XSpreadsheet>(sheets->getByIndex(sal_Int32(i)),
                                                   uno::UNO_QUERY_THROW);
    };
    std::vector<SheetFacts> facts;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const auto sheet = sheet_at(std::size_t(i));
        facts.push_back(
            {.name =
                 to_utf8(uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName()),
             .retroplan =
                 is_timeline_sheet(sheet) || is_workload_sheet(sheet) || is_risk_sheet(sheet)});
    }
    // The table the current Retroplan sheet was built from, while its reference holds.
    std::optional<std::size_t> source;
    if (const auto own = find_timeline_sheet(doc->getSheets()); own.is())
        if (const auto table = built_from(own)) source = std::size_t(table->Sheet);
    // The active sheet, or the first one when there is no view (a document loaded hidden by a
    // script still has one; a bare model may not).
    std::optional<std::size_t> active = 0;
    const uno::Reference<sheet::XSpreadsheetView> view(
        model.is() ? model->getCurrentController() : nullptr, uno::UNO_QUERY);
    if (const auto sheet = view.is() ? view->getActiveSheet() : nullptr; sheet.is())
        active =
            std::size_t(uno::Reference<sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
                            ->getRangeAddress()
                            .Sheet);
    const uno::Reference<util::XNumberFormatsSupplier> formats(doc, uno::UNO_QUERY);
    const auto chosen = choose_task_sheet(facts, source, active, [&](std::size_t i) {
        return has_table_header(sheet_at(i), formats);
    });
    TaskSheet found;
    if (!chosen) return found;
    found.sheet = sheet_at(*chosen);
    found.name = to_ouString(facts[*chosen].name);
    found.index = sal_Int16(*chosen);
    return found;
}

NamedSettings read_named_settings(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    NamedSettings out;
    const uno::Reference<beans::XPropertySet> props(doc, uno::UNO_QUERY_THROW);
    uno::Reference<container::XNameAccess> names(props->getPropertyValue("NamedRanges"),
                                                 uno::UNO_QUERY);
    if (!names.is()) return out;
    const uno::Reference<util::XNumberFormatsSupplier> formats(doc, uno::UNO_QUERY);
    auto& p = out.problems;
    out.deadline = first_of(named_cells(names, formats, "RETRO_DEADLINE", true, p));
    out.weekend = first_of(named_cells(names, formats, "RETRO_WEEKEND", true, p));
    out.start = first_of(named_cells(names, formats, "RETRO_START", true, p));
    out.alert_days = first_of(named_cells(names, formats, "RETRO_ALERT_DAYS", true, p));
    out.holidays = named_cells(names, formats, "RETRO_HOLIDAYS", false, p);
    out.level = first_of(named_cells(names, formats, "RETRO_LEVEL", true, p));
    CapacityCells capacity = capacity_cells(props, uno::Any());
    if (capacity.refused) p.push_back(std::move(*capacity.refused));
    if (!capacity.table.rows.empty()) out.capacity = std::move(capacity.table);
    return out;
}

RebuildInput read_rebuild_input(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                                const TaskSheet& tasks, Date null_date,
                                table::CellRangeAddress* table_found) {
    RebuildInput in;
    in.null_date = null_date;
    in.named = read_named_settings(doc);
    in.today = local_today();

    const auto used = used_area(tasks.sheet);
    if (!used) return in; // no rows: no table
    in.first_row = used->StartRow + 1;
    in.first_column = used->StartColumn;
    const uno::Reference<util::XNumberFormatsSupplier> formats(doc, uno::UNO_QUERY);
    CellReader cells(tasks.sheet, formats);
    const auto header = scan_for_header(cells, *used, &in.rows);
    if (!header) {
        in.rows.clear(); // no header row: prepare_rebuild says no_table
        return in;
    }
    // The table: from its header row down, every used column; only its recognised ones are read.
    CellRect table = *used;
    table.StartRow = *header;
    const CellRect part = top_left(*used);
    read_beside(cells, part, table.StartRow + 1, part.EndRow, null_date, in.rows);
    in.plan = read_task_table(tasks.sheet, formats, table, null_date).plan;
    if (table_found) *table_found = table;
    return in;
}

} // namespace retroplan::addin
