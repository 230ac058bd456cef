// "Save baseline" (org.retroplan.command:SaveBaseline): writes every task's current latest start
// and end (model §6 dates) into the table's baseline columns (§9), so that deviations are
// measured against what was agreed today. The plan is read as Rebuild reads it. A missing
// baseline column is added after the table's last column, headed in the table's language and
// formatted as dates, on cells that must be empty. In a window it asks before replacing a
// baseline that already holds dates. One undo step; no other cell is touched.
#include "commands.hxx"

#include "document_plan.hxx"
#include "message_box.hxx"
#include "sheet_cells.hxx"
#include "ui_language.hxx"
#include "undo_scope.hxx"
#include "uno_convert.hxx"

#include "retroplan/text.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>
#include <array>

namespace retroplan::addin {

using namespace css;

namespace {

CommandResult failed(const std::string& message) {
    return {.ok = false, .message = to_ouString(message), .document_unchanged = true};
}

// One baseline column: where it is, and whether this command adds it.
struct Target {
    Field field;
    sal_Int32 column = 0;
    bool added = false;
    std::string header; // as the sheet shows it (or will)
};

// Tasks on consecutive rows: one write each.
struct Run {
    std::size_t first_task, count;
    sal_Int32 first_row; // 0-based
};

std::vector<Run> runs_of(const PlanInput& plan) {
    std::vector<Run> runs;
    for (std::size_t t = 0; t < plan.tasks.size(); ++t) {
        const sal_Int32 row = plan.tasks[t].row - 1;
        if (!runs.empty() && runs.back().first_row + sal_Int32(runs.back().count) == row)
            ++runs.back().count;
        else
            runs.push_back({t, 1, row});
    }
    return runs;
}

bool has_content(const uno::Reference<sheet::XSpreadsheet>& sheet, const CellRect& rect) {
    const uno::Reference<sheet::XCellRangesQuery> query(
        sheet->getCellRangeByPosition(rect.StartColumn, rect.StartRow, rect.EndColumn, rect.EndRow),
        uno::UNO_QUERY_THROW);
    const auto found =
        query
            ->queryContentCells(sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME |
                                sheet::CellFlags::STRING | sheet::CellFlags::FORMULA |
                                sheet::CellFlags::ANNOTATION)
            ->getRangeAddresses();
    // Calc also answers with the text cells that overflow into the range from its left
    // (7.4: "Project lead" in F for a query on G): only what lies inside counts.
    for (const auto& a : found)
        if (intersect(a, rect)) return true;
    return false;
}

sal_Int32 column_count(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    const uno::Reference<table::XColumnRowRange> range(sheet, uno::UNO_QUERY_THROW);
    return uno::Reference<container::XIndexAccess>(range->getColumns(), uno::UNO_QUERY_THROW)
        ->getCount();
}

class DateFormats {
  public:
    explicit DateFormats(const uno::Reference<frame::XModel>& model) {
        const uno::Reference<util::XNumberFormatsSupplier> supplier(model, uno::UNO_QUERY_THROW);
        formats_ = supplier->getNumberFormats();
        standard_ = uno::Reference<util::XNumberFormatTypes>(formats_, uno::UNO_QUERY_THROW)
                        ->getStandardFormat(util::NumberFormat::DATE, document_locale(model));
    }
    sal_Int32 standard() const { return standard_; }
    bool is_date(sal_Int32 key) const {
        try {
            sal_Int16 type = 0;
            formats_->getByKey(key)->getPropertyValue("Type") >>= type;
            return (type & util::NumberFormat::DATE) != 0;
        } catch (const uno::Exception&) {
            return false; // an unknown key is no date format
        }
    }

