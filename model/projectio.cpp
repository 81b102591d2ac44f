#include "model/projectio.h"

#include "model/jsondump.h"
#include "model/jsonscan.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <functional>
#include <future>
#include <optional>
#include <set>
#include <span>

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

/// Where a value is in the file, a JSON path such as $.entities[3].name, spelled out only when
/// something there is wrong: reading a good file builds no path at all. An At refers to its
/// parent, so it lives no longer than the At it was made from.
class At
{
public:
    explicit constexpr At(const char *root)
        : m_key(root)
    {}
    constexpr At(const At &parent, const char *key)
        : m_parent(&parent)
        , m_key(key)
    {}
    constexpr At(const At &parent, size_t index)
        : m_parent(&parent)
        , m_index(index)
    {}

    QString path() const
    {
        if (!m_parent)
            return QLatin1String(m_key);
        return m_key ? m_parent->path() + QLatin1Char('.') + QLatin1String(m_key)
                     : m_parent->path() + QStringLiteral("[%1]").arg(m_index);
    }

private:
    const At *m_parent = nullptr;
    const char *m_key = nullptr; // null for an element of an array
    size_t m_index = 0;
};

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
        const At at(Root, "entities");
        QSet<QString> ids;
        ids.reserve(qsizetype(entities.size()));
        for (size_t i = 0; i < entities.size(); ++i) {
            const At entity(at, i);
            add(readEntity(entities[i], entity, p), entity, &ids, &p);
        }
        checkLinks(&p, ids);
        return p;
    }

    /// Everything before the entities: the format, the version, the project's own fields and
    /// its stores.
    Project readHead(const json &root) const
    {
        if (!root.is_object())
            fail(Root,
                 Tr::tr("expected a JSON object for the project, found %1").arg(typeName(root)));
        const json &format = member(root, Root, "format");
        if (!format.is_string() || format.get<std::string>() != "storemap")
            fail(At(Root, "format"), Tr::tr("expected \"storemap\"; this is not a Storemap "
                                            "project file"));
        const json &version = member(root, Root, "version");
        if (!version.is_number_integer())
            fail(At(Root, "version"),
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
            fail(At(Root, "version"),
                 Tr::tr("expected version 1 or %1, found %2").arg(FormatVersion).arg(v));

        Project p;
        if (const json *name = optional(root, "name"))
            p.name = text(*name, At(Root, "name"), limits::NameLength, true);
        if (const json *notes = optional(root, "notes"))
            p.notes = text(*notes, At(Root, "notes"), limits::TextLength, true);
        if (const json *scale = optional(root, "scale")) {
            const At at(Root, "scale");
            if (!scale->is_object())
                fail(at, Tr::tr("expected an object such as {\"users\": 1000}, found %1")
                             .arg(typeName(*scale)));
            if (const json *users = optional(*scale, "users"))
                p.users = count(*users, At(at, "users"));
        }
        if (const json *operates = optional(root, "operates"))
            p.operates = kindList(*operates, At(Root, "operates"));

        const json &stores = array(root, "stores", limits::Stores);
        const At at(Root, "stores");
        for (size_t i = 0; i < stores.size(); ++i)
            p.stores.push_back(readStore(stores[i], At(at, i), p));
        return p;
    }

    /// Adds @p e, read at @p at, to @p p; its id must be new to @p ids.
    static void add(Entity &&e, const At &at, QSet<QString> *ids, Project *p)
    {
        const qsizetype before = ids->size();
        if (ids->insert(e.id); ids->size() == before)
            fail(At(at, "id"),
                 Tr::tr("duplicate entity id %1; every entity needs its own id").arg(quoted(e.id)));
        p->entities.push_back(std::move(e));
    }

    /// Every pattern's "with" names an entity of @p ids, and shares its text.
    /// With @p more, the ids of the entities read apart, those names too.
    static void checkLinks(Project *p, const QSet<QString> &ids,
                           const QSet<QString> *more = nullptr)
    {
        auto find = [](const QSet<QString> *set, const QString &id) -> const QString * {
            if (!set)
                return nullptr;
            const auto it = set->constFind(id);
            return it == set->cend() ? nullptr : &*it;
        };
        for (size_t i = 0; i < p->entities.size(); ++i) {
            std::vector<Pattern> &patterns = p->entities[i].patterns;
            for (size_t j = 0; j < patterns.size(); ++j) {
                if (patterns[j].with.isEmpty())
                    continue;
                const QString *entity = find(&ids, patterns[j].with);
                if (!entity)
                    entity = find(more, patterns[j].with);
                if (!entity) {
                    fail(QStringLiteral("$.entities[%1].patterns[%2].with").arg(i).arg(j),
                         Tr::tr("refers to entity %1, which is not defined in \"entities\"")
                             .arg(quoted(patterns[j].with)));
                }
                patterns[j].with = *entity;
            }
        }
    }

    Entity readEntity(const json &v, const At &at, const Project &p) const
    {
        expectObject(v, at, Tr::tr("an entity"));
        Entity e;
        e.id = id(member(v, at, "id"), At(at, "id"));
        e.name = text(member(v, at, "name"), At(at, "name"), limits::NameLength, false);
        if (const json *d = optional(v, "description"))
            e.description = text(*d, At(at, "description"), limits::TextLength, true);
        if (const json *n = optional(v, "notes"))
            e.notes = text(*n, At(at, "notes"), limits::TextLength, true);
        if (const json *s = optional(v, "schema"))
            e.schema = choice<SchemaKind>(*s, At(at, "schema"), schemaIds());
        if (const json *d = optional(v, "durability"))
            e.durability = choice<Durability>(*d, At(at, "durability"), durabilityIds());
        if (const json *s = optional(v, "store"); s && !s->is_null())
            e.store = store(*s, At(at, "store"), p);
        if (const json *w = optional(v, "workload")) {
            const At wat(at, "workload");
            expectObject(*w, wat, Tr::tr("a workload"));
            if (const json *items = optional(*w, "items"))
                e.workload.items = itemCount(*items, At(wat, "items"));
            if (const json *bytes = optional(*w, "itemBytes"))
                e.workload.itemBytes = itemBytes(*bytes, At(wat, "itemBytes"));
            if (const json *g = optional(*w, "egressGBPerMonth"))
                e.workload.egressGBPerMonth = egress(*g, At(wat, "egressGBPerMonth"));
        }
        if (const json *patterns = optional(v, "patterns")) {
            const At pat(at, "patterns");
            if (!patterns->is_array())
                fail(pat, Tr::tr("expected an array, found %1").arg(typeName(*patterns)));
            if (patterns->size() > size_t(limits::PatternsPerEntity))
                fail(pat, Tr::tr("%1 patterns; at most %2 are allowed")
                              .arg(patterns->size())
                              .arg(limits::PatternsPerEntity));
            for (size_t i = 0; i < patterns->size(); ++i)
                e.patterns.push_back(readPattern((*patterns)[i], At(pat, i)));
        }
        return e;
    }

    // The values of an entity and its patterns, each checked where it is: the whole tree and the
    // stream (below) read them with these same functions.

    static QString text(const std::string &v, const At &at, int maxLength, bool allowEmpty)
    {
        const QString s = QString::fromStdString(v);
        if (!allowEmpty && s.trimmed().isEmpty())
            fail(at, Tr::tr("must not be empty"));
        if (s.size() > maxLength)
            fail(at, Tr::tr("is %1 characters long; at most %2 are allowed")
                         .arg(s.size())
                         .arg(maxLength));
        return s;
    }

    static QString text(const json &v, const At &at, int maxLength, bool allowEmpty)
    {
        if (!v.is_string())
            fail(at, Tr::tr("expected a string, found %1").arg(typeName(v)));
        return text(v.get_ref<const std::string &>(), at, maxLength, allowEmpty);
    }

    template <typename Value> static QString id(const Value &v, const At &at)
    {
        const QString value = text(v, at, limits::IdLength, false);
        for (const QChar c : value) {
            // The category Other_Control (Cc), without a look in Unicode's tables for each.
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
                fail(at, Tr::tr("ids may not contain control characters"));
        }
        return value;
    }

    /// The id of a store of @p p, sharing its text.
    template <typename Value> static QString store(const Value &v, const At &at, const Project &p)
    {
        const QString s = text(v, at, limits::IdLength, false);
        const int i = p.storeIndex(s);
        if (i < 0)
            fail(at,
                 Tr::tr("refers to store %1, which is not defined in \"stores\"").arg(quoted(s)));
        return p.stores[size_t(i)].id;
    }

    /// The value whose id in @p ids is @p v. The ids are ASCII, so comparing bytes compares the
    /// text, and no QString is made for each of a large project's hundred thousand choices.
    template <typename Enum, size_t N>
    static Enum choice(const std::string &v, const At &at, const std::array<const char *, N> &ids)
    {
        for (size_t i = 0; i < N; ++i) {
            if (std::strcmp(v.c_str(), ids[i]) == 0 && v.size() == std::strlen(ids[i]))
                return Enum(i); // the length too: v may hold a NUL (\u0000)
        }
        fail(at, Tr::tr("unknown value %1; expected one of %2")
                     .arg(quoted(QString::fromStdString(v)), choices(ids)));
    }

    template <typename Enum, size_t N>
    static Enum choice(const json &v, const At &at, const std::array<const char *, N> &ids)
    {
        if (!v.is_string())
            fail(at, Tr::tr("expected one of %1, found %2").arg(choices(ids), typeName(v)));
        return choice<Enum>(v.get_ref<const std::string &>(), at, ids);
    }

    /// A number of a version 2 field, from @p min (above it when @p above) to @p max.
    static double number(const json &v, const At &at, double min, double max, bool above = false)
    {
        if (!v.is_number())
            fail(at, Tr::tr("expected a number, found %1").arg(typeName(v)));
        const double x = v.get<double>();
        if (!std::isfinite(x) || x < min || (above && x <= min) || x > max)
            fail(at, (above ? Tr::tr("expected a number above %1 and at most %2, found %3")
                            : Tr::tr("expected a number from %1 to %2, found %3"))
                         .arg(min)
                         .arg(max)
                         .arg(QString::fromStdString(v.dump())));
        return x;
    }

    static qint64 itemCount(const json &v, const At &at)
    {
        if (!v.is_number_integer())
            fail(at, Tr::tr("expected a whole number of items, found %1").arg(typeName(v)));
        return qint64(number(v, at, 0, limits::Items));
    }

    static double itemBytes(const json &v, const At &at)
    {
        return number(v, at, 0, limits::ItemBytes, true);
    }

    static double egress(const json &v, const At &at) { return number(v, at, 0, limits::EgressGB); }

    static double rate(const json &v, const At &at) { return number(v, at, 0, limits::PerSecond); }

private:
    [[noreturn]] static void fail(const QString &path, const QString &message)
    {
        throw Invalid{path, message};
    }

    [[noreturn]] static void fail(const At &at, const QString &message)
    {
        throw Invalid{at.path(), message};
    }

    static const json *optional(const json &object, const char *key)
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    static const json &member(const json &object, const At &at, const char *key)
    {
        const auto it = object.find(key);
        if (it == object.end())
            fail(at, Tr::tr("missing required key \"%1\"").arg(QLatin1String(key)));
        return *it;
    }

    static const json &array(const json &root, const char *key, int max)
    {
        const json &a = member(root, Root, key);
        const At at(Root, key);
        if (!a.is_array())
            fail(at, Tr::tr("expected an array, found %1").arg(typeName(a)));
        if (a.size() > size_t(max))
            fail(at, Tr::tr("%1 items; at most %2 are allowed").arg(a.size()).arg(max));
        return a;
    }

    static qint64 count(const json &v, const At &at)
    {
        if (!v.is_number_integer())
            fail(at, Tr::tr("expected a whole number of users, found %1").arg(typeName(v)));
        const bool isUnsigned = v.is_number_unsigned();
        const qint64 n = isUnsigned ? qint64(std::min<std::uint64_t>(v.get<std::uint64_t>(),
                                                                     std::uint64_t(MaxUsers) + 1))
                                    : qint64(v.get<std::int64_t>());
        if (n < MinUsers || n > MaxUsers) {
            fail(at, Tr::tr("expected between %1 and %2 users, found %3")
                         .arg(MinUsers)
                         .arg(MaxUsers)
                         .arg(QString::fromStdString(v.dump())));
        }
        return n;
    }

    /// Kind ids, each known and listed once (`operates`).
    QStringList kindList(const json &v, const At &at) const
    {
        if (!v.is_array())
            fail(at, Tr::tr("expected an array of store kinds, found %1").arg(typeName(v)));
        QStringList kinds;
        for (size_t i = 0; i < v.size(); ++i) {
            const At kindAt(at, i);
            const QString kind = text(v[i], kindAt, limits::IdLength, false);
            if (m_catalog.kindIndex(kind) < 0)
                fail(kindAt, Tr::tr("unknown store kind %1").arg(quoted(kind)));
            if (kinds.contains(kind))
                fail(kindAt, Tr::tr("%1 is listed twice").arg(quoted(kind)));
            kinds << kind;
        }
        return kinds;
    }

    static void expectObject(const json &v, const At &at, const QString &what)
    {
        if (!v.is_object())
            fail(at, Tr::tr("expected %1 object, found %2").arg(what, typeName(v)));
    }

    Store readStore(const json &v, const At &at, const Project &p) const
    {
        expectObject(v, at, Tr::tr("a store"));
        Store s;
        s.id = id(member(v, at, "id"), At(at, "id"));
        if (p.storeIndex(s.id) >= 0)
            fail(At(at, "id"),
                 Tr::tr("duplicate store id %1; every store needs its own id").arg(quoted(s.id)));
        const At kindAt(at, "kind");
        s.kind = text(member(v, at, "kind"), kindAt, limits::IdLength, false);
        const int k = m_catalog.kindIndex(s.kind);
        if (k < 0) {
            QStringList kinds;
            for (const KindInfo &info : m_catalog.kinds())
                kinds << info.id;
            fail(kindAt, Tr::tr("unknown store kind %1; expected one of %2")
                             .arg(quoted(s.kind), kinds.join(QStringLiteral(", "))));
        }
        if (const json *name = optional(v, "name"))
            s.name = text(*name, At(at, "name"), limits::NameLength, false);
        else
            s.name = m_catalog.kind(k).name;
        if (const json *memory = optional(v, "memoryGB"))
            s.memoryGB = number(*memory, At(at, "memoryGB"), 0, limits::MemoryGB, true);
        return s;
    }

    Pattern readPattern(const json &v, const At &at) const
    {
        expectObject(v, at, Tr::tr("an access pattern"));
        Pattern p;
        p.type = choice<PatternType>(member(v, at, "type"), At(at, "type"), patternTypeIds());
        if (const json *name = optional(v, "name"))
            p.name = text(*name, At(at, "name"), limits::NameLength, true);
        if (const json *f = optional(v, "frequency"))
            p.frequency = choice<Frequency>(*f, At(at, "frequency"), frequencyIds());
        if (const json *w = optional(v, "with"); w && !w->is_null())
            p.with = text(*w, At(at, "with"), limits::IdLength, false);
        if (const json *s = optional(v, "source"))
            p.source = text(*s, At(at, "source"), limits::TextLength, true);
        if (const json *r = optional(v, "perSecond")) {
            p.perSecond = rate(*r, At(at, "perSecond"));
            p.frequency = frequencyForRate(p.perSecond); // the rate decides
        }
        return p;
    }

    static constexpr At Root{"$"};
    const Catalog &m_catalog;
};

