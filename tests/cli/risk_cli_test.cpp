// retroplan risk end to end: the documented outputs, determinism, every new problem.
#include "cli_helpers.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace retroplan::test;

namespace {

// B after A; A: PERT(2, 3, 6), B: PERT(1, 2, 3). The chain's length S = d_A + d_B has
// P(S ≤ 5) = 0.18359375, P(S ≤ 6) = 0.58984375, P(S ≤ 7) = 0.8984375, P(S ≤ 8) = 0.9921875,
// P(S ≤ 9) = 1 (worked out in tests/engine/risk_test.cpp). Counting working days back from
// Friday 2027-04-02: S = 5 starts Mon 03-29, 6 Fri 03-26, 7 Thu 03-25, 8 Wed 03-24, 9 Tue 03-23.
const char* const kChain = "ID,Name,Duration,Predecessors,Optimistic,Most likely,Pessimistic\n"
                           "A,Design,3,,2,3,6\nB,Build,2,A,1,2,3\n";

std::string chain() {
    return write("chain.csv", kChain).string();
}

// Appends the parts: `+` on strings trips GCC 12's -Wrestrict (a false positive).
template <class... Parts> std::string cat(const Parts&... parts) {
    std::string out;
    ((out += parts), ...);
    return out;
}

// 200 tasks with estimates and links of every type, for determinism.
std::string bigger_plan() {
    std::string csv = "ID,Duration,Predecessors,Optimistic,Most likely,Pessimistic\n";
    const char* const types[] = {"", "SS", "FF", "SF"};
    for (int i = 0; i < 200; ++i) {
        const int d = 1 + i % 5;
        const std::string pred =
            i == 0 ? "" : cat("T", std::to_string(i - 1 - (i * 7) % std::min(i, 13)), types[i % 4]);
        csv += cat("T", std::to_string(i), ",", std::to_string(d), ",", pred, ",",
                   std::to_string(d - (i % 2)), ",", std::to_string(d), ",",
                   std::to_string(d + i % 4), "\n");
    }
    return write("bigger.csv", csv).string();
}

} // namespace

TEST(CliRisk, JsonHasTheDocumentedKeysInOrder) {
    const Result r =
        run("risk " + chain() + " --deadline 2027-04-02 --runs 20000 --seed 7 --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::ordered_json::parse(r.out);
    std::vector<std::string> keys;
    for (const auto& item : j.items())
        keys.push_back(item.key());
    ASSERT_GE(keys.size(), 6u);
    EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.begin() + 6),
              (std::vector<std::string>{"runs", "seed", "plain_kickoff", "plain_confidence",
                                        "kickoff_at", "tasks"}));
    EXPECT_EQ(j["runs"], 20000);
    EXPECT_EQ(j["seed"], 7);
    EXPECT_EQ(j["plain_kickoff"], "2027-03-29");
    EXPECT_NEAR(j["plain_confidence"].get<double>(), 0.18359375, 0.011); // 4 standard errors
    EXPECT_EQ(j["kickoff_at"].dump(),
              R"({"0.5":"2027-03-26","0.8":"2027-03-25","0.95":"2027-03-24"})");
    EXPECT_EQ(j["tasks"].dump(), R"([{"id":"A","criticality":1.0},{"id":"B","criticality":1.0}])");
    EXPECT_NE(r.err.find("start by 2027-03-25 for 80 % confidence"), std::string::npos) << r.err;
}

TEST(CliRisk, ConfidenceKeysAreSpelledAsGiven) {
    const Result r =
        run("risk " + chain() + " --deadline 2027-04-02 --confidence 80%,0.5 --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(nlohmann::ordered_json::parse(r.out)["kickoff_at"].dump(),
              R"({"80%":"2027-03-25","0.5":"2027-03-26"})");
}

