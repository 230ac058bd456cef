#include "timeline_sheet.hxx"

#include "ui_language.hxx"
#include "uno_convert.hxx"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

struct Words {
    const char *title, *deadline, *kickoff, *critical_path, *status, *on_time, *late_by, *days,
        *scale_days, *scale_weeks, *week, *yes, *no, *legend_critical, *legend_task, *legend_slack,
        *legend_off, *legend_milestone, *legend_deadline, *legend_today;
    const char* columns[kTaskColumns];
    const char* months[12];
};

const Words kEnglish{"Retroplan",
                     "Deadline",
                     "Latest kick-off",
                     "Critical path",
                     "Status",
                     "On time",
                     "Late by %d working days",
                     "%d working days",
                     "One column per day; non-working days in grey",
                     "One column per week (plan longer than six months)",
                     "W",
                     "yes",
                     "no",
                     "Critical task",
                     "Task with slack",
                     "Slack (room before the latest start)",
                     "Non-working day",
                     "Milestone",
                     "Deadline",
                     "Today",
                     {"ID", "Task", "Owner", "Duration", "Start", "End", "Slack", "Critical"},
                     {"January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"}};

const Words kFrench{"Rétroplanning",
                    "Date de lancement",
                    "Démarrage au plus tard",
                    "Chemin critique",
                    "État",
                    "Dans les temps",
                    "En retard de %d jours ouvrés",
                    "%d jours ouvrés",
                    "Une colonne par jour ; jours non ouvrés en gris",
                    "Une colonne par semaine (planning de plus de six mois)",
                    "S",
                    "oui",
                    "non",
                    "Tâche critique",
                    "Tâche avec marge",
                    "Marge (avant le début au plus tard)",
                    "Jour non ouvré",
                    "Jalon",
                    "Date de lancement",
                    "Aujourd'hui",
                    {"ID", "Tâche", "Responsable", "Durée", "Début", "Fin", "Marge", "Critique"},
                    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                     "septembre", "octobre", "novembre", "décembre"}};

std::string printf_int(const char* format, long long n) {
    char buf[128];
    std::snprintf(buf, sizeof buf, format, int(n));
    return buf;
}

uno::Any text(std::string_view s) {
    return uno::Any(to_ouString(s));
}

class Painter {
  public:
    Painter(uno::Reference<sheet::XSpreadsheet> sheet,
            uno::Reference<lang::XMultiServiceFactory> document)
        : sheet_(std::move(sheet)), document_(std::move(document)),
          tab_(uno::Reference<sheet::XCellRangeAddressable>(sheet_, uno::UNO_QUERY_THROW)
                   ->getRangeAddress()
                   .Sheet) {}