  private:
    uno::Reference<util::XNumberFormats> formats_;
    sal_Int32 standard_ = 0;
};

// The new header looks like the table's last header cell.
void copy_header_look(const uno::Reference<table::XCell>& from,
                      const uno::Reference<table::XCell>& to) {
    uno::Sequence<OUString> names(6);
    auto* n = names.getArray();
    n[0] = "CellStyle"; // first: setting a style clears the hard attributes it defines
    n[1] = "CharWeight";
    n[2] = "CharPosture";
    n[3] = "CharColor";
    n[4] = "IsCellBackgroundTransparent";
    n[5] = "CellBackColor";
    const uno::Reference<beans::XMultiPropertySet> source(from, uno::UNO_QUERY_THROW);
    uno::Reference<beans::XMultiPropertySet>(to, uno::UNO_QUERY_THROW)
        ->setPropertyValues(names, source->getPropertyValues(names));
}

} // namespace

CommandResult run_save_baseline(const CommandCall& call) {
    const Lang lang = call.lang;
    const auto w = [lang](const char* en, const char* fr) {
        return std::string(lang == Lang::Fr ? fr : en);
    };
    const DocumentPlan document = read_document_plan(call.model);
    const std::string headline =
        w("The baseline was not saved. ", "La référence n'a pas été enregistrée. ");
    if (const auto unusable = unusable_plan_message(document, headline, lang)) {
        CommandResult result = failed(*unusable); // in words; with the problems' IDs for scripts
        result.status =
            to_ouString(*unusable_plan_message(document, headline, lang, WithCode::Yes));
        return result;
    }
    if (!document.table) return failed(w("No task table was found.", "Aucun tableau de tâches."));
    const CellRect table = *document.table;
    const uno::Reference<sheet::XSpreadsheet>& sheet = document.tasks.sheet;
    const PlanInput& plan = document.plan.plan;
    const Schedule& schedule = *document.plan.schedule;
    const std::string sheet_name = to_utf8(document.tasks.name);
    // Protection is the user's word: never written through.
    const uno::Reference<util::XProtectable> protectable(sheet, uno::UNO_QUERY);
    if (protectable.is() && protectable->isProtected())
        return failed(w("The baseline was not saved: the sheet \u201C",
                        "La référence n'a pas été enregistrée : la feuille « ") +
                      sheet_name +
                      w("\u201D is protected. Unprotect it (Tools \u25B8 Protect Sheet) and save "
                        "the baseline again.",
                        " » est protégée. Ôtez sa protection (Outils \u25B8 Protéger la feuille) "
                        "et enregistrez de nouveau la référence."));

    // The baseline columns as the header names them, else the next ones after its last column.
    CellReader reader(sheet,
                      uno::Reference<util::XNumberFormatsSupplier>(call.model, uno::UNO_QUERY));
    CellRect header_rect = table;
    header_rect.EndRow = table.StartRow;
    const std::vector<Cell> header = reader.read_typed(header_rect);
    const ColumnMap map = recognise_columns(header);
    // The table ends at the first blank header after its recognised columns: a label beside it
    // ("Deadline" two columns to the right) is not part of it.
    std::size_t end = 0;
    for (const int c : map.index)
        end = std::max(end, c >= 0 ? std::size_t(c) : 0);
    while (end + 1 < header.size() && !header[end + 1].blank())
        ++end;
    const sal_Int32 last = table.StartColumn + sal_Int32(end);
    std::array<Target, 2> targets{Target{Field::BaselineStart}, Target{Field::BaselineEnd}};
    sal_Int32 next = last + 1;
    for (Target& t : targets) {
        t.added = !map.has(t.field);
        t.column = t.added ? next++ : table.StartColumn + map.at(t.field);
        t.header = t.added ? std::string(field_name(t.field, plan.lang))
                           : header[std::size_t(map.at(t.field))].text;
    }
    const sal_Int32 last_row = plan.tasks.back().row - 1;
    for (const Target& t : targets) {
        if (!t.added) continue;
        const std::string where = column_letters(int(t.column));
        if (t.column >= column_count(sheet))
            return failed(w("The baseline was not saved: the table reaches the sheet's last "
                            "column, leaving no room for \u201C",
                            "La référence n'a pas été enregistrée : le tableau atteint la "
                            "dernière colonne de la feuille, sans place pour « ") +
                          t.header + w("\u201D.", " »."));
        if (has_content(sheet, {table.Sheet, t.column, table.StartRow, t.column, last_row}))
            return failed(
                w("The baseline was not saved: column ", "La référence n'a pas été enregistrée : "
                                                         "la colonne ") +
                where +
                w(", after the table, is not empty beside it. Clear it, or head two columns "
                  "\u201C",
                  ", après le tableau, n'est pas vide à sa hauteur. Videz-la, ou intitulez deux "
                  "colonnes « ") +
                std::string(field_name(Field::BaselineStart, plan.lang)) +
                w("\u201D and \u201C", " » et « ") +
                std::string(field_name(Field::BaselineEnd, plan.lang)) +
                w("\u201D yourself.", " » vous-même."));
    }

    // A baseline already in place is what was agreed before: a person confirms replacing it.
    bool holds_dates = false;
    for (const Target& t : targets)
        for (std::size_t i = 0; !t.added && !holds_dates && i < plan.tasks.size(); ++i)
            holds_dates = cell_date(plan.cell(i, t.field), plan.null_date).has_value();
    if (holds_dates && call.interactive) {
        const sal_Int16 answer = show_message_box(
            call.context, call.frame, awt::MessageBoxType_QUERYBOX,
            to_ouString(w("The baseline columns already hold dates. Replace them with today's "
                          "latest start and end of every task?",
                          "Les colonnes de référence contiennent déjà des dates. Les remplacer "
                          "par les dates de début et de fin au plus tard actuelles de chaque "
                          "tâche ?")),
            awt::MessageBoxButtons::BUTTONS_YES_NO | awt::MessageBoxButtons::DEFAULT_BUTTON_NO);
        if (answer != awt::MessageBoxResults::YES)
            return {.ok = true,
                    .message = to_ouString(w("Baseline not saved: the one in place is kept.",
                                             "Référence non enregistrée : celle en place est "
                                             "conservée.")),
                    .document_unchanged = true};
    }

    const DateFormats formats(call.model);
    // Added columns show dates as the table's due dates do, when those are formatted as dates.
    sal_Int32 added_format = formats.standard();
    if (map.has(Field::Due)) {
        sal_Int32 key = 0;
        const uno::Reference<beans::XPropertySet> due(
            sheet->getCellByPosition(table.StartColumn + map.at(Field::Due), table.StartRow + 1),
            uno::UNO_QUERY_THROW);
        if ((due->getPropertyValue("NumberFormat") >>= key) && formats.is_date(key))
            added_format = key;
    }
    const std::vector<Run> runs = runs_of(plan);
    {
        const UndoContext undo(call.model,
                               to_ouString(w("Save baseline", "Enregistrer la référence")));
        for (const Target& t : targets) {
            if (t.added) {
                const uno::Reference<table::XCell> cell =
                    sheet->getCellByPosition(t.column, table.StartRow);
                cell->setFormula(to_ouString(t.header));
                copy_header_look(sheet->getCellByPosition(last, table.StartRow), cell);
            }
            for (const Run& run : runs) {
                const sal_Int32 end_row = run.first_row + sal_Int32(run.count) - 1;
                const uno::Reference<table::XCellRange> range =
                    sheet->getCellRangeByPosition(t.column, run.first_row, t.column, end_row);
                // Cell by cell: LibreOffice 7.4 records setDataArray as a paste whose undo
                // leaves the values in cells that were empty before (ScUndoPaste with no
                // marked area). Two cells per task stay light in the undo stack.
                for (std::size_t k = 0; k < run.count; ++k) {
                    const TaskDates& d = schedule.dates[run.first_task + k];
                    const Date date = t.field == Field::BaselineStart ? d.start : d.end;
                    range->getCellByPosition(0, sal_Int32(k))
                        ->setValue(serial_from_date(date, document.null_date));
                }
                // A date the user formatted their way stays so; anything else shows as a date.
                const uno::Reference<beans::XPropertySet> props(range, uno::UNO_QUERY_THROW);
                sal_Int32 key = 0;
                if (t.added)
                    props->setPropertyValue("NumberFormat", uno::Any(added_format));
                else if (!(props->getPropertyValue("NumberFormat") >>= key) ||
                         !formats.is_date(key))
                    props->setPropertyValue("NumberFormat", uno::Any(formats.standard()));
            }
            if (t.added) // wide enough for its header and dates: never "Baseline st▸"
                uno::Reference<beans::XPropertySet>(
                    uno::Reference<container::XIndexAccess>(
                        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)
                            ->getColumns(),
                        uno::UNO_QUERY_THROW)
                        ->getByIndex(t.column),
                    uno::UNO_QUERY_THROW)
                    ->setPropertyValue("OptimalWidth", uno::Any(true));
        }
    }

    const auto place = [](const Target& t) {
        return column_letters(int(t.column)) + " (" + t.header + ")";
    };
    return {.ok = true,
            .message = to_ouString("OK: " + std::to_string(plan.tasks.size()) +
                                   w(" tasks: baseline saved in columns ",
                                     " tâches : référence enregistrée dans les "
                                     "colonnes ") +
                                   place(targets[0]) + w(" and ", " et ") + place(targets[1]))};
}

} // namespace retroplan::addin
