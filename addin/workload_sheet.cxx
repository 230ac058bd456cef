#include "workload_sheet.hxx"

#include "retroplan_sheet.hxx"
#include "sheet_page.hxx"
#include "timeline_marks.hxx"
#include "timeline_sections.hxx"
#include "ui_language.hxx"
#include "uno_convert.hxx"

#include "retroplan/share.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

constexpr const char* kMarker = "RETROPLAN_WORKLOAD";
constexpr const char* kMarkerContent =
    "\"Retroplan workload: Rebuild retroplan rewrites this sheet\"";

// The heat map: up to half the person's capacity, up to all of it, over it (with white digits).
constexpr sal_Int32 kLightColor = 0xD6EAF8, kFullColor = kTaskSlackColor, kOverColor = 0xE74C3C;
constexpr sal_Int32 kOverTextColor = 0xFFFFFF;

struct WorkloadWords {
    const char *sheet, *title, *intro, *legend, *planned, *expected, *levelled, *nobody_over,
        *overloads;
    const char* columns[5];      // person, capacity, peak, days over, tasks in overloads
    const char* list_columns[5]; // the overload list: as `retroplan load` prints it
    const char *timeline_note, *message, *no_owners;
};

const WorkloadWords kEnglish{
    .sheet = "Workload",
    .title = "Workload",
    .intro = "Each person's load per working day, in % of a full day (a week or month column: its "
             "busiest day)",
    .legend =
        "Light: up to capacity \u2014 red: over capacity (an overload) \u2014 \u26A0 before an "
        "owner on the Retroplan sheet: a task in an overload",
    .planned = "Dates: the latest (planned) dates",
    .expected = "Dates: the expected dates on the status date",
    .levelled = "Dates: levelled \u2014 levelling moves the kick-off %d working days earlier",
    .nobody_over = "Nobody is over capacity",
    .overloads = "Overloads",
    .columns = {"Person", "Capacity %", "Peak %", "Days over", "Tasks in overloads"},
    .list_columns = {"Person", "From", "To", "Peak %", "Tasks"},
    .timeline_note = "levelled: %d working days earlier",
    .message = "levelling moves the kick-off %d working days earlier",
    .no_owners = "The task table names no owner: no load to show.",
};

const WorkloadWords kFrench{
    .sheet = "Charge",
    .title = "Charge",
    .intro = "Charge de chacun par jour ouvré, en % d'une journée (colonne semaine ou mois : son "
             "jour le plus chargé)",
    .legend = "Clair : dans la capacité \u2014 rouge : au-delà (surcharge) \u2014 \u26A0 devant un "
              "responsable sur la feuille Retroplan : tâche en surcharge",
    .planned = "Dates : au plus tard (prévues)",
    .expected = "Dates : attendues à la date d'état",
    .levelled = "Dates : lissées \u2014 le lissage avance le démarrage de %d jours ouvrés",
    .nobody_over = "Personne n'est en surcharge",
    .overloads = "Surcharges",
    .columns = {"Personne", "Capacité %", "Pic %", "Jours en surcharge", "Tâches en surcharge"},
    .list_columns = {"Personne", "Du", "Au", "Pic %", "Tâches"},
    .timeline_note = "lissé : %d jours ouvrés plus tôt",
    .message = "le lissage avance le démarrage de %d jours ouvrés",
    .no_owners = "Le tableau des tâches ne nomme aucun responsable : pas de charge à montrer.",
};

const WorkloadWords& words_of(Lang lang) {
    return lang == Lang::Fr ? kFrench : kEnglish;
}

std::string printf_int(const char* format, long long n) {
    char buf[160];
    std::snprintf(buf, sizeof buf, format, int(n));
    return buf;
}

std::string message(Lang lang, const char* en, const char* fr) {
    return lang == Lang::Fr ? fr : en;
}

double percent(Share s) {
    return double(s) * 100.0 / double(kFullDay);
}

// Whole percents: "33" for a third of a day, so that narrow day columns show a number.
sal_Int32 whole_number_format(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    const uno::Reference<util::XNumberFormatsSupplier> supplier(doc, uno::UNO_QUERY_THROW);
    const uno::Reference<util::XNumberFormatTypes> types(supplier->getNumberFormats(),
                                                         uno::UNO_QUERY_THROW);
    return types->getFormatIndex(i18n::NumberFormatIndex::NUMBER_INT, document_locale(doc));
}

