// retroplan load PLAN.csv --deadline D [settings] [--capacity FILE] [--level] [--daily FILE]
//                        [--format csv|json] [-o OUT]
// Overloads, one line per person and overloaded period; with --level, those levelling leaves
// (tasks that alone exceed a person's capacity), at the levelled dates.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include "retroplan/workload.hpp"

#include <iostream>

namespace retroplan::cli {

int run_load(const std::vector<std::string>& args) {
    const char* synopsis = "load PLAN.csv --deadline YYYY-MM-DD [options]";
    po::options_description opts = command_options(true);
    add_capacity_option(opts);
    opts.add_options()("level", "level first: the overloads levelling leaves, at levelled dates")(
        "daily", po::value<std::string>(), "also write each person's load per working day (CSV)");
    add_output_options(opts);
    const Parsed p = parse(args, opts, synopsis);
    if (p.help) return kOk;
    require_deadline(p.vm);
    const std::string format = format_from(p.vm);
    const Lang lang = lang_from(p.vm);
    const SettingsOutcome settings = read_settings(settings_from(p.vm));
    const CapacityTable capacities = capacity_from(p.vm);

    const PlanInput plan = read_plan(p.plan);
    const WorkloadOutcome w =
        workload(plan, settings, capacities, {.level = p.vm.count("level") > 0});
    if (!w.ok()) {
        print_problems(w.problems, lang, std::cerr);
        return kInvalid;
    }
    const Calendar& calendar = settings.settings->calendar;
    const Workload& load = w.levelled ? w.levelled->load : w.load;
    write_output(p.vm, [&](std::ostream& os) {
        if (format == "json")
            write_load_json(os, plan, w, calendar);
        else
            write_overloads_csv(os, plan, w.owners, load, calendar);
    });
    if (p.vm.count("daily")) {
        write_file(p.vm["daily"].as<std::string>(),
                   [&](std::ostream& daily) { write_daily_csv(daily, w.owners, load, calendar); });
    }
    std::cerr << summary_lines(w.levelled ? w.levelled->schedule : *w.plan);
    if (w.levelled) std::cerr << levelling_lines(plan, w);
    return kOk;
}

} // namespace retroplan::cli
