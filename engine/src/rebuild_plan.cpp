#include "retroplan/rebuild_plan.hpp"

#include "retroplan/date.hpp"
#include "retroplan/fingerprint.hpp"
#include "retroplan/parse.hpp"
#include "retroplan/text.hpp"

#include <algorithm>

namespace retroplan {

namespace {

// A named range wins over a label (see prepare_rebuild).
template <class Named>
SettingSource source_of(const std::optional<Named>& named, const char* name,
                        const std::optional<LabelledAt>& label, const RebuildInput& input) {
    if (named) return {.from = SettingSource::From::Named, .name = name};
    if (!label) return {};
    return {.from = SettingSource::From::Cells,
            .first_row = input.first_row - 1 + int(label->first_row),
            .last_row = input.first_row - 1 + int(label->last_row),
            .first_column = input.first_column + int(label->first_column),
            .last_column = input.first_column + int(label->last_column),
            .to_row_end = label->to_row_end};
}

} // namespace

RebuildPlan prepare_rebuild(RebuildInput input) {
    RebuildPlan out;
    const auto header = find_header_row(input.rows);
    if (!header) {
        out.problems.push_back({.id = ProblemId::NoTable});
        return out;
    }
    // Named ranges first, then label cells around the table, setting by setting.
    const LabelledSettings labels = find_labelled_settings(input.rows, *header, input.null_date);
    SettingsInput si;
    si.null_date = input.null_date;
    si.deadline = input.named.deadline.value_or(labels.deadline);
    si.weekend = input.named.weekend.value_or(labels.weekend);
    si.start = input.named.start.value_or(labels.start);
    si.holidays = input.named.holidays.value_or(labels.holidays);
    si.alert_days = input.named.alert_days.value_or(labels.alert_days);

    out.sources = {
        .deadline = source_of(input.named.deadline, "RETRO_DEADLINE", labels.deadline_at, input),
        .holidays = source_of(input.named.holidays, "RETRO_HOLIDAYS", labels.holidays_at, input),
        .weekend = source_of(input.named.weekend, "RETRO_WEEKEND", labels.weekend_at, input),
        .start = source_of(input.named.start, "RETRO_START", labels.start_at, input),
        .alert_days =
            source_of(input.named.alert_days, "RETRO_ALERT_DAYS", labels.alert_days_at, input),
        .level = source_of(input.named.level, "RETRO_LEVEL", labels.level_at, input)};

    if (input.plan) {
        out.plan = std::move(*input.plan);
    } else {
        // A setting on the header row ("Deadline | 2027-04-02") is no column.
        for (const std::size_t c : header_setting_cells(input.rows[*header], input.null_date))
            input.rows[*header][c] = Cell{};
        Table table;
        table.first_row = input.first_row + int(*header);
        const std::size_t width = input.rows[*header].size();
        for (std::size_t c = 0; c < width; ++c)
            table.column_labels.push_back(column_letters(input.first_column + int(c)));
        table.rows.assign(std::make_move_iterator(input.rows.begin() + std::ptrdiff_t(*header)),
                          std::make_move_iterator(input.rows.end()));
        out.plan = read_table(std::move(table), input.null_date);
    }

    // Without a start setting, a table with progress data is followed at today's date (§8).
    const bool progress = out.plan.has(Field::ActualStart) || out.plan.has(Field::ActualEnd) ||
                          out.plan.has(Field::Progress);
    const bool from_today = si.start.blank() && progress && input.today;
    if (from_today) si.start = Cell::of_text(to_iso(*input.today));
    const SettingsOutcome settings = read_settings(si);
    Outcome outcome = schedule(out.plan, settings);
    out.problems = std::move(input.named.problems);
    out.problems.insert(out.problems.end(), std::make_move_iterator(outcome.problems.begin()),
                        std::make_move_iterator(outcome.problems.end()));
    // The Level setting: yes or no (an error cell or anything else is said, like a bad weekend).
    const Cell level = input.named.level.value_or(labels.level);
    if (level.is_error())
        out.problems.insert(
            out.problems.begin(),
            Problem{.id = ProblemId::ErrorValue, .value = level.text, .detail = "level"});
    else if (!level.blank() && !read_yes_no(level))
        out.problems.insert(out.problems.begin(),
                            Problem{.id = ProblemId::BadLevel, .value = cell_text(level)});
    if (!out.problems.empty()) return out;

    out.level = read_yes_no(level).value_or(false);
    // Owners: an owner column naming someone (an empty one is as good as none).
    // (The freshness fingerprint counts the Level setting and capacities under the same rule.)
    if (names_owners(out.plan)) {
        const CapacityTable capacities =
            input.named.capacity ? read_capacities(*input.named.capacity) : CapacityTable{};
        WorkloadOutcome w = workload(out.plan, settings, capacities, {.level = out.level});
        if (!w.ok()) { // a capacity table's problems (the plan's were reported above)
            out.problems = std::move(w.problems);
            return out;
        }
        if (w.levelled) outcome.schedule = w.levelled->schedule;
        out.workload = std::move(w);
    }

    out.status_date = settings.settings->options.start;
    out.status_date_is_today = from_today;
    out.start = from_today ? std::nullopt : out.status_date;
    out.today = out.start ? out.start : input.today;
    out.settings = settings.settings;
    out.schedule = std::move(outcome.schedule);
    return out;
}

} // namespace retroplan
