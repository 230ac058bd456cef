#include "risk_sheet.hxx"

#include "retroplan_sheet.hxx"
#include "sheet_page.hxx"
#include "timeline_painter.hxx"
#include "ui_language.hxx"
#include "uno_convert.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <numeric>

namespace retroplan::addin {

using namespace css;
using ::rtl::OUString;

namespace {

constexpr const char* kRiskMarker = "RETROPLAN_RISK";
constexpr const char* kMarkerContent = "\"Retroplan risk: Rebuild retroplan rewrites this sheet\"";
constexpr double kLevels[] = {0.5, 0.8, 0.95};
constexpr double kHeadline = 0.8;

struct RiskWords {
    const char *sheet, *title, *start_by, *deadline, *runs, *seed, *confidence, *kickoff, *plain,
        *plain_confidence, *id, *task, *criticality, *curve_date, *curve_share, *chart_title,
        *x_axis;
};

constexpr RiskWords kEn{
    .sheet = "Risk",
    .title = "Risk \u2014 ",
    .start_by = "Start by %s for %d %% confidence",
    .deadline = "Deadline",
    .runs = "Runs",
    .seed = "Seed",
    .confidence = "Confidence",
    .kickoff = "Kick-off",
    .plain = "Plain plan's kick-off",
    .plain_confidence = "Plain plan's confidence",
    .id = "ID",
    .task = "Task",
    .criticality = "Criticality",
    .curve_date = "Start by",
    .curve_share = "Probability of making the launch",
    .chart_title = "Probability of making the launch if you start by this date",
    .x_axis = "Kick-off date",
};
constexpr RiskWords kFr{
    .sheet = "Risque",
    .title = "Risque \u2014 ",
    .start_by = "Démarrer au plus tard le %s pour %d %% de confiance",
    .deadline = "Échéance",
    .runs = "Tirages",
    .seed = "Graine",
    .confidence = "Confiance",
    .kickoff = "Démarrage",
    .plain = "Démarrage du plan fixe",
    .plain_confidence = "Confiance du plan fixe",
    .id = "ID",
    .task = "Tâche",
    .criticality = "Criticité",
    .curve_date = "Démarrer le",
    .curve_share = "Probabilité de tenir la date",
    .chart_title = "Probabilité de tenir la date si l'on démarre au plus tard ce jour",
    .x_axis = "Date de démarrage",
};

const RiskWords& risk_words(Lang lang) {
    return lang == Lang::Fr ? kFr : kEn;
}

// One of the locale's built-in formats: "50%" ("50 %" in French), "10,000" ("10 000").
sal_Int32 builtin_format(const uno::Reference<sheet::XSpreadsheetDocument>& doc, sal_Int16 index) {
    const uno::Reference<util::XNumberFormatsSupplier> supplier(doc, uno::UNO_QUERY_THROW);
    const uno::Reference<util::XNumberFormatTypes> types(supplier->getNumberFormats(),
                                                         uno::UNO_QUERY_THROW);
    return types->getFormatIndex(index, document_locale(doc));
}

std::string printf_text(const char* format, const std::string& s, int n) {
    char buf[256];
    std::snprintf(buf, sizeof buf, format, s.c_str(), n);
    return buf;
}

// The tasks, most critical first (table order among equals).
std::vector<std::size_t> by_criticality(const Risk& r) {
    std::vector<std::size_t> order(r.critical_runs.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return r.critical_runs[a] > r.critical_runs[b];
    });
    return order;
}

// The curve's days, from the earliest K_i to the latest, one in `stride` when there are more
// than kMaxCurvePoints (the last always kept): the sheet's size never grows with the runs.
std::vector<WorkIndex> curve_days(const Risk& r) {
    std::vector<WorkIndex> days;
    if (r.kickoffs.empty()) return days;
    const WorkIndex first = r.kickoffs.front(), last = r.kickoffs.back();
    // ⌈(last − first) / (kMaxCurvePoints − 1)⌉: at most kMaxCurvePoints days, first and last.
    const WorkIndex stride = (last - first + kMaxCurvePoints - 2) / (kMaxCurvePoints - 1);
    for (WorkIndex k = first; k < last; k += std::max<WorkIndex>(stride, 1))
        days.push_back(k);
    days.push_back(last);
    return days;
}

uno::Reference<beans::XPropertySet> props(const uno::Reference<uno::XInterface>& x) {
    return uno::Reference<beans::XPropertySet>(x, uno::UNO_QUERY_THROW);
}

awt::Point cell_position(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 c,
                         sal_Int32 r) {
    awt::Point at;
    props(sheet->getCellByPosition(c, r))->getPropertyValue("Position") >>= at;
    return at;
}

uno::Reference<table::XTableCharts> charts_of(const uno::Reference<sheet::XSpreadsheet>& sheet) {
    return uno::Reference<table::XTableCharts>(
        uno::Reference<table::XTableChartsSupplier>(sheet, uno::UNO_QUERY_THROW)->getCharts(),
        uno::UNO_SET_THROW);
}

// The chart: a line over the curve's columns (dates as categories, shares as the one series),
// between column F and the curve's data.
void insert_chart(const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int16 tab, sal_Int32 rows,
                  const RiskWords& w) {
    const auto charts = charts_of(sheet);
    const OUString name = OUString::createFromAscii(kRiskChartName);
    const awt::Point from = cell_position(sheet, 5, 1), to = cell_position(sheet, kCurveColumn, 24);
    const awt::Rectangle rect(from.X, from.Y, std::max<sal_Int32>(to.X - from.X - 300, 8000),
                              std::max<sal_Int32>(to.Y - from.Y, 6000));
    const table::CellRangeAddress data(tab, kCurveColumn, 0, kCurveColumn + 1, rows);
    charts->addNewByName(name, rect, uno::Sequence<table::CellRangeAddress>(&data, 1), true, true);

    const uno::Reference<document::XEmbeddedObjectSupplier> embedded(charts->getByName(name),
                                                                     uno::UNO_QUERY_THROW);
    const uno::Reference<chart::XChartDocument> chart(embedded->getEmbeddedObject(),
                                                      uno::UNO_QUERY_THROW);
    const uno::Reference<lang::XMultiServiceFactory> factory(chart, uno::UNO_QUERY_THROW);
    chart->setDiagram(uno::Reference<chart::XDiagram>(
        factory->createInstance("com.sun.star.chart.LineDiagram"), uno::UNO_QUERY_THROW));
    props(chart)->setPropertyValue("HasMainTitle", uno::Any(true));
    props(chart)->setPropertyValue("HasLegend", uno::Any(false));
    props(chart->getTitle())->setPropertyValue("String", uno::Any(to_ouString(w.chart_title)));
    const auto diagram = chart->getDiagram();
    props(diagram)->setPropertyValue("HasXAxisTitle", uno::Any(true));
    props(diagram)->setPropertyValue("HasYAxisTitle", uno::Any(true));
    props(uno::Reference<chart::XAxisXSupplier>(diagram, uno::UNO_QUERY_THROW)->getXAxisTitle())
        ->setPropertyValue("String", uno::Any(to_ouString(w.x_axis)));
    props(uno::Reference<chart::XAxisYSupplier>(diagram, uno::UNO_QUERY_THROW)->getYAxisTitle())
        ->setPropertyValue("String", uno::Any(to_ouString(w.curve_share)));
    // Shares: 0 to 100 %, not Calc's automatic 120 %.
    const auto y =
        props(uno::Reference<chart::XAxisYSupplier>(diagram, uno::UNO_QUERY_THROW)->getYAxis());
    y->setPropertyValue("AutoMax", uno::Any(false));
    y->setPropertyValue("Max", uno::Any(1.0));
    y->setPropertyValue("AutoMin", uno::Any(false));
    y->setPropertyValue("Min", uno::Any(0.0));
}

} // namespace

