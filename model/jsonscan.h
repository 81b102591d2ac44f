#pragma once

// Reading JSON text fast, for the project files that are opened every day: the same events as
// nlohmann's SAX parser, in the same order and with the same values, several times faster.

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace storemap {

namespace jsonscan {

/// Whether JSON writes the byte @p c as it is inside a string: not a control character, a quote,
/// a backslash or a byte of a UTF-8 sequence.
constexpr bool plain(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/// The first byte from @p p on that is not plain(). Sixteen bytes are looked at at once where the
/// processor can (SSE2, every x86-64), else eight.
inline const char *skipPlain(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'),
                  backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // As signed bytes, those above 0x7f are negative: below 0x20 too.
        const __m128i stop =
            _mm_or_si128(_mm_cmplt_epi8(x, space),
                         _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
        if (const int mask = _mm_movemask_epi8(stop))
            return p + std::countr_zero(unsigned(mask));
        p += 16;
    }
#else
    constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
    const auto hasZero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    for (std::uint64_t x; end - p >= 8; p += 8) {
        std::memcpy(&x, p, sizeof x);
        if ((x & highs) | ((x - ones * 0x20) & ~x & highs) | hasZero(x ^ (ones * '"')) |
            hasZero(x ^ (ones * '\\')))
            break;
    }
#endif
    while (p != end && plain(static_cast<unsigned char>(*p)))
        ++p;
    return p;
}

/// The length of the well-formed UTF-8 sequence at @p p (Unicode's table 3-7, as nlohmann checks
/// it), or 0.
inline int utf8Length(const char *p, const char *end)
{
    const auto at = [&](int i) { return static_cast<unsigned char>(p[i]); };
    const auto tail = [&](int i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return end - p > i && at(i) >= lo && at(i) <= hi;
    };
    const unsigned char c = at(0);
    if (c >= 0xC2 && c <= 0xDF)
        return tail(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return tail(1, lo, hi) && tail(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return tail(1, lo, hi) && tail(2) && tail(3) ? 4 : 0;
    }
    return 0;
}

/// Reads the rest of a string, after its opening quote, into @p out.
inline bool readString(const char *&p, const char *end, std::string &out)
{
    out.clear();
    for (;;) {
        const char *run = p;
        p = skipPlain(p, end);
        out.append(run, size_t(p - run));
        if (p == end)
            return false;
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c == '"') {
            ++p;
            return true;
        }
        if (c >= 0x80) {
            const int n = utf8Length(p, end);
            if (n == 0)
                return false;
            out.append(p, size_t(n));
            p += n;
            continue;
        }
        if (c != '\\' || end - p < 2)
            return false; // a control character
        const char e = p[1];
        p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out += e;
            continue;
        case 'b':
            out += '\b';
            continue;
        case 'f':
            out += '\f';
            continue;
        case 'n':
            out += '\n';
            continue;
        case 'r':
            out += '\r';
            continue;
        case 't':
            out += '\t';
            continue;
        case 'u':
            break;
        default:
            return false;
        }
        unsigned code = 0;
        if (end - p < 4 || std::from_chars(p, p + 4, code, 16).ptr != p + 4)
            return false;
        p += 4;
        if (code >= 0xD800 && code <= 0xDFFF)
            return false; // a surrogate: the pair is left to nlohmann
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }
}

inline const char *skipSpace(const char *p, const char *end)
{
    while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    return p;
}

inline const char *skipDigits(const char *p, const char *end)
{
    while (p != end && *p >= '0' && *p <= '9')
        ++p;
    return p;
}

/// Reads the number at @p p and hands it on as nlohmann would: a whole number is unsigned, or
/// signed when negative; any other is a double.
template <typename Sax>
bool readNumber(const char *&p, const char *end, std::string &text, Sax &sax)
{
    const char *const start = p;
    if (*p == '-')
        ++p;
    if (p == end || *p < '0' || *p > '9')
        return false;
    p = *p == '0' ? p + 1 : skipDigits(p, end);
    bool whole = true;
    if (p != end && *p == '.') {
        whole = false;
        const char *digits = ++p;
        if ((p = skipDigits(p, end)) == digits)
            return false;
    }
    if (p != end && (*p == 'e' || *p == 'E')) {
        whole = false;
        if (++p != end && (*p == '+' || *p == '-'))
            ++p;
        const char *digits = p;
        if ((p = skipDigits(p, end)) == digits)
            return false;
    }
    // Out of range, nlohmann reads a whole number as a double, and refuses a double: either way
    // it is left to nlohmann.
    if (whole && *start == '-') {
        std::int64_t v = 0;
        return std::from_chars(start, p, v).ec == std::errc() && sax.number_integer(v);
    }
    if (whole) {
        std::uint64_t v = 0;
        return std::from_chars(start, p, v).ec == std::errc() && sax.number_unsigned(v);
    }
    double v = 0;
    if (std::from_chars(start, p, v).ec != std::errc())
        return false;
    text.assign(start, p);
    return sax.number_float(v, text);
}

/// Reads a key and its colon, at @p p.
template <typename Sax> bool readKey(const char *&p, const char *end, std::string &text, Sax &sax)
{
    if (p == end || *p != '"')
        return false;
    ++p;
    if (!readString(p, end, text) || !sax.key(text))
        return false;
    p = skipSpace(p, end);
    if (p == end || *p != ':')
        return false;
    p = skipSpace(p + 1, end);
    return true;
}

} // namespace jsonscan

/// Reads the JSON text from @p p to @p end and hands each value to @p sax as
/// nlohmann::json::sax_parse does: the same calls, in the same order, with the same values. It
/// returns false where the text is not valid JSON, where @p sax says stop, and where it leaves the
/// text to nlohmann (an escaped surrogate, a number out of range); the caller then reads the text
/// with nlohmann, which says what is wrong.
///
/// With @p within, the text is a part of a document: it begins inside the objects and arrays
/// *@p within names ('{' or '[', the outermost first), at a value (an element, or a member's key
/// when the innermost is an object), and may end after any value. It returns true where the part
/// ends after a value, and leaves in *@p within what is still open there.
template <typename Sax>
bool scanJson(const char *p, const char *end, Sax &sax, std::vector<char> *within = nullptr)
{
    using namespace jsonscan;
    std::string text; // each string, key and number as read
    std::vector<char> open = within ? std::move(*within) : std::vector<char>{}; // not yet closed
    if (open.empty() && end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3; // a byte order mark, which nlohmann skips too
    p = skipSpace(p, end);
    if (!open.empty() && open.back() == '{' && !readKey(p, end, text, sax))
        return false;
    for (;;) {
        if (p == end)
            return false;
        switch (*p) {
        case '{':
            if (!sax.start_object(std::size_t(-1)))
                return false;
            p = skipSpace(p + 1, end);
            if (p != end && *p == '}') {
                ++p;
                if (!sax.end_object())
                    return false;
                break;
            }
            open.push_back('{');
            if (!readKey(p, end, text, sax))
                return false;
            continue; // to its value
        case '[':
            if (!sax.start_array(std::size_t(-1)))
                return false;
            p = skipSpace(p + 1, end);
            if (p != end && *p == ']') {
                ++p;
                if (!sax.end_array())
                    return false;
                break;
            }
            open.push_back('[');
            continue; // to its first element
        case '"':
            ++p;
            if (!readString(p, end, text) || !sax.string(text))
                return false;
            break;
        case 't':
            if (end - p < 4 || std::memcmp(p, "true", 4) != 0 || !sax.boolean(true))
                return false;
            p += 4;
            break;
        case 'f':
            if (end - p < 5 || std::memcmp(p, "false", 5) != 0 || !sax.boolean(false))
                return false;
            p += 5;
            break;
        case 'n':
            if (end - p < 4 || std::memcmp(p, "null", 4) != 0 || !sax.null())
                return false;
            p += 4;
            break;
        default:
            if (!readNumber(p, end, text, sax))
                return false;
        }
        // After a value: the next one, or the end of the objects and arrays it closes.
        for (;;) {
            p = skipSpace(p, end);
            if (open.empty()) {
                if (within)
                    within->clear();
                return p == end;
            }
            if (p == end) {
                if (within)
                    *within = std::move(open);
                return within != nullptr;
            }
            if (*p == ',') {
                p = skipSpace(p + 1, end);
                if (open.back() == '{' && !readKey(p, end, text, sax))
                    return false;
                break;
            }
            const bool object = open.back() == '{';
            if (*p != (object ? '}' : ']'))
                return false;
            ++p;
            open.pop_back();
            if (!(object ? sax.end_object() : sax.end_array()))
                return false;
        }
    }
}

} // namespace storemap