/// Reads a project while the parser reads the file. The project's fields and stores go on to a
/// tree, read when the entities begin; each entity is read straight from the parser's events, with
/// the same checks, and no tree is built for it (a tree's nodes took more memory than the project
/// and most of the time). It reads files as Storemap writes them; anything else stops it (a key
/// twice, a key it does not know, a value of another type, any error), and the file is read again
/// as a whole tree, which accepts the same files and says what is wrong in the same words.
class StreamReader
{
public:
    StreamReader(const Reader &reader, json *root)
        : m_reader(reader)
        , m_dom(*root, false)
        , m_root(root)
    {}

    /// Reads the second part of a file split between two entities (splitBetweenEntities()): its
    /// entities, from the split to the end of the array, then the end of the file; the project's
    /// stores, @p stores, were read from its first part. Nothing else may follow the entities.
    StreamReader(const Reader &reader, json *unused, std::vector<Store> stores)
        : StreamReader(reader, unused)
    {
        m_head.stores = std::move(stores);
        m_depth = 2;
        m_inEntities = m_streaming = m_second = true;
    }

    /// Called when the entities begin, with the project read so far: its fields and stores.
    std::function<void(const Project &head)> onEntities;

    /// The project read in two parts, this one's entities then @p second's, or nothing when the
    /// first part does not end between two entities, the second did not read to the end of the
    /// file, or an id is in both (the whole file, read again, says where).
    std::optional<Project> finishWith(StreamReader &second)
    {
        if (!m_inEntities || m_depth != 2 || !second.m_second || second.m_inEntities ||
            second.m_depth != 0 ||
            m_head.entities.size() + second.m_head.entities.size() > size_t(limits::Entities))
            return std::nullopt;
        std::vector<Entity> &more = second.m_head.entities;
        if (std::any_of(more.begin(), more.end(),
                        [this](const Entity &e) { return m_ids.contains(e.id); }))
            return std::nullopt;
        Project p = std::move(m_head); // nothing follows the entities: the head read at their start
        p.entities.insert(p.entities.end(), std::make_move_iterator(more.begin()),
                          std::make_move_iterator(more.end()));
        Reader::checkLinks(&p, m_ids, &second.m_ids);
        return p;
    }

