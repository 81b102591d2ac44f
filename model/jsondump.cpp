#include "model/jsondump.h"

#include "model/jsonscan.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace storemap {

namespace {

using ordered = nlohmann::ordered_json;

constexpr char hexDigits[] = "0123456789abcdef";

/// The letter of @p c's two-character escape (\\n for a newline), or 0 when it has none.
constexpr char shortEscape(char c)
{
    switch (c) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\b':
        return 'b';
    case '\t':
        return 't';
    case '\n':
        return 'n';
    case '\f':
        return 'f';
    case '\r':
        return 'r';
    default:
        return 0;
    }
}

/// Narrows @p text to @p out, which has room for it, when all of it is ASCII.
bool narrowAscii(QStringView text, char *out)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
#if defined(__SSE2__)
    const __m128i notAscii = _mm_set1_epi16(short(0xff80));
    for (; end - p >= 16; p += 16, out += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8));
        const __m128i high = _mm_and_si128(_mm_or_si128(a, b), notAscii);
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xffff)
            return false;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(a, b));
    }
#endif
    for (; p != end; ++p) {
        if (*p >= 0x80)
            return false;
        *out++ = char(*p);
    }
    return true;
}

/// Writes @p text as a JSON string the way nlohmann's dump does with ensure_ascii off: ASCII is
/// escaped here, runs of plain characters copied at once; text with any other byte is handed to
/// nlohmann, which decodes the UTF-8 and replaces what is not valid, so the bytes are the same.
void writeString(std::string_view text, std::string &out)
{
    const size_t start = out.size();
    out += '"';
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p != end) {
        const char *run = p;
        p = jsonscan::skipPlain(p, end);
        out.append(run, size_t(p - run));
        if (p == end)
            break;
        const char c = *p++;
        if (static_cast<unsigned char>(c) >= 0x80) {
            out.resize(start);
            out +=
                ordered(std::string(text)).dump(-1, ' ', false, ordered::error_handler_t::replace);
            return;
        }
        if (const char e = shortEscape(c)) {
            out += '\\';
            out += e;
        } else {
            out += "\\u00";
            out += hexDigits[(c >> 4) & 0xf];
            out += hexDigits[c & 0xf];
        }
    }
    out += '"';
}

template <typename Number> void writeNumber(Number n, std::string &out)
{
    char buffer[64];
    char *end = nullptr;
    if constexpr (std::is_floating_point_v<Number>) {
        if (!std::isfinite(n)) {
            out += "null";
            return;
        }
        end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, n);
    } else {
        end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
    }
    out.append(buffer, size_t(end - buffer));
}

} // namespace

void JsonWriter::beforeValue()
{
    if (m_out.size() >= 1 << 16) // written on in a small buffer, kept in one large one
        flush();
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_open.empty())
        return; // the top-level value
    // The comma, the new line and the indentation, in one go.
    static constexpr std::string_view lines = ",\n                                ";
    const bool comma = m_open.back().members++ > 0;
    const size_t indent = m_open.size() * 2;
    if (indent + 2 <= lines.size()) {
        m_out.append(lines.data() + (comma ? 0 : 1), indent + (comma ? 2 : 1));
        return;
    }
    if (comma)
        m_out += ',';
    m_out += '\n';
    m_out.append(indent, ' ');
}

void JsonWriter::open(char bracket, char close)
{
    beforeValue();
    m_out += bracket;
    m_open.push_back({close, 0});
}

JsonWriter &JsonWriter::beginObject()
{
    open('{', '}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    open('[', ']');
    return *this;
}

JsonWriter &JsonWriter::end()
{
    const Open closed = m_open.back();
    m_open.pop_back();
    if (closed.members > 0) {
        m_out += '\n';
        m_out.append(m_open.size() * 2, ' ');
    }
    m_out += closed.close;
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    beforeValue();
    // A plain name (every key Storemap writes) in one go.
    std::array<char, 64> quoted;
    const char *const end = name.data() + name.size();
    if (name.size() + 4 <= quoted.size() && jsonscan::skipPlain(name.data(), end) == end) {
        quoted[0] = '"';
        std::memcpy(quoted.data() + 1, name.data(), name.size());
        std::memcpy(quoted.data() + 1 + name.size(), "\": ", 3);
        m_out.append(quoted.data(), name.size() + 4);
    } else {
        writeString(name, m_out);
        m_out += ": ";
    }
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view text)
{
    beforeValue();
    writeString(text, m_out);
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    // Most text is ASCII: narrowed on the stack, it needs no UTF-8 copy on the heap.
    constexpr qsizetype Stack = 512;
    std::array<char, Stack> ascii;
    if (text.size() <= Stack && narrowAscii(text, ascii.data()))
        return value(std::string_view(ascii.data(), size_t(text.size())));
    const QByteArray utf8 = text.toUtf8();
    return value(std::string_view(utf8.constData(), size_t(utf8.size())));
}

JsonWriter &JsonWriter::value(double number)
{
    beforeValue();
    writeNumber(number, m_out);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    writeNumber(std::int64_t(number), m_out);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::value(const ordered &tree)
{
    switch (tree.type()) {
    case ordered::value_t::object:
        beginObject();
        for (const auto &[name, member] : tree.get_ref<const ordered::object_t &>())
            key(name).value(member);
        return end();
    case ordered::value_t::array:
        beginArray();
        for (const ordered &item : tree.get_ref<const ordered::array_t &>())
            value(item);
        return end();
    case ordered::value_t::string:
        return value(std::string_view(tree.get_ref<const std::string &>()));
    case ordered::value_t::number_float:
        return value(tree.get<double>());
    case ordered::value_t::number_integer:
        return value(qint64(tree.get<std::int64_t>()));
    case ordered::value_t::number_unsigned:
        beforeValue();
        writeNumber(tree.get<std::uint64_t>(), m_out);
        return *this;
    case ordered::value_t::boolean:
        beforeValue();
        m_out += tree.get<bool>() ? "true" : "false";
        return *this;
    case ordered::value_t::null:
        return null();
    case ordered::value_t::binary:
    case ordered::value_t::discarded:
        break;
    }
    // Nothing Storemap writes; nlohmann says it as it would.
    beforeValue();
    m_out += tree.dump(-1, ' ', false, ordered::error_handler_t::replace);
    return *this;
}

void JsonWriter::flush()
{
    if (m_sink)
        m_sink(m_out.data(), m_out.size());
    else
        m_text.append(m_out.data(), qsizetype(m_out.size()));
    m_out.clear();
}

QByteArray JsonWriter::finish()
{
    if (!m_nested)
        m_out += '\n';
    flush();
    return std::exchange(m_text, QByteArray());
}

JsonWriter JsonWriter::nested(int depth)
{
    JsonWriter w;
    w.m_open.assign(size_t(depth), {']', 0}); // indented as deep; closed by the other writer
    w.m_afterKey = true;                      // the other writer puts what goes before the value
    w.m_nested = true;
    return w;
}

JsonWriter &JsonWriter::written(QByteArrayView text)
{
    beforeValue();
    m_out.append(text.data(), size_t(text.size()));
    return *this;
}

QByteArray dumpJson(const ordered &j)
{
    return JsonWriter().value(j).finish();
}

} // namespace storemap
