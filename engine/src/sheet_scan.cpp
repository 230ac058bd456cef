#include "retroplan/sheet_scan.hpp"

#include "retroplan/calendar.hpp"
#include "retroplan/text.hpp"

#include <algorithm>

namespace retroplan {

std::optional<std::size_t> find_header_row(const std::vector<std::vector<Cell>>& rows) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const ColumnMap map = recognise_columns(rows[r]);
        if (map.at(Field::Duration) >= 0 && (map.at(Field::Id) >= 0 || map.at(Field::Name) >= 0))
            return r;
    }
    return std::nullopt;
}

std::optional<Setting> recognise_setting_label(std::string_view label) {
    std::string f = fold(label);
    while (!f.empty() && (f.back() == ':' || f.back() == ' '))
        f.pop_back();
    for (const char* s :
         {"deadline", "launch date", "launch", "go-live", "go live", "golive", "date de lancement",
          "lancement", "echeance", "date limite", "jalon final"})
        if (f == s) return Setting::Deadline;
    for (const char* s : {"holidays", "public holidays", "jours feries", "feries", "conges"})
        if (f == s) return Setting::Holidays;
    for (const char* s : {"weekend", "week-end", "week end"})
        if (f == s) return Setting::Weekend;
    for (const char* s : {"start", "start date", "today", "aujourd'hui", "aujourd\u2019hui",
                          "debut", "date de debut"})
        if (f == s) return Setting::Start;
    for (const char* s : {"alert days", "alert window", "jours d'alerte", "jours d\u2019alerte"})
        if (f == s) return Setting::AlertDays;
    for (const char* s : {"level", "levelling", "leveling", "lisser", "lissage"})
        if (f == s) return Setting::Level;
    return std::nullopt;
}

std::optional<bool> read_yes_no(const Cell& value) {
    if (value.kind == Cell::Kind::Boolean) return value.number != 0;
    if (value.kind == Cell::Kind::Number) {
        if (value.number == 1) return true;
        if (value.number == 0) return false;
        return std::nullopt;
    }
    if (value.kind != Cell::Kind::Text) return std::nullopt;
    const std::string f = fold(trim(value.text));
    for (const char* s : {"yes", "oui", "true", "vrai", "on", "x", "y", "o", "1"})
        if (f == s) return true;
    for (const char* s : {"no", "non", "false", "faux", "off", "n", "0"})
        if (f == s) return false;
    return std::nullopt;
}

bool is_setting_value(Setting setting, const Cell& value, NullDate null_date) {
    if (setting == Setting::AlertDays) return value.kind == Cell::Kind::Number;
    if (setting == Setting::Level) return read_yes_no(value).has_value();
    if (setting == Setting::Weekend)
        return value.kind == Cell::Kind::Number ? WeekendMask::from_code(value.number).has_value()
               : value.kind == Cell::Kind::Text ? WeekendMask::parse(value.text).has_value()
                                                : false;
    return value.kind == Cell::Kind::Number || cell_date(value, null_date).has_value();
}

namespace {

std::optional<Setting> label_of(const Cell& c) {
    return c.kind == Cell::Kind::Text ? recognise_setting_label(c.text) : std::nullopt;
}

const Cell& at(const std::vector<std::vector<Cell>>& rows, std::size_t r, std::size_t c) {
    static const Cell empty;
    return r < rows.size() && c < rows[r].size() ? rows[r][c] : empty;
}

} // namespace

std::vector<std::size_t> header_setting_cells(const std::vector<Cell>& header, NullDate null_date) {
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c + 1 < header.size(); ++c) {
        const auto setting = label_of(header[c]);
        if (!setting || !is_setting_value(*setting, header[c + 1], null_date)) continue;
        out.push_back(c);
        std::size_t k = c + 1;
        do // holidays: every date that follows
            out.push_back(k++);
        while (*setting == Setting::Holidays && k < header.size() &&
               is_setting_value(*setting, header[k], null_date));
        c = k - 1;
    }
    return out;
}