    /// The project, or nothing when it stopped.
    std::optional<Project> finish()
    {
        if (!m_streaming)
            return m_reader.read(*m_root);
        if (m_inEntities || m_depth != 0)
            return std::nullopt;
        Project p = m_reader.readHead(*m_root); // again: fields may follow the entities
        p.entities = std::move(m_head.entities);
        Reader::checkLinks(&p, m_ids);
        return p;
    }

    // The events of scanJson(), as nlohmann::json::sax_parse names them.
    // A second part has nothing but entities: after them, only the end of the project.
    bool null() { return m_inEntities ? entityNull() : !m_second && m_dom.null(); }
    bool boolean(bool v) { return !m_inEntities && !m_second && m_dom.boolean(v); }
    bool number_integer(json::number_integer_t v)
    {
        return m_inEntities ? entityNumber(json(v)) : !m_second && m_dom.number_integer(v);
    }
    bool number_unsigned(json::number_unsigned_t v)
    {
        return m_inEntities ? entityNumber(json(v)) : !m_second && m_dom.number_unsigned(v);
    }
    bool number_float(json::number_float_t v, const json::string_t &s)
    {
        return m_inEntities ? entityNumber(json(v)) : !m_second && m_dom.number_float(v, s);
    }
    bool string(json::string_t &v)
    {
        return m_inEntities ? entityString(v) : !m_second && m_dom.string(v);
    }
    bool key(json::string_t &k)
    {
        if (m_inEntities)
            return entityKey(k);
        if (m_second)
            return false;
        if (m_depth == 1) {
            if (!m_rootKeys.insert(k).second)
                return false; // the tree keeps the last; stopping keeps it simple
            m_entitiesNext = k == "entities";
        }
        return m_dom.key(k);
    }
    bool start_object(std::size_t n)
    {
        if (++m_depth > limits::Depth)
            return false;
        return m_inEntities ? entityStart(false) : !m_second && m_dom.start_object(n);
    }
    bool end_object()
    {
        --m_depth;
        return m_inEntities ? entityEnd() : m_second ? m_depth == 0 : m_dom.end_object();
    }
    bool start_array(std::size_t n)
    {
        if (++m_depth > limits::Depth)
            return false;
        if (m_inEntities)
            return entityStart(true);
        if (m_second || !m_dom.start_array(n))
            return false;
        return m_depth != 2 || !m_entitiesNext || startEntities();
    }
    bool end_array()
    {
        if (--m_depth == 1 && m_inEntities) {
            m_inEntities = false; // the end of the entities
            return m_second || m_dom.end_array();
        }
        return m_inEntities || (!m_second && m_dom.end_array()); // the end of a pattern list
    }

private:
    // Depths: 1 the project, 2 its entities, 3 an entity, 4 its workload or its patterns, 5 one
    // pattern.
    enum Key : unsigned {
        Id = 1 << 0,
        Name = 1 << 1,
        Description = 1 << 2,
        Notes = 1 << 3,
        Schema = 1 << 4,
        Durability = 1 << 5,
        StoreKey = 1 << 6,
        Workload = 1 << 7,
        Patterns = 1 << 8,
        Items = 1 << 9,
        ItemBytes = 1 << 10,
        Egress = 1 << 11,
        Type = 1 << 12,
        Frequency = 1 << 13,
        With = 1 << 14,
        Source = 1 << 15,
        PerSecond = 1 << 16,
    };

