#include "retroplan/encoding.hpp"

#include <cstdint>

namespace retroplan {

namespace {

constexpr std::size_t kSample = 1024; // bytes looked at when there is no byte order mark

std::uint32_t byte(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// UTF-32 of BMP text: in every 4-byte unit, the two high bytes are zero.
bool looks_utf32(std::string_view sample, bool little_endian) {
    const std::size_t units = sample.size() / 4;
    if (units == 0) return false;
    bool any_char = false;
    for (std::size_t u = 0; u < units; ++u) {
        const std::string_view q = sample.substr(u * 4, 4);
        const std::size_t hi1 = little_endian ? 3 : 0, hi2 = little_endian ? 2 : 1;
        if (q[hi1] != 0 || q[hi2] != 0) return false;
        any_char = any_char || q[3 - hi1] != 0 || q[3 - hi2] != 0;
    }
    return any_char;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

std::optional<std::string> utf16_to_utf8(std::string_view bytes, bool le) {
    if (bytes.size() % 2 != 0) return std::nullopt;
    std::string out;
    out.reserve(bytes.size() / 2);
    auto unit = [&](std::size_t i) {
        return le ? byte(bytes, i) | byte(bytes, i + 1) << 8
                  : byte(bytes, i) << 8 | byte(bytes, i + 1);
    };
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        std::uint32_t cp = unit(i);
        if (cp >= 0xDC00 && cp <= 0xDFFF) return std::nullopt; // a low surrogate first
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 4 > bytes.size()) return std::nullopt;
            const std::uint32_t low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        }
        if (cp == 0xFEFF && out.empty() && i == 0) continue; // the byte order mark
        append_utf8(out, cp);
    }
    return out;
}

std::optional<std::string> utf32_to_utf8(std::string_view bytes, bool le) {
    if (bytes.size() % 4 != 0) return std::nullopt;
    std::string out;
    out.reserve(bytes.size() / 2);
    for (std::size_t i = 0; i < bytes.size(); i += 4) {
        const std::uint32_t cp = le ? byte(bytes, i) | byte(bytes, i + 1) << 8 |
                                          byte(bytes, i + 2) << 16 | byte(bytes, i + 3) << 24
                                    : byte(bytes, i) << 24 | byte(bytes, i + 1) << 16 |
                                          byte(bytes, i + 2) << 8 | byte(bytes, i + 3);
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
        if (cp == 0xFEFF && i == 0) continue; // the byte order mark
        append_utf8(out, cp);
    }
    return out;
}

} // namespace

Encoding detect_encoding(std::string_view bytes) {
    using namespace std::string_view_literals;
    // UTF-32LE's mark begins with UTF-16LE's: test it first.
    if (starts_with(bytes, "\xEF\xBB\xBF"sv)) return Encoding::Utf8;
    if (starts_with(bytes, "\xFF\xFE\0\0"sv)) return Encoding::Utf32Le;
    if (starts_with(bytes, "\0\0\xFE\xFF"sv)) return Encoding::Utf32Be;
    if (starts_with(bytes, "\xFF\xFE"sv)) return Encoding::Utf16Le;
    if (starts_with(bytes, "\xFE\xFF"sv)) return Encoding::Utf16Be;

    const std::string_view sample = bytes.substr(0, kSample);
    if (sample.find('\0') == std::string_view::npos) return Encoding::Utf8;
    if (looks_utf32(sample, true)) return Encoding::Utf32Le;
    if (looks_utf32(sample, false)) return Encoding::Utf32Be;
    // UTF-16 of Latin text: the high byte of nearly every unit is zero (of CJK text, still
    // that of its digits, delimiters and line breaks). A stray zero byte in a UTF-8 file, on
    // either side, is not enough.
    std::size_t zero_even = 0, zero_odd = 0;
    const std::size_t units = sample.size() / 2;
    for (std::size_t i = 0; i < units * 2; i += 2) {
        zero_even += sample[i] == 0;
        zero_odd += sample[i + 1] == 0;
    }
    if (4 * zero_odd >= units && zero_odd > 4 * zero_even) return Encoding::Utf16Le;
    if (4 * zero_even >= units && zero_even > 4 * zero_odd) return Encoding::Utf16Be;
    return Encoding::Utf8;
}

std::string_view encoding_name(Encoding e) {
    switch (e) {
    case Encoding::Utf8:
        return "UTF-8";
    case Encoding::Utf16Le:
        return "UTF-16LE";
    case Encoding::Utf16Be:
        return "UTF-16BE";
    case Encoding::Utf32Le:
        return "UTF-32LE";
    case Encoding::Utf32Be:
        return "UTF-32BE";
    }
    return "?";
}

std::optional<std::string> to_utf8(std::string_view bytes, Encoding e) {
    switch (e) {
    case Encoding::Utf8:
        return std::string(bytes);
    case Encoding::Utf16Le:
    case Encoding::Utf16Be:
        return utf16_to_utf8(bytes, e == Encoding::Utf16Le);
    case Encoding::Utf32Le:
    case Encoding::Utf32Be:
        return utf32_to_utf8(bytes, e == Encoding::Utf32Le);
    }
    return std::nullopt;
}

} // namespace retroplan
