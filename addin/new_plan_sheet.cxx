#include "new_plan_sheet.hxx"

#include "ui_language.hxx"
#include "uno_convert.hxx"

#include "retroplan/text.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <ctime>

namespace retroplan::addin {

using namespace css;

namespace {

constexpr sal_Int32 kLastRow = 1048575;      // Calc's last row (0-based)
constexpr sal_Int32 kResultColor = 0xEEEEEE; // computed cells
constexpr sal_Int32 kInputColor = 0xFFF2CC;  // settings to fill in
constexpr sal_Int32 kHintColor = 0x595959;

// Number format keys of the document's locale for each kind of column.
class Formats {
  public:
    explicit Formats(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
        const uno::Reference<util::XNumberFormatTypes> types(
            uno::Reference<util::XNumberFormatsSupplier>(doc, uno::UNO_QUERY_THROW)
                ->getNumberFormats(),
            uno::UNO_QUERY_THROW);
        const lang::Locale locale = document_locale(doc);
        // Four-digit years: these are dates people type.
        date_ = types->getFormatIndex(i18n::NumberFormatIndex::DATE_SYS_DDMMYYYY, locale);
        days_ = types->getFormatIndex(i18n::NumberFormatIndex::NUMBER_INT, locale);
        percent_ = types->getFormatIndex(i18n::NumberFormatIndex::PERCENT_INT, locale);
        boolean_ = types->getStandardFormat(util::NumberFormat::LOGICAL, locale);
        text_ = types->getFormatIndex(i18n::NumberFormatIndex::TEXT, locale);
    }
    sal_Int32 of(CellFormat f) const {
        switch (f) {
        case CellFormat::Date:
            return date_;
        case CellFormat::Days:
            return days_;
        case CellFormat::Percent:
            return percent_;
        case CellFormat::Boolean:
            return boolean_;
        case CellFormat::Text:
            break;
        }
        return text_;
    }

  private:
    sal_Int32 date_ = 0, days_ = 0, percent_ = 0, boolean_ = 0, text_ = 0;
};

class Writer {
  public:
    explicit Writer(uno::Reference<sheet::XSpreadsheet> sheet) : sheet_(std::move(sheet)) {}
    void text(sal_Int32 c, sal_Int32 r, std::string_view s) {
        if (s.empty()) return;
        uno::Reference<text::XTextRange>(sheet_->getCellByPosition(c, r), uno::UNO_QUERY_THROW)
            ->setString(to_ouString(s));
    }
    void number(sal_Int32 c, sal_Int32 r, double v) {
        sheet_->getCellByPosition(c, r)->setValue(v);
    }
    void formula(sal_Int32 c, sal_Int32 r, const std::string& f) {
        sheet_->getCellByPosition(c, r)->setFormula(to_ouString(f));
    }
    void cell(sal_Int32 c, sal_Int32 r, const Cell& v) {
        if (v.kind == Cell::Kind::Text) text(c, r, v.text);
        if (v.kind == Cell::Kind::Number) number(c, r, v.number);
    }
    uno::Reference<beans::XPropertySet> range(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1,
                                              sal_Int32 r1) const {
        return uno::Reference<beans::XPropertySet>(sheet_->getCellRangeByPosition(c0, r0, c1, r1),
                                                   uno::UNO_QUERY_THROW);
    }
    void set(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1, const char* property,
             const uno::Any& value) const {
        range(c0, r0, c1, r1)->setPropertyValue(OUString::createFromAscii(property), value);
    }
    void column_width(sal_Int32 c, sal_Int32 width) const {
        const uno::Reference<container::XIndexAccess> columns(
            uno::Reference<table::XColumnRowRange>(sheet_, uno::UNO_QUERY_THROW)->getColumns(),
            uno::UNO_QUERY_THROW);
        uno::Reference<beans::XPropertySet>(columns->getByIndex(c), uno::UNO_QUERY_THROW)
            ->setPropertyValue("Width", uno::Any(width));
    }

