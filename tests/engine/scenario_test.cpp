// Data-driven scenarios: each tests/scenarios/*.scenario file holds settings, a plan and either
// the expected dates (any subset of the CLI's columns) or the expected problems. A plan is read
// the way a shell reads it: a CSV file as the CLI does (read_plan_csv, read_settings, schedule),
// or a sheet's cells as the rebuild does (prepare_rebuild). Adding a case is adding a file; see
// tests/scenarios/README.md for the format. Every diagnostic ID has its problem_<code> file.
// Owners' scenarios (model §12: capacity, levelling, overloads, loads) run in owner_scenarios.cpp.
#include "owner_scenarios.hpp"
#include "plan_helpers.hpp"
#include "retroplan/csv.hpp"
#include "retroplan/outside_table.hpp"
#include "retroplan/parse.hpp"
#include "retroplan/rebuild_plan.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/text.hpp"
#include "risk_helpers.hpp"
#include "scenario_follow_up.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace retroplan;
namespace fs = std::filesystem;

namespace {

struct Scenario {
    std::map<std::string, std::string> settings;
    std::string plan;                            // CSV text (source: csv)
    std::string sheet;                           // a sheet's cells, one row a line (source: sheet)
    std::string expect;                          // CSV with a header naming the columns to compare
    std::string problems;                        // lines "code row"
    std::map<std::string, std::string> sections; // any other section, by name
};

fs::path scenario_path(const std::string& name) {
    return fs::path(RETROPLAN_SCENARIO_DIR) / (name + ".scenario");
}

Scenario load(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
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
        } else if (section == "sheet") {
            s.sheet += line + "\n";
        } else if (section == "expect") {
            s.expect += line + "\n";
        } else if (section == "problems") {
            if (!trim(line).empty()) s.problems += std::string(trim(line)) + "\n";
        } else {
            s.sections[section] += line + "\n";
        }
    }
    return s;
}

// What a scenario's plan gave, whichever shell read it.
struct Result {
    PlanInput plan;
    std::vector<Problem> problems;
    std::optional<Schedule> schedule;
    std::optional<PartialSchedule> partial; // with problems, what they leave known (§15)
};

// Problems and an expect section together: the expected values are those the problems leave
// known (the partial schedule, as the spreadsheet cells compute it).
bool expects_partial(const Scenario& sc) {
    return !sc.problems.empty() && !sc.expect.empty();
}

// Settings as the CLI passes them: text, holidays split like --holidays D1,D2.
SettingsInput text_settings(const Scenario& sc) {
    auto get = [&](const char* k) { return sc.settings.count(k) ? sc.settings.at(k) : ""; };
    SettingsInput si;
    if (!get("deadline").empty()) si.deadline = Cell::of_text(get("deadline"));
    if (!get("start").empty()) si.start = Cell::of_text(get("start"));
    if (!get("weekend").empty()) si.weekend = Cell::of_text(get("weekend"));
    if (!get("alert_days").empty()) si.alert_days = Cell::of_text(get("alert_days"));
    const std::string holidays = get("holidays"); // outlives the views split_entries returns
    for (auto h : split_entries(holidays))
        si.holidays.push_back(Cell::of_text(std::string(h)));
    return si;
}

// max_cells: the plan is read as a spreadsheet shell reads a table of cells, refused past that
// many cells (kMaxTableCells in the add-in); else as the CLI reads a file.
Result run_csv(const Scenario& sc) {
    Result r;
    const auto max_cells = sc.settings.find("max_cells");
    r.plan = max_cells == sc.settings.end()
                 ? read_plan_csv(sc.plan)
                 : test::plan_from_csv(sc.plan, std::stoull(max_cells->second));
    Outcome outcome = schedule(r.plan, read_settings(text_settings(sc)),
                               expects_partial(sc) ? Partial::Yes : Partial::No);
    r.problems = std::move(outcome.problems);
    r.schedule = std::move(outcome.schedule);
    r.partial = std::move(outcome.partial);
    return r;
}

// A sheet cell as Calc would hold what the line shows: numbers, TRUE/FALSE, error values
// (#DIV/0!, #N/A, Err:502…) and text; an empty field is an empty cell.
Cell sheet_cell(Cell c) {
    if (c.kind != Cell::Kind::Text) return c;
    const std::string& t = c.text;
    if (t == "TRUE" || t == "FALSE") return Cell::of_boolean(t == "TRUE");
    static constexpr std::array<std::string_view, 7> errors = {
        "#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"};
    if (std::find(errors.begin(), errors.end(), t) != errors.end() || t.rfind("Err:", 0) == 0)
        return Cell::of_error(t);
    const bool numeric = !t.empty() && t.find_first_not_of("0123456789.-") == std::string::npos &&
                         std::any_of(t.begin(), t.end(), is_digit);
    if (numeric) {
        std::size_t used = 0;
        const double v = std::stod(t, &used);
        if (used == t.size()) return Cell::of_number(v);
    }
    return c;
}