    bool startEntities()
    {
        try {
            m_head = m_reader.readHead(*m_root);
            if (onEntities)
                onEntities(m_head);
        } catch (...) {
            return false;
        }
        m_inEntities = m_streaming = true;
        return true;
    }

    /// The key of an entity's, its workload's or a pattern's member: known, and not seen before.
    bool entityKey(std::string_view k)
    {
        struct Known
        {
            std::string_view name;
            Key key;
        };
        static constexpr Known entityKeys[] = {
            {"id", Id},          {"name", Name},         {"description", Description},
            {"notes", Notes},    {"schema", Schema},     {"durability", Durability},
            {"store", StoreKey}, {"workload", Workload}, {"patterns", Patterns}};
        static constexpr Known workloadKeys[] = {
            {"items", Items}, {"itemBytes", ItemBytes}, {"egressGBPerMonth", Egress}};
        static constexpr Known patternKeys[] = {{"type", Type},           {"name", Name},
                                                {"frequency", Frequency}, {"with", With},
                                                {"source", Source},       {"perSecond", PerSecond}};
        using Keys = std::span<const Known>;
        const Keys keys = m_depth == 3   ? Keys(entityKeys)
                          : m_depth == 5 ? Keys(patternKeys)
                                         : Keys(workloadKeys);
        // A few names, most of them of different lengths: a look along them beats a map.
        const auto it = std::find_if(keys.begin(), keys.end(),
                                     [&](const Known &known) { return known.name == k; });
        unsigned &seen = m_depth == 3 ? m_entityKeys : m_innerKeys;
        if (it == keys.end() || (seen & it->key))
            return false;
        seen |= it->key;
        (m_depth == 3 ? m_entityKey : m_innerKey) = it->key;
        return true;
    }

