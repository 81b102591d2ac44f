#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace storemap {

/// Writes JSON as every file and report does: indented by two spaces, UTF-8 as it is, one newline
/// at the end; the same bytes as nlohmann's dump(2, ' ', false, replace) + "\n". It writes as it
/// goes, so a large report needs no tree, and escapes ASCII itself, without nlohmann's per-byte
/// UTF-8 decoding (a string with other bytes still goes through nlohmann).
///
/// Inside an object, each value follows its key():
///     JsonWriter w;
///     w.beginObject().key("fit").value(88.5).key("kinds").beginArray().value("s3").end().end();
class JsonWriter
{
public:
    /// Where the text goes as it is written, 64 KiB at a time.
    using Sink = std::function<void(const char *data, size_t size)>;

    /// Keeps the text for finish(), or with @p sink hands it on as it goes.
    explicit JsonWriter(Sink sink = {})
        : m_sink(std::move(sink))
    {}

    JsonWriter &beginObject();
    JsonWriter &beginArray();
    JsonWriter &end(); ///< closes the innermost object or array
    JsonWriter &key(std::string_view name);
    JsonWriter &value(std::string_view text);
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(const std::string &text) { return value(std::string_view(text)); }
    JsonWriter &value(const QString &text);
    JsonWriter &value(double number); ///< a number that is not finite is null, as nlohmann writes
    JsonWriter &value(qint64 number);
    JsonWriter &value(const nlohmann::ordered_json &tree);
    JsonWriter &null();
    /// The text, with its final newline (with a sink: handed on, and this is empty); the writer
    /// is empty again. A nested() writer's text has no newline.
    QByteArray finish();

    /// How many objects and arrays are open.
    int depth() const { return int(m_open.size()); }
    /// A writer for one value that another writer, @p depth deep, hands on with written(): the
    /// values of a long array can be written apart, on several threads.
    static JsonWriter nested(int depth);
    /// @p text, one value that a nested() writer of this depth wrote, as the next value here.
    JsonWriter &written(QByteArrayView text);

private:
    struct Open
    {
        char close; // '}' or ']'
        int members;
    };
    void open(char bracket, char close);
    void beforeValue();
    void flush();

    Sink m_sink;
    QByteArray m_text;        // what is written so far (without a sink), but for
    std::string m_out;        // the last few thousand bytes
    std::vector<Open> m_open; // the objects and arrays not yet ended, outermost first
    bool m_afterKey = false;
    bool m_nested = false;
};

/// @p j as every file and report writes it (JsonWriter).
QByteArray dumpJson(const nlohmann::ordered_json &j);

} // namespace storemap