bool is_risk_sheet(const uno::Reference<uno::XInterface>& sheet) {
    return is_marked(sheet, kRiskMarker);
}

bool wants_risk_sheet(const RebuildPlan& plan) {
    return plan.plan.has(Field::Optimistic) || plan.plan.has(Field::MostLikely) ||
           plan.plan.has(Field::Pessimistic);
}

RiskOutcome simulate_for_sheet(const RebuildPlan& plan) {
    return simulate_risk(plan.plan, SettingsOutcome{.settings = plan.settings, .problems = {}},
                         RiskOptions{});
}

RiskSheetTarget find_risk_target(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                                 Lang sheet_lang, Lang lang) {
    RiskSheetTarget t;
    const OUString wanted = to_ouString(risk_words(sheet_lang).sheet);
    if (const auto sheet = find_marked(doc->getSheets(), kRiskMarker, wanted); sheet.is()) {
        t.name = uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName();
        t.exists = true;
        if (is_protected(sheet))
            t.refusal = (lang == Lang::Fr ? "Le rétroplanning n'a pas été reconstruit : la "
                                            "feuille « "
                                          : "The retroplan was not rebuilt: the sheet \u201C") +
                        to_utf8(t.name) +
                        (lang == Lang::Fr ? " » est protégée. Ôtez sa protection (Outils "
                                            "\u25B8 Protéger la feuille) et reconstruisez."
                                          : "\u201D is protected. Unprotect it (Tools \u25B8 "
                                            "Protect Sheet) and rebuild.");
        return t;
    }
    const uno::Reference<container::XNameAccess> names(doc->getSheets(), uno::UNO_QUERY_THROW);
    t.name = wanted;
    for (int k = 2; names->hasByName(t.name); ++k)
        t.name = wanted + " (" + OUString::number(k) + ")";
    if (is_protected(doc))
        t.refusal = lang == Lang::Fr
                        ? "Le rétroplanning n'a pas été reconstruit : la structure du classeur "
                          "est protégée, la feuille de risque ne peut être ajoutée. Ôtez la "
                          "protection (Outils \u25B8 Protéger la structure du classeur) et "
                          "reconstruisez."
                        : "The retroplan was not rebuilt: the workbook's structure is protected, "
                          "so the Risk sheet cannot be added. Unprotect it (Tools \u25B8 Protect "
                          "Spreadsheet Structure) and rebuild.";
    return t;
}

