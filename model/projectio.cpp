#include "model/projectio.h"

#include "model/jsondump.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <set>

#include <unistd.h>

namespace storemap {

namespace {

// Objects keep their members in a vector, in the order read or set: reading allocates no map node
// per member (a 5,000-entity file loads in about two thirds of the time), and a file is written
// with its keys in the order set. The reader only looks members up by name.
using json = nlohmann::ordered_json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::ProjectIO)
};

/// Thrown by the validator with the JSON path of the offending value.
struct Invalid
{
    QString path;
    QString message;
    bool newer = false;
};

QString lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

/// Finds nesting deeper than the limit before the parser sees it (outside strings only).
bool tooDeep(const QByteArray &text, qsizetype *where)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limits::Depth) {
                *where = i;
                return true;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

QString typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return Tr::tr("null");
    case json::value_t::object:
        return Tr::tr("an object");
    case json::value_t::array:
        return Tr::tr("an array");
    case json::value_t::string:
        return Tr::tr("a string");
    case json::value_t::boolean:
        return Tr::tr("true/false");
    case json::value_t::number_float:
        return Tr::tr("a decimal number");
    default:
        return Tr::tr("a number");
    }
}

QString quoted(const QString &s)
{
    const QString shown = s.size() > 60 ? s.left(60) + QStringLiteral("...") : s;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString choices(const auto &ids)
{
    QStringList list;
    for (const char *id : ids)
        list << QLatin1String(id);
    return list.join(QStringLiteral(", "));
}

class Reader
{
public:
    explicit Reader(const Catalog &catalog)
        : m_catalog(catalog)
    {}

    Project read(const json &root) const
    {
        Project p = readHead(root);
        const json &entities = array(root, "entities", limits::Entities);
        QSet<QString> ids;
        ids.reserve(qsizetype(entities.size()));
        for (size_t i = 0; i < entities.size(); ++i) {
            const QString path = entityPath(i);
            add(readEntity(entities[i], path, p), path, &ids, &p);
        }
        checkLinks(p, ids);
        return p;
    }

    /// Everything before the entities: the format, the version, the project's own fields and
    /// its stores.
    Project readHead(const json &root) const
    {
        if (!root.is_object())
            fail(QStringLiteral("$"),
                 Tr::tr("expected a JSON object for the project, found %1").arg(typeName(root)));
        const json &format = member(root, "$", "format", true);
        if (!format.is_string() || format.get<std::string>() != "storemap")
            fail(QStringLiteral("$.format"), Tr::tr("expected \"storemap\"; this is not a Storemap "
                                                    "project file"));
        const json &version = member(root, "$", "version", true);
        if (!version.is_number_integer())
            fail(QStringLiteral("$.version"),
                 Tr::tr("expected a whole number, found %1").arg(typeName(version)));
        const auto v = version.get<std::int64_t>();
        if (v > FormatVersion) {
            throw Invalid{
                QStringLiteral("$.version"),
                Tr::tr("the file has format version %1, written by a newer Storemap; this "
                       "version reads version %2. Open it with a newer Storemap; the file was "
                       "not changed.")
                    .arg(v)
                    .arg(FormatVersion),
                true};
        }
        if (v < 1)
            fail(QStringLiteral("$.version"),
                 Tr::tr("expected version 1 or %1, found %2").arg(FormatVersion).arg(v));

        Project p;
        if (const json *name = optional(root, "name"))
            p.name = text(*name, QStringLiteral("$.name"), limits::NameLength, true);
        if (const json *notes = optional(root, "notes"))
            p.notes = text(*notes, QStringLiteral("$.notes"), limits::TextLength, true);
        if (const json *scale = optional(root, "scale")) {
            if (!scale->is_object())
                fail(QStringLiteral("$.scale"),
                     Tr::tr("expected an object such as {\"users\": 1000}, found %1")
                         .arg(typeName(*scale)));
            if (const json *users = optional(*scale, "users"))
                p.users = count(*users, QStringLiteral("$.scale.users"));
        }
        if (const json *operates = optional(root, "operates"))
            p.operates = kindList(*operates, QStringLiteral("$.operates"));

        const json &stores = array(root, "stores", limits::Stores);
        for (size_t i = 0; i < stores.size(); ++i)
            p.stores.push_back(readStore(stores[i], QStringLiteral("$.stores[%1]").arg(i), p));
        return p;
    }

    static QString entityPath(size_t i) { return QStringLiteral("$.entities[%1]").arg(i); }

    /// Adds @p e, read at @p path, to @p p; its id must be new to @p ids.
    static void add(Entity &&e, const QString &path, QSet<QString> *ids, Project *p)
    {
        const qsizetype before = ids->size();
        if (ids->insert(e.id); ids->size() == before)
            fail(path + QStringLiteral(".id"),
                 Tr::tr("duplicate entity id %1; every entity needs its own id").arg(quoted(e.id)));
        p->entities.push_back(std::move(e));
    }

    /// Every pattern's "with" names an entity of @p ids.
    static void checkLinks(const Project &p, const QSet<QString> &ids)
    {
        for (size_t i = 0; i < p.entities.size(); ++i) {
            const std::vector<Pattern> &patterns = p.entities[i].patterns;
            for (size_t j = 0; j < patterns.size(); ++j) {
                if (!patterns[j].with.isEmpty() && !ids.contains(patterns[j].with)) {
                    fail(QStringLiteral("$.entities[%1].patterns[%2].with").arg(i).arg(j),
                         Tr::tr("refers to entity %1, which is not defined in \"entities\"")
                             .arg(quoted(patterns[j].with)));
                }
            }
        }
    }

private:
    [[noreturn]] static void fail(const QString &path, const QString &message)
    {
        throw Invalid{path, message};
    }

    static const json *optional(const json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    static const json &member(const json &object, const QString &path, const char *key, bool)
    {
        const auto it = object.find(key);
        if (it == object.end())
            fail(path, Tr::tr("missing required key \"%1\"").arg(QLatin1String(key)));
        return *it;
    }

    static const json &array(const json &root, const char *key, int max)
    {
        const json &a = member(root, QStringLiteral("$"), key, true);
        const QString path = QStringLiteral("$.") + QLatin1String(key);
        if (!a.is_array())
            fail(path, Tr::tr("expected an array, found %1").arg(typeName(a)));
        if (a.size() > size_t(max))
            fail(path, Tr::tr("%1 items; at most %2 are allowed").arg(a.size()).arg(max));
        return a;
    }

    static QString text(const json &v, const QString &path, int maxLength, bool allowEmpty)
    {
        if (!v.is_string())
            fail(path, Tr::tr("expected a string, found %1").arg(typeName(v)));
        const QString s = QString::fromStdString(v.get<std::string>());
        if (!allowEmpty && s.trimmed().isEmpty())
            fail(path, Tr::tr("must not be empty"));
        if (s.size() > maxLength)
            fail(path, Tr::tr("is %1 characters long; at most %2 are allowed")
                           .arg(s.size())
                           .arg(maxLength));
        return s;
    }

    static QString id(const json &object, const QString &path)
    {
        const QString value = text(member(object, path, "id", true), path + QStringLiteral(".id"),
                                   limits::IdLength, false);
        for (const QChar c : value) {
            if (c.category() == QChar::Other_Control)
                fail(path + QStringLiteral(".id"),
                     Tr::tr("ids may not contain control characters"));
        }
        return value;
    }

    static qint64 count(const json &v, const QString &path)
    {
        if (!v.is_number_integer())
            fail(path, Tr::tr("expected a whole number of users, found %1").arg(typeName(v)));
        const bool isUnsigned = v.is_number_unsigned();
        const qint64 n = isUnsigned ? qint64(std::min<std::uint64_t>(v.get<std::uint64_t>(),
                                                                     std::uint64_t(MaxUsers) + 1))
                                    : qint64(v.get<std::int64_t>());
        if (n < MinUsers || n > MaxUsers) {
            fail(path, Tr::tr("expected between %1 and %2 users, found %3")
                           .arg(MinUsers)
                           .arg(MaxUsers)
                           .arg(QString::fromStdString(v.dump())));
        }
        return n;
    }

    /// A number of a version 2 field, from @p min (above it when @p above) to @p max.
    static double number(const json &v, const QString &path, double min, double max,
                         bool above = false)
    {
        if (!v.is_number())
            fail(path, Tr::tr("expected a number, found %1").arg(typeName(v)));
        const double x = v.get<double>();
        if (!std::isfinite(x) || x < min || (above && x <= min) || x > max)
            fail(path, (above ? Tr::tr("expected a number above %1 and at most %2, found %3")
                              : Tr::tr("expected a number from %1 to %2, found %3"))
                           .arg(min)
                           .arg(max)
                           .arg(QString::fromStdString(v.dump())));
        return x;
    }

    /// Kind ids, each known and listed once (`operates`).
    QStringList kindList(const json &v, const QString &path) const
    {
        if (!v.is_array())
            fail(path, Tr::tr("expected an array of store kinds, found %1").arg(typeName(v)));
        QStringList kinds;
        for (size_t i = 0; i < v.size(); ++i) {
            const QString at = path + QStringLiteral("[%1]").arg(i);
            const QString kind = text(v[i], at, limits::IdLength, false);
            if (m_catalog.kindIndex(kind) < 0)
                fail(at, Tr::tr("unknown store kind %1").arg(quoted(kind)));
            if (kinds.contains(kind))
                fail(at, Tr::tr("%1 is listed twice").arg(quoted(kind)));
            kinds << kind;
        }
        return kinds;
    }

    template <typename Enum, size_t N>
    static Enum choice(const json &v, const QString &path, const std::array<const char *, N> &ids,
                       bool (*parse)(QStringView, Enum *))
    {
        if (!v.is_string())
            fail(path, Tr::tr("expected one of %1, found %2").arg(choices(ids), typeName(v)));
        Enum e{};
        const QString s = QString::fromStdString(v.get<std::string>());
        if (!parse(s, &e))
            fail(path, Tr::tr("unknown value %1; expected one of %2").arg(quoted(s), choices(ids)));
        return e;
    }

    void expectObject(const json &v, const QString &path, const QString &what) const
    {
        if (!v.is_object())
            fail(path, Tr::tr("expected %1 object, found %2").arg(what, typeName(v)));
    }

    Store readStore(const json &v, const QString &path, const Project &p) const
    {
        expectObject(v, path, Tr::tr("a store"));
        Store s;
        s.id = id(v, path);
        if (p.storeIndex(s.id) >= 0)
            fail(path + QStringLiteral(".id"),
                 Tr::tr("duplicate store id %1; every store needs its own id").arg(quoted(s.id)));
        s.kind = text(member(v, path, "kind", true), path + QStringLiteral(".kind"),
                      limits::IdLength, false);
        const int k = m_catalog.kindIndex(s.kind);
        if (k < 0) {
            QStringList kinds;
            for (const KindInfo &info : m_catalog.kinds())
                kinds << info.id;
            fail(path + QStringLiteral(".kind"),
                 Tr::tr("unknown store kind %1; expected one of %2")
                     .arg(quoted(s.kind), kinds.join(QStringLiteral(", "))));
        }
        if (const json *name = optional(v, "name"))
            s.name = text(*name, path + QStringLiteral(".name"), limits::NameLength, false);
        else
            s.name = m_catalog.kind(k).name;
        if (const json *memory = optional(v, "memoryGB"))
            s.memoryGB =
                number(*memory, path + QStringLiteral(".memoryGB"), 0, limits::MemoryGB, true);
        return s;
    }

public:
    Entity readEntity(const json &v, const QString &path, const Project &p) const
    {
        expectObject(v, path, Tr::tr("an entity"));
        Entity e;
        e.id = id(v, path);
        e.name = text(member(v, path, "name", true), path + QStringLiteral(".name"),
                      limits::NameLength, false);
        if (const json *d = optional(v, "description"))
            e.description =
                text(*d, path + QStringLiteral(".description"), limits::TextLength, true);
        if (const json *n = optional(v, "notes"))
            e.notes = text(*n, path + QStringLiteral(".notes"), limits::TextLength, true);
        if (const json *s = optional(v, "schema"))
            e.schema = choice(*s, path + QStringLiteral(".schema"), schemaIds(), &parseSchema);
        if (const json *d = optional(v, "durability"))
            e.durability =
                choice(*d, path + QStringLiteral(".durability"), durabilityIds(), &parseDurability);
        if (const json *s = optional(v, "store"); s && !s->is_null()) {
            e.store = text(*s, path + QStringLiteral(".store"), limits::IdLength, false);
            if (p.storeIndex(e.store) < 0)
                fail(path + QStringLiteral(".store"),
                     Tr::tr("refers to store %1, which is not defined in \"stores\"")
                         .arg(quoted(e.store)));
        }
        if (const json *w = optional(v, "workload")) {
            const QString at = path + QStringLiteral(".workload");
            expectObject(*w, at, Tr::tr("a workload"));
            if (const json *items = optional(*w, "items")) {
                if (!items->is_number_integer())
                    fail(
                        at + QStringLiteral(".items"),
                        Tr::tr("expected a whole number of items, found %1").arg(typeName(*items)));
                e.workload.items =
                    qint64(number(*items, at + QStringLiteral(".items"), 0, limits::Items));
            }
            if (const json *bytes = optional(*w, "itemBytes"))
                e.workload.itemBytes =
                    number(*bytes, at + QStringLiteral(".itemBytes"), 0, limits::ItemBytes, true);
            if (const json *egress = optional(*w, "egressGBPerMonth"))
                e.workload.egressGBPerMonth =
                    number(*egress, at + QStringLiteral(".egressGBPerMonth"), 0, limits::EgressGB);
        }
        if (const json *patterns = optional(v, "patterns")) {
            const QString at = path + QStringLiteral(".patterns");
            if (!patterns->is_array())
                fail(at, Tr::tr("expected an array, found %1").arg(typeName(*patterns)));
            if (patterns->size() > size_t(limits::PatternsPerEntity))
                fail(at, Tr::tr("%1 patterns; at most %2 are allowed")
                             .arg(patterns->size())
                             .arg(limits::PatternsPerEntity));
            for (size_t i = 0; i < patterns->size(); ++i)
                e.patterns.push_back(
                    readPattern((*patterns)[i], at + QStringLiteral("[%1]").arg(i)));
        }
        return e;
    }

private:
    Pattern readPattern(const json &v, const QString &path) const
    {
        expectObject(v, path, Tr::tr("an access pattern"));
        Pattern p;
        p.type = choice(member(v, path, "type", true), path + QStringLiteral(".type"),
                        patternTypeIds(), &parsePatternType);
        if (const json *name = optional(v, "name"))
            p.name = text(*name, path + QStringLiteral(".name"), limits::NameLength, true);
        if (const json *f = optional(v, "frequency"))
            p.frequency =
                choice(*f, path + QStringLiteral(".frequency"), frequencyIds(), &parseFrequency);
        if (const json *w = optional(v, "with"); w && !w->is_null())
            p.with = text(*w, path + QStringLiteral(".with"), limits::IdLength, false);
        if (const json *s = optional(v, "source"))
            p.source = text(*s, path + QStringLiteral(".source"), limits::TextLength, true);
        if (const json *rate = optional(v, "perSecond")) {
            p.perSecond = number(*rate, path + QStringLiteral(".perSecond"), 0, limits::PerSecond);
            p.frequency = frequencyForRate(p.perSecond); // the rate decides
        }
        return p;
    }

    const Catalog &m_catalog;
};

/// Reads a project while the parser reads the file: each entity is read from a tree of its own as
/// soon as it is parsed, then dropped, so a large file never stands whole as a tree (its nodes
/// took more memory than the project and most of the time). It reads files as Storemap writes
/// them, the project's fields and stores before the entities; anything else stops it (a key
/// twice, an entity that is not an object, any error), and the file is read again as a whole
/// tree, which accepts the same files and says what is wrong in the same words.
class StreamReader
{
public:
    StreamReader(const Reader &reader, json *root)
        : m_reader(reader)
        , m_dom(*root, false)
        , m_root(root)
    {}

    /// The project, or nothing when it stopped.
    std::optional<Project> finish()
    {
        if (!m_streaming)
            return m_reader.read(*m_root);
        if (m_inEntities || m_depth != 0)
            return std::nullopt;
        Project p = m_reader.readHead(*m_root); // again: fields may follow the entities
        p.entities = std::move(m_head.entities);
        Reader::checkLinks(p, m_ids);
        return p;
    }

    // The SAX interface of nlohmann::json::sax_parse: each event goes on to the tree.
    bool null() { return !element() && m_dom.null(); }
    bool boolean(bool v) { return !element() && m_dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { return !element() && m_dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v)
    {
        return !element() && m_dom.number_unsigned(v);
    }
    bool number_float(json::number_float_t v, const json::string_t &s)
    {
        return !element() && m_dom.number_float(v, s);
    }
    bool string(json::string_t &v) { return !element() && m_dom.string(v); }
    bool binary(json::binary_t &) { return false; }
    bool key(json::string_t &k)
    {
        if (m_depth == 1) {
            if (!m_rootKeys.insert(k).second)
                return false; // the tree keeps the last; stopping keeps it simple
            m_entitiesNext = k == "entities";
        }
        return m_dom.key(k);
    }
    bool start_object(std::size_t n)
    {
        ++m_depth;
        return m_dom.start_object(n);
    }
    bool end_object()
    {
        --m_depth;
        if (!m_dom.end_object())
            return false;
        return !(m_inEntities && m_depth == 2) || readEntity();
    }
    bool start_array(std::size_t n)
    {
        if (element())
            return false;
        ++m_depth;
        if (!m_dom.start_array(n))
            return false;
        if (m_depth == 2 && m_entitiesNext)
            return startEntities();
        return true;
    }
    bool end_array()
    {
        --m_depth;
        if (m_inEntities && m_depth == 1)
            m_inEntities = false;
        return m_dom.end_array();
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &)
    {
        return false;
    }

private:
    /// Whether a value is about to be an element of the entities array other than an object.
    bool element() const { return m_inEntities && m_depth == 2; }

    bool startEntities()
    {
        try {
            m_head = m_reader.readHead(*m_root);
        } catch (...) {
            return false;
        }
        m_entities = &m_root->back();
        m_inEntities = m_streaming = true;
        return true;
    }

    bool readEntity()
    {
        if (m_head.entities.size() >= size_t(limits::Entities))
            return false;
        try {
            const QString path = Reader::entityPath(m_head.entities.size());
            Reader::add(m_reader.readEntity(m_entities->back(), path, m_head), path, &m_ids,
                        &m_head);
        } catch (...) {
            return false;
        }
        m_entities->erase(m_entities->end() - 1);
        return true;
    }

    const Reader &m_reader;
    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    json *m_root;
    int m_depth = 0;
    std::set<std::string> m_rootKeys;
    bool m_entitiesNext = false; // the last key of the project's object was "entities"
    bool m_streaming = false;
    bool m_inEntities = false;
    json *m_entities = nullptr;
    Project m_head;      // the project read so far, entities and all
    QSet<QString> m_ids; // a hash: loading grows with the entities, not n log n
};

} // namespace

QString LoadError::toString() const
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

bool parseProject(const QByteArray &text, const Catalog &catalog, Project *out, LoadError *error)
{
    LoadError e;
    if (text.trimmed().isEmpty()) {
        e.message = Tr::tr("the file is empty; expected a Storemap project (a JSON object)");
        if (error)
            *error = e;
        return false;
    }
    qsizetype deep = 0;
    if (tooDeep(text, &deep)) {
        e.where = lineColumn(text, deep);
        e.message =
            Tr::tr("nesting is deeper than %1 levels; a Storemap project never nests that deep")
                .arg(limits::Depth);
        if (error)
            *error = e;
        return false;
    }
    const Reader reader(catalog);
    try {
        json root;
        StreamReader stream(reader, &root);
        if (json::sax_parse(text.constBegin(), text.constEnd(), &stream)) {
            if (std::optional<Project> p = stream.finish()) {
                if (out)
                    *out = std::move(*p);
                return true;
            }
        }
    } catch (...) {
        // read again below, as a whole tree, which says what is wrong
    }
    json root;
    try {
        root = json::parse(text.constBegin(), text.constEnd());
    } catch (const json::exception &ex) {
        QString what = QString::fromUtf8(ex.what());
        const int colon = what.indexOf(QLatin1String(": "));
        if (colon >= 0)
            what = what.mid(colon + 2);
        if (const auto *parse = dynamic_cast<const json::parse_error *>(&ex)) {
            e.where = lineColumn(text, qsizetype(parse->byte) - 1);
        } else {
            // A number too large for any type ("number overflow parsing '1e999'"): find it.
            const qsizetype open = what.indexOf(QLatin1Char('\''));
            const qsizetype close = what.lastIndexOf(QLatin1Char('\''));
            const qsizetype at =
                close > open ? text.indexOf(what.mid(open + 1, close - open - 1).toUtf8()) : -1;
            if (at >= 0)
                e.where = lineColumn(text, at);
            what = what.mid(what.indexOf(QLatin1Char(']')) + 1).trimmed();
        }
        e.message = Tr::tr("not valid JSON (%1)").arg(what);
        if (error)
            *error = e;
        return false;
    }
    try {
        Project p = reader.read(root);
        if (out)
            *out = std::move(p);
        return true;
    } catch (const Invalid &invalid) {
        e.where = invalid.path;
        e.message = invalid.message;
        e.newerVersion = invalid.newer;
    } catch (const json::exception &ex) {
        e.message = Tr::tr("unexpected value (%1)").arg(QString::fromUtf8(ex.what()));
    }
    if (error)
        *error = e;
    return false;
}

bool readProjectFile(const QString &path, const Catalog &catalog, Project *out, LoadError *error)
{
    QFile file(path);
    const QFileInfo info(path);
    LoadError e;
    if (info.isDir()) {
        e.message = Tr::tr("%1 is a folder, not a project file").arg(path);
    } else if (!file.open(QIODevice::ReadOnly)) {
        e.message = Tr::tr("cannot open %1: %2").arg(path, file.errorString());
    } else if (file.size() > limits::FileBytes) {
        e.message = Tr::tr("%1 is %2 MiB; project files may be at most %3 MiB")
                        .arg(path)
                        .arg(file.size() / (1024 * 1024))
                        .arg(limits::FileBytes / (1024 * 1024));
    } else {
        return parseProject(file.read(limits::FileBytes + 1), catalog, out, error);
    }
    if (error)
        *error = e;
    return false;
}

namespace {
/// A whole number as such ("500", not "500.0"): the file stays as a person would write it.
json jsonNumber(double v)
{
    if (v == std::floor(v) && std::abs(v) < 9e15)
        return json(std::int64_t(v));
    return json(v);
}
} // namespace

QByteArray serializeProject(const Project &project)
{
    json root;
    root["format"] = "storemap";
    root["version"] = formatVersionOf(project);
    root["name"] = project.name.toStdString();
    if (!project.notes.isEmpty())
        root["notes"] = project.notes.toStdString();
    root["scale"] = json{{"users", project.users}};
    if (!project.operates.isEmpty()) {
        json kinds = json::array();
        for (const QString &k : project.operates)
            kinds.push_back(k.toStdString());
        root["operates"] = std::move(kinds);
    }
    json stores = json::array();
    for (const Store &s : project.stores) {
        json so{{"id", s.id.toStdString()},
                {"kind", s.kind.toStdString()},
                {"name", s.name.toStdString()}};
        if (s.memoryGB >= 0)
            so["memoryGB"] = jsonNumber(s.memoryGB);
        stores.push_back(std::move(so));
    }
    root["stores"] = std::move(stores);
    json entities = json::array();
    for (const Entity &e : project.entities) {
        json o;
        o["id"] = e.id.toStdString();
        o["name"] = e.name.toStdString();
        if (!e.description.isEmpty())
            o["description"] = e.description.toStdString();
        if (!e.notes.isEmpty())
            o["notes"] = e.notes.toStdString();
        o["schema"] = toId(e.schema).toStdString();
        o["durability"] = toId(e.durability).toStdString();
        o["store"] = e.store.isEmpty() ? json(nullptr) : json(e.store.toStdString());
        if (!e.workload.isEmpty()) {
            json w = json::object();
            if (e.workload.items >= 0)
                w["items"] = e.workload.items;
            if (e.workload.itemBytes >= 0)
                w["itemBytes"] = jsonNumber(e.workload.itemBytes);
            if (e.workload.egressGBPerMonth >= 0)
                w["egressGBPerMonth"] = jsonNumber(e.workload.egressGBPerMonth);
            o["workload"] = std::move(w);
        }
        json patterns = json::array();
        for (const Pattern &p : e.patterns) {
            json po;
            po["name"] = p.name.toStdString();
            po["type"] = toId(p.type).toStdString();
            // Where a rate is given it decides the word: the file never says two things.
            po["frequency"] =
                toId(p.perSecond >= 0 ? frequencyForRate(p.perSecond) : p.frequency).toStdString();
            if (p.perSecond >= 0)
                po["perSecond"] = jsonNumber(p.perSecond);
            if (!p.with.isEmpty())
                po["with"] = p.with.toStdString();
            if (!p.source.isEmpty())
                po["source"] = p.source.toStdString();
            patterns.push_back(std::move(po));
        }
        o["patterns"] = std::move(patterns);
        entities.push_back(std::move(o));
    }
    root["entities"] = std::move(entities);
    return dumpJson(root);
}

QString backupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

bool writeProjectFile(const QString &path, const Project &project, QString *error)
{
    QFile existing(path);
    const bool replacing = existing.exists();
    if (existing.open(QIODevice::ReadOnly)) {
        LoadError e;
        const QByteArray old = existing.read(limits::FileBytes + 1);
        if (!parseProject(old, Catalog::builtin(), nullptr, &e) && e.newerVersion) {
            if (error)
                *error = Tr::tr("%1 was written by a newer Storemap (%2); it was not overwritten. "
                                "Save under another name.")
                             .arg(path, e.message);
            return false;
        }
    }
    QSaveFile file(path);
    const QByteArray bytes = serializeProject(project);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        if (error)
            *error = Tr::tr("could not write %1: %2; the previous file is unchanged")
                         .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    // Keep the previous version: a hard link costs no space and survives the atomic rename below.
    if (replacing) {
        const QString backup = backupPath(path);
        QFile::remove(backup);
        if (::link(QFile::encodeName(path).constData(), QFile::encodeName(backup).constData()) != 0)
            QFile::copy(path, backup);
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("could not write %1: %2; the previous file is unchanged")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace storemap
