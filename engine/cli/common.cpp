#include "common.hpp"

#include "retroplan/csv.hpp"
#include "retroplan/parse.hpp"
#include "retroplan/text.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace retroplan::cli {

namespace {

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

} // namespace

void add_settings_options(po::options_description& opts, bool deadline_required) {
    opts.add_options()("deadline", po::value<std::string>(),
                       deadline_required ? "launch date, YYYY-MM-DD (required)"
                                         : "launch date, YYYY-MM-DD")(
        "start", po::value<std::string>(), "start (status) date, \"today\", YYYY-MM-DD")(
        "holidays", po::value<std::vector<std::string>>()->composing(), "holidays, D1,D2,...")(
        "holidays-file", po::value<std::string>(), "file with one holiday date per line")(
        "weekend", po::value<std::string>(), "WORKDAY.INTL weekend: 0000011 or a code 1-7, 11-17")(
        "alert-days", po::value<std::string>(),
        "with --start: alert window, working days (default 2)")(
        "lang", po::value<std::string>(), "en or fr (messages; default from LANG)");
}

Parsed parse(const std::vector<std::string>& args, const po::options_description& opts,
             const char* synopsis) {
    po::options_description hidden;
    hidden.add_options()("plan", po::value<std::string>());
    po::options_description all;
    all.add(opts).add(hidden);
    po::positional_options_description pos;
    pos.add("plan", 1);
    Parsed p;
    try {
        po::store(po::command_line_parser(args).options(all).positional(pos).run(), p.vm);
        po::notify(p.vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    if (p.vm.count("help")) {
        std::cout << "Usage: retroplan " << synopsis << "\n" << opts;
        p.help = true;
        return p;
    }
    if (!p.vm.count("plan")) throw UsageError("a plan file is required");
    p.plan = p.vm["plan"].as<std::string>();
    return p;
}

Lang lang_from(const po::variables_map& vm) {
    if (!vm.count("lang")) return default_lang();
    const auto& l = vm["lang"].as<std::string>();
    if (l != "en" && l != "fr") throw UsageError("--lang must be en or fr");
    return l == "fr" ? Lang::Fr : Lang::En;
}

SettingsInput settings_from(const po::variables_map& vm) {
    SettingsInput si;
    si.deadline = Cell::of_text(vm.count("deadline") ? vm["deadline"].as<std::string>()
                                                     : to_iso(kCheckOnlyDeadline));
    if (vm.count("start")) si.start = Cell::of_text(vm["start"].as<std::string>());
    if (vm.count("weekend")) si.weekend = Cell::of_text(vm["weekend"].as<std::string>());
    if (vm.count("alert-days")) si.alert_days = Cell::of_text(vm["alert-days"].as<std::string>());
    if (vm.count("holidays"))
        for (const auto& list : vm["holidays"].as<std::vector<std::string>>())
            for (auto h : split_entries(list))
                si.holidays.push_back(Cell::of_text(std::string(h)));
    if (vm.count("holidays-file"))
        for (auto& h : read_holidays_file(vm["holidays-file"].as<std::string>()))
            si.holidays.push_back(std::move(h));
    return si;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return std::move(ss).str();
}

void add_capacity_option(po::options_description& opts) {
    opts.add_options()("capacity", po::value<std::string>(),
                       "CSV file: person, capacity % (default 100 %)");
}

CapacityTable capacity_from(const po::variables_map& vm) {
    if (!vm.count("capacity")) return {};
    CsvRead csv = read_csv(read_file(vm["capacity"].as<std::string>()));
    CapacityTable table = read_capacities(csv.table);
    table.problems.insert(table.problems.begin(), csv.problems.begin(), csv.problems.end());
    return table;
}

PlanInput read_plan(const std::string& path) {
    return read_plan_csv(read_file(path)); // the text is freed on return
}

void print_problems(const std::vector<Problem>& problems, Lang lang, std::ostream& os) {
    for (const auto& p : problems)
        os << format_problem(p, lang) << '\n';
}

void write_output(const po::variables_map& vm, const std::function<void(std::ostream&)>& write) {
    if (vm.count("output")) {
        const auto& path = vm["output"].as<std::string>();
        std::ofstream out(path, std::ios::binary);
        if (out) write(out);
        if (!out) throw UsageError("cannot write " + path);
    } else {
        write(std::cout);
    }
}

} // namespace retroplan::cli
