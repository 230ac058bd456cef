// Data-driven scenarios: each tests/scenarios/*.scenario file holds settings, a plan (CSV) and
// either the expected dates (any subset of the CLI's columns) or the expected problems.
// Adding a case is adding a file; see tests/scenarios/README.md for the format.
#include "plan_helpers.hpp"
#include "risk_helpers.hpp"

#include "retroplan/text.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace retroplan;
using namespace retroplan::test;
namespace fs = std::filesystem;

namespace {

struct Scenario {
    std::map<std::string, std::string> settings;
    std::string plan;
    std::string expect;   // CSV with a header naming the columns to compare
    std::string problems; // lines "code row"
};

Scenario load(const fs::path& path) {
    std::ifstream in(path);
    Scenario s;
    std::string line, section = "settings";
    while (std::getline(in, line)) {
        if (line.rfind("--- ", 0) == 0) {
            section = line.substr(4);
            continue;
        }
        if (section == "settings") {
            if (line.empty() || line[0] == '#') continue;
            const auto colon = line.find(':');
            if (colon == std::string::npos) continue;
            s.settings[line.substr(0, colon)] = std::string(trim(line.substr(colon + 1)));
        } else if (section == "plan") {
            s.plan += line + "\n";
        } else if (section == "expect") {
            s.expect += line + "\n";
        } else if (section == "problems" && !trim(line).empty()) {
            s.problems += std::string(trim(line)) + "\n";
        }
    }
    return s;
}

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    for (auto e : split_entries(s))
        out.emplace_back(e);
    return out;
}

std::string value_of(const PlanRun& r, std::size_t i, const std::string& column) {
    const Schedule& s = *r.outcome.schedule;
    const auto& t = s.times[i];
    const auto& d = s.dates[i];
    if (column == "start") return to_iso(d.start);
    if (column == "end") return to_iso(d.end);
    if (column == "early_start") return to_iso(d.early_start);
    if (column == "early_end") return to_iso(d.early_end);
    if (column == "slack") return std::to_string(t.total_slack);
    if (column == "free_slack") return std::to_string(t.free_slack);
    if (column == "critical") return t.critical ? "true" : "false";
    return "unknown column " + column;
}

std::vector<std::string> scenario_names() {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(RETROPLAN_SCENARIO_DIR))
        if (e.path().extension() == ".scenario") names.push_back(e.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

class Scenarios : public ::testing::TestWithParam<std::string> {};

TEST_P(Scenarios, MatchExpectations) {
    const Scenario sc = load(fs::path(RETROPLAN_SCENARIO_DIR) / (GetParam() + ".scenario"));
    auto get = [&](const char* k) { return sc.settings.count(k) ? sc.settings.at(k) : ""; };
    const PlanRun r = run_plan(sc.plan, get("deadline"), split_list(get("holidays")), get("start"),
                               get("weekend"));
    std::vector<Problem> problems = r.settings_problems;
    const auto risk = risk_settings_problems(sc.settings); // runs, seed, confidence levels
    problems.insert(problems.end(), risk.begin(), risk.end());
    problems.insert(problems.end(), r.outcome.problems.begin(), r.outcome.problems.end());

    if (!sc.problems.empty()) {
        std::string got;
        for (const auto& p : problems)
            got += std::string(code(p.id)) + " " + std::to_string(p.row) + "\n";
        EXPECT_EQ(got, sc.problems);
        return;
    }
    ASSERT_TRUE(problems.empty()) << format_problem(problems.front(), Lang::En);
    if (!get("kickoff").empty()) {
        EXPECT_EQ(to_iso(r.outcome.schedule->kickoff_date), get("kickoff"));
    }
    if (!get("late_by").empty()) {
        EXPECT_EQ(std::to_string(r.outcome.schedule->late_by), get("late_by"));
    }

    auto expect = read_csv(sc.expect).table.rows;
    ASSERT_FALSE(expect.empty()) << "no --- expect section";
    std::vector<std::string> columns;
    for (const auto& c : expect[0])
        columns.push_back(cell_text(c));
    ASSERT_EQ(columns.at(0), "id");
    std::size_t checked = 0;
    for (std::size_t row = 1; row < expect.size(); ++row) {
        const std::string id = cell_text(expect[row][0]);
        const auto task = std::find_if(r.plan.tasks.begin(), r.plan.tasks.end(),
                                       [&](const TaskInput& t) { return t.id == id; });
        ASSERT_NE(task, r.plan.tasks.end()) << "no task " << id;
        const auto i = std::size_t(task - r.plan.tasks.begin());
        for (std::size_t c = 1; c < columns.size() && c < expect[row].size(); ++c) {
            if (expect[row][c].blank()) continue; // a blank expectation is not checked
            EXPECT_EQ(value_of(r, i, columns[c]), cell_text(expect[row][c]))
                << "task " << id << ", column " << columns[c];
            ++checked;
        }
    }
    EXPECT_GT(checked, 0u);
}

INSTANTIATE_TEST_SUITE_P(Files, Scenarios, ::testing::ValuesIn(scenario_names()),
                         [](const auto& info) {
                             std::string n = info.param;
                             std::replace_if(
                                 n.begin(), n.end(), [](char c) { return !std::isalnum(c); }, '_');
                             return n;
                         });

} // namespace
