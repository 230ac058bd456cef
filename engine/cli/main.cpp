// retroplan: the scheduling engine on CSV files.
//   retroplan schedule PLAN.csv --deadline YYYY-MM-DD [--start D] [--holidays D1,D2]
//   [--holidays-file F]
//                     [--weekend 0000011|1..17] [--format csv|json] [-o OUT]
//   retroplan check PLAN.csv [same settings]
// Exit codes: 0 scheduled / no problem, 1 invalid plan, 2 usage or unreadable file.
#include "output.hpp"

#include "retroplan/csv.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/text.hpp"

#include <boost/program_options.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace po = boost::program_options;
using namespace retroplan;

namespace {

constexpr int kOk = 0, kInvalid = 1, kUsage = 2;

const char* const kUsageText = "Usage:\n"
                               "  retroplan schedule PLAN.csv --deadline YYYY-MM-DD [options]\n"
                               "  retroplan check PLAN.csv [options]\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return std::move(ss).str();
}

Lang default_lang() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) return std::string_view(v).substr(0, 2) == "fr" ? Lang::Fr : Lang::En;
    }
    return Lang::En;
}

// One date per line (first field of a CSV line); blank lines, '#' comments and a header skipped.
std::vector<Cell> read_holidays_file(const std::string& path) {
    std::vector<Cell> out;
    std::istringstream lines(read_file(path));
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
        std::string_view l = trim(line);
        if (first && l.substr(0, 3) == "\xEF\xBB\xBF") l = trim(l.substr(3));
        const bool header = first && !l.empty() && !is_digit(l.front());
        first = false;
        if (l.empty() || l.front() == '#' || header) continue;
        const auto cut = l.find_first_of(",;\t");
        out.push_back(Cell::of_text(std::string(trim(l.substr(0, cut)))));
    }
    return out;
}

void print_problems(const std::vector<Problem>& problems, Lang lang, std::ostream& os) {
    for (const auto& p : problems)
        os << format_problem(p, lang) << '\n';
}

int run(int argc, char** argv) {
    po::options_description opts("Options");
    opts.add_options()("help,h", "show this help")(
        "deadline", po::value<std::string>(), "launch date, YYYY-MM-DD (required by schedule)")(
        "start", po::value<std::string>(), "start date (\"today\"), YYYY-MM-DD")(
        "holidays", po::value<std::vector<std::string>>()->composing(), "holidays, D1,D2,...")(
        "holidays-file", po::value<std::string>(), "file with one holiday date per line")(
        "weekend", po::value<std::string>(), "WORKDAY.INTL weekend: 0000011 or a code 1-7, 11-17")(
        "format", po::value<std::string>()->default_value("csv"),
        "csv or json")("output,o", po::value<std::string>(), "write the result to this file")(
        "lang", po::value<std::string>(), "en or fr (messages; default from LANG)");
    po::options_description hidden;
    hidden.add_options()("command", po::value<std::string>())("plan", po::value<std::string>());
    po::options_description all;
    all.add(opts).add(hidden);
    po::positional_options_description pos;
    pos.add("command", 1).add("plan", 1);

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    if (vm.count("help")) {
        std::cout << kUsageText << opts;
        return kOk;
    }
    if (!vm.count("command") || !vm.count("plan"))
        throw UsageError("a command and a plan file are required");
    const std::string command = vm["command"].as<std::string>();
    if (command != "schedule" && command != "check") throw UsageError("unknown command " + command);
    const bool check = command == "check";
    if (!check && !vm.count("deadline")) throw UsageError("--deadline is required");
    const std::string format = vm["format"].as<std::string>();
    if (format != "csv" && format != "json") throw UsageError("--format must be csv or json");
    Lang lang = default_lang();
    if (vm.count("lang")) {
        const auto& l = vm["lang"].as<std::string>();
        if (l != "en" && l != "fr") throw UsageError("--lang must be en or fr");
        lang = l == "fr" ? Lang::Fr : Lang::En;
    }

    SettingsInput si;
    // `check` without a deadline still validates the plan: any valid date will do.
    si.deadline = Cell::of_text(vm.count("deadline") ? vm["deadline"].as<std::string>()
                                                     : to_iso(kCheckOnlyDeadline));
    if (vm.count("start")) si.start = Cell::of_text(vm["start"].as<std::string>());
    if (vm.count("weekend")) si.weekend = Cell::of_text(vm["weekend"].as<std::string>());
    if (vm.count("holidays"))
        for (const auto& list : vm["holidays"].as<std::vector<std::string>>())
            for (auto h : split_entries(list))
                si.holidays.push_back(Cell::of_text(std::string(h)));
    if (vm.count("holidays-file"))
        for (auto& h : read_holidays_file(vm["holidays-file"].as<std::string>()))
            si.holidays.push_back(std::move(h));

    PlanInput plan = read_plan_csv(read_file(vm["plan"].as<std::string>())); // text freed here

    const Outcome outcome = schedule(plan, read_settings(si));
    const std::vector<Problem>& problems = outcome.problems;

    if (check) {
        print_problems(problems, lang, std::cout);
        if (problems.empty()) std::cout << "OK: " << plan.tasks.size() << " tasks\n";
        return problems.empty() ? kOk : kInvalid;
    }
    if (!problems.empty()) {
        print_problems(problems, lang, std::cerr);
        return kInvalid;
    }
    const Schedule& s = *outcome.schedule;
    auto write = [&](std::ostream& os) {
        if (format == "json")
            cli::write_schedule_json(os, plan, s, vm.count("start") > 0);
        else
            cli::write_schedule_csv(os, plan, s);
    };
    if (vm.count("output")) {
        const auto& path = vm["output"].as<std::string>();
        std::ofstream out(path, std::ios::binary);
        if (out) write(out);
        if (!out) throw UsageError("cannot write " + path);
    } else {
        write(std::cout);
    }
    std::cerr << cli::summary_lines(s);
    return kOk;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const UsageError& e) {
        std::cerr << "retroplan: " << e.what() << "\n" << kUsageText;
        return kUsage;
    } catch (const std::exception& e) {
        std::cerr << "retroplan: " << e.what() << "\n";
        return kUsage;
    }
}
