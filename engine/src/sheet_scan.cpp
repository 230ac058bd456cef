#include "retroplan/sheet_scan.hpp"

#include "retroplan/text.hpp"

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
    for (const char* s : {"deadline", "launch date", "launch", "date de lancement", "lancement",
                          "echeance", "date limite"})
        if (f == s) return Setting::Deadline;
    for (const char* s : {"holidays", "public holidays", "jours feries", "feries", "conges"})
        if (f == s) return Setting::Holidays;
    for (const char* s : {"weekend", "week-end", "week end"})
        if (f == s) return Setting::Weekend;
    for (const char* s : {"start", "start date", "today", "aujourd'hui", "aujourd\u2019hui",
                          "debut", "date de debut"})
        if (f == s) return Setting::Start;
    return std::nullopt;
}

LabelledSettings find_labelled_settings(const std::vector<std::vector<Cell>>& rows,
                                        std::size_t before_row) {
    LabelledSettings out;
    for (std::size_t r = 0; r < before_row && r < rows.size(); ++r) {
        const auto& row = rows[r];
        for (std::size_t c = 0; c + 1 < row.size(); ++c) {
            if (row[c].kind != Cell::Kind::Text) continue;
            const auto setting = recognise_setting_label(row[c].text);
            if (!setting) continue;
            const Cell& value = row[c + 1];
            const LabelledAt at{
                .first_row = r, .last_row = r, .first_column = c + 1, .last_column = c + 1};
            switch (*setting) {
            case Setting::Deadline:
                if (!out.has_deadline && !value.blank()) {
                    out.deadline = value;
                    out.has_deadline = true;
                    out.deadline_at = at;
                }
                break;
            case Setting::Weekend:
                if (out.weekend.blank()) {
                    out.weekend = value;
                    out.weekend_at = at;
                }
                break;
            case Setting::Start:
                if (out.start.blank()) {
                    out.start = value;
                    out.start_at = at;
                }
                break;
            case Setting::Holidays:
                for (std::size_t k = c + 1; k < row.size(); ++k)
                    if (!row[k].blank()) out.holidays.push_back(row[k]);
                if (!out.holidays_at)
                    out.holidays_at = LabelledAt{.first_row = r,
                                                 .last_row = r,
                                                 .first_column = c + 1,
                                                 .last_column = row.size() - 1};
                break;
            }
        }
    }
    return out;
}

} // namespace retroplan
