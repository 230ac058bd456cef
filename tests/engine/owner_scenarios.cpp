#include "owner_scenarios.hpp"

#include "plan_helpers.hpp"

#include "retroplan/parse.hpp"

#include <algorithm>

namespace retroplan::test {

namespace {

std::string section(const OwnerScenario& sc, const char* name) {
    const auto it = sc.sections.find(name);
    return it == sc.sections.end() ? std::string() : it->second;
}

std::string setting(const OwnerScenario& sc, const char* name) {
    const auto it = sc.settings.find(name);
    return it == sc.settings.end() ? std::string() : it->second;
}

// Rows of a CSV section, each as its cells joined by " | " (the header included).
std::vector<std::string> csv_lines(const std::string& csv) {
    std::vector<std::string> out;
    for (const auto& row : read_csv(csv).table.rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) line += " | ";
            line += cell_text(row[c]);
        }
        out.push_back(line);
    }
    return out;
}

// The overloads as the CLI's `load` writes them: person,from,to,peak_load,tasks.
std::vector<std::string> overload_lines(const PlanInput& plan, const WorkloadOutcome& w,
                                        const Workload& load, const Calendar& cal) {
    std::vector<std::string> out{"person | from | to | peak_load | tasks"};
    for (const Overload& o : load.overloads) {
        std::string line = w.owners.people.name(o.person) + " | " + to_iso(*cal.date_of(o.begin)) +
                           " | " + to_iso(*cal.date_of(o.end - 1)) + " | " +
                           share_percent_text(o.peak) + " | ";
        for (std::size_t k = 0; k < o.tasks.size(); ++k) {
            if (k) line += ';';
            line += plan.tasks[std::size_t(o.tasks[k])].id;
        }
        out.push_back(line);
    }
    return out;
}

// Each "person,date,load" row of a load section against the computed load.
void check_loads(const std::string& csv, const WorkloadOutcome& w, const Calendar& cal,
                 bool levelled) {
    const auto rows = read_csv(csv).table.rows;
    ASSERT_GT(rows.size(), 1u) << "empty load section";
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const std::string person = cell_text(rows[r].at(0)), date = cell_text(rows[r].at(1));
        EXPECT_EQ(share_percent_text(w.load_on(cal, person, *parse_date(date), levelled)),
                  cell_text(rows[r].at(2)))
            << person << " on " << date << (levelled ? " (levelled)" : "");
    }
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

// The kick-off and the expected task dates, against the plain or the levelled schedule.
void check_dates(const OwnerScenario& sc, const PlanInput& plan, const Schedule& s) {
    if (!setting(sc, "kickoff").empty()) {
        EXPECT_EQ(to_iso(s.kickoff_date), setting(sc, "kickoff"));
    }
    if (!setting(sc, "late_by").empty()) {
        EXPECT_EQ(std::to_string(s.late_by), setting(sc, "late_by"));
    }
    if (sc.expect.empty()) return; // an owners' scenario may check loads only
    const auto expect = read_csv(sc.expect).table.rows;
    std::vector<std::string> columns;
    for (const auto& c : expect.at(0))
        columns.push_back(cell_text(c));
    ASSERT_EQ(columns.at(0), "id");
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
        }
    }
}

} // namespace

bool is_owner_scenario(const std::map<std::string, std::string>& settings,
                       const std::map<std::string, std::string>& sections) {
    for (const char* s : {"capacity", "overloads", "levelled overloads", "load", "levelled load"})
        if (sections.count(s)) return true;
    return settings.count("level") > 0;
}

void run_owner_scenario(const OwnerScenario& sc) {
    std::vector<std::string> holidays;
    const std::string holiday_list = setting(sc, "holidays");
    for (auto h : split_entries(holiday_list))
        holidays.emplace_back(h);
    const PlanInput plan = plan_from_csv(sc.plan);
    const SettingsOutcome settings = settings_from_text(
        setting(sc, "deadline"), holidays, setting(sc, "start"), setting(sc, "weekend"));
    const bool level = setting(sc, "level") == "yes";
    const WorkloadOutcome w =
        workload(plan, settings, capacities_from_csv(section(sc, "capacity")), {.level = level});
    if (!sc.problems.empty()) {
        std::string got;
        for (const auto& p : w.problems)
            got += std::string(code(p.id)) + " " + std::to_string(p.row) + "\n";
        EXPECT_EQ(got, sc.problems);
        return;
    }
    ASSERT_TRUE(w.problems.empty()) << format_problem(w.problems.front(), Lang::En);
    ASSERT_TRUE(w.ok());
    const Calendar& cal = settings.settings->calendar;
    if (level) {
        ASSERT_TRUE(w.levelled.has_value());
        check_dates(sc, plan, w.levelled->schedule);
        if (!setting(sc, "plain_kickoff").empty()) {
            EXPECT_EQ(to_iso(w.plan->kickoff_date), setting(sc, "plain_kickoff"));
        }
        if (!setting(sc, "level_cost").empty()) {
            EXPECT_EQ(std::to_string(w.levelled->kickoff_cost), setting(sc, "level_cost"));
        }
        std::string exceeding;
        for (const Exceeding& e : w.levelled->exceeding) {
            if (!exceeding.empty()) exceeding += "; ";
            exceeding += plan.tasks[std::size_t(e.task)].id + " " + w.owners.people.name(e.person);
        }
        EXPECT_EQ(exceeding, setting(sc, "exceeding"));
    } else {
        check_dates(sc, plan, *w.plan);
    }
    if (const auto s = section(sc, "overloads"); !s.empty()) {
        EXPECT_EQ(overload_lines(plan, w, w.load, cal), csv_lines(s));
    }
    if (const auto s = section(sc, "levelled overloads"); !s.empty()) {
        ASSERT_TRUE(level) << "levelled overloads need level: yes";
        EXPECT_EQ(overload_lines(plan, w, w.levelled->load, cal), csv_lines(s));
    }
    if (const auto s = section(sc, "load"); !s.empty()) check_loads(s, w, cal, false);
    if (const auto s = section(sc, "levelled load"); !s.empty()) check_loads(s, w, cal, true);
}

} // namespace retroplan::test
