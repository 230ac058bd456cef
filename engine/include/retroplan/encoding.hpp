// The encodings a spreadsheet or an editor saves text in: UTF-8, and UTF-16 / UTF-32 in either
// byte order ("Unicode text" in Excel, "Unicode" in Calc and Notepad), with or without a byte
// order mark. Retroplan reads the others by converting them to UTF-8 first.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace retroplan {

enum class Encoding { Utf8, Utf16Le, Utf16Be, Utf32Le, Utf32Be };

// The encoding of a file's bytes: its byte order mark, else the pattern of zero bytes that
// UTF-16 and UTF-32 give the ASCII of a header row (a UTF-8 text has no zero byte). UTF-8
// for anything else.
Encoding detect_encoding(std::string_view bytes);

// "UTF-16LE", "UTF-32BE", ...
std::string_view encoding_name(Encoding e);

// The text as UTF-8, its byte order mark dropped; nullopt when the bytes are not valid text in
// that encoding (an odd length, a lone surrogate, a code point beyond U+10FFFF). UTF-8 input is
// returned as it is.
std::optional<std::string> to_utf8(std::string_view bytes, Encoding e);

} // namespace retroplan
