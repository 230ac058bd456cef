// libFuzzer target over the path `retroplan schedule` and `check` run on a CSV file: the plan
// read by read_plan_csv (every encoding), the settings by read_settings, schedule(), every
// problem's message in English and French, and the CSV and JSON writers.
//
// Input: the plan file's bytes, optionally after one settings line
//   #!DEADLINE|START|WEEKEND|HOLIDAY,HOLIDAY
// (deadline 2027-04-02 and no other setting without it), so the examples are seeds as they are.
//
// Besides the sanitizers it checks what the CLI promises: a message is one line of valid UTF-8
// without control characters, the JSON output parses with one entry per task, and the CSV
// output reads back with the same IDs and names.
#include "output.hpp"

#include "retroplan/csv.hpp"
#include "retroplan/parse.hpp"
#include "retroplan/problem.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/text.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

using namespace retroplan;

namespace {

[[noreturn]] void fail(const char* what, std::string_view detail) {
    std::fprintf(stderr, "fuzz_plan: %s: %s\n", what, printable(detail).c_str());
    std::abort();
}

std::string_view take_line(std::string_view& in) {
    const auto eol = in.find('\n');
    const std::string_view line = in.substr(0, eol);
    in = eol == std::string_view::npos ? std::string_view() : in.substr(eol + 1);
    return line;
}

SettingsInput default_settings() {
    SettingsInput si;
    si.deadline = Cell::of_text("2027-04-02");
    return si;
}

// The settings line, when the input starts with one.
SettingsInput settings_from(std::string_view& in) {
    SettingsInput si = default_settings();
    std::string_view line = take_line(in).substr(2);
    std::string_view fields[4];
    for (auto& f : fields) {
        const auto bar = line.find('|');
        f = line.substr(0, bar);
        line = bar == std::string_view::npos ? std::string_view() : line.substr(bar + 1);
    }
    si.deadline = Cell::of_text(std::string(fields[0]));
    if (!fields[1].empty()) si.start = Cell::of_text(std::string(fields[1]));
    if (!fields[2].empty()) si.weekend = Cell::of_text(std::string(fields[2]));
    for (auto h : split_entries(fields[3]))
        si.holidays.push_back(Cell::of_text(std::string(h)));
    return si;
}

void check_message(const std::string& msg) {
    if (!is_valid_utf8(msg)) fail("message is not UTF-8", msg);
    for (char c : msg)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            fail("control character in a message", msg);
}

void check_outputs(const PlanInput& plan, const Schedule& s, bool has_start) {
    std::ostringstream json;
    cli::write_schedule_json(json, plan, s, has_start);
    const auto j = nlohmann::json::parse(json.str(), nullptr, false);
    if (j.is_discarded()) fail("JSON output does not parse", json.str());
    if (j["tasks"].size() != plan.tasks.size()) fail("JSON output lost tasks", json.str());

    std::ostringstream csv;
    cli::write_schedule_csv(csv, plan, s);
    const CsvRead back = read_csv(csv.str());
    if (!back.problems.empty() || back.table.rows.size() != plan.tasks.size() + 1)
        fail("CSV output does not read back", csv.str());
    // Every row as wide as the header, which ends with the carried columns.
    const auto& header = back.table.rows[0];
    const std::size_t width = header.size();
    if (width < 2 + plan.extra_headers.size() || header[0].text != "id")
        fail("CSV output header differs", csv.str());
    for (std::size_t k = 0; k < plan.extra_headers.size(); ++k)
        if (header[width - plan.extra_headers.size() + k].text != plan.extra_headers[k])
            fail("CSV output lost a carried header", csv.str());
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const auto& row = back.table.rows[i + 1];
        if (row.size() != width || row[0].text != plan.tasks[i].id ||
            row[1].text != plan.tasks[i].name)
            fail("CSV output row differs", csv.str());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    // Reading the settings builds a 300-year calendar, most of the time of a run: read the
    // default ones once, so that inputs without a settings line run many times faster.
    static const SettingsOutcome default_outcome = read_settings(default_settings());
    const bool has_settings = in.substr(0, 2) == "#!";
    const SettingsInput si = has_settings ? settings_from(in) : default_settings();
    const PlanInput plan = read_plan_csv(in);
    const Outcome outcome =
        has_settings ? schedule(plan, read_settings(si)) : schedule(plan, default_outcome);
    for (const Problem& p : outcome.problems)
        for (Lang lang : {Lang::En, Lang::Fr})
            check_message(format_problem(p, lang));
    if (outcome.ok()) check_outputs(plan, *outcome.schedule, !si.start.blank());
    return 0;
}
