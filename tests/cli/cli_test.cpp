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

// ---- Owners and load (model §12) -------------------------------------------------------------

namespace {

// A (5 days): Mon 03-29 .. Fri 04-02; B (5 days, due Wed 03-31): Thu 03-25 .. Wed 03-31; both
// Ana's ("ana " is Ana): 200 % on Mon 03-29 .. Wed 03-31. C is Bob's at 50 %.
const std::string kOverlap = "ID,Duration,Due,Owner,Load\n"
                             "A,5,,Ana,\n"
                             "B,5,2027-03-31,ana ,\n"
                             "C,2,,Bob,50%\n";

// The levelling case of tests/scenarios/levelling_worked_example.scenario (worked out there).
const std::string kLevelling = "ID,Name,Duration,Predecessors,Buffer,Owner,Load\n"
                               "DES,Design,4,,,Designer,\n"
                               "TXT,Texts,3,,,Writer,\n"
                               "LAY,Layout,3,DES;TXT,,Designer,\n"
                               "PRS,Press kit,2,LAY,,Printer,\n"
                               "PRT,Print,2,LAY,,Printer,\n"
                               "WEB,Website,3,DES,,Designer / Dev,50%\n"
                               "BAN,Banner,2,DES,1,designer,\n"
                               "SOC,Social posts,2,TXT,,Writer,\n"
                               "GO,Launch,0,PRT;WEB;SOC,,,\n";

} // namespace

TEST(CliLoad, OneLinePerPersonAndOverloadedPeriod) {
    const fs::path plan = write("overlap.csv", kOverlap);
    const Result r = run("load " + plan.string() + " --deadline 2027-04-02");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "person,from,to,peak_load,tasks\n"
                     "Ana,2027-03-29,2027-03-31,200,A;B\n");
    EXPECT_NE(r.err.find("kick-off 2027-03-25"), std::string::npos) << r.err;
}

TEST(CliLoad, OnlyTheHeaderWhenNobodyIsOverloaded) {
    const fs::path plan =
        write("halves.csv", "ID,Duration,Owner,Charge\nA,5,Ana,50%\nB,3,Ana,0.5\n");
    const Result r = run("load " + plan.string() + " --deadline 2027-04-02");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "person,from,to,peak_load,tasks\n");
}

TEST(CliLoad, DailyFileListsEveryLoadedWorkingDay) {
    // Bob's C (50 %) is Thu 04-01 .. Fri 04-02; with the holiday on Wed 03-31, B (due 03-31)
    // ends Tue 03-30: Wed 03-24 .. Tue 03-30, and A is Fri 03-26 .. Fri 04-02.
    const fs::path plan = write("overlap.csv", kOverlap);
    const fs::path daily = temp_dir() / "daily.csv";
    const Result r = run("load " + plan.string() + " --deadline 2027-04-02 --holidays 2027-03-31 " +
                         "--daily " + daily.string());
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "person,from,to,peak_load,tasks\nAna,2027-03-26,2027-03-30,200,A;B\n");
    EXPECT_EQ(slurp(daily), "person,date,load\n"
                            "Ana,2027-03-24,100\n"
                            "Ana,2027-03-25,100\n"
                            "Ana,2027-03-26,200\n"
                            "Ana,2027-03-29,200\n"
                            "Ana,2027-03-30,200\n"
                            "Ana,2027-04-01,100\n"
                            "Ana,2027-04-02,100\n"
                            "Bob,2027-04-01,50\n"
                            "Bob,2027-04-02,50\n");
}