    bool entityStart(bool array)
    {
        if (m_depth == 3 && !array) { // an entity
            if (m_head.entities.size() >= size_t(limits::Entities))
                return false;
            m_entity = Entity{};
            m_entityKeys = 0;
            return true;
        }
        if (m_depth == 4 && (array ? m_entityKey == Patterns : m_entityKey == Workload)) {
            m_innerKeys = 0;
            return true;
        }
        if (m_depth == 5 && !array && m_entityKey == Patterns) { // a pattern
            if (m_entity.patterns.size() >= size_t(limits::PatternsPerEntity))
                return false;
            m_entity.patterns.emplace_back();
            m_innerKeys = 0;
            return true;
        }
        return false;
    }

    bool entityEnd()
    {
        if (m_depth == 4 && m_entityKey == Patterns) { // a pattern
            if (!(m_innerKeys & Type))
                return false;
            Pattern &p = m_entity.patterns.back();
            if (m_innerKeys & PerSecond)
                p.frequency = frequencyForRate(p.perSecond); // the rate decides
            return true;
        }
        if (m_depth == 2) { // an entity
            return (m_entityKeys & (Id | Name)) == (Id | Name) &&
                   checked([&] { Reader::add(std::move(m_entity), Unsaid, &m_ids, &m_head); });
        }
        return true; // a workload
    }

