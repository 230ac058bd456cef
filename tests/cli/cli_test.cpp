// The CLI end to end: real files in, real process, stdout/stderr/exit code out.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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
    // A signal (an abort) is not an exit code a test could expect.
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return {code, out, slurp(err)};
}

fs::path write(const std::string& name, const std::string& content) {
    const fs::path p = temp_dir() / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
}

const std::string kExample = std::string(RETROPLAN_EXAMPLES_DIR) + "/campaign.csv";
const std::string kScheduleExample = "schedule " + kExample + " --deadline 2027-04-02";

// UTF-8 text re-encoded as UTF-16 or UTF-32 (unit_bytes 2 or 4), little or big endian, as
// Excel's "Unicode text" or Notepad's "UTF-16" would save it.
std::string encode(const std::string& utf8, int unit_bytes, bool little_endian, bool bom) {
    std::u32string cps;
    if (bom) cps += U'\uFEFF';
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + std::size_t(k)]) & 0x3F);
        cps += cp;
        i += std::size_t(len);
    }
    std::string out;
    auto put = [&](char32_t unit) {
        for (int b = 0; b < unit_bytes; ++b) {
            const int shift = 8 * (little_endian ? b : unit_bytes - 1 - b);
            out += char((unit >> shift) & 0xFF);
        }
    };
    for (char32_t cp : cps) {
        if (unit_bytes == 2 && cp > 0xFFFF) {
            put(0xD800 + ((cp - 0x10000) >> 10));
            put(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            put(cp);
        }
    }
    return out;
}

std::size_t lines(const std::string& s) {
    return std::size_t(std::count(s.begin(), s.end(), '\n'));
}

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

// Write errors: a result that did not reach its file or stdout is exit 2 with a message, never
// a silent 0.
TEST(CliOutput, FullDiskAsOutputFileExitsTwo) {
    const Result r = run(kScheduleExample + " -o /dev/full");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("cannot write \"/dev/full\": No space left on device"), std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find("kick-off"), std::string::npos) << r.err; // no summary of a lost result
}

TEST(CliOutput, FullDiskAsStdoutExitsTwo) {
    for (const std::string format : {"csv", "json"}) {
        const Result r = run(kScheduleExample + " --format " + format + " >/dev/full");
        EXPECT_EQ(r.code, 2) << format;
        EXPECT_NE(r.err.find("cannot write to standard output: No space left on device"),
                  std::string::npos)
            << r.err;
    }
    const Result ok = run("check " + kExample + " >/dev/full");
    EXPECT_EQ(ok.code, 2);
    EXPECT_NE(ok.err.find("standard output"), std::string::npos) << ok.err;
    const Result bad =
        run("check " + write("bad-full.csv", "ID,Duration\nA,x\n").string() + " >/dev/full");
    EXPECT_EQ(bad.code, 2) << "the problems were not delivered";
    EXPECT_EQ(run("--help >/dev/full").code, 2);
    EXPECT_EQ(run("check --help >/dev/full").code, 2);
}

TEST(CliOutput, ClosedStdoutExitsTwo) {
    const Result r = run(kScheduleExample + " >&-");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("standard output"), std::string::npos) << r.err;
}

