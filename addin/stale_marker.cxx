#include "stale_marker.hxx"

#include "capacity_range.hxx"
#include "sheet_cells.hxx"
#include "timeline_sheet.hxx"
#include "uno_convert.hxx"
#include "uno_errors.hxx"

#include "retroplan/fingerprint.hpp"
#include "retroplan/sheet_scan.hpp"
#include "retroplan/text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

std::string quoted_sheet(const OUString& name) {
    std::string out = "$'";
    for (const char c : to_utf8(name)) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::string cell_ref(sal_Int32 column, sal_Int32 row) {
    std::string out("$");
    out.append(column_letters(int(column))).append("$").append(std::to_string(row + 1));
    return out;
}

std::string range_ref(const OUString& sheet, sal_Int32 c0, sal_Int32 r0, sal_Int32 c1,
                      sal_Int32 r1) {
    std::string out = quoted_sheet(sheet);
    out.append(".").append(cell_ref(c0, r0));
    if (c0 != c1 || r0 != r1) out.append(":").append(cell_ref(c1, r1));
    return out;
}

// The sheet's last column and row (1,024 or 16,384 columns, depending on the office).
table::CellRangeAddress whole_sheet(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    return uno::Reference<sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
        ->getRangeAddress();
}

std::string number_text(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

// Calc copies a range given as an add-in's `any` argument in every call: the holidays as the
// rebuild read them, bounded like its reads. A named range of at most kHolidayCells cells is
// given by its name (it follows the name's later changes); a larger one by the part of it inside
// its sheet's used area. Labelled holidays: right of a label above the table, the row as far as
// the rebuild scans; elsewhere (on the header row, beside the table, below the label), the cells
// read and no further: the table's own cells may follow.
constexpr std::size_t kHolidayCells = 1 << 16;
constexpr sal_Int32 kLabelScanColumns = 256;

// A named range as an argument: by its name when it has at most kHolidayCells cells (it follows
// the name's later changes), else the part of it inside its sheet's used area; empty when the
// document has no such name.
std::string named_argument(const DocumentPlan& document, const std::string& name) {
    const uno::Reference<container::XNameAccess> names(
        uno::Reference<beans::XPropertySet>(document.doc, uno::UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        uno::UNO_QUERY_THROW);
    if (!names->hasByName(to_ouString(name))) return {};
    const uno::Reference<sheet::XCellRangeReferrer> referrer(names->getByName(to_ouString(name)),
                                                             uno::UNO_QUERY);
    const uno::Reference<table::XCellRange> range =
        referrer.is() ? referrer->getReferredCells() : nullptr;
    if (!range.is()) return name; // an expression, such as {46475;46476}
    const CellRect whole = address_of(range);
    if (cell_count(whole) <= kHolidayCells) return name;
    const uno::Reference<sheet::XSpreadsheet> sheet = sheet_of(range);
    const auto used = used_area(sheet);
    const auto part = used ? intersect(whole, *used) : std::nullopt;
    if (!part) return {};
    return range_ref(uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName(),
                     part->StartColumn, part->StartRow, part->EndColumn, part->EndRow);
}

std::string holidays_argument(const DocumentPlan& document, const SettingSource& s) {
    if (s.from == SettingSource::From::Cells)
        return range_ref(document.tasks.name, s.first_column, s.first_row,
                         s.to_row_end ? std::min(whole_sheet(document.tasks.sheet).EndColumn,
                                                 s.first_column + kLabelScanColumns - 1)
                                      : s.last_column,
                         s.last_row);
    if (s.from != SettingSource::From::Named) return {};
    return named_argument(document, s.name);
}

// The first value of a setting argument (a cell, a range or a value), as the rebuild takes a
// setting's first non-blank cell; blank when there is none.
Cell first_cell(const uno::Any& value) {
    for (Cell& c : cells_from_any(value))
        if (!c.blank()) return std::move(c);
    return {};
}

} // namespace

std::optional<TableReference> table_reference(const DocumentPlan& document) {
    if (!document.tasks.sheet.is() || !document.table) return std::nullopt;
    const sal_Int32 header_row = document.table->StartRow;
    const table::CellRangeAddress all = whole_sheet(document.tasks.sheet);
    TableReference out;
    out.address =
        table::CellRangeAddress(document.tasks.index, 0, header_row, all.EndColumn, all.EndRow);
    out.text =
        to_ouString(range_ref(document.tasks.name, 0, header_row, all.EndColumn, all.EndRow));
    return out;
}

OUString freshness_formula(const DocumentPlan& document, const TableReference& table,
                           const Words& w) {
    const RebuildPlan& plan = document.plan;
    const Settings& settings = *plan.settings;
    // A setting where the rebuild read it; one read elsewhere (nowhere: its default) as its
    // value, so that the formula still computes the same schedule.
    const auto argument = [&](const SettingSource& s) -> std::string {
        switch (s.from) {
        case SettingSource::From::Named:
            return s.name;
        case SettingSource::From::Cells:
            return range_ref(document.tasks.name, s.first_column, s.first_row, s.last_column,
                             s.last_row);
        case SettingSource::From::Default:
            break;
        }
        return {};
    };
    // Alert days, Level and Capacity change the statuses, the levelled dates and the Workload
    // sheet: the formula reads them too. The capacity table is the named range, whenever the
    // document defines one (the rebuild reads nothing else).
    std::vector<std::string> args{
        argument(plan.sources.deadline),        holidays_argument(document, plan.sources.holidays),
        argument(plan.sources.weekend),         argument(plan.sources.start),
        argument(plan.sources.alert_days),      argument(plan.sources.level),
        named_argument(document, kCapacityName)};
    if (args[0].empty())
        args[0] = number_text(serial_from_date(settings.options.deadline, document.null_date));
    if (args[2].empty() && settings.calendar.weekend().to_string() != WeekendMask{}.to_string())
        args[2].append("\"").append(settings.calendar.weekend().to_string()).append("\"");
    // A status date taken from today (a table with progress, no start setting): today's, so the
    // cell says "out of date" once the day has moved on and the statuses with it.
    if (plan.status_date_is_today) args[3] = "TODAY()";
    if (args[3].empty() && settings.options.start)
        args[3] = number_text(serial_from_date(*settings.options.start, document.null_date));
    while (!args.empty() && args.back().empty())
        args.pop_back();
    // The capacity table as the rebuild read it (it reads it only when a task names an owner).
    const CapacityCells capacity = capacity_cells(
        uno::Reference<beans::XPropertySet>(document.doc, uno::UNO_QUERY_THROW), uno::Any());
    const auto fingerprint =
        rebuild_fingerprint(plan.plan, settings, plan.level, read_capacities(capacity.table));
    std::string f("=IF(IFERROR(RETRO_FINGERPRINT(");
    f.append(to_utf8(table.text));
    for (const auto& a : args)
        f.append(";").append(a);
    f.append(")=").append(number_text(double(fingerprint))).append(";0);\"");
    f.append(w.up_to_date).append("\";\"").append(w.out_of_date).append("\")");
    return to_ouString(f);
}

std::uint64_t fingerprint_of_arguments(const uno::Reference<beans::XPropertySet>& caller,
                                       const PlanInput& plan, SettingsInput settings,
                                       const uno::Any& alert_days, const uno::Any& level,
                                       const uno::Any& capacity) {
    settings.alert_days = first_cell(alert_days);
    const SettingsOutcome read = read_settings(settings);
    if (!read.settings) throw BadInput("Retroplan: the settings cannot be read");
    if (!names_owners(plan)) return rebuild_fingerprint(plan, *read.settings, false, {});
    const Cell level_cell = first_cell(level);
    const std::optional<bool> levelled =
        level_cell.blank() ? std::optional<bool>(false) : read_yes_no(level_cell);
    if (!levelled) throw BadInput("Retroplan: the Level argument must be yes or no");
    const CapacityCells cells = capacity_cells(caller, capacity);
    if (cells.refused) throw BadInput("Retroplan: the capacity table is too large");
    return rebuild_fingerprint(plan, *read.settings, *levelled, read_capacities(cells.table));
}

std::string built_text(const uno::Reference<sheet::XSpreadsheet>& previous,
                       const OUString& task_sheet, const Words& w) {
    char from[512];
    std::snprintf(from, sizeof from, w.built_from, "", to_utf8(task_sheet).c_str());
    if (previous.is()) {
        const auto read = [&](SummaryLine line) {
            return to_utf8(uno::Reference<text::XTextRange>(
                               previous->getCellByPosition(kSummaryValueColumn, summary_row(line)),
                               uno::UNO_QUERY_THROW)
                               ->getString());
        };
        // Reading the freshness cell recomputes it when the table changed.
        const std::string built = read(SummaryLine::Built);
        if (read(SummaryLine::Freshness) == w.up_to_date && built.size() > std::strlen(from) &&
            built.ends_with(from))
            return built;
    }
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char when[64];
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", &local);
    char out[600];
    std::snprintf(out, sizeof out, w.built_from, when, to_utf8(task_sheet).c_str());
    return out;
}

} // namespace retroplan::addin
