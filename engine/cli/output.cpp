#include "output.hpp"

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

} // namespace

void write_schedule_csv(std::ostream& os, const PlanInput& plan, const Schedule& s) {
    std::string out;
    out.reserve(kChunk + 4096);
    out += "id,name,start,end,early_start,early_end,slack,free_slack,critical,owner,status,"
           "expected_start,expected_end,deviation";
    for (const auto& h : plan.extra_headers) {
        out += ',';
        append_csv_field(out, h);
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