    uno::Reference<beans::XPropertySet> range(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1,
                                              sal_Int32 r1) {
        return uno::Reference<beans::XPropertySet>(sheet_->getCellRangeByPosition(c0, r0, c1, r1),
                                                   uno::UNO_QUERY_THROW);
    }
    // Colors per cell run are many (a bar per task): they are gathered and set with one call per
    // color over all their ranges (apply), because every call on a range is an undo action that
    // keeps a copy of the sheet's formatting: thousands of them cost hundreds of MB per rebuild.
    void fill(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1, sal_Int32 color) {
        gather("CellBackColor", color, c0, r0, c1, r1);
    }
    void char_color(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1, sal_Int32 color) {
        gather("CharColor", color, c0, r0, c1, r1);
    }
    // Sets what was gathered, a property and value at a time, in the order first gathered (where
    // two gathered runs overlap the later group wins: paint in that order).
    void apply() {
        for (const Group& g : groups_) {
            const uno::Reference<sheet::XSheetCellRangeContainer> ranges(
                document_->createInstance("com.sun.star.sheet.SheetCellRanges"),
                uno::UNO_QUERY_THROW);
            ranges->addRangeAddresses(
                uno::Sequence<table::CellRangeAddress>(g.ranges.data(), sal_Int32(g.ranges.size())),
                false);
            uno::Reference<beans::XPropertySet>(ranges, uno::UNO_QUERY_THROW)
                ->setPropertyValue(OUString::createFromAscii(g.property), uno::Any(g.value));
        }
        groups_.clear();
    }
    // Cell by cell, not setDataArray: in LibreOffice 7.4 undoing a setDataArray (or
    // setFormulaArray) leaves the values it wrote into cells that were empty before (reproduced
    // with the plain API), and the rebuild must undo as one clean step. Empty values are skipped:
    // the sheet was cleared first.
    void put(sal_Int32 c0, sal_Int32 r0, const uno::Sequence<uno::Sequence<uno::Any>>& rows) {
        for (sal_Int32 r = 0; r < rows.getLength(); ++r) {
            const uno::Sequence<uno::Any>& row = rows[r];
            for (sal_Int32 c = 0; c < row.getLength(); ++c) {
                double number = 0;
                OUString string;
                if (row[c] >>= number) {
                    sheet_->getCellByPosition(c0 + c, r0 + r)->setValue(number);
                } else if ((row[c] >>= string) && !string.isEmpty()) {
                    uno::Reference<text::XTextRange>(sheet_->getCellByPosition(c0 + c, r0 + r),
                                                     uno::UNO_QUERY_THROW)
                        ->setString(string);
                }
            }
        }
    }
    void bold(sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1) {
        range(c0, r0, c1, r1)->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::BOLD));
    }
    void vertical_line(sal_Int32 c, sal_Int32 r0, sal_Int32 r1, sal_Int32 color, bool right) {
        table::BorderLine2 line;
        line.Color = color;
        line.LineWidth = 50;
        line.OuterLineWidth = 50;
        line.LineStyle = table::BorderLineStyle::SOLID;
        range(c, r0, c, r1)
            ->setPropertyValue(right ? OUString("RightBorder") : OUString("LeftBorder"),
                               uno::Any(line));
    }

  private:
    struct Group {
        const char* property;
        sal_Int32 value;
        std::vector<table::CellRangeAddress> ranges;
    };
    void gather(const char* property, sal_Int32 value, sal_Int32 c0, sal_Int32 r0, sal_Int32 c1,
                sal_Int32 r1) {
        auto g = std::find_if(groups_.begin(), groups_.end(), [&](const Group& x) {
            return std::strcmp(x.property, property) == 0 && x.value == value;
        });
        if (g == groups_.end()) g = groups_.insert(groups_.end(), Group{property, value, {}});
        g->ranges.push_back(table::CellRangeAddress(tab_, c0, r0, c1, r1));
    }

    uno::Reference<sheet::XSpreadsheet> sheet_;
    uno::Reference<lang::XMultiServiceFactory> document_;
    sal_Int16 tab_;
    std::vector<Group> groups_;
};

uno::Sequence<uno::Sequence<uno::Any>> matrix(sal_Int32 rows, sal_Int32 cols) {
    // Elements left void are skipped by Painter::put.
    uno::Sequence<uno::Sequence<uno::Any>> m(rows);
    const uno::Sequence<uno::Any> row(cols);
    auto* r = m.getArray();
    for (sal_Int32 i = 0; i < rows; ++i)
        r[i] = row;
    return m;
}

sal_Int32 date_format(const uno::Reference<sheet::XSpreadsheetDocument>& doc) {
    const uno::Reference<util::XNumberFormatsSupplier> supplier(doc, uno::UNO_QUERY_THROW);
    const uno::Reference<util::XNumberFormatTypes> types(supplier->getNumberFormats(),
                                                         uno::UNO_QUERY_THROW);
    return types->getStandardFormat(util::NumberFormat::DATE, document_locale(doc));
}

// A landscape page style of our own, so the user's Default style is left as it was.
void set_page_style(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                    const uno::Reference<sheet::XSpreadsheet>& sheet, sal_Int32 grid_columns) {
    const uno::Reference<style::XStyleFamiliesSupplier> families(doc, uno::UNO_QUERY_THROW);
    const uno::Reference<container::XNameContainer> pages(
        families->getStyleFamilies()->getByName("PageStyles"), uno::UNO_QUERY_THROW);
    const OUString name("Retroplan");
    if (!pages->hasByName(name)) {
        const uno::Reference<lang::XMultiServiceFactory> factory(doc, uno::UNO_QUERY_THROW);
        pages->insertByName(name,
                            uno::Any(factory->createInstance("com.sun.star.style.PageStyle")));
    }
    const uno::Reference<beans::XPropertySet> style(pages->getByName(name), uno::UNO_QUERY_THROW);
    sal_Int32 width = 0, height = 0;
    style->getPropertyValue("Width") >>= width;
    style->getPropertyValue("Height") >>= height;
    style->setPropertyValue("IsLandscape", uno::Any(true));
    if (width < height) {
        style->setPropertyValue("Width", uno::Any(height));
        style->setPropertyValue("Height", uno::Any(width));
    }
    // Up to about a hundred columns per landscape page width; as many pages down as needed.
    style->setPropertyValue("ScaleToPagesX",
                            uno::Any(sal_Int16(std::max<sal_Int32>(1, (grid_columns + 99) / 100))));
    style->setPropertyValue("ScaleToPagesY", uno::Any(sal_Int16(0)));
    uno::Reference<beans::XPropertySet>(sheet, uno::UNO_QUERY_THROW)
        ->setPropertyValue("PageStyle", uno::Any(name));
}

} // namespace

