// What every CLI command shares: exit codes, usage errors, the plan-settings options (deadline,
// start, holidays, weekend, alert days, lang) and their reading, the plan file, and where output
// goes.
#pragma once

#include "retroplan/capacity.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/table.hpp"

#include <boost/program_options.hpp>

#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace retroplan::cli {

namespace po = boost::program_options;

inline constexpr int kOk = 0, kInvalid = 1, kUsage = 2;

// A bad command line, an unreadable input or an unwritable output: exit code 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// An input that cannot be read or an output that cannot be written: exit code 2, without the
// usage text (the command line was right).
struct FileError : UsageError {
    using UsageError::UsageError;
};

// One subcommand: `retroplan NAME PLAN.csv [options]`.
struct Command {
    const char* name;
    const char* synopsis; // the usage line after "retroplan "
    int (*run)(const std::vector<std::string>& args);
};
const std::vector<Command>& commands();

// --deadline, --start, --holidays, --holidays-file, --weekend, --alert-days, --lang.
void add_settings_options(po::options_description& opts, bool deadline_required);

// A command's options to begin with: --help, then the settings (add_settings_options).
po::options_description command_options(bool deadline_required);
// --format csv|json (default csv) and -o FILE, for a command that writes one result.
void add_output_options(po::options_description& opts);
// UsageError without --deadline (every command but check needs it).
void require_deadline(const po::variables_map& vm);
// --format, checked: "csv" or "json".
std::string format_from(const po::variables_map& vm);

// Parses args (after the command name) with one positional plan file; --help prints and
// returns nullopt-like false.
struct Parsed {
    po::variables_map vm;
    std::string plan;
    bool help = false;
};
Parsed parse(const std::vector<std::string>& args, const po::options_description& opts,
             const char* synopsis);

// The settings as given; `check` without --deadline validates against kCheckOnlyDeadline.
SettingsInput settings_from(const po::variables_map& vm);
Lang lang_from(const po::variables_map& vm);
// The language of what a command writes about a plan (ics descriptions, the status report):
// --lang, else the table's, as RETRO_STATUS and schedule's status column follow the table.
Lang output_lang(const po::variables_map& vm, const PlanInput& plan);

// --capacity FILE: a CSV of person, capacity % (header optional); without it everyone has 100 %.
void add_capacity_option(po::options_description& opts);
CapacityTable capacity_from(const po::variables_map& vm);

// The plan file, read and parsed; FileError when it cannot be read.
PlanInput read_plan(const std::string& path);
// A file's bytes; FileError when it is missing, a directory or cannot be read.
std::string read_file(const std::string& path);

void print_problems(const std::vector<Problem>& problems, Lang lang, std::ostream& os);

// Writes through `write` to -o FILE (when given) or stdout, and makes sure it got there:
// FileError on any write error (a full disk, /dev/full, a closed stdout).
void write_output(const po::variables_map& vm, const std::function<void(std::ostream&)>& write);

// Writes through `write` to the file at `path`, checked to its last byte: FileError when it
// cannot be created or written (a directory, a full disk, /dev/full).
void write_file(const std::string& path, const std::function<void(std::ostream&)>& write);

// Flushes stdout; FileError when what was printed could not be written.
void flush_stdout();

} // namespace retroplan::cli