    bool entityNull() const
    {
        return (m_depth == 3 && m_entityKey == StoreKey) || (m_depth == 5 && m_innerKey == With);
    }

    bool entityString(const std::string &v)
    {
        if (m_depth == 3) {
            Entity &e = m_entity;
            switch (m_entityKey) {
            case Id:
                return checked([&] { e.id = Reader::id(v, Unsaid); });
            case Name:
                return checked(
                    [&] { e.name = Reader::text(v, Unsaid, limits::NameLength, false); });
            case Description:
                return checked(
                    [&] { e.description = Reader::text(v, Unsaid, limits::TextLength, true); });
            case Notes:
                return checked(
                    [&] { e.notes = Reader::text(v, Unsaid, limits::TextLength, true); });
            case Schema:
                return checked(
                    [&] { e.schema = Reader::choice<SchemaKind>(v, Unsaid, schemaIds()); });
            case Durability:
                return checked([&] {
                    e.durability = Reader::choice<storemap::Durability>(v, Unsaid, durabilityIds());
                });
            case StoreKey:
                return checked([&] { e.store = Reader::store(v, Unsaid, m_head); });
            default:
                return false;
            }
        }
        if (m_depth != 5)
            return false;
        Pattern &p = m_entity.patterns.back();
        switch (m_innerKey) {
        case Type:
            return checked(
                [&] { p.type = Reader::choice<PatternType>(v, Unsaid, patternTypeIds()); });
        case Name:
            return checked([&] { p.name = Reader::text(v, Unsaid, limits::NameLength, true); });
        case Frequency:
            return checked([&] {
                p.frequency = Reader::choice<storemap::Frequency>(v, Unsaid, frequencyIds());
            });
        case With:
            return checked([&] { p.with = Reader::text(v, Unsaid, limits::IdLength, false); });
        case Source:
            return checked([&] { p.source = Reader::text(v, Unsaid, limits::TextLength, true); });
        default:
            return false;
        }
    }

