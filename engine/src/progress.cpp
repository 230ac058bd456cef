#include "retroplan/progress.hpp"

#include "retroplan/parse.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace retroplan {

namespace {

// `some`: progress > 0; `full`: progress 100 %.
TaskState state_from(std::int64_t duration, const TaskActual& a, bool some, bool full) {
    const bool started = a.start != kNoIndex || some, ended = a.end != kNoIndex;
    // A milestone has no inside: any sign that it happened means it is done.
    if (duration == 0) return started || ended ? TaskState::Done : TaskState::NotStarted;
    if (ended || full) return TaskState::Done;
    return started ? TaskState::Started : TaskState::NotStarted;
}

// Forecast of a done task (§8): at its actual dates, else by today or its latest finish.
void seed_done(const TaskActual& a, WorkIndex today, WorkIndex duration, WorkIndex lf,
               WorkIndex& fs, WorkIndex& ff) {
    const bool has_start = a.start != kNoIndex, has_end = a.end != kNoIndex;
    if (duration == 0) {
        // It happened at the end of that day, so it displays on it (§6).
        const WorkIndex day = has_end ? a.end : has_start ? a.start : std::min(today, lf) - 1;
        fs = ff = day + 1;
        return;
    }
    ff = has_end ? a.end + 1 : std::min(today, lf);
    if (!has_end && has_start) ff = std::max<WorkIndex>(ff, a.start + 1);
    // Work done entirely on non-working days maps its start to the working day after them and
    // its end to the one before: show it on that one day rather than ending before it starts.
    fs = has_start ? std::min<WorkIndex>(a.start, ff - 1) : ff - duration;
}

} // namespace

Actuals read_actuals(const PlanInput& plan, const Graph& g, const Calendar& calendar,
                     Date status_date, WorkIndex today, std::vector<Problem>& problems) {
    Actuals a;
    a.today = today;
    const std::size_t n = plan.tasks.size();
    const bool starts = plan.has(Field::ActualStart), ends = plan.has(Field::ActualEnd),
               progress = plan.has(Field::Progress);
    if (starts || ends || progress) {
        a.state.assign(n, TaskState::NotStarted);
        a.task.assign(n, TaskActual{});
    }
    if (plan.has(Field::BaselineStart)) a.baseline_start.assign(n, kNoIndex);
    if (plan.has(Field::BaselineEnd)) a.baseline_end.assign(n, kNoIndex);
    if (a.state.empty() && a.baseline_start.empty() && a.baseline_end.empty()) return a;

    for (std::size_t i = 0; i < n; ++i) {
        const TaskInput& t = plan.tasks[i];
        // Most rows of a long plan have no progress data yet: nothing to read (not started).
        if (std::all_of(t.optional.begin(), t.optional.end(),
                        [](const Cell& c) { return c.kind == Cell::Kind::Empty; }))
            continue;
        auto report = [&](ProblemId id, Field f, std::string value, std::string detail = {}) {
            problems.push_back({.id = id,
                                .row = t.row,
                                .column = plan.column(f),
                                .value = std::move(value),
                                .detail = std::move(detail)});
        };
        // The date in field f's cell; none when empty, an error (reported with the table) or
        // unreadable (reported here as `bad`).
        auto date_in = [&](Field f, ProblemId bad) -> std::optional<Date> {
            const Cell& c = plan.cell(i, f);
            if (c.blank() || t.has_error(f)) return std::nullopt;
            const auto d = cell_date(c, plan.null_date);
            if (!d) report(bad, f, cell_text(c));
            return d;
        };
        // An actual date records what has happened: never after the status date.
        auto actual = [&](Field f, bool on_or_after, std::int32_t& index) -> std::optional<Date> {
            const auto d = date_in(f, ProblemId::BadActualDate);
            if (!d) return std::nullopt;
            if (*d > status_date) {
                report(ProblemId::ActualAfterStatusDate, f, to_iso(*d), to_iso(status_date));
                return std::nullopt;
            }
            const auto idx =
                on_or_after ? calendar.index_on_or_after(*d) : calendar.index_on_or_before(*d);
            if (!idx) {
                report(ProblemId::BadActualDate, f, to_iso(*d));
                return std::nullopt;
            }
            index = std::int32_t(*idx);
            return d;
        };
        if (!a.task.empty()) {
            TaskActual& ta = a.task[i];
            const auto as = starts ? actual(Field::ActualStart, true, ta.start) : std::nullopt;
            const auto ae = ends ? actual(Field::ActualEnd, false, ta.end) : std::nullopt;
            if (as && ae && *ae < *as)
                report(ProblemId::ActualEndBeforeStart, Field::ActualEnd, to_iso(*ae), to_iso(*as));
            bool full = false, some = false; // progress 100 %, progress > 0
            const Cell& c = plan.cell(i, Field::Progress);
            if (progress && !c.blank() && !t.has_error(Field::Progress)) {
                if (const auto p = parse_progress(c)) {
                    ta.done = std::int32_t(done_days(g.duration[i], *p));
                    full = *p >= 1;
                    some = *p > 0;
                } else {
                    // A number says its scale: Calc gives a cell showing 150 % as 1.5.
                    report(ProblemId::BadProgress, Field::Progress, cell_text(c),
                           c.kind == Cell::Kind::Number && std::isfinite(c.number)
                               ? number_to_text(c.number * 100) + " %"
                               : std::string());
                }
            }
            a.state[i] = state_from(g.duration[i], ta, some, full);
        }
        for (const auto& [f, out] : {std::pair{Field::BaselineStart, &a.baseline_start},
                                     std::pair{Field::BaselineEnd, &a.baseline_end}}) {
            if (out->empty()) continue;
            const auto d = date_in(f, ProblemId::BadBaselineDate);
            if (!d) continue;
            if (const auto idx = calendar.index_on_or_before(*d))
                (*out)[i] = std::int32_t(*idx);
            else
                report(ProblemId::BadBaselineDate, f, to_iso(*d));
        }
    }
    return a;
}

