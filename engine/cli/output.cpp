#include "output.hpp"

#include "retroplan/assignments.hpp"
#include "retroplan/csv.hpp"

#include <nlohmann/json.hpp>

namespace retroplan::cli {

namespace {

constexpr std::size_t kChunk = 1 << 20;

void flush_if_full(std::ostream& os, std::string& buf) {
    if (buf.size() < kChunk) return;
    os.write(buf.data(), std::streamsize(buf.size()));
    buf.clear();
}

// The owner's companions carried to the output when the plan has them: RACI's A, C and I as
// written, and the allocation as a percentage (blank: 100 %).
struct Carried {
    Field field;
    const char* name;
};
constexpr Carried kCarried[] = {{Field::Accountable, "accountable"},
                                {Field::Consulted, "consulted"},
                                {Field::Informed, "informed"},
                                {Field::Allocation, "allocation"}};

std::string carried_value(const PlanInput& plan, std::size_t task, Field f) {
    const Cell& c = plan.cell(task, f);
    if (f != Field::Allocation || c.blank()) return cell_text(c);
    const auto share = parse_share(c);
    return share ? share_percent_text(*share) : cell_text(c);
}

std::string iso_of(const Calendar& calendar, WorkIndex day) {
    const auto d = calendar.date_of(day);
    return d ? to_iso(*d) : std::string();
}

// A percentage as JSON: a whole number when it is one (100, not 100.0).
nlohmann::ordered_json percent_json(Share s) {
    if (s % (kFullDay / 100) == 0) return s / (kFullDay / 100);
    return share_percent(s);
}

// The same in JSON: the allocation as a number in % (null when blank: 100 %).
nlohmann::ordered_json carried_json(const PlanInput& plan, std::size_t task, Field f) {
    if (f != Field::Allocation) return carried_value(plan, task, f);
    const auto share = parse_share(plan.cell(task, f));
    return share ? percent_json(*share) : nlohmann::ordered_json();
}

std::string task_list(const PlanInput& plan, const std::vector<std::int32_t>& tasks) {
    std::string out;
    for (const auto t : tasks) {
        if (!out.empty()) out += ';';
        out += plan.tasks[std::size_t(t)].id;
    }
    return out;
}

} // namespace

void write_schedule_csv(std::ostream& os, const PlanInput& plan, const Schedule& s) {
    std::string out;
    out.reserve(kChunk + 4096);
    out += "id,name,start,end,early_start,early_end,slack,free_slack,critical,owner,status,"
           "expected_start,expected_end,deviation";
    for (const auto& c : kCarried)
        if (plan.has(c.field)) (out += ',') += c.name;
    for (const auto& h : plan.extra_headers) {
        out += ',';
        append_csv_header_field(out, h);
    }
    out += '\n';
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const TaskInput& t = plan.tasks[i];
        const TaskTimes& tt = s.times[i];
        const TaskDates& d = s.dates[i];
        append_csv_field(out, t.id);
        out += ',';
        append_csv_field(out, t.name);
        for (Date date : {d.start, d.end, d.early_start, d.early_end}) {
            out += ',';
            out += to_iso(date);
        }
        out += ',';
        if (!tt.done) out += std::to_string(tt.total_slack); // a done task has no slack
        out += ',';
        if (!tt.done) out += std::to_string(tt.free_slack);
        out += tt.critical ? ",true," : ",false,";
        append_csv_field(out, t.owner);
        if (s.follow_up) {
            const TaskFollowUp& f = s.follow_up->tasks[i];
            out += ',';
            out += status_word(f.status, plan.lang); // as RETRO_STATUS shows it in Calc
            out += ',';
            out += to_iso(f.expected_start);
            out += ',';
            out += to_iso(f.expected_end);
            out += ',';
            if (f.deviation) out += std::to_string(*f.deviation);
        } else {
            out += ",,,,";
        }
        for (const auto& c : kCarried)
            if (plan.has(c.field)) {
                out += ',';
                append_csv_field(out, carried_value(plan, i, c.field));
            }
        for (const auto& e : t.extra) {
            out += ',';
            append_csv_field(out, e);
        }
        out += '\n';
        flush_if_full(os, out);
    }
    os.write(out.data(), std::streamsize(out.size()));
}