void add_risk_sheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc, const OUString& name,
                    sal_Int16 position) {
    const auto sheets = doc->getSheets();
    sheets->insertNewByName(name, position);
    mark(uno::Reference<uno::XInterface>(sheets->getByName(name), uno::UNO_QUERY_THROW),
         kRiskMarker, kMarkerContent);
}

std::string start_by_text(const Risk& risk, Lang lang) {
    std::string s = printf_text(risk_words(lang).start_by, to_iso(risk.kickoff_date_at(kHeadline)),
                                int(kHeadline * 100));
    s[0] = char(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

void write_risk_sheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                      const uno::Reference<sheet::XSpreadsheet>& sheet, const RebuildPlan& plan,
                      const Risk& r, Date null_date, Lang lang, const OUString& task_sheet,
                      sal_Int32 date) {
    namespace CF = sheet::CellFlags;
    // The previous charts first, by name (all Retroplan's: the sheet is): clearing the objects of
    // the cells and then inserting a chart of the same name crashes LibreOffice 7.4. An undone
    // rebuild brings its chart back under a name of Calc's ("Object 1").
    const auto charts = charts_of(sheet);
    for (const OUString& name : charts->getElementNames())
        charts->removeByName(name);
    uno::Reference<sheet::XSheetOperation>(sheet, uno::UNO_QUERY_THROW)
        ->clearContents(CF::VALUE | CF::DATETIME | CF::STRING | CF::ANNOTATION | CF::FORMULA |
                        CF::HARDATTR | CF::STYLES | CF::OBJECTS | CF::EDITATTR | CF::FORMATTED);
    const RiskWords& w = risk_words(lang);
    const sal_Int32 percent = builtin_format(doc, i18n::NumberFormatIndex::PERCENT_INT);
    const sal_Int32 thousands = builtin_format(doc, i18n::NumberFormatIndex::NUMBER_1000INT);
    Painter p(sheet, uno::Reference<lang::XMultiServiceFactory>(doc, uno::UNO_QUERY_THROW));
    const sal_Int32 v = kRiskValueColumn;
    const auto put_date = [&](sal_Int32 c, sal_Int32 row, Date d) {
        p.number(c, row, serial_from_date(d, null_date));
        p.gather("NumberFormat", uno::Any(date), c, row, c, row);
    };
    const auto put_share = [&](sal_Int32 c, sal_Int32 row, double share) {
        p.number(c, row, share);
        p.gather("NumberFormat", uno::Any(percent), c, row, c, row);
    };

    // The title and the answer, then the settings of the simulation.
    p.text(0, 0, std::string(w.title) + to_utf8(task_sheet));
    p.text(0, kRiskSummaryRow,
           printf_text(w.start_by, to_iso(r.kickoff_date_at(kHeadline)), int(kHeadline * 100)));
    p.text(0, 2, w.deadline);
    put_date(v, 2, r.deadline_date);

    // The kick-off at each confidence, and the plain plan's.
    const sal_Int32 head = kRiskFirstLevelRow - 1;
    p.text(0, head, w.confidence);
    p.text(v, head, w.kickoff);
    sal_Int32 row = kRiskFirstLevelRow;
    for (const double level : kLevels) {
        put_share(0, row, level);
        put_date(v, row, r.kickoff_date_at(level));
        ++row;
    }
    p.text(0, row, w.plain);
    put_date(v, row, r.plain_kickoff_date());
    p.text(0, row + 1, w.plain_confidence);
    put_share(v, row + 1, r.plain_confidence());
    const sal_Int32 plain_row = row;
    // How the answer was drawn: RETRO_KICKOFF_AT's Runs and Seed give the same.
    p.text(0, row + 2, w.runs);
    p.number(v, row + 2, double(r.runs));
    p.gather("NumberFormat", uno::Any(thousands), v, row + 2, v, row + 2);
    p.text(0, row + 3, w.seed);
    p.number(v, row + 3, double(r.seed));
    row += 3;

    // The tasks, most critical first.
    const sal_Int32 task_head = row + 2;
    p.text(0, task_head, w.id);
    p.text(1, task_head, w.task);
    p.text(v, task_head, w.criticality);
    row = task_head + 1;
    for (const std::size_t i : by_criticality(r)) {
        p.text(0, row, plan.plan.tasks[i].id);
        p.text(1, row, plan.plan.tasks[i].name);
        put_share(v, row, r.criticality(i));
        ++row;
    }
    const sal_Int32 last_task_row = row - 1;

    // The curve's data, right of the chart.
    p.text(kCurveColumn, 0, w.curve_date);
    p.text(kCurveColumn + 1, 0, w.curve_share);
    sal_Int32 curve_row = 1;
    for (const WorkIndex k : curve_days(r)) {
        p.number(kCurveColumn, curve_row, serial_from_date(*r.date_of(k), null_date));
        p.number(kCurveColumn + 1, curve_row, r.share_on_or_after(k));
        ++curve_row;
    }
    const sal_Int32 last_curve_row = curve_row - 1;
    p.gather("NumberFormat", uno::Any(date), kCurveColumn, 1, kCurveColumn, last_curve_row);
    p.gather("NumberFormat", uno::Any(percent), kCurveColumn + 1, 1, kCurveColumn + 1,
             last_curve_row);
    p.apply();

    // Emphasis: the title, the answer, the headers.
    p.set(0, 0, 0, 0, "CharHeight", uno::Any(16.0f));
    p.set(0, 0, 0, kRiskSummaryRow, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    p.set(0, kRiskSummaryRow, 0, kRiskSummaryRow, "CharHeight", uno::Any(12.0f));
    p.set(0, head, v, head, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    p.set(0, task_head, v, task_head, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    p.set(kCurveColumn, 0, kCurveColumn + 1, 0, "CharWeight", uno::Any(awt::FontWeight::BOLD));
    p.set(0, kRiskFirstLevelRow, 0, plain_row - 1, "HoriJustify",
          uno::Any(table::CellHoriJustify_LEFT));
    p.set(v, 2, v, std::max(last_task_row, plain_row), "HoriJustify",
          uno::Any(table::CellHoriJustify_RIGHT));
    p.set(kCurveColumn, 0, kCurveColumn, 0, "HoriJustify", uno::Any(table::CellHoriJustify_LEFT));

    const uno::Reference<container::XIndexAccess> columns(
        uno::Reference<table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns(),
        uno::UNO_QUERY_THROW);
    for (const sal_Int32 c : {kCurveColumn, kCurveColumn + 1})
        props(uno::Reference<uno::XInterface>(columns->getByIndex(c), uno::UNO_QUERY_THROW))
            ->setPropertyValue("OptimalWidth", uno::Any(true));

    insert_chart(sheet, p.tab(), last_curve_row, w);
    // Printed one page wide, the title and the answer on every page.
    set_wide_page(doc, sheet, 0, kRiskSummaryRow);
}

} // namespace retroplan::addin