void write_timeline_sheet(const uno::Reference<sheet::XSpreadsheetDocument>& doc,
                          const uno::Reference<sheet::XSpreadsheet>& sheet, const RebuildPlan& plan,
                          Date null_date, Lang lang, const OUString& task_sheet_name) {
    const Words& w = lang == Lang::Fr ? kFrench : kEnglish;
    const Schedule& s = *plan.schedule;
    const Timeline& t = *plan.timeline;
    const auto n = sal_Int32(plan.plan.tasks.size());
    const auto grid = sal_Int32(t.columns.size());
    const sal_Int32 last_row = kFirstTaskRow + std::max<sal_Int32>(n, 1) - 1;
    const sal_Int32 last_col = kFirstGridColumn + grid - 1;
    const sal_Int32 dates = date_format(doc);
    Painter p(sheet, uno::Reference<lang::XMultiServiceFactory>(doc, uno::UNO_QUERY_THROW));

    // Summary (labels in A, values in C) and legend (swatches in E, labels from F), rows 2-8.
    {
        auto m = matrix(5, 3);
        m[0][0] = text(std::string(w.title) + " \u2014 " + to_utf8(task_sheet_name));
        m[1][0] = text(w.deadline);
        m[1][2] <<= serial_from_date(s.deadline_date, null_date);
        m[2][0] = text(w.kickoff);
        m[2][2] <<= serial_from_date(s.kickoff_date, null_date);
        m[3][0] = text(w.critical_path);
        m[3][2] = text(printf_int(w.days, s.span));
        m[4][0] = text(w.status);
        m[4][2] = text(s.late_by > 0 ? printf_int(w.late_by, s.late_by) : std::string(w.on_time));
        p.put(0, 0, m);
        p.range(2, 1, 2, 2)->setPropertyValue("NumberFormat", uno::Any(dates));
        p.range(2, 1, 2, 4)->setPropertyValue("HoriJustify", uno::Any(table::CellHoriJustify_LEFT));
        p.bold(0, 0, 0, 4);
        p.range(0, 0, 0, 0)->setPropertyValue("CharHeight", uno::Any(16.0f));
        if (s.late_by > 0)
            p.range(2, 4, 2, 4)->setPropertyValue("CharColor", uno::Any(kCriticalColor));

        const std::pair<sal_Int32, const char*> legend[] = {{kCriticalColor, w.legend_critical},
                                                            {kTaskColor, w.legend_task},
                                                            {kTaskSlackColor, w.legend_slack},
                                                            {kNonWorkingColor, w.legend_off},
                                                            {-1, w.legend_milestone},
                                                            {-2, w.legend_deadline},
                                                            {-3, w.legend_today}};
        constexpr sal_Int32 swatch = 4;
        auto labels = matrix(7, 2);
        for (sal_Int32 i = 0; i < 7; ++i)
            labels[i][1] = text(legend[i].second);
        labels[4][0] = text("\u25C6");
        p.put(swatch, 1, labels);
        for (sal_Int32 i = 0; i < 7; ++i) {
            const sal_Int32 row = 1 + i;
            if (legend[i].first >= 0)
                p.fill(swatch, row, swatch, row, legend[i].first);
            else if (legend[i].first == -2)
                p.vertical_line(swatch, row, row, kDeadlineColor, true);
            else if (legend[i].first == -3)
                p.vertical_line(swatch, row, row, kTodayColor, false);
        }
        p.range(swatch, 1, swatch, 7)
            ->setPropertyValue("HoriJustify", uno::Any(table::CellHoriJustify_CENTER));
    }

    // Header rows: month, week number, day; the task columns' titles on the day row.
    {
        auto h = matrix(kHeaderRows, kFirstGridColumn + grid);
        h[0][0] = text(t.scale == TimeScale::Day ? w.scale_days : w.scale_weeks);
        for (sal_Int32 c = 0; c < kTaskColumns; ++c)
            h[2][c] = text(w.columns[c]);
        unsigned last_month = 0;
        for (sal_Int32 c = 0; c < grid; ++c) {
            const std::chrono::year_month_day ymd{t.columns[std::size_t(c)]};
            const unsigned month = unsigned(ymd.month()) + 12u * unsigned(int(ymd.year()));
            // Text, not a formatted date: text overflows into the narrow day columns to its right.
            if (month != last_month)
                h[0][kFirstGridColumn + c] = text(std::string(w.months[unsigned(ymd.month()) - 1]) +
                                                  " " + std::to_string(int(ymd.year())));
            last_month = month;
            const bool monday = std::chrono::weekday{t.columns[std::size_t(c)]}.iso_encoding() == 1;
            if (t.scale == TimeScale::Week || monday || c == 0)
                h[1][kFirstGridColumn + c] =
                    text(w.week + std::to_string(iso_week(t.columns[std::size_t(c)])));
            h[2][kFirstGridColumn + c] <<= double(unsigned(ymd.day()));
        }
        p.put(0, kFirstHeaderRow, h);
        p.bold(0, kFirstHeaderRow, last_col, kFirstHeaderRow + kHeaderRows - 1);
        const auto days_header = p.range(kFirstGridColumn, kFirstHeaderRow + 1, last_col,
                                         kFirstHeaderRow + kHeaderRows - 1);
        days_header->setPropertyValue("HoriJustify", uno::Any(table::CellHoriJustify_CENTER));
        days_header->setPropertyValue("CharHeight", uno::Any(7.0f));
    }

    // Task columns, one setDataArray.
    if (n > 0) {
        auto m = matrix(n, kTaskColumns);
        for (sal_Int32 i = 0; i < n; ++i) {
            const TaskInput& task = plan.plan.tasks[std::size_t(i)];
            const TaskDates& d = s.dates[std::size_t(i)];
            const TaskTimes& tt = s.times[std::size_t(i)];
            auto& r = m[i];
            r[0] = text(task.id);
            r[1] = text(task.name);
            r[2] = text(task.owner);
            r[3] <<= double(tt.lf - tt.ls); // the duration
            r[4] <<= serial_from_date(d.start, null_date);
            r[5] <<= serial_from_date(d.end, null_date);
            r[6] <<= double(tt.total_slack);
            r[7] = text(tt.critical ? w.yes : w.no);
        }
        p.put(0, kFirstTaskRow, m);
        p.range(4, kFirstTaskRow, 5, last_row)->setPropertyValue("NumberFormat", uno::Any(dates));
    }

    // Grid: non-working columns, then bars in runs of working days, slack shades, milestones.
    for (sal_Int32 c = 0; c < grid;) {
        if (!t.non_working[std::size_t(c)]) {
            ++c;
            continue;
        }
        sal_Int32 end = c;
        while (end + 1 < grid && t.non_working[std::size_t(end + 1)])
            ++end;
        p.fill(kFirstGridColumn + c, kFirstHeaderRow + 1, kFirstGridColumn + end, last_row,
               kNonWorkingColor);
        c = end + 1;
    }
    auto paint_runs = [&](sal_Int32 row, std::size_t first, std::size_t last, sal_Int32 color) {
        for (std::size_t c = first; c <= last;) {
            if (t.non_working[c]) {
                ++c;
                continue;
            }
            std::size_t end = c;
            while (end + 1 <= last && !t.non_working[end + 1])
                ++end;
            p.fill(kFirstGridColumn + sal_Int32(c), row, kFirstGridColumn + sal_Int32(end), row,
                   color);
            c = end + 1;
        }
    };
    std::vector<std::pair<sal_Int32, sal_Int32>> milestones; // (row, column)
    for (sal_Int32 i = 0; i < n; ++i) {
        const TimelineBar& b = t.bars[std::size_t(i)];
        const sal_Int32 row = kFirstTaskRow + i;
        const sal_Int32 color = b.critical ? kCriticalColor : kTaskColor;
        // In week columns the slack's last week can be the bar's first: the bar wins it (colors
        // are set a color at a time, so the runs must not overlap).
        if (b.slack_first && (b.milestone || *b.slack_first < b.first))
            paint_runs(row, *b.slack_first,
                       b.milestone ? *b.slack_last : std::min(*b.slack_last, b.first - 1),
                       kTaskSlackColor);
        if (b.milestone) {
            milestones.emplace_back(row, kFirstGridColumn + sal_Int32(b.first));
            p.char_color(kFirstGridColumn + sal_Int32(b.first), row,
                         kFirstGridColumn + sal_Int32(b.first), row, color);
        } else {
            paint_runs(row, b.first, b.last, color);
        }
        if (b.critical) p.char_color(0, row, 0, row, kCriticalColor);
    }
    for (const auto& [row, col] : milestones) {
        auto m = matrix(1, 1);
        m[0][0] = text("\u25C6");
        p.put(col, row, m);
    }
    if (!milestones.empty() || n > 0)
        p.range(kFirstGridColumn, kFirstTaskRow, last_col, last_row)
            ->setPropertyValue("HoriJustify", uno::Any(table::CellHoriJustify_CENTER));

    // Deadline and today.
    const sal_Int32 dc = kFirstGridColumn + sal_Int32(t.deadline_column);
    p.vertical_line(dc, kFirstHeaderRow, last_row, kDeadlineColor, true);
    p.range(dc, kFirstHeaderRow + 2, dc, kFirstHeaderRow + 2)
        ->setPropertyValue("CharColor", uno::Any(kDeadlineColor));
    if (t.today_column) {
        const sal_Int32 tc = kFirstGridColumn + sal_Int32(*t.today_column);
        p.vertical_line(tc, kFirstHeaderRow, last_row, kTodayColor, false);
        p.fill(tc, kFirstHeaderRow + 2, tc, kFirstHeaderRow + 2, kTodayColor);
    }
    p.apply();

    // Column widths (1/100 mm), frozen panes are set by the caller's view; printing.
    const uno::Reference<table::XColumnRowRange> crr(sheet, uno::UNO_QUERY_THROW);
    const uno::Reference<container::XIndexAccess> columns(crr->getColumns(), uno::UNO_QUERY_THROW);
    const sal_Int32 widths[kTaskColumns] = {2000, 5200, 3600, 1800, 2300, 2300, 1500, 1700};
    for (sal_Int32 c = 0; c < kTaskColumns; ++c)
        uno::Reference<beans::XPropertySet>(columns->getByIndex(c), uno::UNO_QUERY_THROW)
            ->setPropertyValue("Width", uno::Any(widths[c]));
    uno::Reference<beans::XPropertySet>(columns->getByIndex(kTaskColumns), uno::UNO_QUERY_THROW)
        ->setPropertyValue("Width", uno::Any(kSpacerWidth));
    const uno::Reference<beans::XPropertySet> grid_columns(
        sheet->getCellRangeByPosition(kFirstGridColumn, 0, last_col, 0), uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet>(
        uno::Reference<table::XColumnRowRange>(grid_columns, uno::UNO_QUERY_THROW)->getColumns(),
        uno::UNO_QUERY_THROW)
        ->setPropertyValue("Width", uno::Any(sal_Int32(t.scale == TimeScale::Day ? 560 : 1000)));

    set_page_style(doc, sheet, grid);
    const uno::Reference<sheet::XPrintAreas> print(sheet, uno::UNO_QUERY_THROW);
    uno::Sequence<table::CellRangeAddress> areas(1);
    const sal_Int16 tab = [&] {
        return uno::Reference<sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
            ->getRangeAddress()
            .Sheet;
    }();
    areas[0] = table::CellRangeAddress(tab, 0, 0, last_col, last_row);
    print->setPrintAreas(areas);
    print->setTitleRows(
        table::CellRangeAddress(tab, 0, kFirstHeaderRow, 0, kFirstHeaderRow + kHeaderRows - 1));
    print->setPrintTitleRows(true);
    print->setTitleColumns(table::CellRangeAddress(tab, 0, 0, 1, 0));
    print->setPrintTitleColumns(true);
}

} // namespace retroplan::addin