void write_schedule_json(std::ostream& os, const PlanInput& plan, const Schedule& s,
                         bool has_start) {
    using nlohmann::ordered_json;
    constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
    ordered_json head;
    head["deadline"] = to_iso(s.deadline_date);
    head["kickoff"] = to_iso(s.kickoff_date);
    head["late"] = s.late_by > 0;
    head["late_by"] = s.late_by;
    head["span"] = s.span;
    head["has_start"] = has_start;
    if (s.follow_up) {
        head["status_date"] = to_iso(s.follow_up->status_date);
        head["alert_days"] = s.follow_up->alert_days;
        ordered_json counts;
        for (const Status st : kStatuses)
            counts[std::string(status_key(st))] = s.follow_up->counts.of(st);
        head["counts"] = std::move(counts);
    } else {
        head["status_date"] = nullptr;
        head["alert_days"] = nullptr;
        head["counts"] = nullptr;
    }
    std::string out = head.dump(2, ' ', false, kReplace);
    out.pop_back(); // reopen the object to stream the tasks into it
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    out += ",\n  \"tasks\": [";
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const TaskInput& t = plan.tasks[i];
        const TaskTimes& tt = s.times[i];
        const TaskDates& d = s.dates[i];
        ordered_json j;
        j["id"] = t.id;
        j["name"] = t.name;
        j["start"] = to_iso(d.start);
        j["end"] = to_iso(d.end);
        j["early_start"] = to_iso(d.early_start);
        j["early_end"] = to_iso(d.early_end);
        j["slack"] = tt.done ? ordered_json(nullptr) : ordered_json(tt.total_slack);
        j["free_slack"] = tt.done ? ordered_json(nullptr) : ordered_json(tt.free_slack);
        j["critical"] = tt.critical;
        j["owner"] = t.owner;
        if (s.follow_up) {
            const TaskFollowUp& f = s.follow_up->tasks[i];
            j["status"] = status_key(f.status);
            j["expected_start"] = to_iso(f.expected_start);
            j["expected_end"] = to_iso(f.expected_end);
            j["deviation"] = f.deviation ? ordered_json(*f.deviation) : ordered_json(nullptr);
            j["due"] = f.due == Due::None ? ordered_json(nullptr)
                                          : ordered_json(due_word(f.due, Lang::En));
            j["due_date"] =
                f.due == Due::None ? ordered_json(nullptr) : ordered_json(to_iso(f.due_date));
        } else {
            for (const char* k :
                 {"status", "expected_start", "expected_end", "deviation", "due", "due_date"})
                j[k] = nullptr;
        }
        for (const auto& c : kCarried)
            if (plan.has(c.field)) j[c.name] = carried_json(plan, i, c.field);
        j["row"] = t.row;
        ordered_json extra = ordered_json::object();
        for (std::size_t e = 0; e < t.extra.size() && e < plan.extra_headers.size(); ++e)
            extra[plan.extra_headers[e]] = t.extra[e];
        j["columns"] = std::move(extra);
        out += i == 0 ? "\n    " : ",\n    ";
        out += j.dump(-1, ' ', false, kReplace);
        flush_if_full(os, out);
    }
    out += "\n  ]\n}\n";
    os.write(out.data(), std::streamsize(out.size()));
}

std::string summary_lines(const Schedule& s) {
    std::string out = "kick-off " + to_iso(s.kickoff_date) + "\n";
    if (s.late_by > 0) out += "late by " + std::to_string(s.late_by) + " working days\n";
    if (s.follow_up) {
        out += "status " + to_iso(s.follow_up->status_date) + ":";
        for (const Status st : kStatuses)
            out += (st == Status::Done ? " " : ", ") + std::to_string(s.follow_up->counts.of(st)) +
                   " " + std::string(status_word(st, Lang::En));
        out += "\n";
    }
    return out;
}

} // namespace retroplan::cli