// Cells of one row with one look, as ranges of consecutive columns.
void gather_runs(Painter& p, const char* property, const uno::Any& value, sal_Int32 first_grid,
                 sal_Int32 row, const std::vector<std::size_t>& columns) {
    for (std::size_t i = 0; i < columns.size();) {
        std::size_t j = i;
        while (j + 1 < columns.size() && columns[j + 1] == columns[j] + 1)
            ++j;
        p.gather(property, value, first_grid + sal_Int32(columns[i]), row,
                 first_grid + sal_Int32(columns[j]), row);
        i = j + 1;
    }
}

void set_width(Painter& p, sal_Int32 c0, sal_Int32 c1, sal_Int32 width) {
    uno::Reference<beans::XPropertySet>(
        uno::Reference<table::XColumnRowRange>(p.range(c0, 0, c1, 0), uno::UNO_QUERY_THROW)
            ->getColumns(),
        uno::UNO_QUERY_THROW)
        ->setPropertyValue("Width", uno::Any(width));
}

} // namespace

bool is_workload_sheet(const uno::Reference<uno::XInterface>& sheet) {
    return is_marked(sheet, kMarker);
}

std::optional<WorkloadTarget>
workload_target(const uno::Reference<sheet::XSpreadsheetDocument>& doc, const RebuildPlan& plan,
                Lang sheet_lang, Lang ui_lang) {
    WorkloadTarget target;
    const uno::Reference<sheet::XSpreadsheets> sheets = doc->getSheets();
    const OUString base = to_ouString(words_of(sheet_lang).sheet);
    if (const auto sheet = find_marked(sheets, kMarker, base); sheet.is()) {
        target.exists = true;
        target.name = uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName();
        if (is_protected(sheet))
            target.refusal =
                message(ui_lang, "The retroplan was not rebuilt: the sheet \u201C",
                        "Le rétroplanning n'a pas été reconstruit : la feuille « ") +
                to_utf8(target.name) +
                message(ui_lang,
                        "\u201D is protected. Unprotect it (Tools \u25B8 Protect Sheet) and "
                        "rebuild.",
                        " » est protégée. Ôtez sa protection (Outils \u25B8 Protéger la feuille) "
                        "et reconstruisez.");
    }
    // Ours stays ours when the owners are gone: it is rewritten to say so, never left stale.
    if (target.exists) return target;
    if (!plan.workload) return std::nullopt;
    // A sheet of the user's with the name keeps it: ours takes the next free one.
    target.name = base;
    for (int k = 2; sheets->hasByName(target.name); ++k)
        target.name = base + " (" + OUString::number(k) + ")";
    if (is_protected(doc))
        target.refusal = message(
            ui_lang,
            "The retroplan was not rebuilt: the workbook's structure is protected, so the "
            "Workload sheet cannot be added. Unprotect it (Tools \u25B8 Protect Spreadsheet "
            "Structure) and rebuild.",
            "Le rétroplanning n'a pas été reconstruit : la structure du classeur est protégée, la "
            "feuille Charge ne peut pas être ajoutée. Ôtez la protection (Outils \u25B8 Protéger "
            "la structure du classeur) et reconstruisez.");
    return target;
}

void insert_workload_sheet(const uno::Reference<sheet::XSpreadsheets>& sheets,
                           const WorkloadTarget& target, const OUString& after) {
    const uno::Reference<container::XIndexAccess> all(sheets, uno::UNO_QUERY_THROW);
    sal_Int16 position = 0;
    for (sal_Int32 i = 0; i < all->getCount(); ++i)
        if (uno::Reference<container::XNamed>(all->getByIndex(i), uno::UNO_QUERY_THROW)
                ->getName() == after)
            position = sal_Int16(i + 1);
    sheets->insertNewByName(target.name, position);
    mark(uno::Reference<uno::XInterface>(sheets->getByName(target.name), uno::UNO_QUERY_THROW),
         kMarker, kMarkerContent);
}

