#include "frozen_copy.hxx"

#include "sheet_cells.hxx"
#include "ui_language.hxx"
#include "uno_convert.hxx"

#include "retroplan/formula_text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <variant>
#include <vector>

namespace retroplan::addin {

using namespace css;

namespace {

// What a formula cell shows: a number, or text (a string result, or an error's name).
using Shown = std::variant<double, OUString>;

Shown shown(const uno::Reference<table::XCell>& cell) {
    if (const sal_Int32 error = cell->getError()) return to_ouString(error_name(error));
    sal_Int32 kind = sheet::FormulaResult::VALUE;
    uno::Reference<beans::XPropertySet>(cell, uno::UNO_QUERY_THROW)
        ->getPropertyValue("FormulaResultType2") >>= kind;
    if (kind == sheet::FormulaResult::STRING)
        return uno::Reference<text::XTextRange>(cell, uno::UNO_QUERY_THROW)->getString();
    return cell->getValue();
}

class Freezer {
  public:
    explicit Freezer(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
        const uno::Reference<util::XNumberFormatsSupplier> supplier(doc, uno::UNO_QUERY_THROW);
        formats_ = supplier->getNumberFormats();
        date_ =
            uno::Reference<util::XNumberFormatTypes>(formats_, uno::UNO_QUERY_THROW)
                ->getFormatIndex(i18n::NumberFormatIndex::DATE_SYS_DDMMYYYY, document_locale(doc));
    }

    // Freezes the cell if its formula calls Retroplan (the whole array when it is in one).
    void cell(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 row) {
        const uno::Reference<table::XCell> cell = sheet->getCellByPosition(column, row);
        if (cell->getType() != table::CellContentType_FORMULA) return;
        const std::string formula = to_utf8(cell->getFormula());
        if (!calls_retroplan(formula)) return;
        if (formula.starts_with("{")) { // the API shows an array formula's cells in braces
            array(sheet, cell, formula.substr(1, formula.size() - 2));
            return;
        }
        write(cell, shown(cell), frozen_value(formula) == FrozenValue::Date);
        ++frozen_;
    }

    std::size_t frozen() const { return frozen_; }

  private:
    void array(const uno::Reference<sheet::XSpreadsheet>& sheet,
               const uno::Reference<table::XCell>& cell, const std::string& formula) {
        const uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursorByRange(
            uno::Reference<sheet::XSheetCellRange>(cell, uno::UNO_QUERY_THROW));
        cursor->collapseToCurrentArray();
        const table::CellRangeAddress a =
            uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        std::vector<std::vector<Shown>> values;
        for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r) {
            values.emplace_back();
            for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c)
                values.back().push_back(shown(sheet->getCellByPosition(c, r)));
        }
        uno::Reference<sheet::XArrayFormulaRange>(cursor, uno::UNO_QUERY_THROW)
            ->setArrayFormula(OUString());
        const bool schedule = frozen_value(formula) == FrozenValue::ScheduleRows;
        for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
            for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c) {
                write(sheet->getCellByPosition(c, r),
                      values[std::size_t(r - a.StartRow)][std::size_t(c - a.StartColumn)],
                      schedule && is_schedule_date_column(int(c - a.StartColumn)));
                ++frozen_;
            }
    }

    void write(const uno::Reference<table::XCell>& cell, const Shown& value, bool date) {
        if (const OUString* text = std::get_if<OUString>(&value)) {
            uno::Reference<text::XTextRange>(cell, uno::UNO_QUERY_THROW)->setString(*text);
            return;
        }
        cell->setValue(std::get<double>(value));
        if (date && !shows_a_date(cell))
            uno::Reference<beans::XPropertySet>(cell, uno::UNO_QUERY_THROW)
                ->setPropertyValue("NumberFormat", uno::Any(date_));
    }

    bool shows_a_date(const uno::Reference<table::XCell>& cell) {
        sal_Int32 key = 0;
        uno::Reference<beans::XPropertySet>(cell, uno::UNO_QUERY_THROW)
            ->getPropertyValue("NumberFormat") >>= key;
        sal_Int16 type = 0;
        formats_->getByKey(key)->getPropertyValue("Type") >>= type;
        return (type & util::NumberFormat::DATE) != 0;
    }

    uno::Reference<util::XNumberFormats> formats_;
    sal_Int32 date_ = 0;
    std::size_t frozen_ = 0;
};

} // namespace

std::size_t freeze_retroplan_formulas(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    Freezer freezer(doc);
    const uno::Reference<container::XIndexAccess> sheets(doc->getSheets(), uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(i),
                                                        uno::UNO_QUERY_THROW);
        const uno::Reference<sheet::XSheetCellRanges> formulas =
            uno::Reference<sheet::XCellRangesQuery>(sheet, uno::UNO_QUERY_THROW)
                ->queryContentCells(sheet::CellFlags::FORMULA);
        // Addresses first: freezing changes what the query would return.
        const uno::Sequence<table::CellRangeAddress> ranges = formulas->getRangeAddresses();
        for (const table::CellRangeAddress& r : ranges)
            for (sal_Int32 row = r.StartRow; row <= r.EndRow; ++row)
                for (sal_Int32 column = r.StartColumn; column <= r.EndColumn; ++column)
                    freezer.cell(sheet, column, row);
    }
    return freezer.frozen();
}

} // namespace retroplan::addin
