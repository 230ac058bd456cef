// retroplan: the scheduling engine on CSV files. `retroplan COMMAND PLAN.csv [options]`;
// `retroplan COMMAND --help` lists a command's options.
// Exit codes: 0 done / no problem, 1 invalid plan (problems on stderr for schedule, stdout for
// check), 2 usage, unreadable input or unwritable output (stdout included).
#include "commands.hpp"
#include "common.hpp"

#include "retroplan/text.hpp"

#include <iostream>

using namespace retroplan::cli;

namespace retroplan::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        {"schedule", "schedule PLAN.csv --deadline YYYY-MM-DD [options]", run_schedule},
        {"check", "check PLAN.csv [options]", run_check},
        {"ics", "ics PLAN.csv --deadline YYYY-MM-DD [options]", run_ics},
        {"load", "load PLAN.csv --deadline YYYY-MM-DD [options]", run_load},
        {"status", "status PLAN.csv --deadline YYYY-MM-DD --start YYYY-MM-DD [options]",
         run_status},
        {"risk", "risk PLAN.csv --deadline YYYY-MM-DD [options]", run_risk},
    };
    return all;
}

} // namespace retroplan::cli

namespace {

std::string usage() {
    std::string out = "Usage:\n";
    for (const auto& c : commands())
        out += std::string("  retroplan ") + c.synopsis + "\n";
    out += "  retroplan COMMAND --help\n";
    return out;
}

int run(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) throw UsageError("a command is required");
    if (args[0] == "--help" || args[0] == "-h") {
        std::cout << usage();
        return kOk;
    }
    // The command comes first, or after options ("retroplan --lang fr check P"): the first
    // word naming a command.
    const bool options_first = args[0].rfind("-", 0) == 0;
    for (std::size_t i = 0; i < (options_first ? args.size() : 1); ++i)
        for (const auto& c : commands())
            if (args[i] == c.name) {
                std::vector<std::string> rest(args.begin(), args.begin() + std::ptrdiff_t(i));
                rest.insert(rest.end(), args.begin() + std::ptrdiff_t(i) + 1, args.end());
                return c.run(rest);
            }
    throw UsageError(options_first ? "a command is required" : "unknown command " + args[0]);
}

} // namespace

int main(int argc, char** argv) {
    // Messages echo arguments and file names: printable() keeps each on one line, without
    // terminal control sequences.
    try {
        const int code = run(argc, argv);
        flush_stdout(); // a result or a report that never reached stdout is not a success
        return code;
    } catch (const FileError& e) {
        std::cerr << "retroplan: " << retroplan::printable(e.what()) << "\n";
        return kUsage;
    } catch (const UsageError& e) {
        std::cerr << "retroplan: " << retroplan::printable(e.what()) << "\n" << usage();
        return kUsage;
    } catch (const std::exception& e) {
        std::cerr << "retroplan: " << retroplan::printable(e.what()) << "\n";
        return kUsage;
    }
}