TEST(CliRisk, CsvRowsAndCurveFile) {
    const auto curve = temp_dir() / "curve.csv";
    const Result r = run("risk " + chain() + " --deadline 2027-04-02 --start 2027-03-22" +
                         " --curve " + curve.string());
    ASSERT_EQ(r.code, 0) << r.err;
    // kind,key,date,share: the plain kick-off, each confidence (its date and the share of runs
    // that meet it), the start date, then one row per task with its criticality.
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < r.out.size();) {
        const auto end = r.out.find('\n', at);
        lines.push_back(r.out.substr(at, end - at));
        at = end + 1;
    }
    ASSERT_EQ(lines.size(), 8u) << r.out;
    EXPECT_EQ(lines[0], "kind,key,date,share");
    EXPECT_EQ(lines[1].substr(0, 27), "plain_kickoff,,2027-03-29,0");
    EXPECT_EQ(lines[2].substr(0, 29), "kickoff_at,0.5,2027-03-26,0.5");
    EXPECT_EQ(lines[3].substr(0, 29), "kickoff_at,0.8,2027-03-25,0.8");
    EXPECT_EQ(lines[4].substr(0, 30), "kickoff_at,0.95,2027-03-24,0.9");
    EXPECT_EQ(lines[5], "start,,2027-03-22,1"); // a Monday before every run's kick-off
    EXPECT_EQ(lines[6], "task,A,,1");
    EXPECT_EQ(lines[7], "task,B,,1");
    // date,share for every working day from the earliest kick-off to the latest.
    const std::string c = slurp(curve);
    EXPECT_EQ(c.substr(0, c.find("2027-03-24")), "date,share\n2027-03-23,1\n") << c;
    for (const char* day :
         {"\n2027-03-24,0.9", "\n2027-03-25,0.8", "\n2027-03-26,0.5", "\n2027-03-29,0.1"})
        EXPECT_NE(c.find(day), std::string::npos) << day << " in\n" << c;
    EXPECT_EQ(std::count(c.begin(), c.end(), '\n'), 6);
}

TEST(CliRisk, SameSeedSameOutputWhateverTheThreads) {
    const std::string plan = bigger_plan();
    const std::string common = "risk " + plan + " --deadline 2027-12-31 --runs 4000 --format json";
    const Result one = run(common + " --threads 1");
    ASSERT_EQ(one.code, 0) << one.err;
    EXPECT_EQ(run(common + " --threads 2").out, one.out);
    EXPECT_EQ(run(common).out, one.out);
    const Result other = run(common + " --seed 2");
    EXPECT_NE(other.out, one.out);
    EXPECT_EQ(nlohmann::json::parse(other.out)["seed"], 2);
}

TEST(CliRisk, EachNewProblemIsReported) {
    const std::pair<const char*, const char*> plans[] = {
        {"bad_estimate", "ID,Duration,Optimistic,Most likely,Pessimistic\nA,3,2,three,5\n"},
        {"incomplete_estimate", "ID,Duration,Optimistic,Most likely,Pessimistic\nA,3,2,,5\n"},
        {"estimate_order", "ID,Duration,Optimistic,Most likely,Pessimistic\nA,3,4,3,5\n"},
    };
    for (const auto& [code, csv] : plans) {
        const std::string plan = write(std::string(code) + ".csv", csv).string();
        const Result r = run("risk " + plan + " --deadline 2027-04-02 --lang en");
        EXPECT_EQ(r.code, 1) << code;
        EXPECT_TRUE(r.out.empty()) << code;
        EXPECT_NE(r.err.find(std::string("row 2, ")), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(std::string("[") + code + "]"), std::string::npos) << r.err;
        // `check` and `schedule` see them too: they are problems of the plan.
        EXPECT_EQ(run("check " + plan).code, 1) << code;
    }
    const std::pair<const char*, const char*> options[] = {
        {"bad_runs", "--runs 0"},
        {"bad_runs", "--runs 1000001"},
        {"bad_seed", "--seed=-1"},
        {"bad_seed", "--seed 1.5"},
        {"bad_confidence", "--confidence 0.8,80"},
        {"bad_confidence", "--confidence 0"},
    };
    for (const auto& [code, option] : options) {
        const Result r = run("risk " + chain() + " --deadline 2027-04-02 " + option);
        EXPECT_EQ(r.code, 1) << option;
        EXPECT_NE(r.err.find(std::string("[") + code + "]"), std::string::npos)
            << option << ": " << r.err;
    }
    const Result fr = run("risk " + chain() + " --deadline 2027-04-02 --lang fr --runs 0");
    EXPECT_NE(fr.err.find("le nombre de simulations « 0 » n'est pas un nombre entier de 1 à "
                          "1 000 000 [bad_runs]"),
              std::string::npos)
        << fr.err;
}

TEST(CliRisk, BadArgumentsExitTwo) {
    EXPECT_EQ(run("risk " + chain()).code, 2); // no deadline
    EXPECT_EQ(run("risk " + chain() + " --deadline 2027-04-02 --format xml").code, 2);
    EXPECT_EQ(run("risk " + chain() + " --deadline 2027-04-02 --threads many").code, 2);
    EXPECT_EQ(run("risk " + chain() + " --deadline 2027-04-02 --curve /nonexistent/c.csv").code, 2);
    EXPECT_EQ(run("risk --help").code, 0);
}