namespace retroplan::cli {

void write_overloads_csv(std::ostream& os, const PlanInput& plan, const Assignments& owners,
                         const Workload& load, const Calendar& calendar) {
    std::string out = "person,from,to,peak_load,tasks\n";
    for (const Overload& o : load.overloads) {
        append_csv_field(out, owners.people.name(o.person));
        out += ',' + iso_of(calendar, o.begin) + ',' + iso_of(calendar, o.end - 1) + ',' +
               share_percent_text(o.peak) + ',';
        append_csv_field(out, task_list(plan, o.tasks));
        out += '\n';
        flush_if_full(os, out);
    }
    os.write(out.data(), std::streamsize(out.size()));
}

void write_daily_csv(std::ostream& os, const Assignments& owners, const Workload& load,
                     const Calendar& calendar) {
    std::string out = "person,date,load\n";
    for (std::int32_t p = 0; p < std::int32_t(owners.people.size()); ++p) {
        std::string name;
        append_csv_field(name, owners.people.name(p));
        for (const LoadRun& r : load.runs_of(p)) {
            const std::string value = share_percent_text(r.load);
            for (WorkIndex day = r.begin; day < r.end; ++day) {
                out += name + ',' + iso_of(calendar, day) + ',' + value + '\n';
                flush_if_full(os, out);
            }
        }
    }
    os.write(out.data(), std::streamsize(out.size()));
}

void write_load_json(std::ostream& os, const PlanInput& plan, const WorkloadOutcome& w,
                     const Calendar& calendar) {
    using nlohmann::ordered_json;
    const Workload& load = w.levelled ? w.levelled->load : w.load;
    const People& people = w.owners.people;
    ordered_json j;
    j["deadline"] = to_iso(w.plan->deadline_date);
    j["kickoff"] = to_iso(w.plan->kickoff_date);
    j["levelled"] = w.levelled.has_value();
    if (w.levelled) {
        j["levelled_kickoff"] = to_iso(w.levelled->schedule.kickoff_date);
        j["kickoff_cost"] = w.levelled->kickoff_cost;
    }
    ordered_json everyone = ordered_json::array();
    for (std::int32_t p = 0; p < std::int32_t(people.size()); ++p)
        everyone.push_back({{"person", people.name(p)},
                            {"capacity", percent_json(w.capacity[std::size_t(p)])},
                            {"peak_load", percent_json(load.peak_of(p))}});
    j["people"] = std::move(everyone);
    ordered_json overloads = ordered_json::array();
    for (const Overload& o : load.overloads) {
        ordered_json tasks = ordered_json::array();
        for (const auto t : o.tasks)
            tasks.push_back(plan.tasks[std::size_t(t)].id);
        overloads.push_back({{"person", people.name(o.person)},
                             {"from", iso_of(calendar, o.begin)},
                             {"to", iso_of(calendar, o.end - 1)},
                             {"peak_load", percent_json(o.peak)},
                             {"tasks", std::move(tasks)}});
    }
    j["overloads"] = std::move(overloads);
    if (w.levelled) {
        ordered_json exceeding = ordered_json::array();
        for (const Exceeding& e : w.levelled->exceeding)
            exceeding.push_back({{"task", plan.tasks[std::size_t(e.task)].id},
                                 {"person", people.name(e.person)},
                                 {"load", percent_json(w.owners.share[std::size_t(e.task)])},
                                 {"capacity", percent_json(w.capacity[std::size_t(e.person)])}});
        j["exceeding"] = std::move(exceeding);
    }
    os << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

std::string levelling_lines(const PlanInput& plan, const WorkloadOutcome& w) {
    const LevelledPlan& l = *w.levelled;
    std::string out = "levelling moves the kick-off " + std::to_string(l.kickoff_cost) +
                      " working days earlier\n";
    for (const Exceeding& e : l.exceeding)
        out += "task " + plan.tasks[std::size_t(e.task)].id + " alone exceeds the capacity of " +
               w.owners.people.name(e.person) + " (" +
               share_percent_text(w.owners.share[std::size_t(e.task)]) + " % > " +
               share_percent_text(w.capacity[std::size_t(e.person)]) +
               " %): placed as late as its links allow\n";
    return out;
}

} // namespace retroplan::cli