std::int64_t done_days(std::int64_t duration, double progress) {
    return std::llround(double(duration) * progress * 1e6) / 1'000'000;
}

std::int64_t remaining_days(const TaskActual& a, WorkIndex today, std::int64_t duration,
                            WorkIndex fs) {
    const std::int64_t r = a.done >= 0 ? duration - a.done : duration - (today - fs);
    return std::max<std::int64_t>(r, 1);
}

void forecast_pass(const Graph& g, const std::vector<std::int32_t>& order, const Actuals& a,
                   const std::vector<WorkIndex>& ls, std::vector<WorkIndex>& fs,
                   std::vector<WorkIndex>& ff) {
    const std::size_t n = g.size();
    if (a.state.empty()) { // nothing has started: the forward pass from today (§8)
        forward_pass(g, order, a.today, fs);
        ff.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            ff[i] = fs[i] + g.duration[i];
        return;
    }
    // Not started: from today, raised to every link bound as predecessors are swept. Started:
    // today plus what remains, raised to its FF/SF links' finish bounds. Done: fixed.
    fs.assign(n, a.today);
    ff.assign(n, std::numeric_limits<WorkIndex>::min());
    for (const auto pi : order) {
        const auto p = std::size_t(pi);
        const WorkIndex d = g.duration[p];
        switch (a.state[p]) {
        case TaskState::NotStarted:
            ff[p] = fs[p] + d;
            break;
        case TaskState::Started: {
            // No actual start: it began as many working days ago as are done (done > 0 then).
            const TaskActual& ta = a.task[p];
            fs[p] = ta.start != kNoIndex ? ta.start : a.today - ta.done;
            ff[p] = std::max(ff[p], a.today + remaining_days(ta, a.today, d, fs[p]));
            break;
        }
        case TaskState::Done:
            seed_done(a.task[p], a.today, d, ls[p] + d, fs[p], ff[p]);
            break;
        }
        // A link weight assumes f = s + d; a task with progress may last longer or shorter,
        // and links from its finish follow its forecast finish.
        const WorkIndex start = fs[p], stretch = ff[p] - start - d;
        for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k) {
            const auto s = std::size_t(g.out_target[k]);
            const TaskState st = a.state[s];
            if (st == TaskState::Done) continue;
            const LinkType type = g.out_type[k];
            const WorkIndex bound = start + g.out_weight[k] + (from_finish(type) ? stretch : 0);
            if (st == TaskState::NotStarted)
                fs[s] = std::max(fs[s], bound);
            else if (to_finish(type)) // started: only its finish can still be held back
                ff[s] = std::max(ff[s], bound + g.duration[s]);
        }
    }
}

void forecast_free_slack_pass(const Graph& g, WorkIndex deadline, const Actuals& a,
                              const std::vector<WorkIndex>& ls, const std::vector<WorkIndex>& fs,
                              const std::vector<WorkIndex>& ff,
                              std::vector<WorkIndex>& free_slack) {
    free_slack.resize(g.size());
    for (std::size_t p = 0; p < g.size(); ++p) {
        if (a.state_of(p) == TaskState::Done) {
            free_slack[p] = 0;
            continue;
        }
        const WorkIndex d = g.duration[p], stretch = ff[p] - fs[p] - d;
        WorkIndex room = finish_bound(g, p, deadline) - ff[p];
        for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k) {
            const auto s = std::size_t(g.out_target[k]);
            if (a.state_of(s) != TaskState::NotStarted) continue;
            const WorkIndex bound =
                fs[p] + g.out_weight[k] + (from_finish(g.out_type[k]) ? stretch : 0);
            room = std::min(room, fs[s] - bound);
        }
        free_slack[p] = std::min(room, ls[p] + d - ff[p]); // never above the total slack
    }
}