std::optional<Layout> write_workload_sheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                                           const uno::Reference<sheet::XSpreadsheet>& sheet,
                                           const RebuildPlan& plan, Date null_date, Lang lang,
                                           const OUString& task_sheet,
                                           const WrittenTimeline& axis) {
    constexpr sal_Int32 kEverything = sheet::CellFlags::VALUE | sheet::CellFlags::DATETIME |
                                      sheet::CellFlags::STRING | sheet::CellFlags::ANNOTATION |
                                      sheet::CellFlags::FORMULA | sheet::CellFlags::HARDATTR |
                                      sheet::CellFlags::STYLES | sheet::CellFlags::OBJECTS |
                                      sheet::CellFlags::EDITATTR | sheet::CellFlags::FORMATTED;
    uno::Reference<sheet::XSheetOperation>(sheet, uno::UNO_QUERY_THROW)->clearContents(kEverything);

    const WorkloadWords& ww = words_of(lang);
    if (!plan.workload) {
        Painter p(sheet, uno::Reference<lang::XMultiServiceFactory>(doc, uno::UNO_QUERY_THROW));
        p.text(0, 0, std::string(ww.title) + " \u2014 " + to_utf8(task_sheet));
        p.text(0, 1, ww.no_owners);
        p.set(0, 0, 0, 0, "CharHeight", uno::Any(16.0f));
        p.set(0, 0, 0, 0, "CharWeight", uno::Any(awt::FontWeight::BOLD));
        set_wide_page(doc, sheet, 0, -1);
        return std::nullopt;
    }
    const WorkloadOutcome& out = *plan.workload;
    const Workload& w = *plan.load();
    const Calendar& calendar = plan.settings->calendar;
    const Timeline& t = axis.timeline;
    const auto people = sal_Int32(out.owners.people.size());
    // The timeline's rows and columns without follow-up (no status column here): person rows
    // where task rows go, the grid from H.
    const Layout layout{};
    const sal_Int32 first_row = layout.first_task_row, first_grid = layout.first_grid_column;
    const SheetContext cx{.plan = plan,
                          .words = words_for(lang),
                          .lang = lang,
                          .layout = layout,
                          .null_date = null_date,
                          .date_format = axis.date_format,
                          .tasks = people,
                          .last_row = first_row + std::max<sal_Int32>(people, 1) - 1};
    Painter p(sheet, uno::Reference<lang::XMultiServiceFactory>(doc, uno::UNO_QUERY_THROW));

    // Title and what the sheet shows.
    p.text(0, 0, std::string(ww.title) + " \u2014 " + to_utf8(task_sheet));
    p.text(0, 1, ww.intro);
    p.text(0, 2, ww.legend);
    p.text(0, 3,
           out.levelled               ? printf_int(ww.levelled, out.levelled->kickoff_cost)
           : plan.schedule->follow_up ? std::string(ww.expected)
                                      : std::string(ww.planned));
    p.text(0, 4,
           w.overloads.empty()
               ? std::string(ww.nobody_over)
               : std::string(ww.overloads) + ": " + std::to_string(w.overloads.size()));
    if (!w.overloads.empty()) p.gather("CharColor", uno::Any(kCriticalColor), 0, 4, 0, 4);

    // The timeline's header rows and non-working days over the person rows.
    write_grid_header(p, cx, t, axis.grid.column_px);
    Timeline background = t;
    background.marks.clear();
    write_grid_marks(p, cx, background);

    const sal_Int32 titles = first_row - 1;
    for (sal_Int32 c = 0; c < 5; ++c)
        p.text(c, titles, ww.columns[c]);

    // Per person: the summary columns, then each column's load (its busiest day).
    const sal_Int32 whole = whole_number_format(doc);
    std::vector<std::size_t> light, full, over;
    for (sal_Int32 person = 0; person < people; ++person) {
        const sal_Int32 row = first_row + person;
        const Share capacity = out.capacity[std::size_t(person)];
        p.text(0, row, out.owners.people.name(person));
        p.number(1, row, percent(capacity));
        p.number(2, row, percent(w.peak_of(person)));
        p.number(3, row, double(w.days_over(person)));
        const auto tasks = w.overload_tasks(person);
        std::string ids;
        for (const auto task : tasks)
            ids.append(ids.empty() ? "" : "; ").append(plan.plan.tasks[std::size_t(task)].id);
        p.text(4, row, ids);
        if (!tasks.empty()) p.gather("CharColor", uno::Any(kCriticalColor), 0, row, 4, row);

        const std::vector<Share> column_load = column_peaks(t, calendar, w.runs_of(person));
        light.clear();
        full.clear();
        over.clear();
        for (std::size_t c = 0; c < column_load.size(); ++c) {
            const Share load = column_load[c];
            if (load == 0) continue;
            p.number(first_grid + sal_Int32(c), row, percent(load));
            (load > capacity ? over : 2 * load > capacity ? full : light).push_back(c);
        }
        gather_runs(p, "CellBackColor", uno::Any(kLightColor), first_grid, row, light);
        gather_runs(p, "CellBackColor", uno::Any(kFullColor), first_grid, row, full);
        gather_runs(p, "CellBackColor", uno::Any(kOverColor), first_grid, row, over);
        gather_runs(p, "CharColor", uno::Any(kOverTextColor), first_grid, row, over);
        gather_runs(p, "CharWeight", uno::Any(awt::FontWeight::BOLD), first_grid, row, over);
    }
    const sal_Int32 last_grid = first_grid + sal_Int32(t.columns.size()) - 1;

    // The overloads as `retroplan load` lists them: person, from, to, peak load, tasks.
    const sal_Int32 list = cx.last_row + 2;
    p.text(0, list, ww.overloads);
    for (sal_Int32 c = 0; c < 5; ++c)
        p.text(c, list + 1, ww.list_columns[c]);
    sal_Int32 row = list + 2;
    for (const Overload& o : w.overloads) {
        p.text(0, row, out.owners.people.name(o.person));
        p.number(1, row, serial_from_date(*calendar.date_of(o.begin), null_date));
        p.number(2, row, serial_from_date(*calendar.date_of(o.end - 1), null_date));
        p.number(3, row, percent(o.peak));
        std::string ids;
        for (const auto task : o.tasks)
            ids.append(ids.empty() ? "" : ";").append(plan.plan.tasks[std::size_t(task)].id);
        p.text(4, row, ids);
        ++row;
    }
    if (w.overloads.empty()) p.text(0, row, ww.nobody_over);
    p.apply();

    // Formats and geometry: the grid's columns as wide as the timeline's.
    uno::Reference<beans::XPropertySet>(
        uno::Reference<table::XColumnRowRange>(p.range(0, 0, 0, 0), uno::UNO_QUERY_THROW)
            ->getRows(),
        uno::UNO_QUERY_THROW)
        ->setPropertyValue("Height", uno::Any(kTitleRowHeight));
    p.set(0, 0, 0, 0, "CharHeight", uno::Any(16.0f));
    p.set(0, 0, 0, 0, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    p.set(0, titles, 4, titles, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    p.set(0, list, 4, list + 1, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    if (people > 0) {
        p.set(1, first_row, 3, cx.last_row, "NumberFormat", uno::Any(whole));
        p.set(first_grid, first_row, last_grid, cx.last_row, "NumberFormat", uno::Any(whole));
        p.set(first_grid, first_row, last_grid, cx.last_row, "CharHeight", uno::Any(7.0f));
    }
    if (!w.overloads.empty()) {
        p.set(1, list + 2, 2, row - 1, "NumberFormat", uno::Any(cx.date_format));
        p.set(3, list + 2, 3, row - 1, "NumberFormat", uno::Any(whole));
    }
    set_width(p, 0, 0, 3500);
    set_width(p, 1, 3, 2500);
    set_width(p, 4, 4, 3800);
    set_width(p, 5, 5, 1200);
    set_width(p, layout.spacer_column, layout.spacer_column, kSpacerWidth);
    set_width(p, first_grid, last_grid, sal_Int32(std::lround(axis.grid.column_px * kHmmPerPx)));
    // Printed one page wide, the grid's header rows (with the column titles) on every page.
    set_wide_page(doc, sheet, layout.first_header_row, first_row - 1);
    return layout;
}

std::string levelling_note(const RebuildPlan& plan, Lang lang) {
    if (!plan.workload || !plan.workload->levelled) return {};
    return printf_int(words_of(lang).timeline_note, plan.workload->levelled->kickoff_cost);
}

std::string levelling_summary(const RebuildPlan& plan, Lang lang) {
    if (!plan.workload || !plan.workload->levelled) return {};
    return printf_int(words_of(lang).message, plan.workload->levelled->kickoff_cost);
}

} // namespace retroplan::addin
