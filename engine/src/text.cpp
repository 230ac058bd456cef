#include "retroplan/text.hpp"

#include <cmath>
#include <cstdio>

namespace retroplan {

std::string_view trim(std::string_view s) {
    // Also trims the UTF-8 non-breaking space that spreadsheets like to leave around values.
    for (;;) {
        if (!s.empty() && is_space(s.front()))
            s.remove_prefix(1);
        else if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0')
            s.remove_prefix(2);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && is_space(s.back()))
            s.remove_suffix(1);
        else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0')
            s.remove_suffix(2);
        else
            break;
    }
    return s;
}

namespace {

// Folds one Latin-1 supplement code point (U+00C0..U+00FF) or œ/Œ to ASCII; nullptr if none.
const char* fold_latin(unsigned cp) {
    static const char* const table[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",     "i",
        "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", nullptr, "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",     "i",
        "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", nullptr, "y"};
    if (cp >= 0xC0 && cp <= 0xFF) return table[cp - 0xC0];
    if (cp == 0x152 || cp == 0x153) return "oe";
    return nullptr;
}

} // namespace

std::string fold(std::string_view in) {
    in = trim(in);
    std::string out;
    out.reserve(in.size());
    bool pending_space = false;
    auto put = [&](std::string_view piece) {
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        out += piece;
    };
    for (std::size_t i = 0; i < in.size();) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            if (is_space(char(c)))
                pending_space = true;
            else {
                const char lower = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : char(c);
                put(std::string_view(&lower, 1));
            }
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && i + 1 < in.size()) {
            const unsigned cp =
                ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(in[i + 1]) & 0x3Fu);
            if (cp == 0xA0)
                pending_space = true;
            else if (const char* f = fold_latin(cp))
                put(f);
            else
                put(in.substr(i, 2));
            i += 2;
            continue;
        }
        put(in.substr(i, 1));
        ++i;
    }
    return out;
}

namespace {

// Length of the well-formed UTF-8 sequence at s[i] (1 to 4), or 0 when it is not one;
// the code point in cp.
std::size_t utf8_sequence(std::string_view s, std::size_t i, unsigned& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else
        return 0;
    if (i + extra >= s.size()) return 0;
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr unsigned min_cp[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < min_cp[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return extra + 1;
}

// Code points that break a line, move the cursor, start a terminal sequence or reorder text.
bool needs_escape(unsigned cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void append_escaped(std::string& out, unsigned cp, bool raw_byte) {
    char buf[16];
    if (!raw_byte && cp == '\n')
        out += "\\n";
    else if (!raw_byte && cp == '\r')
        out += "\\r";
    else if (!raw_byte && cp == '\t')
        out += "\\t";
    else if (raw_byte || cp < 0x80) {
        std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        out += buf;
    } else {
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        out += buf;
    }
}

// Appends the printable form of s, at most max_chars characters of it; false if cut short.
bool append_printable(std::string& out, std::string_view s, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size(); ++chars) {
        if (chars == max_chars) return false;
        unsigned cp = 0;
        const std::size_t len = utf8_sequence(s, i, cp);
        if (len == 0)
            append_escaped(out, static_cast<unsigned char>(s[i]), true);
        else if (needs_escape(cp))
            append_escaped(out, cp, false);
        else
            out.append(s.substr(i, len));
        i += len == 0 ? 1 : len;
    }
    return true;
}

} // namespace

bool is_valid_utf8(std::string_view s) {
    unsigned cp = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = utf8_sequence(s, i, cp);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    append_printable(out, s, std::string_view::npos);
    return out;
}

std::string excerpt(std::string_view s, std::size_t max_chars) {
    std::string out;
    if (!append_printable(out, s, max_chars)) out += "\u2026";
    return out;
}

std::string canonical_id(std::string_view s) {
    s = trim(s);
    std::size_t dot = s.find('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 1 < s.size()) {
        bool digits = true;
        for (std::size_t i = 0; i < dot && digits; ++i)
            digits = is_digit(s[i]);
        for (std::size_t i = dot + 1; i < s.size() && digits; ++i)
            digits = s[i] == '0';
        if (digits) return std::string(s.substr(0, dot));
    }
    return std::string(s);
}

std::string column_letters(int column) {
    std::string out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.insert(out.begin(), char('A' + (c - 1) % 26));
    return out;
}

std::string number_to_text(double v) {
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

} // namespace retroplan
