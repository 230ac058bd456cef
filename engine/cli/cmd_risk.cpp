// retroplan risk PLAN.csv --deadline D [settings] [--runs N] [--seed S]
//     [--confidence 0.5,0.8,0.95] [--format csv|json] [--curve FILE] [-o OUT] [--threads N]
// The risk simulation (model §13): the kick-off per confidence, the plain kick-off's own
// confidence and each task's criticality; --curve writes `date,share` for a chart.
#include "commands.hpp"
#include "common.hpp"

#include "retroplan/csv.hpp"
#include "retroplan/parse.hpp"
#include "retroplan/risk.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <iostream>

namespace retroplan::cli {

namespace {

struct Level {
    std::string key; // as written on the command line
    double share;
};

// Shortest text that reads back as the same double: 0.8123, 1, 0.18359375.
std::string number(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// "18.4 %": a share as a percentage with at most one decimal, for people.
std::string percent(double share) {
    return number(std::round(share * 1000) / 10) + " %";
}

// The start date ("today") when one is given: its working day and its date.
struct Start {
    WorkIndex index;
    Date date;
};

void write_csv(std::ostream& os, const PlanInput& plan, const Risk& r,
               const std::vector<Level>& levels, const std::optional<Start>& start) {
    std::string out = "kind,key,date,share\n";
    auto row = [&](std::string_view kind, std::string_view key, const std::string& date,
                   double share) {
        out += kind;
        out += ',';
        append_csv_field(out, key);
        out += ',' + date + ',' + number(share) + '\n';
    };
    row("plain_kickoff", "", to_iso(r.plain_kickoff_date()), r.plain_confidence());
    for (const Level& l : levels) {
        const WorkIndex k = r.kickoff_at(l.share);
        row("kickoff_at", l.key, to_iso(*r.date_of(k)), r.share_on_or_after(k));
    }
    if (start) row("start", "", to_iso(start->date), r.share_on_or_after(start->index));
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        row("task", plan.tasks[i].id, "", r.criticality(i));
    os << out;
}

void write_json(std::ostream& os, const PlanInput& plan, const Risk& r,
                const std::vector<Level>& levels, const std::optional<Start>& start) {
    using nlohmann::ordered_json;
    ordered_json j;
    j["runs"] = r.runs;
    j["seed"] = r.seed;
    j["plain_kickoff"] = to_iso(r.plain_kickoff_date());
    j["plain_confidence"] = r.plain_confidence();
    ordered_json at = ordered_json::object();
    for (const Level& l : levels)
        at[l.key] = to_iso(r.kickoff_date_at(l.share));
    j["kickoff_at"] = std::move(at);
    ordered_json tasks = ordered_json::array();
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        tasks.push_back({{"id", plan.tasks[i].id}, {"criticality", r.criticality(i)}});
    j["tasks"] = std::move(tasks);
    j["deadline"] = to_iso(r.deadline_date);
    if (start) j["start_confidence"] = r.share_on_or_after(start->index);
    os << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_curve(const std::string& path, const Risk& r) {
    std::string out = "date,share\n";
    for (const CurvePoint& p : r.curve())
        out += to_iso(p.date) + ',' + number(p.share) + '\n';
    write_file(path, [&](std::ostream& file) { file << out; });
}

} // namespace

int run_risk(const std::vector<std::string>& args) {
    const char* synopsis = "risk PLAN.csv --deadline YYYY-MM-DD [options]";
    po::options_description opts = command_options(true);
    opts.add_options()("runs", po::value<std::string>(), "number of runs (default 10000)")(
        "seed", po::value<std::string>(), "seed of the runs (default 1)")(
        "confidence", po::value<std::string>()->default_value("0.5,0.8,0.95"),
        "confidence levels, 0-1 or %, comma-separated")(
        "curve", po::value<std::string>(), "write the kick-off curve (date,share) to this file")(
        "threads", po::value<unsigned>()->default_value(0),
        "threads (default 0: as many as useful; the results never depend on it)");
    add_output_options(opts);
    const Parsed p = parse(args, opts, synopsis);
    if (p.help) return kOk;
    require_deadline(p.vm);
    const std::string format = format_from(p.vm);
    const Lang lang = lang_from(p.vm);
    const SettingsInput si = settings_from(p.vm);

    RiskOptionsInput ri;
    if (p.vm.count("runs")) ri.runs = Cell::of_text(p.vm["runs"].as<std::string>());
    if (p.vm.count("seed")) ri.seed = Cell::of_text(p.vm["seed"].as<std::string>());
    RiskOptionsOutcome ro = read_risk_options(ri);
    std::vector<Problem> problems = std::move(ro.problems);
    std::vector<Level> levels;
    for (const auto entry : split_entries(p.vm["confidence"].as<std::string>())) {
        const auto share = read_confidence(Cell::of_text(std::string(entry)), problems);
        const bool seen = std::any_of(levels.begin(), levels.end(),
                                      [&](const Level& l) { return l.key == entry; });
        if (share && !seen) levels.push_back({std::string(entry), *share});
    }

    const PlanInput plan = read_plan(p.plan);
    const SettingsOutcome settings = read_settings(si);
    RiskOptions options = ro.options.value_or(RiskOptions{});
    options.threads = p.vm["threads"].as<unsigned>();
    if (!problems.empty()) options.runs = 1; // only to check the plan too
    const RiskOutcome outcome = simulate_risk(plan, settings, options);
    problems.insert(problems.end(), outcome.problems.begin(), outcome.problems.end());
    if (!problems.empty()) {
        print_problems(problems, lang, std::cerr);
        return kInvalid;
    }

    const Risk& r = *outcome.risk;
    std::optional<Start> start;
    if (p.vm.count("start")) {
        const WorkIndex origin = outcome.schedule->origin; // the first working day from it
        start = Start{origin, *settings.settings->calendar.date_of(origin)};
    }
    write_output(p.vm, [&](std::ostream& os) {
        if (format == "json")
            write_json(os, plan, r, levels, start);
        else
            write_csv(os, plan, r, levels, start);
    });
    if (p.vm.count("curve")) write_curve(p.vm["curve"].as<std::string>(), r);

    std::cerr << "plain kick-off " << to_iso(r.plain_kickoff_date()) << " meets the deadline in "
              << percent(r.plain_confidence()) << " of " << r.runs << " runs\n";
    for (const Level& l : levels)
        std::cerr << "start by " << to_iso(r.kickoff_date_at(l.share)) << " for "
                  << percent(l.share) << " confidence\n";
    if (start)
        std::cerr << "starting on " << to_iso(start->date) << " meets the deadline in "
                  << percent(r.share_on_or_after(start->index)) << " of runs\n";
    return kOk;
}

} // namespace retroplan::cli