  private:
    uno::Reference<sheet::XSpreadsheet> sheet_;
};

// "$'Tâches'.$B$2": a reference that stays right whatever the sheet is called.
std::string absolute(const OUString& sheet, const std::string& cells) {
    return "$'" + to_utf8(sheet.replaceAll("'", "''")) + "'." + cells;
}

std::string cell_ref(sal_Int32 c, sal_Int32 r) {
    std::string out("$");
    out.append(column_letters(int(c))).append("$").append(std::to_string(r + 1));
    return out;
}

void add_names(const NewPlanSheet& t, sal_Int32 last_table_column) {
    const uno::Reference<sheet::XNamedRanges> names(
        uno::Reference<beans::XPropertySet>(t.doc, uno::UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        uno::UNO_QUERY_THROW);
    const std::pair<const char*, std::string> defined[] = {
        {"RETRO_TASKS", cell_ref(0, kPlanHeaderRow) + ":" + cell_ref(last_table_column, kLastRow)},
        {"RETRO_DEADLINE", cell_ref(1, kPlanDeadlineRow)},
        {"RETRO_START", cell_ref(1, kPlanTodayRow)},
        {"RETRO_HOLIDAYS",
         cell_ref(1, kPlanHolidaysRow) + ":" + cell_ref(kPlanHolidayCells, kPlanHolidaysRow)},
    };
    for (const auto& [name, cells] : defined)
        names->addNewByName(OUString::createFromAscii(name),
                            to_ouString(absolute(t.sheet_name, cells)), table::CellAddress(), 0);
}

// Arguments every live formula passes after the task: the named settings.
constexpr const char* kPlanArguments = "RETRO_TASKS;RETRO_DEADLINE;RETRO_HOLIDAYS;;RETRO_START";

} // namespace

Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return make_date(local.tm_year + 1900, unsigned(local.tm_mon + 1), unsigned(local.tm_mday));
}

Date write_new_plan_sheet(const NewPlanSheet& t) {
    const TemplateWords& w = template_words(t.lang);
    const auto& columns = template_columns(t.lang);
    const auto& results = result_columns(t.lang);
    const Table table = template_table(t.plan, t.lang);
    const Date deadline = template_deadline(t.plan, t.today);
    const Date null_date =
        null_date_of(uno::Reference<beans::XPropertySet>(t.doc, uno::UNO_QUERY_THROW));
    const Formats formats(t.doc);
    Writer s(t.sheet);

    const auto tasks = sal_Int32(table.rows.size()) - 1;
    const auto first_result = sal_Int32(columns.size());
    const sal_Int32 last_result = first_result + sal_Int32(results.size()) - 1;
    const sal_Int32 first_task = kPlanHeaderRow + 1;
    const sal_Int32 last_formula_row = first_task + tasks + kPlanSpareRows - 1;

    // The names first: formulas naming them compile against them.
    add_names(t, first_result - 1);

    // Settings, labelled as Rebuild reads them even without the names.
    s.text(0, kPlanTitleRow,
           std::string(template_title(t.plan, t.lang)) + std::string(w.title_suffix));
    s.text(0, kPlanDeadlineRow, w.deadline);
    s.number(1, kPlanDeadlineRow, serial_from_date(deadline, null_date));
    s.text(2, kPlanDeadlineRow, w.deadline_hint);
    s.text(0, kPlanKickoffRow, w.kickoff);
    // Empty until the table has a task (RETRO_KICKOFF of no task is an error).
    s.formula(1, kPlanKickoffRow,
              "=IF(COUNTA(RETRO_TASKS)=COUNTA(INDEX(RETRO_TASKS;1;0));\"\";"
              "RETRO_KICKOFF(RETRO_TASKS;RETRO_DEADLINE;RETRO_HOLIDAYS))");
    s.text(0, kPlanTodayRow, w.today);
    s.text(2, kPlanTodayRow, w.today_hint);
    s.text(0, kPlanHolidaysRow, w.holidays);
    s.text(0, kPlanCheckRow, w.check);
    s.formula(1, kPlanCheckRow, std::string("=RETRO_CHECK(") + kPlanArguments + ")");
    s.text(0, kPlanHintRow, w.usage_hint);

    // The table: headers, tasks, then the live columns' formulas down to the spare rows.
    for (std::size_t c = 0; c < columns.size(); ++c)
        s.text(sal_Int32(c), kPlanHeaderRow, columns[c].header);
    for (std::size_t c = 0; c < results.size(); ++c)
        s.text(first_result + sal_Int32(c), kPlanHeaderRow, results[c].header);
    for (sal_Int32 i = 0; i < tasks; ++i)
        for (std::size_t c = 0; c < columns.size(); ++c)
            s.cell(sal_Int32(c), first_task + i, table.rows[std::size_t(i) + 1][c]);
    for (sal_Int32 r = first_task; r <= last_formula_row; ++r) {
        const std::string id = "$A" + std::to_string(r + 1);
        for (std::size_t c = 0; c < results.size(); ++c)
            s.formula(first_result + sal_Int32(c), r,
                      "=IF(" + id + "=\"\";\"\";" + std::string(results[c].function) + "(" + id +
                          ";" + kPlanArguments + "))");
    }

    // Formats: whole columns below the header, so rows typed later get them too.
    for (std::size_t c = 0; c < columns.size(); ++c)
        s.set(sal_Int32(c), first_task, sal_Int32(c), kLastRow, "NumberFormat",
              uno::Any(formats.of(columns[c].format)));
    for (std::size_t c = 0; c < results.size(); ++c)
        s.set(first_result + sal_Int32(c), first_task, first_result + sal_Int32(c), kLastRow,
              "NumberFormat", uno::Any(formats.of(results[c].format)));
    const sal_Int32 date = formats.of(CellFormat::Date);
    s.set(1, kPlanDeadlineRow, 1, kPlanTodayRow, "NumberFormat", uno::Any(date));
    s.set(1, kPlanHolidaysRow, kPlanHolidayCells, kPlanHolidaysRow, "NumberFormat", uno::Any(date));
    s.set(1, kPlanDeadlineRow, 1, kPlanTodayRow, "HoriJustify",
          uno::Any(table::CellHoriJustify_LEFT));

    // Looks: what to fill in, what computes, what explains.
    s.set(0, kPlanTitleRow, 0, kPlanTitleRow, "CharHeight", uno::Any(14.0f));
    s.set(0, kPlanTitleRow, 0, kPlanCheckRow, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    s.set(0, kPlanHeaderRow, last_result, kPlanHeaderRow, "CharWeight",
          uno::Any(awt::FontWeight::BOLD));
    s.set(0, kPlanHeaderRow, last_result, kPlanHeaderRow, "IsTextWrapped", uno::Any(true));
    s.set(1, kPlanDeadlineRow, 1, kPlanDeadlineRow, "CellBackColor", uno::Any(kInputColor));
    s.set(1, kPlanTodayRow, 1, kPlanTodayRow, "CellBackColor", uno::Any(kInputColor));
    s.set(1, kPlanHolidaysRow, kPlanHolidayCells, kPlanHolidaysRow, "CellBackColor",
          uno::Any(kInputColor));
    s.set(1, kPlanKickoffRow, 1, kPlanKickoffRow, "CellBackColor", uno::Any(kResultColor));
    s.set(1, kPlanCheckRow, 1, kPlanCheckRow, "CellBackColor", uno::Any(kResultColor));
    s.set(first_result, kPlanHeaderRow, last_result, last_formula_row, "CellBackColor",
          uno::Any(kResultColor));
    for (const auto& [c, r] :
         {std::pair{2, kPlanDeadlineRow}, {2, kPlanTodayRow}, {0, kPlanHintRow}}) {
        s.set(c, r, c, r, "CharPosture", uno::Any(awt::FontSlant_ITALIC));
        s.set(c, r, c, r, "CharColor", uno::Any(kHintColor));
    }

    const sal_Int32 widths[] = {4900, 6000, 2300, 2900, 2600, 4000, 2600, 2700, 2900, 2900};
    for (std::size_t c = 0; c < columns.size() && c < std::size(widths); ++c)
        s.column_width(sal_Int32(c), widths[c]);
    for (sal_Int32 c = first_result; c <= last_result; ++c)
        s.column_width(c, 2800);
    return deadline;
}

} // namespace retroplan::addin
