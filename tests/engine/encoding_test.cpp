// UTF-16 and UTF-32 files: recognised with or without a byte order mark, read as UTF-8, or
// refused with a problem that says to save as UTF-8.
#include "retroplan/csv.hpp"
#include "retroplan/encoding.hpp"

#include <gtest/gtest.h>

using namespace retroplan;
using namespace std::string_literals;

namespace {

// "ID,Durée\nA,2\n" written by hand in each encoding (é is U+00E9).
const std::string kUtf8 = "ID,Dur\xC3\xA9"
                          "e\nA,2\n";
const std::string kUtf16Le = "I\0D\0,\0D\0u\0r\0\xE9\0e\0\n\0A\0,\0"
                             "2\0\n\0"s;
const std::string kUtf16Be = "\0I\0D\0,\0D\0u\0r\0\xE9\0e\0\n\0A\0,\0"
                             "2\0\n"s;
const std::string kUtf32Le =
    "I\0\0\0D\0\0\0,\0\0\0D\0\0\0u\0\0\0r\0\0\0\xE9\0\0\0e\0\0\0\n\0\0\0A\0\0\0,\0\0\0"
    "2\0\0\0\n\0\0\0"s;

std::string swap32(const std::string& le) {
    std::string be = le;
    for (std::size_t i = 0; i + 3 < be.size(); i += 4) {
        std::swap(be[i], be[i + 3]);
        std::swap(be[i + 1], be[i + 2]);
    }
    return be;
}

} // namespace

TEST(Encoding, ByteOrderMarksAreRecognised) {
    EXPECT_EQ(detect_encoding("\xEF\xBB\xBFID"), Encoding::Utf8);
    EXPECT_EQ(detect_encoding("\xFF\xFEI\0"s), Encoding::Utf16Le);
    EXPECT_EQ(detect_encoding("\xFE\xFF\0I"s), Encoding::Utf16Be);
    EXPECT_EQ(detect_encoding("\xFF\xFE\0\0I\0\0\0"s), Encoding::Utf32Le);
    EXPECT_EQ(detect_encoding("\0\0\xFE\xFF\0\0\0I"s), Encoding::Utf32Be);
}

TEST(Encoding, ZeroBytesGiveAwayTheEncodingWithoutAMark) {
    EXPECT_EQ(detect_encoding(kUtf8), Encoding::Utf8);
    EXPECT_EQ(detect_encoding(kUtf16Le), Encoding::Utf16Le);
    EXPECT_EQ(detect_encoding(kUtf16Be), Encoding::Utf16Be);
    EXPECT_EQ(detect_encoding(kUtf32Le), Encoding::Utf32Le);
    EXPECT_EQ(detect_encoding(swap32(kUtf32Le)), Encoding::Utf32Be);
    // One stray zero byte does not make a UTF-8 file UTF-16.
    EXPECT_EQ(detect_encoding("ID,Name,Duration\nA,x\0y,1\nB,z,2\n"s), Encoding::Utf8);
}

TEST(Encoding, ConvertsToUtf8) {
    EXPECT_EQ(to_utf8(kUtf16Le, Encoding::Utf16Le), kUtf8);
    EXPECT_EQ(to_utf8(kUtf16Be, Encoding::Utf16Be), kUtf8);
    EXPECT_EQ(to_utf8("\xFF\xFE"s + kUtf16Le, Encoding::Utf16Le), kUtf8); // the mark dropped
    EXPECT_EQ(to_utf8(kUtf32Le, Encoding::Utf32Le), kUtf8);
    EXPECT_EQ(to_utf8(swap32(kUtf32Le), Encoding::Utf32Be), kUtf8);
    // U+1F600 as the surrogate pair D83D DE00; U+20AC as one unit.
    EXPECT_EQ(to_utf8("\x3D\xD8\x00\xDE\xAC\x20"s, Encoding::Utf16Le), "\U0001F600\u20AC");
    EXPECT_EQ(to_utf8("\x00\xF6\x01\x00"s, Encoding::Utf32Le), "\U0001F600");
}

TEST(Encoding, InvalidUnitsAreRefused) {
    EXPECT_FALSE(to_utf8("I\0D"s, Encoding::Utf16Le));             // odd length
    EXPECT_FALSE(to_utf8("\x3D\xD8I\0"s, Encoding::Utf16Le));      // high surrogate alone
    EXPECT_FALSE(to_utf8("\x00\xDEI\0"s, Encoding::Utf16Le));      // low surrogate first
    EXPECT_FALSE(to_utf8("\x3D\xD8"s, Encoding::Utf16Le));         // cut after a high one
    EXPECT_FALSE(to_utf8("\x00\x00\x11\x00"s, Encoding::Utf32Le)); // U+110000
    EXPECT_FALSE(to_utf8("\x00\xD8\x00\x00"s, Encoding::Utf32Le)); // a surrogate
    EXPECT_FALSE(to_utf8("I\0\0\0D\0"s, Encoding::Utf32Le));       // not a multiple of 4
}

TEST(Encoding, Utf16PlanReadsLikeItsUtf8Twin) {
    const PlanInput plan = read_plan_csv("\xFF\xFE"s + kUtf16Le);
    ASSERT_TRUE(plan.problems.empty()) << format_problem(plan.problems.front(), Lang::En);
    ASSERT_EQ(plan.tasks.size(), 1u);
    EXPECT_EQ(plan.tasks[0].id, "A");
    EXPECT_EQ(cell_text(plan.tasks[0].duration), "2");
    EXPECT_EQ(plan.column(Field::Duration), "Dur\xC3\xA9"
                                            "e");
}

TEST(Encoding, BrokenUtf16IsOneProblemSayingSaveAsUtf8) {
    const PlanInput plan = read_plan_csv("\xFF\xFEI\0D\0\x3D\xD8"s);
    ASSERT_EQ(plan.problems.size(), 1u);
    const Problem& p = plan.problems[0];
    EXPECT_EQ(p.id, ProblemId::BadEncoding);
    EXPECT_EQ(p.row, 0);
    EXPECT_EQ(format_problem(p, Lang::En),
              "the file looks like UTF-16LE but is not valid UTF-16LE text: save as UTF-8 "
              "[bad_encoding]");
    EXPECT_NE(format_problem(p, Lang::Fr).find("enregistrez-le en UTF-8"), std::string::npos);
}

TEST(Encoding, Latin1HeaderIsAnEncodingProblemNotAMissingColumn) {
    const PlanInput plan = read_plan_csv("ID;Dur\xE9"
                                         "e\nA;2\n");
    ASSERT_EQ(plan.problems.size(), 1u);
    EXPECT_EQ(plan.problems[0].id, ProblemId::BadEncoding);
    EXPECT_EQ(plan.problems[0].row, 1);
    EXPECT_NE(format_problem(plan.problems[0], Lang::En).find("save as UTF-8"), std::string::npos);
}
