// The CLI end to end: real files in, real process, stdout/stderr/exit code out.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

struct Result {
    int code;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

fs::path temp_dir() {
    static const fs::path dir = [] {
        auto d = fs::temp_directory_path() / ("retroplan-cli-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

Result run(const std::string& args) {
    const fs::path err = temp_dir() / "stderr.txt";
    const std::string cmd = std::string(RETROPLAN_CLI) + " " + args + " 2>" + err.string();
    FILE* pipe = ::popen(cmd.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe))
        out.append(buf.data(), n);
    const int status = ::pclose(pipe);
    return {WEXITSTATUS(status), out, slurp(err)};
}

fs::path write(const std::string& name, const std::string& content) {
    const fs::path p = temp_dir() / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
}

const std::string kExample = std::string(RETROPLAN_EXAMPLES_DIR) + "/campaign.csv";

} // namespace

TEST(CliSchedule, WorkedExampleAsCsv) {
    const Result r = run("schedule " + kExample + " --deadline 2027-04-02 --holidays 2027-03-29");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
              "id,name,start,end,early_start,early_end,slack,free_slack,critical,owner");
    EXPECT_NE(
        r.out.find("\nBRIEF,Brief & KPIs,2027-03-02,2027-03-08,2027-03-02,2027-03-08,0,0,true,"),
        std::string::npos)
        << r.out;
    EXPECT_NE(
        r.out.find("\nTXT,Copywriting,2027-03-22,2027-03-25,2027-03-10,2027-03-15,8,8,false,"),
        std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("\nGO,Launch,2027-04-02,2027-04-02,"), std::string::npos);
    EXPECT_NE(r.err.find("kick-off 2027-03-02"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("late by"), std::string::npos);
}

TEST(CliSchedule, LateStartIsReported) {
    const Result r = run("schedule " + kExample +
                         " --deadline 2027-04-02 --holidays 2027-03-29 --start 2027-03-04");
    ASSERT_EQ(r.code, 0);
    EXPECT_NE(r.err.find("late by 2 working days"), std::string::npos) << r.err;
    EXPECT_NE(
        r.out.find("\nSOC,Social teasing,2027-03-26,2027-04-02,2027-03-26,2027-04-02,0,0,true"),
        std::string::npos)
        << r.out;
}

TEST(CliSchedule, JsonCarriesPlanResults) {
    const fs::path holidays = write("holidays.txt", "date\n# Easter\n2027-03-29\n\n");
    const Result r = run("schedule " + kExample + " --deadline 2027-04-02 --holidays-file " +
                         holidays.string() + " --start 2027-03-04 --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["kickoff"], "2027-03-02");
    EXPECT_EQ(j["late_by"], 2);
    EXPECT_EQ(j["late"], true);
    ASSERT_EQ(j["tasks"].size(), 9u);
    const auto& txt = j["tasks"][3];
    EXPECT_EQ(txt["id"], "TXT");
    EXPECT_EQ(txt["start"], "2027-03-22");
    EXPECT_EQ(txt["early_start"], "2027-03-12");
    EXPECT_EQ(txt["slack"], 6);
    EXPECT_EQ(txt["critical"], false);
    EXPECT_EQ(txt["owner"], "Copywriter");
}

TEST(CliSchedule, WritesToOutputFile) {
    const fs::path out = temp_dir() / "out.csv";
    const Result r = run("schedule " + kExample +
                         " --deadline 2027-04-02 --holidays 2027-03-29 -o " + out.string());
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(slurp(out).find("VAL,Client sign-off,2027-03-26,2027-03-30"), std::string::npos);
}

TEST(CliSchedule, WeekendCodeAndCarriedColumns) {
    const fs::path plan = write("weekend.csv", "ID,Duration,Budget\nA,5,100\n");
    const Result r = run("schedule " + plan.string() + " --deadline 2027-04-02 --weekend 7");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("critical,owner,Budget\nA,,2027-03-28,2027-04-01,"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(",100\n"), std::string::npos);
}

TEST(CliCheck, ReportsEveryProblemWithRowsAndFails) {
    const fs::path plan = write("bad.csv", "ID,Duration,Predecessors\nA,3.5,\nB,1,Z\nA,1,\n");
    const Result r = run("check " + plan.string() + " --lang en");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.out.find("row 2, column \u201CDuration\u201D: duration \u201C3.5\u201D"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("row 3"), std::string::npos);
    EXPECT_NE(r.out.find("[unknown_predecessor]"), std::string::npos);
    EXPECT_NE(r.out.find("row 4"), std::string::npos);
    EXPECT_NE(r.out.find("[duplicate_id]"), std::string::npos);
}

TEST(CliCheck, FrenchMessagesAndCleanPlan) {
    const fs::path plan = write("cycle.csv", "ID;Durée;Prédécesseurs\nA;1;B\nB;1;A\n");
    const Result r = run("check " + plan.string() + " --lang fr");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.out.find("les liens forment une boucle : A \u2192 B \u2192 A"), std::string::npos)
        << r.out;
    const Result ok = run("check " + kExample);
    EXPECT_EQ(ok.code, 0) << ok.out;
    EXPECT_NE(ok.out.find("OK"), std::string::npos);
}

TEST(CliSchedule, InvalidPlanExitsOneWithProblemsOnStderr) {
    const fs::path plan = write("invalid.csv", "ID,Duration\nA,-2\n");
    const Result r = run("schedule " + plan.string() + " --deadline 2027-04-02");
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("row 2"), std::string::npos) << r.err;
}

TEST(CliUsage, BadArgumentsExitTwo) {
    EXPECT_EQ(run("").code, 2);
    EXPECT_EQ(run("schedule " + kExample).code, 2); // no deadline
    EXPECT_EQ(run("frobnicate " + kExample).code, 2);
    EXPECT_EQ(run("schedule /nonexistent.csv --deadline 2027-04-02").code, 2);
    EXPECT_EQ(run("schedule " + kExample + " --deadline 2027-04-02 --format xml").code, 2);
    EXPECT_EQ(run("schedule " + kExample + " --deadline 2027-04-02 --bogus").code, 2);
    EXPECT_EQ(run("--help").code, 0);
}

TEST(CliSchedule, BadDeadlineIsAProblemNotACrash) {
    const Result r = run("schedule " + kExample + " --deadline 2027-02-30");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("2027-02-30"), std::string::npos) << r.err;
    EXPECT_EQ(run("schedule " + kExample + " --deadline 1850-01-01").code, 1);
}

TEST(CliRobustness, HostileFilesGiveProblemsNotCrashes) {
    EXPECT_EQ(run("check " + write("empty.csv", "").string()).code, 1);
    EXPECT_EQ(run("check " + write("header.csv", "ID,Duration\n").string()).code, 1);
    EXPECT_EQ(run("check " + write("utf8.csv", "ID,Name,Duration\nA,\xFF\xFE,1\n").string()).code,
              1);
    const Result big = run(
        "check " +
        write("big.csv", "ID,Name,Duration\nA," + std::string(10 << 20, 'x') + ",1\n").string());
    EXPECT_EQ(big.code, 0) << big.out.substr(0, 200);
    const Result bin =
        run("check " + write("bin.csv", std::string("\0\0\x01ID\0,\n\"", 9)).string());
    EXPECT_EQ(bin.code, 1);
}
