#include "rebuild_input.hxx"

#include "uno_convert.hxx"

#include "retroplan/text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include <chrono>

namespace retroplan::addin {

using namespace css;

TaskSheet find_task_sheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                          const uno::Reference<frame::XModel>& model) {
    const uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
    TaskSheet found;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        uno::Reference<container::XNamed> named(sheets->getByIndex(i), uno::UNO_QUERY_THROW);
        const std::string folded = fold(to_utf8(named->getName()));
        if (folded == "tasks" || folded == "taches") {
            found.sheet.set(named, uno::UNO_QUERY_THROW);
            found.name = named->getName();
            found.index = sal_Int16(i);
            return found;
        }
    }
    // Else the active sheet, or the first one when there is no view (a document loaded hidden
    // by a script still has one; a bare model may not).
    uno::Reference<sheet::XSpreadsheetView> view(
        model.is() ? model->getCurrentController() : nullptr, uno::UNO_QUERY);
    uno::Reference<sheet::XSpreadsheet> active = view.is() ? view->getActiveSheet() : nullptr;
    if (!active.is()) active.set(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
    const uno::Reference<container::XNamed> named(active, uno::UNO_QUERY_THROW);
    found.sheet = active;
    found.name = named->getName();
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        uno::Reference<container::XNamed> n(sheets->getByIndex(i), uno::UNO_QUERY_THROW);
        if (n->getName() == found.name) found.index = sal_Int16(i);
    }
    return found;
}

namespace {

// A named setting is a range (its cells) or an expression such as 46479 or "2027-04-02".
std::optional<std::vector<Cell>> named_cells(const uno::Reference<container::XNameAccess>& names,
                                             const char* name) {
    const OUString key = OUString::createFromAscii(name);
    if (!names->hasByName(key)) return std::nullopt;
    const uno::Any item = names->getByName(key);
    uno::Reference<sheet::XCellRangeReferrer> referrer(item, uno::UNO_QUERY);
    uno::Reference<table::XCellRange> range =
        referrer.is() ? referrer->getReferredCells() : nullptr;
    if (range.is()) {
        uno::Reference<sheet::XCellRangeData> data(range, uno::UNO_QUERY_THROW);
        return cells_from_any(uno::Any(data->getDataArray()));
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

std::optional<Cell> first_of(std::optional<std::vector<Cell>> cells) {
    if (!cells) return std::nullopt;
    for (auto& c : *cells)
        if (!c.blank()) return std::move(c);
    return Cell{};
}

} // namespace

NamedSettings read_named_settings(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    NamedSettings out;
    const uno::Reference<beans::XPropertySet> props(doc, uno::UNO_QUERY_THROW);
    uno::Reference<container::XNameAccess> names(props->getPropertyValue("NamedRanges"),
                                                 uno::UNO_QUERY);
    if (!names.is()) return out;
    out.deadline = first_of(named_cells(names, "RETRO_DEADLINE"));
    out.weekend = first_of(named_cells(names, "RETRO_WEEKEND"));
    out.start = first_of(named_cells(names, "RETRO_START"));
    out.holidays = named_cells(names, "RETRO_HOLIDAYS");
    return out;
}

RebuildInput read_rebuild_input(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                                const TaskSheet& tasks, Date null_date) {
    RebuildInput in;
    in.null_date = null_date;
    in.named = read_named_settings(doc);
    in.today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());

    const uno::Reference<sheet::XSheetCellCursor> cursor = tasks.sheet->createCursor();
    const uno::Reference<sheet::XUsedAreaCursor> used(cursor, uno::UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    const table::CellRangeAddress a =
        uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    in.first_row = a.StartRow + 1;
    in.first_column = a.StartColumn;
    const uno::Reference<sheet::XCellRangeData> data(cursor, uno::UNO_QUERY_THROW);
    in.rows = rows_from_data(data->getDataArray()); // the whole used area in one call
    return in;
}

} // namespace retroplan::addin