TEST(CliLoad, CapacityFileAndJson) {
    // Ana at 250 % takes both; Bob at 40 % is over with C's 50 %.
    const fs::path plan = write("overlap.csv", kOverlap);
    const fs::path cap = write("capacity.csv", "Personne;Capacité\nana;250 %\nBob;0,4\n");
    const Result r = run("load " + plan.string() + " --deadline 2027-04-02 --capacity " +
                         cap.string() + " --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["kickoff"], "2027-03-25");
    EXPECT_EQ(j["levelled"], false);
    ASSERT_EQ(j["people"].size(), 2u);
    EXPECT_EQ(j["people"][0]["person"], "Ana");
    EXPECT_EQ(j["people"][0]["capacity"], 250);
    EXPECT_EQ(j["people"][0]["peak_load"], 200);
    EXPECT_EQ(j["people"][1]["capacity"], 40);
    ASSERT_EQ(j["overloads"].size(), 1u);
    EXPECT_EQ(j["overloads"][0]["person"], "Bob");
    EXPECT_EQ(j["overloads"][0]["from"], "2027-04-01");
    EXPECT_EQ(j["overloads"][0]["to"], "2027-04-02");
    EXPECT_EQ(j["overloads"][0]["peak_load"], 50);
    EXPECT_EQ(j["overloads"][0]["tasks"], nlohmann::json::array({"C"}));
}

TEST(CliLoad, LevelLeavesOnlyTasksAloneAboveCapacity) {
    // Ana at 50 %: A (100 %) alone exceeds it and stays at its bound, Wed 03-31 .. Fri 04-02;
    // B (50 %) moves to Mon 03-29 .. Tue 03-30 (tests/scenarios/levelling_task_alone_exceeds).
    const fs::path plan = write("alone.csv", "ID,Duration,Owner,Load\nA,3,Ana,\nB,2,Ana,50%\n");
    const fs::path cap = write("half.csv", "Ana,50%\n");
    const fs::path daily = temp_dir() / "levelled-daily.csv";
    const std::string args =
        "load " + plan.string() + " --deadline 2027-04-02 --capacity " + cap.string() + " --level";
    const Result r = run(args + " --daily " + daily.string());
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "person,from,to,peak_load,tasks\nAna,2027-03-31,2027-04-02,100,A\n");
    EXPECT_EQ(slurp(daily), "person,date,load\nAna,2027-03-29,50\nAna,2027-03-30,50\n"
                            "Ana,2027-03-31,100\nAna,2027-04-01,100\nAna,2027-04-02,100\n");
    EXPECT_NE(r.err.find("kick-off 2027-03-29\n"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("levelling moves the kick-off 2 working days earlier\n"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("task A alone exceeds the capacity of Ana (100 % > 50 %)"),
              std::string::npos)
        << r.err;
    const auto j = nlohmann::json::parse(run(args + " --format json").out);
    EXPECT_EQ(j["levelled"], true);
    EXPECT_EQ(j["kickoff"], "2027-03-31");
    EXPECT_EQ(j["levelled_kickoff"], "2027-03-29");
    EXPECT_EQ(j["kickoff_cost"], 2);
    ASSERT_EQ(j["exceeding"].size(), 1u);
    EXPECT_EQ(j["exceeding"][0]["task"], "A");
    EXPECT_EQ(j["exceeding"][0]["capacity"], 50);
}

TEST(CliSchedule, LevelWritesLevelledDatesAndTheKickoffCost) {
    const fs::path plan = write("levelling.csv", kLevelling);
    const Result r =
        run("schedule " + plan.string() + " --deadline 2027-04-02 --holidays 2027-03-29 --level");
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* line :
         {"\nDES,Design,2027-03-17,2027-03-22,", "\nLAY,Layout,2027-03-23,2027-03-25,",
          "\nPRT,Print,2027-03-30,2027-03-31,", "\nBAN,Banner,2027-03-26,2027-03-30,",
          "\nPRS,Press kit,2027-04-01,2027-04-02,"})
        EXPECT_NE(r.out.find(line), std::string::npos) << line << "\n" << r.out;
    EXPECT_NE(r.err.find("kick-off 2027-03-17\n"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("levelling moves the kick-off 3 working days earlier\n"),
              std::string::npos)
        << r.err;
    // Without --level: the plain plan.
    const Result plain =
        run("schedule " + plan.string() + " --deadline 2027-04-02 --holidays 2027-03-29");
    EXPECT_NE(plain.out.find("\nDES,Design,2027-03-22,2027-03-25,"), std::string::npos);
    EXPECT_EQ(plain.err, "kick-off 2027-03-22\n");
    const Result load =
        run("load " + plan.string() + " --deadline 2027-04-02 --holidays 2027-03-29 --level");
    EXPECT_EQ(load.out, "person,from,to,peak_load,tasks\n");
}

TEST(CliSchedule, RaciAndAllocationColumnsAreCarried) {
    const fs::path plan = write("raci.csv", "ID,Duration,Owner,Valideur,Consulté,Informé,%,Budget\n"
                                            "A,2,Ana;Bob,Chloé,\"Dan, Eve\",All,0.5,100\n");
    const Result r = run("schedule " + plan.string() + " --deadline 2027-04-02");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "id,name,start,end,early_start,early_end,slack,free_slack,critical,owner,"
                     "accountable,consulted,informed,allocation,Budget\n"
                     "A,,2027-04-01,2027-04-02,2027-04-01,2027-04-02,0,0,true,Ana;Bob,Chloé,"
                     "\"Dan, Eve\",All,50,100\n");
    const auto j = nlohmann::json::parse(
        run("schedule " + plan.string() + " --deadline 2027-04-02 --format json").out);
    const auto& a = j["tasks"][0];
    EXPECT_EQ(a["owner"], "Ana;Bob");
    EXPECT_EQ(a["accountable"], "Chloé");
    EXPECT_EQ(a["consulted"], "Dan, Eve");
    EXPECT_EQ(a["informed"], "All");
    EXPECT_EQ(a["allocation"], 50);
    // A plan without them keeps the columns it had.
    const Result bare = run("schedule " + kExample + " --deadline 2027-04-02");
    EXPECT_EQ(bare.out.substr(0, bare.out.find('\n')),
              "id,name,start,end,early_start,early_end,slack,free_slack,critical,owner");
}

TEST(CliLoad, ProblemsOfAllocationsAndCapacitiesHaveTheirIds) {
    const fs::path plan = write("bad-load.csv", "ID,Duration,Owner,Load\nA,2,Ana,150%\n");
    const Result check = run("check " + plan.string() + " --lang en");
    EXPECT_EQ(check.code, 1);
    EXPECT_NE(check.out.find("row 2, column \u201CLoad\u201D: load \u201C150%\u201D"),
              std::string::npos)
        << check.out;
    EXPECT_NE(check.out.find("[bad_allocation]"), std::string::npos);

    const fs::path good = write("good-load.csv", "ID,Duration,Owner\nA,2,Ana\n");
    const fs::path bad_cap = write("bad-cap.csv", "Person,Capacity\nAna,50\n");
    const Result cap = run("load " + good.string() +
                           " --deadline 2027-04-02 --lang fr --capacity " + bad_cap.string());
    EXPECT_EQ(cap.code, 1);
    EXPECT_TRUE(cap.out.empty());
    EXPECT_NE(cap.err.find("ligne 2, colonne « Capacity » : la capacité « 50 » de « Ana »"),
              std::string::npos)
        << cap.err;
    EXPECT_NE(cap.err.find("[bad_capacity]"), std::string::npos);

    const fs::path dup_cap = write("dup-cap.csv", "Ana,50%\nANA,60%\n");
    const Result dup = run("schedule " + good.string() + " --deadline 2027-04-02 --level " +
                           "--capacity " + dup_cap.string());
    EXPECT_EQ(dup.code, 1);
    EXPECT_NE(dup.err.find("[duplicate_capacity]"), std::string::npos) << dup.err;
}

TEST(CliUsage, LoadArguments) {
    const fs::path plan = write("overlap.csv", kOverlap);
    EXPECT_EQ(run("load " + plan.string()).code, 2); // no deadline
    EXPECT_EQ(run("load " + plan.string() + " --deadline 2027-04-02 --capacity /nonexistent").code,
              2);
    EXPECT_EQ(run("load " + plan.string() + " --deadline 2027-04-02 --format xml").code, 2);
    EXPECT_EQ(
        run("load " + plan.string() + " --deadline 2027-04-02 --daily /nonexistent/d.csv").code, 2);
    EXPECT_EQ(run("schedule " + plan.string() + " --deadline 2027-04-02 --capacity x.csv").code,
              2); // --capacity without --level
    EXPECT_EQ(run("load --help").code, 0);
}
