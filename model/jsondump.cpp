#include "model/jsondump.h"

#include <array>
#include <charconv>
#include <cmath>

namespace storemap {

namespace {

using ordered = nlohmann::ordered_json;

/// What each byte needs in a JSON string: nothing, an escape, or (not ASCII) nlohmann's UTF-8
/// check.
enum class Byte : unsigned char { Plain, Escape, NotAscii };

constexpr std::array<Byte, 256> byteTable()
{
    std::array<Byte, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = c >= 0x80                           ? Byte::NotAscii
                           : c < 0x20 || c == '"' || c == '\\' ? Byte::Escape
                                                               : Byte::Plain;
    return table;
}

/// Writes @p text as a JSON string the way nlohmann's dump does with ensure_ascii off: ASCII is
/// escaped here, runs of plain characters copied at once; text with any other byte is handed to
/// nlohmann, which decodes the UTF-8 and replaces what is not valid, so the bytes are the same.
void writeString(const std::string &text, std::string &out)
{
    static constexpr std::array<Byte, 256> table = byteTable();
    const size_t start = out.size();
    out += '"';
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p != end) {
        const char *run = p;
        while (p != end && table[static_cast<unsigned char>(*p)] == Byte::Plain)
            ++p;
        out.append(run, size_t(p - run));
        if (p == end)
            break;
        const char c = *p++;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x80) {
                out.resize(start);
                out += ordered(text).dump(-1, ' ', false, ordered::error_handler_t::replace);
                return;
            } else {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            }
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

void newLine(int depth, std::string &out)
{
    out += '\n';
    out.append(size_t(depth) * 2, ' ');
}

void write(const ordered &j, int depth, std::string &out)
{
    switch (j.type()) {
    case ordered::value_t::object: {
        const auto &members = j.get_ref<const ordered::object_t &>();
        if (members.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        bool first = true;
        for (const auto &[key, value] : members) {
            if (!first)
                out += ',';
            first = false;
            newLine(depth + 1, out);
            writeString(key, out);
            out += ": ";
            write(value, depth + 1, out);
        }
        newLine(depth, out);
        out += '}';
        return;
    }
    case ordered::value_t::array: {
        const auto &items = j.get_ref<const ordered::array_t &>();
        if (items.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        bool first = true;
        for (const ordered &item : items) {
            if (!first)
                out += ',';
            first = false;
            newLine(depth + 1, out);
            write(item, depth + 1, out);
        }
        newLine(depth, out);
        out += ']';
        return;
    }
    case ordered::value_t::string:
        writeString(j.get_ref<const std::string &>(), out);
        return;
    case ordered::value_t::number_float:
        writeNumber(j.get<double>(), out);
        return;
    case ordered::value_t::number_integer:
        writeNumber(j.get<std::int64_t>(), out);
        return;
    case ordered::value_t::number_unsigned:
        writeNumber(j.get<std::uint64_t>(), out);
        return;
    case ordered::value_t::boolean:
        out += j.get<bool>() ? "true" : "false";
        return;
    case ordered::value_t::null:
        out += "null";
        return;
    case ordered::value_t::binary:
    case ordered::value_t::discarded:
        break;
    }
    // Nothing Storemap writes; nlohmann says it as it would.
    out += j.dump(-1, ' ', false, ordered::error_handler_t::replace);
}

} // namespace

QByteArray dumpJson(const ordered &j)
{
    std::string out;
    out.reserve(1 << 16);
    write(j, 0, out);
    out += '\n';
    return QByteArray::fromStdString(out);
}

} // namespace storemap
