// Data-driven scenarios: each tests/scenarios/*.scenario file holds settings, a plan (CSV) and
// either the expected dates (any subset of the CLI's columns) or the expected problems; owners'
// scenarios (§12) add a capacity table, levelling, overloads and loads.
// Adding a case is adding a file; see tests/scenarios/README.md for the format.
#include "plan_helpers.hpp"

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
    // Owners and load (§12): CSV sections.
    std::string capacity, overloads, levelled_overloads, load, levelled_load;
    bool owners() const {
        return settings.count("level") || !capacity.empty() || !overloads.empty() ||
               !levelled_overloads.empty() || !load.empty() || !levelled_load.empty();
    }
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
        } else if (section == "capacity") {
            s.capacity += line + "\n";
        } else if (section == "overloads") {
            s.overloads += line + "\n";
        } else if (section == "levelled overloads") {
            s.levelled_overloads += line + "\n";
        } else if (section == "load") {
            s.load += line + "\n";
        } else if (section == "levelled load") {
            s.levelled_load += line + "\n";
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

std::string value_of(const Schedule& s, std::size_t i, const std::string& column) {
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

// Rows of a CSV section, each as its cells joined by " | " (the header included).
std::vector<std::string> csv_lines(const std::string& csv) {
    std::vector<std::string> out;
    for (const auto& row : read_csv(csv).table.rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c)
            line += (c ? " | " : "") + cell_text(row[c]);
        out.push_back(line);
    }
    return out;
}

// The overloads as the CLI's `load` writes them: person,from,to,peak_load,tasks.
std::vector<std::string> overload_lines(const PlanInput& plan, const WorkloadOutcome& w,
                                        const Workload& load, const Calendar& cal) {
    std::vector<std::string> out{"person | from | to | peak_load | tasks"};
    for (const Overload& o : load.overloads) {
        std::string tasks;
        for (const auto t : o.tasks)
            tasks += (tasks.empty() ? "" : ";") + plan.tasks[std::size_t(t)].id;
        out.push_back(w.owners.people.name(o.person) + " | " + to_iso(*cal.date_of(o.begin)) +
                      " | " + to_iso(*cal.date_of(o.end - 1)) + " | " + share_percent_text(o.peak) +
                      " | " + tasks);
    }
    return out;
}

// Each "person,date,load" row of a load section against the computed load.
void check_loads(const std::string& section, const WorkloadOutcome& w, const Calendar& cal,
                 bool levelled) {
    const auto rows = read_csv(section).table.rows;
    ASSERT_GT(rows.size(), 1u) << "empty load section";
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const std::string person = cell_text(rows[r].at(0)), date = cell_text(rows[r].at(1));
        EXPECT_EQ(share_percent_text(w.load_on(cal, person, *parse_date(date), levelled)),
                  cell_text(rows[r].at(2)))
            << person << " on " << date << (levelled ? " (levelled)" : "");
    }
}

// The plan-level figures and the task dates (plain, or levelled with `level: yes`).
void check_dates(const Scenario& sc, const PlanInput& plan, const Schedule& s) {
    auto get = [&](const char* k) { return sc.settings.count(k) ? sc.settings.at(k) : ""; };
    if (!get("kickoff").empty()) {
        EXPECT_EQ(to_iso(s.kickoff_date), get("kickoff"));
    }
    if (!get("late_by").empty()) {
        EXPECT_EQ(std::to_string(s.late_by), get("late_by"));
    }
    if (sc.expect.empty() && sc.owners()) return; // an owners' scenario may check loads only
    auto expect = read_csv(sc.expect).table.rows;
    ASSERT_FALSE(expect.empty()) << "no --- expect section";
    std::vector<std::string> columns;
    for (const auto& c : expect[0])
        columns.push_back(cell_text(c));
    ASSERT_EQ(columns.at(0), "id");
    std::size_t checked = 0;
    for (std::size_t row = 1; row < expect.size(); ++row) {
        const std::string id = cell_text(expect[row][0]);
        const auto task = std::find_if(plan.tasks.begin(), plan.tasks.end(),
                                       [&](const TaskInput& t) { return t.id == id; });
        ASSERT_NE(task, plan.tasks.end()) << "no task " << id;
        const auto i = std::size_t(task - plan.tasks.begin());
        for (std::size_t c = 1; c < columns.size() && c < expect[row].size(); ++c) {
            if (expect[row][c].blank()) continue; // a blank expectation is not checked
            EXPECT_EQ(value_of(s, i, columns[c]), cell_text(expect[row][c]))
                << "task " << id << ", column " << columns[c];
            ++checked;
        }
    }
    EXPECT_GT(checked, 0u);
}