std::vector<std::vector<Cell>> sheet_rows(const Scenario& sc) {
    std::vector<std::vector<Cell>> rows;
    for_each_record(sc.sheet, [&](std::vector<Cell>& cells, int) {
        std::vector<Cell> row;
        for (auto& c : cells)
            row.push_back(sheet_cell(std::move(c)));
        rows.push_back(std::move(row));
    });
    return rows;
}

// "B2" -> {column 1, row 2}.
std::pair<int, int> cell_ref(std::string_view ref) {
    int column = 0;
    std::size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i)
        column = column * 26 + (ref[i] - 'A' + 1);
    return {column - 1, std::stoi(std::string(ref.substr(i)))};
}

// `range: A1:C4`: the sheet read as a RETRO_* function reads its Tasks range — that range only,
// the settings as the function's arguments, the cells' partial schedule — and, when a
// predecessor is unknown, the ID column outside the range looked up as the add-in does.
Result run_range(const Scenario& sc) {
    const auto rows = sheet_rows(sc);
    const std::string& range = sc.settings.at("range");
    const auto colon = range.find(':');
    const auto [c0, r0] = cell_ref(range.substr(0, colon));
    const auto [c1, r1] = cell_ref(range.substr(colon + 1));
    auto cell = [&](int row, int column) {
        const auto r = std::size_t(row - 1), c = std::size_t(column);
        return r < rows.size() && c < rows[r].size() ? rows[r][c] : Cell{};
    };
    Table table;
    table.first_row = r0;
    for (int c = c0; c <= c1; ++c)
        table.column_labels.push_back(column_letters(c));
    for (int r = r0; r <= r1; ++r) {
        std::vector<Cell> row;
        for (int c = c0; c <= c1; ++c)
            row.push_back(cell(r, c));
        table.rows.push_back(std::move(row));
    }
    // A setting on the header row ("Deadline | 2027-04-02") is no column (model §16).
    for (const std::size_t c : header_setting_cells(table.rows.front(), std::nullopt))
        table.rows.front()[c] = Cell{};
    const int id_column = recognise_columns(table.rows.front()).at(Field::Id);
    Result out;
    out.plan = read_table(std::move(table));
    SettingsInput si = text_settings(sc);
    for (Cell* c : {&si.deadline, &si.start, &si.weekend})
        *c = sheet_cell(std::move(*c));
    for (auto& h : si.holidays)
        h = sheet_cell(std::move(h));
    Outcome outcome = schedule(out.plan, read_settings(si), Partial::Yes);
    const auto wanted = unknown_predecessor_ids(outcome.problems);
    if (!wanted.empty() && id_column >= 0) {
        std::vector<OutsideId> found;
        for (const auto& [first, last] :
             {std::pair{1, r0 - 1}, std::pair{r1 + 1, int(rows.size())}}) {
            std::vector<Cell> column;
            for (int r = first; r <= last; ++r)
                column.push_back(cell(r, c0 + id_column));
            find_outside_ids(column, first, wanted, found);
        }
        locate_outside_table(outcome.problems, found, range, whole_columns(c0, c1));
    }
    out.problems = std::move(outcome.problems);
    out.schedule = std::move(outcome.schedule);
    out.partial = std::move(outcome.partial);
    return out;
}

// The rebuild's reading: the settings become the named ranges (RETRO_DEADLINE, …); without
// them the rebuild looks for labelled cells on the sheet.
Result run_sheet(const Scenario& sc) {
    if (sc.settings.count("range")) return run_range(sc);
    RebuildInput in;
    in.rows = sheet_rows(sc);
    SettingsInput si = text_settings(sc);
    EXPECT_FALSE(sc.settings.count("alert_days")) << "the rebuild reads no alert window setting";
    EXPECT_FALSE(sc.settings.count("max_cells")) << "max_cells applies to source: csv";
    if (sc.settings.count("deadline")) in.named.deadline = sheet_cell(si.deadline);
    if (sc.settings.count("start")) in.named.start = sheet_cell(si.start);
    if (sc.settings.count("weekend")) in.named.weekend = sheet_cell(si.weekend);
    if (sc.settings.count("holidays")) {
        for (auto& h : si.holidays)
            h = sheet_cell(std::move(h));
        in.named.holidays = std::move(si.holidays);
    }
    EXPECT_FALSE(expects_partial(sc)) << "the rebuild draws no plan with problems";
    RebuildPlan p = prepare_rebuild(std::move(in));
    return {std::move(p.plan), std::move(p.problems), std::move(p.schedule), std::nullopt};
}

Result run(const Scenario& sc) {
    const auto source = sc.settings.count("source") ? sc.settings.at("source") : "csv";
    if (source == "sheet") return run_sheet(sc);
    EXPECT_EQ(source, "csv") << "source is csv or sheet";
    return run_csv(sc);
}

// Whether a partial schedule knows that column of a task (§15).
bool known_column(const KnownValues& k, const std::string& column) {
    if (column == "start" || column == "end") return k.latest;
    if (column == "early_start" || column == "early_end") return k.early;
    if (column == "free_slack") return k.free_slack;
    if (column == "deviation") return k.deviation();
    return k.slack(); // slack, critical, status, expected dates, due
}

