#include "plan_date_format.hxx"

#include "sheet_cells.hxx"
#include "ui_language.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>

#include <algorithm>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

// How many data rows of a column are looked at for a date format: enough to pass a blank first
// row or two, few enough to cost nothing.
constexpr sal_Int32 kRowsLooked = 20;

// The cell's number format when it is a date (not a date and time) format.
std::optional<sal_Int32> date_format_of(const uno::Reference<table::XCell>& cell,
                                        const uno::Reference<util::XNumberFormats>& formats) {
    sal_Int32 key = 0;
    if (!(uno::Reference<beans::XPropertySet>(cell, uno::UNO_QUERY_THROW)
              ->getPropertyValue("NumberFormat") >>= key))
        return std::nullopt;
    const uno::Reference<beans::XPropertySet> format = formats->getByKey(key);
    sal_Int16 type = 0;
    if (!format.is() || !(format->getPropertyValue("Type") >>= type)) return std::nullopt;
    if ((type & util::NumberFormat::DATE) == 0 || (type & util::NumberFormat::TIME) != 0)
        return std::nullopt;
    return key;
}

// The deadline's cell, where the rebuild read it: the named range's first cell, or the labelled
// cell on the task sheet.
std::optional<sal_Int32> deadline_format(const DocumentPlan& document,
                                         const uno::Reference<util::XNumberFormats>& formats) {
    const SettingSource& source = document.plan.sources.deadline;
    if (source.from == SettingSource::From::Cells && document.tasks.sheet.is())
        return date_format_of(
            document.tasks.sheet->getCellByPosition(source.first_column, source.first_row),
            formats);
    if (source.from != SettingSource::From::Named) return std::nullopt;
    const uno::Reference<container::XNameAccess> names(
        uno::Reference<beans::XPropertySet>(document.doc, uno::UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        uno::UNO_QUERY);
    const OUString name = to_ouString(source.name);
    if (!names.is() || !names->hasByName(name)) return std::nullopt;
    const uno::Reference<sheet::XCellRangeReferrer> referrer(names->getByName(name),
                                                             uno::UNO_QUERY);
    const auto range = referrer.is() ? referrer->getReferredCells() : nullptr;
    if (!range.is()) return std::nullopt;
    return date_format_of(range->getCellByPosition(0, 0), formats);
}

std::optional<sal_Int32> table_format(const DocumentPlan& document,
                                      const uno::Reference<util::XNumberFormats>& formats) {
    if (!document.table || !document.tasks.sheet.is()) return std::nullopt;
    const CellRect& t = *document.table;
    CellReader reader(document.tasks.sheet,
                      uno::Reference<util::XNumberFormatsSupplier>(document.doc, uno::UNO_QUERY));
    const ColumnMap columns = recognise_columns(
        reader.read_typed(CellRect(t.Sheet, t.StartColumn, t.StartRow, t.EndColumn, t.StartRow)));
    const sal_Int32 last = std::min(t.EndRow, t.StartRow + kRowsLooked);
    for (const Field f : {Field::Due, Field::ActualStart, Field::ActualEnd, Field::BaselineStart,
                          Field::BaselineEnd}) {
        if (!columns.has(f)) continue;
        for (sal_Int32 r = t.StartRow + 1; r <= last; ++r)
            if (const auto key = date_format_of(
                    document.tasks.sheet->getCellByPosition(t.StartColumn + columns.at(f), r),
                    formats))
                return key;
    }
    return std::nullopt;
}

} // namespace

sal_Int32 plan_date_format(const DocumentPlan& document) {
    const uno::Reference<util::XNumberFormatsSupplier> supplier(document.doc, uno::UNO_QUERY_THROW);
    const uno::Reference<util::XNumberFormats> formats = supplier->getNumberFormats();
    if (const auto key = deadline_format(document, formats)) return *key;
    if (const auto key = table_format(document, formats)) return *key;
    // The locale's short date with a four-digit year ("12/14/2026", "14/12/2026").
    return uno::Reference<util::XNumberFormatTypes>(formats, uno::UNO_QUERY_THROW)
        ->getFormatIndex(i18n::NumberFormatIndex::DATE_SYS_DDMMYYYY, document_locale(document.doc));
}

} // namespace retroplan::addin