std::string problem_lines(const std::vector<Problem>& problems) {
    std::string got;
    for (const auto& p : problems)
        got += std::string(code(p.id)) + " " + std::to_string(p.row) + "\n";
    return got;
}

// An owners' scenario: workload() with the capacity table, levelled on `level: yes`.
void run_owners(const Scenario& sc) {
    auto get = [&](const char* k) { return sc.settings.count(k) ? sc.settings.at(k) : ""; };
    const PlanInput plan = plan_from_csv(sc.plan);
    const SettingsOutcome settings = settings_from_text(
        get("deadline"), split_list(get("holidays")), get("start"), get("weekend"));
    const bool level = get("level") == "yes";
    const WorkloadOutcome w =
        workload(plan, settings, capacities_from_csv(sc.capacity), {.level = level});
    if (!sc.problems.empty()) {
        EXPECT_EQ(problem_lines(w.problems), sc.problems);
        return;
    }
    ASSERT_TRUE(w.problems.empty()) << format_problem(w.problems.front(), Lang::En);
    ASSERT_TRUE(w.ok());
    const Calendar& cal = settings.settings->calendar;
    if (level) {
        ASSERT_TRUE(w.levelled.has_value());
        check_dates(sc, plan, w.levelled->schedule);
        if (!get("plain_kickoff").empty()) {
            EXPECT_EQ(to_iso(w.plan->kickoff_date), get("plain_kickoff"));
        }
        if (!get("level_cost").empty()) {
            EXPECT_EQ(std::to_string(w.levelled->kickoff_cost), get("level_cost"));
        }
        std::string exceeding;
        for (const Exceeding& e : w.levelled->exceeding)
            exceeding += (exceeding.empty() ? "" : "; ") + plan.tasks[std::size_t(e.task)].id +
                         " " + w.owners.people.name(e.person);
        EXPECT_EQ(exceeding, get("exceeding"));
    } else {
        check_dates(sc, plan, *w.plan);
    }
    if (!sc.overloads.empty()) {
        EXPECT_EQ(overload_lines(plan, w, w.load, cal), csv_lines(sc.overloads));
    }
    if (!sc.levelled_overloads.empty()) {
        ASSERT_TRUE(level) << "levelled overloads need level: yes";
        EXPECT_EQ(overload_lines(plan, w, w.levelled->load, cal), csv_lines(sc.levelled_overloads));
    }
    if (!sc.load.empty()) check_loads(sc.load, w, cal, false);
    if (!sc.levelled_load.empty()) check_loads(sc.levelled_load, w, cal, true);
}

TEST_P(Scenarios, MatchExpectations) {
    const Scenario sc = load(fs::path(RETROPLAN_SCENARIO_DIR) / (GetParam() + ".scenario"));
    if (sc.owners()) return run_owners(sc);
    auto get = [&](const char* k) { return sc.settings.count(k) ? sc.settings.at(k) : ""; };
    const PlanRun r = run_plan(sc.plan, get("deadline"), split_list(get("holidays")), get("start"),
                               get("weekend"));
    std::vector<Problem> problems = r.settings_problems;
    problems.insert(problems.end(), r.outcome.problems.begin(), r.outcome.problems.end());

    if (!sc.problems.empty()) {
        EXPECT_EQ(problem_lines(problems), sc.problems);
        return;
    }
    ASSERT_TRUE(problems.empty()) << format_problem(problems.front(), Lang::En);
    check_dates(sc, r.plan, *r.outcome.schedule);
}

INSTANTIATE_TEST_SUITE_P(Files, Scenarios, ::testing::ValuesIn(scenario_names()),
                         [](const auto& info) {
                             std::string n = info.param;
                             std::replace_if(
                                 n.begin(), n.end(), [](char c) { return !std::isalnum(c); }, '_');
                             return n;
                         });

} // namespace