    bool entityNumber(const json &v)
    {
        storemap::Workload &w = m_entity.workload;
        if (m_depth == 5 && m_innerKey == PerSecond)
            return checked([&] { m_entity.patterns.back().perSecond = Reader::rate(v, Unsaid); });
        if (m_depth != 4 || m_entityKey != Workload)
            return false;
        switch (m_innerKey) {
        case Items:
            return checked([&] { w.items = Reader::itemCount(v, Unsaid); });
        case ItemBytes:
            return checked([&] { w.itemBytes = Reader::itemBytes(v, Unsaid); });
        case Egress:
            return checked([&] { w.egressGBPerMonth = Reader::egress(v, Unsaid); });
        default:
            return false;
        }
    }

    /// Runs @p read; whatever it throws stops the stream.
    template <typename Read> static bool checked(Read read)
    {
        try {
            read();
            return true;
        } catch (...) {
            return false;
        }
    }

    // The stream stops at the first value that is wrong, and the tree then says where it is: the
    // stream's checks never spell out a path.
    static constexpr At Unsaid{"$"};

    const Reader &m_reader;
    nlohmann::detail::json_sax_dom_parser<json> m_dom; // the project's fields and stores
    json *m_root;
    int m_depth = 0;
    std::set<std::string> m_rootKeys;
    bool m_entitiesNext = false; // the last key of the project's object was "entities"
    bool m_streaming = false;
    bool m_inEntities = false;
    bool m_second = false; // the second part of a file split between two entities
    Project m_head;        // the project read so far, entities and all
    QSet<QString> m_ids;   // a hash: loading grows with the entities, not n log n
    Entity m_entity;       // the entity being read
    Key m_entityKey{};     // the last key of the entity, and of its workload or pattern
    Key m_innerKey{};
    unsigned m_entityKeys = 0; // the keys seen, of the entity and of its workload or pattern
    unsigned m_innerKeys = 0;
};

} // namespace

