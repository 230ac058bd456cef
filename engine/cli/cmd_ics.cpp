// retroplan ics PLAN.csv --deadline D [settings] [--alert-days N] [--owner NAME | --per-owner DIR]
//               [--calendar-name TEXT] [--plan-id TEXT] [-o OUT.ics]
// The calendar file(s) being replaced are the SEQUENCE state: a task keeps its number while its
// dates hold and gets one more when they move (IcsOptions::previous).
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include "retroplan/ical_export.hpp"
#include "retroplan/owners.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/text.hpp"

#include <filesystem>
#include <iostream>
#include <set>

namespace fs = std::filesystem;

namespace retroplan::cli {

namespace {

// Every .ics file in the directory, for --per-owner: an owner's earlier file, whatever its name.
std::vector<std::string> previous_in(const fs::path& dir) {
    std::vector<std::string> texts;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".ics")
            texts.push_back(read_file(entry.path().string()));
    return texts;
}

std::string owners_list(const PlanInput& plan) {
    std::set<std::string> keys;
    std::string out;
    for (const auto& t : plan.tasks)
        for (const auto& name : split_owners(t.owner))
            if (keys.insert(owner_key(name)).second) {
                if (!out.empty()) out += ", ";
                out += name;
            }
    return out.empty() ? "none" : out;
}

} // namespace

int run_ics(const std::vector<std::string>& args) {
    const char* synopsis = "ics PLAN.csv --deadline YYYY-MM-DD [options]";
    po::options_description opts = command_options(true);
    // --alert-days is a setting (add_settings_options): the same window as the "due soon"
    // status (model §10), here the reminders' distance before each start and end.
    opts.add_options()("owner", po::value<std::string>(), "only the tasks of this person")(
        "per-owner", po::value<std::string>(), "one calendar per person, written into this folder")(
        "calendar-name", po::value<std::string>(), "the calendar's name in calendar apps")(
        "plan-id", po::value<std::string>(),
        "the plan's identity in event UIDs (default: the plan's file name)")(
        "output,o", po::value<std::string>(), "write the calendar to this file");
    const Parsed p = parse(args, opts, synopsis);
    if (p.help) return kOk;
    const auto& vm = p.vm;
    require_deadline(vm);
    if (vm.count("owner") && vm.count("per-owner"))
        throw UsageError("--owner and --per-owner cannot be combined");
    if (vm.count("per-owner") && vm.count("output"))
        throw UsageError("--per-owner writes one file per person into its folder: drop -o");
    const Lang lang = lang_from(vm);
    const SettingsInput si = settings_from(vm);

    const PlanInput plan = read_plan(p.plan);
    const SettingsOutcome settings = read_settings(si);
    const Outcome outcome = schedule(plan, settings);
    if (!outcome.ok()) { // the same messages as `schedule`, and no file
        print_problems(outcome.problems, lang, std::cerr);
        return kInvalid;
    }

    IcsOptions o{
        .plan_id = vm.count("plan-id") ? vm["plan-id"].as<std::string>()
                                       : fs::path(p.plan).filename().string(),
        .scope = vm.count("per-owner") ? OwnerScope::Each
                 : vm.count("owner")   ? OwnerScope::One
                                       : OwnerScope::All,
        .owner = vm.count("owner") ? vm["owner"].as<std::string>() : std::string(),
        .alert_days = int(settings.settings->options.alert_days),
        .calendar_name = vm.count("calendar-name") ? vm["calendar-name"].as<std::string>() : "",
        .lang = output_lang(vm, plan),
    };
    const fs::path dir = vm.count("per-owner") ? vm["per-owner"].as<std::string>() : "";
    if (o.scope == OwnerScope::Each) o.previous = previous_in(dir);
    // Only a file holds an earlier calendar: -o /dev/stdout or /dev/full would never end reading.
    else if (vm.count("output") && fs::is_regular_file(vm["output"].as<std::string>()))
        o.previous.push_back(read_file(vm["output"].as<std::string>()));

    const auto files = export_calendar(*outcome.schedule, plan, *settings.settings, o);
    if (files.empty())
        throw UsageError(o.scope == OwnerScope::One ? "no task names \"" + o.owner +
                                                          "\" (owners: " + owners_list(plan) + ")"
                                                    : std::string("no task has an owner"));
    std::cerr << summary_lines(*outcome.schedule);
    if (o.scope != OwnerScope::Each) {
        write_output(vm, [&](std::ostream& os) { os << files.front().text; });
        if (vm.count("output"))
            std::cerr << printable(vm["output"].as<std::string>()) << ": " << files.front().events
                      << " events\n";
        return kOk;
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw FileError("cannot create \"" + dir.string() + "\": " + ec.message());
    std::size_t owned = 0;
    for (const auto& t : plan.tasks)
        owned += split_owners(t.owner).empty() ? 0 : 1;
    for (const auto& f : files) {
        write_file((dir / f.file_name).string(), [&](std::ostream& os) { os << f.text; });
        std::cerr << printable((dir / f.file_name).string()) << ": " << f.events << " events\n";
    }
    if (owned < plan.tasks.size())
        std::cerr << plan.tasks.size() - owned << " tasks without an owner are in no calendar\n";
    return kOk;
}

} // namespace retroplan::cli