TEST(CliOutput, DirectoryAsOutputFileExitsTwo) {
    const Result r = run(kScheduleExample + " -o " + temp_dir().string());
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("cannot write"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Is a directory"), std::string::npos) << r.err;
}

// Inputs that are not readable files: exit 2 with a message naming the file.
TEST(CliInput, DirectoryAsPlanExitsTwo) {
    for (const std::string command : {"check ", "schedule "}) {
        const Result r = run(command + temp_dir().string() + " --deadline 2027-04-02");
        EXPECT_EQ(r.code, 2) << r.out << r.err;
        EXPECT_NE(r.err.find("it is a directory, not a file"), std::string::npos) << r.err;
        EXPECT_EQ(r.out.find("no task"), std::string::npos) << r.out;
    }
}

TEST(CliInput, DirectoryAsHolidaysFileExitsTwo) {
    const Result r = run(kScheduleExample + " --holidays-file " + temp_dir().string());
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("it is a directory, not a file"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << "not scheduled as if there were no holidays";
}

TEST(CliInput, MissingFilesExitTwo) {
    const Result plan = run("check /nonexistent/plan.csv");
    EXPECT_EQ(plan.code, 2);
    EXPECT_NE(plan.err.find("cannot read \"/nonexistent/plan.csv\": No such file or directory"),
              std::string::npos)
        << plan.err;
    const Result holidays = run(kScheduleExample + " --holidays-file /nonexistent/h.txt");
    EXPECT_EQ(holidays.code, 2);
    EXPECT_NE(holidays.err.find("/nonexistent/h.txt"), std::string::npos) << holidays.err;
}

TEST(CliInput, FileWithoutReadPermissionExitsTwo) {
    if (::geteuid() == 0) GTEST_SKIP() << "root reads any file; see UnreadableFileExitsTwo";
    const fs::path p = write("locked.csv", "ID,Duration\nA,1\n");
    fs::permissions(p, fs::perms::none);
    const Result plan = run("check " + p.string());
    EXPECT_EQ(plan.code, 2);
    EXPECT_NE(plan.err.find("Permission denied"), std::string::npos) << plan.err;
    EXPECT_EQ(run(kScheduleExample + " --holidays-file " + p.string()).code, 2);
}

TEST(CliInput, UnreadableFileExitsTwo) {
    // A file that opens but whose read fails, even for root: a process's own memory at
    // address 0 gives EIO.
    if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
    const Result plan = run("check /proc/self/mem");
    EXPECT_EQ(plan.code, 2);
    EXPECT_NE(plan.err.find("cannot read \"/proc/self/mem\": Input/output error"),
              std::string::npos)
        << plan.err;
    const Result holidays = run(kScheduleExample + " --holidays-file /proc/self/mem");
    EXPECT_EQ(holidays.code, 2);
    EXPECT_NE(holidays.err.find("Input/output error"), std::string::npos) << holidays.err;
}

// Values echoed in messages: control characters escaped, one problem per line, nothing a
// terminal would interpret.
TEST(CliMessages, ControlCharactersAreEscaped) {
    const fs::path plan =
        write("hostile.csv", "ID,Duration,\"Depends\non\"\n"
                             "\"A\x1b[31m\nrow 9: forged [cycle]\",1,\n"
                             "\"A\x1b[31m\nrow 9: forged [cycle]\",1,\"Z\x1b[2J\x07\"\n"
                             "C,\"x\ny\",\n");
    const Result r = run("check " + plan.string() + " --lang en");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lines(r.out), 3u) << r.out; // duplicate_id, unknown_predecessor, bad_duration
    EXPECT_EQ(r.out.find_first_of("\x1b\x07\r"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("row 3, column \u201CID\u201D: ID \u201CA\\x1b[31m\\nrow 9: forged "
                         "[cycle]\u201D is already used on row 2 [duplicate_id]\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("column \u201CDepends\\non\u201D: predecessor \u201CZ\\x1b[2J\\x07\u201D "
                         "is not the ID of any task"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("row 4, column \u201CDuration\u201D: duration \u201Cx\\ny\u201D"),
              std::string::npos)
        << r.out;
}

TEST(CliMessages, ArgumentsAndPathsAreEscaped) {
    // popen's /bin/sh has no $'...': printf makes the control characters.
    const Result path = run("check \"$(printf '/nonexistent/\\033[2J\\n.csv')\"");
    EXPECT_EQ(path.code, 2);
    EXPECT_NE(path.err.find("\"/nonexistent/\\x1b[2J\\n.csv\""), std::string::npos) << path.err;
    const Result option = run(kScheduleExample + " \"$(printf -- '--\\033[2J')\"");
    EXPECT_EQ(option.code, 2);
    EXPECT_EQ(option.err.find('\x1b'), std::string::npos) << option.err;
    const Result deadline =
        run("check " + kExample + " --lang en --deadline \"$(printf '2027\\033[2J')\"");
    EXPECT_EQ(deadline.code, 1);
    EXPECT_NE(deadline.out.find("deadline \u201C2027\\x1b[2J\u201D"), std::string::npos)
        << deadline.out;
}

// UTF-16 and UTF-32 plans (Excel's "Unicode text", Notepad's "UTF-16") are read as UTF-8.
TEST(CliEncoding, Utf16AndUtf32PlansAreRead) {
    // Deadline Friday 2027-04-02: B (3 days) runs Wed 31 March to Fri 2 April, A (2 days) Mon 29
    // to Tue 30 March.
    const std::string plan = "ID;Tâche;Durée;Prédécesseurs\nA;Brief créatif;2;\nB;Visuels;3;A\n";
    struct Case {
        const char* name;
        int unit;
        bool le, bom;
    };
    for (const Case c : {Case{"utf16le-bom", 2, true, true}, Case{"utf16le", 2, true, false},
                         Case{"utf16be-bom", 2, false, true}, Case{"utf16be", 2, false, false},
                         Case{"utf32le-bom", 4, true, true}, Case{"utf32be", 4, false, false}}) {
        const fs::path p = write(std::string(c.name) + ".csv", encode(plan, c.unit, c.le, c.bom));
        const Result r = run("schedule " + p.string() + " --deadline 2027-04-02");
        ASSERT_EQ(r.code, 0) << c.name << ": " << r.err;
        EXPECT_NE(r.out.find("\nA,Brief créatif,2027-03-29,2027-03-30,"), std::string::npos)
            << c.name << ": " << r.out;
        EXPECT_NE(r.out.find("\nB,Visuels,2027-03-31,2027-04-02,"), std::string::npos)
            << c.name << ": " << r.out;
    }
}

TEST(CliEncoding, Utf16HolidaysFileIsRead) {
    // Easter Monday 2027-03-29 off: A (2 days, ending Tue 30 March) starts Fri 26 March.
    const std::string plan = "ID,Duration,Predecessors\nA,2,\nB,3,A\n";
    const fs::path p = write("h16-plan.csv", plan);
    const fs::path h = write("h16.txt", encode("date\n2027-03-29\n", 2, true, true));
    const Result r =
        run("schedule " + p.string() + " --deadline 2027-04-02 --holidays-file " + h.string());
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\nA,,2027-03-26,2027-03-30,"), std::string::npos) << r.out;
}

TEST(CliEncoding, BrokenUtf16SaysSaveAsUtf8) {
    // A byte order mark, then "ID" and a high surrogate with no low one.
    const fs::path p = write("broken16.csv", std::string("\xFF\xFEI\0D\0\x3D\xD8,\0", 10));
    const Result r = run("check " + p.string() + " --lang en");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "the file looks like UTF-16LE but is not valid UTF-16LE text: save as UTF-8 "
                     "[bad_encoding]\n");
    const fs::path h = write("broken16.txt", std::string("\xFF\xFE\x3D\xD8", 4));
    const Result hr = run(kScheduleExample + " --holidays-file " + h.string());
    EXPECT_EQ(hr.code, 2);
    EXPECT_NE(hr.err.find("save as UTF-8"), std::string::npos) << hr.err;
}

TEST(CliEncoding, Latin1PlanSaysSaveAsUtf8) {
    const fs::path p = write("latin1.csv", "ID;T\xE2"
                                           "che;Dur\xE9"
                                           "e\nA;Brief;2\n");
    const Result r = run("check " + p.string() + " --lang en");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.out.find("save as UTF-8"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("missing_column"), std::string::npos) << r.out;
    EXPECT_TRUE(r.out.find('\xE9') == std::string::npos) << "raw bytes echoed: " << r.out;
}
