// printable() and excerpt(): what a message may show of an input value.
#include "retroplan/problem.hpp"
#include "retroplan/text.hpp"

#include <gtest/gtest.h>

using namespace retroplan;

TEST(Printable, ControlCharactersAreEscaped) {
    EXPECT_EQ(printable("a\nb\rc\td"), "a\\nb\\rc\\td");
    EXPECT_EQ(printable("\x1b[31mred\x1b[0m"), "\\x1b[31mred\\x1b[0m");
    EXPECT_EQ(printable(std::string_view("nul\0bel\x07"
                                         "del\x7f",
                                         12)),
              "nul\\x00bel\\x07del\\x7f");
}

TEST(Printable, UnicodeControlsSeparatorsAndOverridesAreEscaped) {
    EXPECT_EQ(printable("csi\xC2\x9B"
                        "2J"),
              "csi\\u009b2J");                         // U+009B, the 8-bit CSI
    EXPECT_EQ(printable("nel\xC2\x85"), "nel\\u0085"); // U+0085 next line
    EXPECT_EQ(printable("ls\xE2\x80\xA8ps\xE2\x80\xA9"), "ls\\u2028ps\\u2029");
    EXPECT_EQ(printable("rlo\xE2\x80\xAEtxt.exe"), "rlo\\u202etxt.exe");
    EXPECT_EQ(printable("fsi\xE2\x81\xA8"), "fsi\\u2068");
}

TEST(Printable, TextStaysAsItIs) {
    EXPECT_EQ(printable("Tâche → fin « ok » 日本 😀"), "Tâche → fin « ok » 日本 😀");
    EXPECT_EQ(printable("C:\\dossier"), "C:\\dossier");
    EXPECT_EQ(printable("\xC2\xA0nbsp"), "\xC2\xA0nbsp"); // U+00A0 is not a control
}

TEST(Printable, BytesThatAreNotUtf8AreEscaped) {
    EXPECT_EQ(printable("Dur\xE9"
                        "e"),
              "Dur\\xe9e"); // Latin-1 é
    EXPECT_EQ(printable("\xFF\xFE"
                        "I"),
              "\\xff\\xfeI");
    EXPECT_EQ(printable("cut\xE2\x82"), "cut\\xe2\\x82");
    EXPECT_TRUE(is_valid_utf8(printable("\xC0\x80\xED\xA0\x80\xF4\x90\x80\x80")));
}

TEST(Printable, EscapingTwiceChangesNothing) {
    const std::string once = printable("a\nb\x1b\xFF\xE2\x80\xAE");
    EXPECT_EQ(printable(once), once);
}

TEST(Excerpt, CountsCharactersOfTheValueAndNeverCutsAnEscape) {
    EXPECT_EQ(excerpt("abcdef", 3), "abc\u2026");
    EXPECT_EQ(excerpt("abc", 3), "abc");
    EXPECT_EQ(excerpt("ééé", 2), "éé\u2026");
    EXPECT_EQ(excerpt("a\x1b"
                      "bcd",
                      2),
              "a\\x1b\u2026");
    EXPECT_EQ(excerpt("\n\n\n", 60), "\\n\\n\\n");
}

TEST(Excerpt, MessagesStayOnOneLine) {
    const Problem p{.id = ProblemId::DuplicateLink,
                    .row = 3,
                    .column = "Depends\non",
                    .value = "A\r\nrow 9: forged",
                    .detail = "B\x1b]0;title\x07"};
    for (Lang lang : {Lang::En, Lang::Fr}) {
        const std::string msg = format_problem(p, lang);
        EXPECT_EQ(msg.find_first_of("\n\r\x1b\x07"), std::string::npos) << msg;
        EXPECT_NE(msg.find("Depends\\non"), std::string::npos) << msg;
        EXPECT_NE(msg.find("A\\r\\nrow 9: forged"), std::string::npos) << msg;
        EXPECT_NE(msg.find("B\\x1b]0;title\\x07"), std::string::npos) << msg;
    }
    const Problem cycle{.id = ProblemId::Cycle, .detail = "A\n \u2192 B \u2192 A\n"};
    EXPECT_EQ(describe(cycle, Lang::En), "the links form a cycle: A\\n \u2192 B \u2192 A\\n");
    const Problem error{.id = ProblemId::ErrorValue, .value = "#N/A\n"};
    EXPECT_EQ(describe(error, Lang::En).find('\n'), std::string::npos);
}
