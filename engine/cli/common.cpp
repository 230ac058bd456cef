#include "common.hpp"

#include "retroplan/csv.hpp"
#include "retroplan/encoding.hpp"
#include "retroplan/parse.hpp"
#include "retroplan/text.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace retroplan::cli {

namespace {

Lang default_lang() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) return std::string_view(v).substr(0, 2) == "fr" ? Lang::Fr : Lang::En;
    }
    return Lang::En;
}

// ": No space left on device" for the last failed call, or nothing when errno says nothing.
std::string reason() {
    return errno != 0 ? std::string(": ") + std::strerror(errno) : std::string();
}

// A path as a message shows it: one line, no terminal control sequence.
std::string quoted(const std::string& path) {
    return "\"" + printable(path) + "\"";
}

// The file's text as UTF-8 (UTF-16 and UTF-32 converted, as for a plan).
std::string read_text_file(const std::string& path) {
    std::string bytes = read_file(path);
    const Encoding encoding = detect_encoding(bytes);
    if (encoding == Encoding::Utf8) return bytes;
    auto text = to_utf8(bytes, encoding);
    if (!text)
        throw FileError(quoted(path) + " looks like " + std::string(encoding_name(encoding)) +
                        " but is not valid " + std::string(encoding_name(encoding)) +
                        " text: save as UTF-8");
    return std::move(*text);
}

// One date per line (first field of a CSV line); blank lines, '#' comments and a header skipped.
std::vector<Cell> read_holidays_file(const std::string& path) {
    std::vector<Cell> out;
    std::istringstream lines(read_text_file(path));
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

po::options_description command_options(bool deadline_required) {
    po::options_description opts("Options");
    opts.add_options()("help,h", "show this help");
    add_settings_options(opts, deadline_required);
    return opts;
}

void add_output_options(po::options_description& opts) {
    opts.add_options()("format", po::value<std::string>()->default_value("csv"), "csv or json")(
        "output,o", po::value<std::string>(), "write the result to this file");
}

void require_deadline(const po::variables_map& vm) {
    if (!vm.count("deadline")) throw UsageError("--deadline is required");
}

std::string format_from(const po::variables_map& vm) {
    std::string format = vm["format"].as<std::string>();
    if (format != "csv" && format != "json") throw UsageError("--format must be csv or json");
    return format;
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

Lang output_lang(const po::variables_map& vm, const PlanInput& plan) {
    return vm.count("lang") ? lang_from(vm) : plan.lang;
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
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw FileError("cannot read " + quoted(path) + reason());
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
        throw FileError("cannot read " + quoted(path) + ": it is a directory, not a file");
    constexpr std::size_t kChunk = 1 << 16;
    std::string out;
    // Room for the whole file and the last, empty read: the text is never copied.
    if (S_ISREG(st.st_mode)) out.reserve(std::size_t(st.st_size) + kChunk);
    for (;;) {
        const std::size_t size = out.size();
        out.resize(size + kChunk);
        const ssize_t n = ::read(fd, out.data() + size, kChunk);
        if (n < 0 && errno == EINTR) {
            out.resize(size);
            continue;
        }
        if (n < 0) throw FileError("cannot read " + quoted(path) + reason());
        out.resize(size + std::size_t(n));
        if (n == 0) return out;
    }
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
    if (!vm.count("output")) {
        write(std::cout);
        flush_stdout();
        return;
    }
    write_file(vm["output"].as<std::string>(), write);
}

void write_file(const std::string& path, const std::function<void(std::ostream&)>& write) {
    errno = 0;
    std::ofstream out(path, std::ios::binary);
    if (!out) throw FileError("cannot write " + quoted(path) + reason());
    write(out);
    out.close(); // the last buffered bytes reach the file (or fail to) here
    if (!out) throw FileError("cannot write " + quoted(path) + reason());
}

void flush_stdout() {
    errno = 0;
    std::cout.flush();
    if (!std::cout) throw FileError("cannot write to standard output" + reason());
}

} // namespace retroplan::cli
