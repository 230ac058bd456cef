// Small text helpers shared by the parsers: trimming, ASCII tests, EN/FR-insensitive folding.
#pragma once

#include <string>
#include <string_view>

namespace retroplan {

constexpr bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
constexpr bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s);

// Lower-case, strip French/Latin-1 accents (é -> e, ç -> c, œ -> oe), turn NBSP into a space,
// collapse inner white space: "  Tâche  " and "TACHE" both fold to "tache".
std::string fold(std::string_view s);

bool is_valid_utf8(std::string_view s);

// A value made safe to put into a one-line message: control characters become `\n`, `\r`,
// `\t`, `\x1b`, `\u0085`…, line and paragraph separators and bidirectional overrides `\u2028`,
// `\u202e`…, and bytes that are not UTF-8 `\xff`. One input value then stays on one message
// line, cannot drive a terminal (escape sequences) and is valid UTF-8 for a cell or a dialog.
// Escaping an escaped text changes nothing.
std::string printable(std::string_view s);

// A value for display in a message: printable, and shortened ("aaaa…") after max_chars
// characters of the value.
std::string excerpt(std::string_view s, std::size_t max_chars = 60);

// Canonical ID text: trimmed; a whole number written as "7.0" is the ID "7".
std::string canonical_id(std::string_view s);

// Spreadsheet column name of a 0-based column: 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string column_letters(int column);

// Formats a number a spreadsheet cell held as an ID: 7.0 -> "7", 2.5 -> "2.5".
std::string number_to_text(double v);

} // namespace retroplan