QString LoadError::toString() const
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace {
/// Where a large file, as Storemap writes it, can be read in two parts, one on each core: the
/// comma between two entities past its middle, or -1. Only a file's own reading tells whether the
/// comma is where it looks to be, between two entities (a store is written alike).
qsizetype splitBetweenEntities(const QByteArray &text)
{
    // About 1,000 entities; below, a second thread saves little.
    constexpr qsizetype SplitFrom = 512 * 1024;
    if (text.size() < SplitFrom)
        return -1;
    const qsizetype at = text.indexOf("},\n    {\n", text.size() / 2);
    return at < 0 ? -1 : at + 1;
}

/// The project read in two parts, split at the comma at @p split, the second on another thread
/// from the moment the entities begin; nothing when either part stopped (see StreamReader).
std::optional<Project> streamInTwo(const Reader &reader, const QByteArray &text, qsizetype split)
{
    json root, unused;
    StreamReader first(reader, &root);
    std::optional<StreamReader> second;
    std::future<bool> secondRead; // waited for before second goes, even when first throws
    first.onEntities = [&](const Project &head) {
        second.emplace(reader, &unused, head.stores);
        secondRead = std::async(std::launch::async, [&] {
            std::vector<char> within{'{', '['}; // the project and its entities
            return scanJson(text.constBegin() + split + 1, text.constEnd(), *second, &within) &&
                   within.empty();
        });
    };
    std::vector<char> within;
    const bool firstRead = scanJson(text.constBegin(), text.constBegin() + split, first, &within);
    if (!secondRead.valid() || !secondRead.get() || !firstRead ||
        within != std::vector<char>{'{', '['})
        return std::nullopt;
    return first.finishWith(*second);
}

bool parse(const QByteArray &text, const Catalog &catalog, bool stream, Project *out,
           LoadError *error)
{
    LoadError e;
    if (std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(uchar(c)); })) {
        e.message = Tr::tr("the file is empty; expected a Storemap project (a JSON object)");
        if (error)
            *error = e;
        return false;
    }
    const Reader reader(catalog);
    try {
        std::optional<Project> p;
        if (const qsizetype split = stream ? splitBetweenEntities(text) : -1; split > 0)
            p = streamInTwo(reader, text, split);
        if (stream && !p) {
            json root;
            StreamReader streamed(reader, &root);
            if (scanJson(text.constBegin(), text.constEnd(), streamed))
                p = streamed.finish();
        }
        if (p) {
            if (out)
                *out = std::move(*p);
            return true;
        }
    } catch (...) {
        // read again below, as a whole tree, which says what is wrong
    }
    // Deep nesting is looked for only now: the stream stops at that depth, the tree must not.
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
} // namespace

bool parseProject(const QByteArray &text, const Catalog &catalog, Project *out, LoadError *error)
{
    return parse(text, catalog, true, out, error);
}

bool parseProjectWhole(const QByteArray &text, const Catalog &catalog, Project *out,
                       LoadError *error)
{
    return parse(text, catalog, false, out, error);
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

std::future<ProjectRead> readProjectFileInBackground(const QString &path, const Catalog &catalog)
{
    return std::async(std::launch::async, [path, &catalog] {
        ProjectRead read;
        read.ok = readProjectFile(path, catalog, &read.project, &read.error);
        return read;
    });
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