LabelledSettings find_labelled_settings(const std::vector<std::vector<Cell>>& rows,
                                        std::size_t header, NullDate null_date) {
    LabelledSettings out;
    if (header >= rows.size()) return out;
    const std::vector<std::size_t> on_header = header_setting_cells(rows[header], null_date);
    auto setting_cell = [&](std::size_t c) {
        return std::binary_search(on_header.begin(), on_header.end(), c);
    };
    // Below the header row only the columns beside the table count: their header cell is blank
    // (or a setting's).
    auto beside = [&](std::size_t c) { return at(rows, header, c).blank() || setting_cell(c); };

    // The label's value, or for holidays every value along the same line: to its right (every
    // non-blank cell; below the header row, beside the table only), else below it (down to a
    // blank cell, never into the header row or the table). With the cells it read, so that a
    // formula can read the same ones.
    struct Found {
        std::vector<Cell> values;
        LabelledAt at;
    };
    auto values_of = [&](Setting s, std::size_t r, std::size_t c) {
        Found f;
        const bool one = s != Setting::Holidays;
        if (r == header) { // the cells header_setting_cells gave, right after the label
            std::size_t k = c + 1;
            for (; setting_cell(k) && !label_of(rows[r][k]); ++k)
                f.values.push_back(rows[r][k]);
            f.at = {.first_row = r, .last_row = r, .first_column = c + 1, .last_column = k - 1};
            return f;
        }
        if (!at(rows, r, c + 1).blank() && (r < header || beside(c + 1))) {
            std::size_t k = c + 1;
            for (; k < rows[r].size() && (r < header || beside(k)); ++k) {
                if (rows[r][k].blank()) continue;
                f.values.push_back(rows[r][k]);
                if (one) break;
            }
            const std::size_t last = one ? c + 1 : k - 1;
            f.at = {.first_row = r,
                    .last_row = r,
                    .first_column = c + 1,
                    .last_column = last,
                    .to_row_end = !one && r < header};
            return f;
        }
        std::size_t k = r + 1;
        for (; k < rows.size() && k != header; ++k) {
            const Cell& v = at(rows, k, c);
            if (v.blank()) break;
            f.values.push_back(v);
            if (one) break;
        }
        const std::size_t last = one ? r + 1 : k - 1;
        f.at = {.first_row = r + 1, .last_row = last, .first_column = c, .last_column = c};
        return f;
    };
    auto record = [&](Setting s, Found f) {
        if (f.values.empty()) return;
        switch (s) {
        case Setting::Deadline:
            if (!out.has_deadline) {
                out.deadline = std::move(f.values.front());
                out.has_deadline = true;
                out.deadline_at = f.at;
            }
            break;
        case Setting::Weekend:
            if (out.weekend.blank()) {
                out.weekend = std::move(f.values.front());
                out.weekend_at = f.at;
            }
            break;
        case Setting::Start:
            if (out.start.blank()) {
                out.start = std::move(f.values.front());
                out.start_at = f.at;
            }
            break;
        case Setting::AlertDays:
            if (out.alert_days.blank()) {
                out.alert_days = std::move(f.values.front());
                out.alert_days_at = f.at;
            }
            break;
        case Setting::Level:
            if (out.level.blank()) {
                out.level = std::move(f.values.front());
                out.level_at = f.at;
            }
            break;
        case Setting::Holidays:
            if (out.holidays.empty()) {
                out.holidays = std::move(f.values);
                out.holidays_at = f.at;
            }
            break;
        }
    };

    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto setting = label_of(rows[r][c]);
            if (!setting) continue;
            // On the header row only header_setting_cells' labels; below it, a label in a table
            // column is a task's own cell ("Launch" as a task name).
            if (r == header ? !setting_cell(c) : r > header && !beside(c)) continue;
            record(*setting, values_of(*setting, r, c));
        }
    return out;
}

} // namespace retroplan
