// retroplan schedule PLAN.csv --deadline D [settings] [--level [--capacity FILE]]
//                            [--format csv|json] [-o OUT]
// retroplan check PLAN.csv [settings]
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include "retroplan/schedule.hpp"
#include "retroplan/workload.hpp"

#include <iostream>

namespace retroplan::cli {

int run_schedule(const std::vector<std::string>& args) {
    const char* synopsis = "schedule PLAN.csv --deadline YYYY-MM-DD [options]";
    po::options_description opts = command_options(true);
    add_capacity_option(opts);
    opts.add_options()("level", "levelled dates: nobody above capacity (model §12)");
    add_output_options(opts);
    const Parsed p = parse(args, opts, synopsis);
    if (p.help) return kOk;
    require_deadline(p.vm);
    const std::string format = format_from(p.vm);
    const Lang lang = lang_from(p.vm);
    const SettingsInput si = settings_from(p.vm);

    const PlanInput plan = read_plan(p.plan);
    const bool level = p.vm.count("level") > 0;
    if (p.vm.count("capacity") && !level) throw UsageError("--capacity goes with --level");
    // Levelling needs the owners' workload; the plain schedule does not.
    std::optional<WorkloadOutcome> levelled;
    Outcome outcome;
    if (level) {
        levelled = workload(plan, read_settings(si), capacity_from(p.vm), {.level = true});
        outcome.problems = levelled->problems;
        if (levelled->ok()) outcome.schedule = levelled->levelled->schedule;
    } else {
        outcome = schedule(plan, read_settings(si));
    }
    if (!outcome.ok()) {
        print_problems(outcome.problems, lang, std::cerr);
        return kInvalid;
    }
    const Schedule& s = *outcome.schedule;
    write_output(p.vm, [&](std::ostream& os) {
        if (format == "json")
            write_schedule_json(os, plan, s, p.vm.count("start") > 0);
        else
            write_schedule_csv(os, plan, s);
    });
    std::cerr << summary_lines(s);
    if (levelled) std::cerr << levelling_lines(plan, *levelled);
    return kOk;
}

int run_check(const std::vector<std::string>& args) {
    const char* synopsis = "check PLAN.csv [options]";
    po::options_description opts = command_options(false);
    const Parsed p = parse(args, opts, synopsis);
    if (p.help) return kOk;
    const Lang lang = lang_from(p.vm);
    const SettingsInput si = settings_from(p.vm);
    const PlanInput plan = read_plan(p.plan);
    const Outcome outcome = schedule(plan, read_settings(si));
    print_problems(outcome.problems, lang, std::cout);
    if (outcome.problems.empty()) std::cout << "OK: " << plan.tasks.size() << " tasks\n";
    return outcome.problems.empty() ? kOk : kInvalid;
}

} // namespace retroplan::cli