void assemble_forecast_times(const Graph& g, const Actuals& a, const std::vector<WorkIndex>& ls,
                             const std::vector<WorkIndex>& fs, const std::vector<WorkIndex>& ff,
                             const std::vector<WorkIndex>& free_slack,
                             std::vector<TaskTimes>& times) {
    times.resize(g.size());
    for (std::size_t p = 0; p < g.size(); ++p) {
        TaskTimes& t = times[p];
        t.ls = ls[p];
        t.lf = ls[p] + g.duration[p];
        t.es = fs[p];
        t.ef = ff[p];
        t.done = a.state_of(p) == TaskState::Done;
        t.total_slack = t.done ? 0 : t.lf - t.ef;
        t.free_slack = t.done ? 0 : free_slack[p];
        t.critical = !t.done && t.total_slack <= 0;
    }
}

std::int64_t forecast_late_by(const std::vector<TaskTimes>& times) {
    std::int64_t late = 0;
    for (const TaskTimes& t : times)
        if (!t.done) late = std::max<std::int64_t>(late, -t.total_slack);
    return late;
}

bool follow_up(const PlanInput& plan, const Graph& g, const Actuals& a,
               const std::vector<TaskTimes>& times, std::int64_t alert_days,
               const Calendar& calendar, Date status_date, FollowUp& out,
               std::vector<Problem>& problems, std::vector<KnownValues>* known) {
    out.today = a.today;
    out.status_date = status_date;
    out.alert_days = alert_days;
    out.counts = {};
    out.tasks.clear();
    out.tasks.reserve(times.size()); // each record written once
    auto out_of_range = [&](std::size_t i) {
        problems.push_back({.id = ProblemId::DateOutOfRange,
                            .row = plan.tasks[i].row,
                            .column = plan.column(Field::Id),
                            .value = plan.tasks[i].id});
        return false;
    };
    for (std::size_t i = 0; i < times.size(); ++i) {
        const TaskTimes& t = times[i];
        const WorkIndex d = g.duration[i];
        TaskFollowUp f;
        f.state = a.state_of(i);
        if (known && !(*known)[i].slack()) {
            out.tasks.push_back(f);
            continue;
        }
        switch (f.state) {
        case TaskState::NotStarted: // keeps to the retroplan from now on: no earlier than LS
            f.xs = std::int32_t(std::max(t.ls, t.es));
            f.xf = std::int32_t(f.xs + d);
            f.remaining = std::int32_t(d);
            break;
        case TaskState::Started:
            f.xs = std::int32_t(t.es);
            f.xf = std::int32_t(std::max(t.lf, t.ef));
            f.remaining = std::int32_t(remaining_days(a.of(i), a.today, d, t.es));
            break;
        case TaskState::Done:
            f.xs = std::int32_t(t.es);
            f.xf = std::int32_t(t.ef);
            break;
        }
        // Not started: start by LS (a milestone: happen by its day, LS - 1); started: finish by
        // LF - 1.
        WorkIndex due = 0;
        if (f.state != TaskState::Done) {
            f.due = f.state == TaskState::NotStarted && d > 0 ? Due::Start : Due::Finish;
            due = f.due == Due::Start ? t.ls : t.lf - 1;
        }
        if (t.done)
            f.status = Status::Done;
        else if (t.total_slack < 0)
            f.status = Status::Late;
        else if (due - a.today < alert_days)
            f.status = Status::DueSoon;
        else
            f.status = f.state == TaskState::Started ? Status::InProgress : Status::NotStarted;
        if (!known) ++out.counts.by_status[std::size_t(f.status)];
        if (!a.baseline_end.empty() && a.baseline_end[i] != kNoIndex)
            f.deviation = std::int32_t(f.xf - (a.baseline_end[i] + 1));

        const WorkIndex shift = d == 0 ? 1 : 0;
        const auto xs = calendar.date_of(f.xs - shift), xe = calendar.date_of(f.xf - 1);
        const auto day = f.due != Due::None ? calendar.date_of(due) : std::optional<Date>(Date{});
        if (!xs || !xe || !day) {
            if (!known) return out_of_range(i);
            (*known)[i].early = false;
            out.tasks.push_back(TaskFollowUp{.state = f.state});
            continue;
        }
        f.expected_start = *xs;
        f.expected_end = *xe;
        if (f.due != Due::None) f.due_date = *day;
        out.tasks.push_back(f);
    }
    // Baseline indexes come from dates in the calendar, so they convert back.
    for (const auto& [from, to] : {std::pair{&a.baseline_start, &out.baseline_start},
                                   std::pair{&a.baseline_end, &out.baseline_end}}) {
        to->clear();
        if (from->empty()) continue;
        to->resize(from->size());
        for (std::size_t i = 0; i < from->size(); ++i)
            if ((*from)[i] != kNoIndex) (*to)[i] = calendar.date_of((*from)[i]);
    }
    return true;
}

} // namespace retroplan