// The value of one column for task i; "" for no value (a done task's slack, no deviation).
std::string value_of(const Schedule& s, std::size_t i, const std::string& column) {
    const auto& t = s.times[i];
    const auto& d = s.dates[i];
    if (column == "start") return to_iso(d.start);
    if (column == "end") return to_iso(d.end);
    if (column == "early_start") return to_iso(d.early_start);
    if (column == "early_end") return to_iso(d.early_end);
    if (column == "slack") return t.done ? "" : std::to_string(t.total_slack);
    if (column == "free_slack") return t.done ? "" : std::to_string(t.free_slack);
    if (column == "critical") return t.critical ? "true" : "false";
    if (const auto v = test::follow_up_value(s, i, column)) return *v;
    return "unknown column " + column;
}

std::vector<std::string> scenario_names() {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(RETROPLAN_SCENARIO_DIR))
        if (e.path().extension() == ".scenario") names.push_back(e.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Where the plan's problems start: the settings' (row 0) come first.
std::vector<Problem>::iterator first_plan_problem(std::vector<Problem>& problems) {
    return std::find_if(problems.begin(), problems.end(), [](const Problem& p) { return p.row; });
}

class Scenarios : public ::testing::TestWithParam<std::string> {};

TEST_P(Scenarios, MatchExpectations) {
    const Scenario sc = load(scenario_path(GetParam()));
    Result r = run(sc);
    if (test::is_owner_scenario(sc.settings, sc.sections))
        return test::run_owner_scenario(
            {sc.settings, sc.plan, sc.expect, sc.problems, sc.sections});
    const auto risk = test::risk_settings_problems(sc.settings); // runs, seed, confidence levels
    r.problems.insert(first_plan_problem(r.problems), risk.begin(), risk.end());
    auto get = [&](const char* k) { return sc.settings.count(k) ? sc.settings.at(k) : ""; };

    // message: the first problem as the CLI prints it.
    if (sc.settings.count("message")) {
        ASSERT_FALSE(r.problems.empty()) << "message: needs a problem";
        EXPECT_EQ(format_problem(r.problems.front(), Lang::En), get("message"));
    }
    if (!sc.problems.empty()) {
        std::string got;
        for (const auto& p : r.problems)
            got += std::string(code(p.id)) + " " + std::to_string(p.row) + "\n";
        EXPECT_EQ(got, sc.problems);
        if (!expects_partial(sc)) return;
        ASSERT_FALSE(r.schedule);
        ASSERT_TRUE(r.partial) << "the problems reach every value, yet the scenario expects some";
        for (const char* k : {"kickoff", "late_by", "counts", "alerts"})
            EXPECT_EQ(get(k), "") << "a plan with problems has no plan-level " << k;
    } else {
        ASSERT_TRUE(r.problems.empty()) << format_problem(r.problems.front(), Lang::En);
        ASSERT_TRUE(r.schedule);
    }
    const bool partial = !sc.problems.empty();
    const Schedule& schedule = partial ? r.partial->schedule : *r.schedule;
    if (!get("kickoff").empty()) {
        EXPECT_EQ(to_iso(schedule.kickoff_date), get("kickoff"));
    }
    if (!get("late_by").empty()) {
        EXPECT_EQ(std::to_string(schedule.late_by), get("late_by"));
    }
    const auto& follow = schedule.follow_up;
    if (!get("counts").empty()) {
        ASSERT_TRUE(follow) << "counts need a status date (start:)";
        EXPECT_EQ(test::counts_text(*follow), get("counts"));
    }
    if (!get("alerts").empty()) {
        ASSERT_TRUE(follow) << "alerts need a status date (start:)";
        EXPECT_EQ(test::alerts_text(*follow, r.plan), get("alerts") == "-" ? "" : get("alerts"));
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
            const std::string want = cell_text(expect[row][c]);
            ++checked;
            if (partial) { // "?": the problems reach that value
                const bool known = known_column(r.partial->known[i], columns[c]);
                EXPECT_EQ(known, want != "?") << "task " << id << ", column " << columns[c];
                if (!known || want == "?") continue;
            }
            EXPECT_EQ(value_of(schedule, i, columns[c]), want == "-" ? "" : want)
                << "task " << id << ", column " << columns[c];
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

// A new diagnostic is not done until a scenario shows it: problem_<code>.scenario must exist
// and expect that code.
TEST(ScenarioCoverage, EveryProblemIdHasItsScenario) {
    for (const ProblemId id : all_problem_ids()) {
        const std::string name = "problem_" + std::string(code(id));
        if (!fs::exists(scenario_path(name))) {
            ADD_FAILURE() << "no tests/scenarios/" << name << ".scenario";
            continue;
        }
        std::istringstream lines(load(scenario_path(name)).problems);
        std::string line;
        bool expected = false;
        while (std::getline(lines, line))
            expected = expected || line.substr(0, line.find(' ')) == code(id);
        EXPECT_TRUE(expected) << name << ".scenario does not expect " << code(id);
    }
}

} // namespace
