#include "model/catalog.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace storemap {

namespace {

using json = nlohmann::json;

template <typename Enum, size_t N>
bool parseId(const std::array<const char *, N> &ids, QStringView id, Enum *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (id == QLatin1String(ids[i])) {
            *out = Enum(i);
            return true;
        }
    }
    return false;
}

QString str(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        throw std::runtime_error(std::string("missing text '") + key + "'");
    return QString::fromStdString(it->get<std::string>());
}

double num(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        throw std::runtime_error(std::string("missing number '") + key + "'");
    return it->get<double>();
}

/// A number anywhere in the catalog, by its JSON pointer ("/modifiers/load/zeroAt").
double numberAt(const json &root, const char *path)
{
    const json::json_pointer pointer(path);
    if (!root.contains(pointer) || !root.at(pointer).is_number())
        throw std::runtime_error(std::string("missing number '") + path + "'");
    return root.at(pointer).get<double>();
}

QString textAt(const json &root, const char *path)
{
    const json::json_pointer pointer(path);
    if (!root.contains(pointer) || !root.at(pointer).is_string())
        throw std::runtime_error(std::string("missing text '") + path + "'");
    return QString::fromStdString(root.at(pointer).get<std::string>());
}

/// The entry of @p list whose "id" is @p id.
const json &byId(const json &list, const char *id, const char *what)
{
    for (const json &entry : list) {
        if (entry.value("id", std::string()) == id)
            return entry;
    }
    throw std::runtime_error(std::string("no ") + what + " " + id);
}

struct ModifierNumber
{
    const char *path;
    double Modifiers::*field;
};

const ModifierNumber modifierNumbers[] = {
    {"/modifiers/load/zeroAt", &Modifiers::loadZeroAt},
    {"/modifiers/load/fullAt", &Modifiers::loadFullAt},
    {"/modifiers/load/lossPoints", &Modifiers::loadLossPoints},
    {"/modifiers/load/gainPoints", &Modifiers::loadGainPoints},
    {"/modifiers/load/neutralScaling", &Modifiers::loadNeutralScaling},
    {"/modifiers/load/readShare", &Modifiers::loadReadShare},
    {"/modifiers/schema/flexiblePoints", &Modifiers::schemaFlexiblePoints},
    {"/modifiers/schema/fixedPoints", &Modifiers::schemaFixedPoints},
    {"/modifiers/durability/criticalThreshold", &Modifiers::criticalThreshold},
    {"/modifiers/durability/criticalPointsPerRating", &Modifiers::criticalPointsPerRating},
    {"/modifiers/latency/ephemeralPoints", &Modifiers::ephemeralPoints},
    {"/modifiers/latency/reconstructiblePoints", &Modifiers::reconstructiblePoints},
    {"/modifiers/latency/neutralLatency", &Modifiers::neutralLatency},
    {"/complexity/integrationOverhead", &Modifiers::integrationOverhead},
    {"/complexity/seams/joinPoints", &Modifiers::seamJoinPoints},
    {"/complexity/seams/transactionPoints", &Modifiers::seamTransactionPoints},
    {"/complexity/budget/base", &Modifiers::budgetBase},
    {"/complexity/budget/baseUsers", &Modifiers::budgetBaseUsers},
    {"/complexity/budget/perTenfold", &Modifiers::budgetPerTenfold},
    {"/complexity/budget/steepFromUsers", &Modifiers::budgetSteepUsers},
    {"/complexity/budget/perTenfoldSteep", &Modifiers::budgetPerTenfoldSteep},
    {"/complexity/operated/share", &Modifiers::operatedShare},
};

struct ModifierText
{
    const char *path;
    QString Modifiers::*field;
};

/// The rationale of each modifier group (translated with the rest of the catalog).
const ModifierText modifierTexts[] = {
    {"/modifiers/load/why", &Modifiers::loadWhy},
    {"/modifiers/schema/why", &Modifiers::schemaWhy},
    {"/modifiers/durability/why", &Modifiers::durabilityWhy},
    {"/modifiers/latency/why", &Modifiers::latencyWhy},
    {"/complexity/integrationWhy", &Modifiers::integrationWhy},
    {"/complexity/seams/why", &Modifiers::seamWhy},
    {"/complexity/budget/why", &Modifiers::budgetWhy},
    {"/complexity/operated/why", &Modifiers::operatedWhy},
    {"/pricing/sizingWhy", &Modifiers::sizingWhy},
    {"/pricing/requestsWhy", &Modifiers::requestsWhy},
};

Rated rated(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_object())
        throw std::runtime_error(std::string("missing rating '") + key + "'");
    return {num(*it, "value"), str(*it, "why")};
}

Price price(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end())
        return {};
    const double usd = num(*it, "usd");
    if (usd < 0)
        throw std::runtime_error(std::string("negative price '") + key + "'");
    return {usd, str(*it, "month"), str(*it, "source")};
}

KindPrices kindPrices(const json &k, const std::vector<EgressTable> &egress)
{
    KindPrices p;
    const json &j = k.at("prices");
    if (const auto it = j.find("instances"); it != j.end()) {
        for (const json &i : *it)
            p.instances.push_back(
                {str(i, "name"), num(i, "memoryGB"), num(i, "perSecond"), price(i, "price")});
        if (p.instances.empty() ||
            !std::all_of(p.instances.begin(), p.instances.end(), [](const InstanceTier &t) {
                return t.price.given() && t.perSecond > 0 && t.memoryGB > 0;
            }))
            throw std::runtime_error("bad instances for " + str(k, "id").toStdString());
    }
    p.storageIncluded = j.value("storageIncluded", false);
    p.storageGBMonth = price(j, "storageGBMonth");
    p.itemOverheadBytes = j.value("itemOverheadBytes", 0.0);
    p.readsPerMillion = price(j, "readsPerMillion");
    p.writesPerMillion = price(j, "writesPerMillion");
    p.readUnitBytes = j.value("readUnitBytes", 0.0);
    p.writeUnitBytes = j.value("writeUnitBytes", 0.0);
    if (const auto it = j.find("usableMemory"); it != j.end()) {
        p.usableMemoryShare = num(*it, "share");
        p.usableMemorySource = str(*it, "source");
    }
    if (const auto it = j.find("egress"); it != j.end()) {
        const QString id = QString::fromStdString(it->get<std::string>());
        for (size_t e = 0; e < egress.size(); ++e) {
            if (egress[e].id == id)
                p.egress = int(e);
        }
        if (p.egress < 0)
            throw std::runtime_error("unknown egress table " + id.toStdString());
    }
    return p;
}

} // namespace

const std::array<const char *, FrequencyCount> &frequencyIds()
{
    static const std::array<const char *, FrequencyCount> ids{"low", "medium", "high", "very-high"};
    return ids;
}

const std::array<const char *, PatternTypeCount> &patternTypeIds()
{
    static const std::array<const char *, PatternTypeCount> ids{
        "lookup-by-key",     "one-to-many-join", "full-text-search",  "binary-blob",
        "increment-counter", "aggregation",      "append-only-write", "transaction",
        "pub-sub",           "ad-hoc-query",     "range-scan"};
    return ids;
}

const std::array<const char *, 2> &schemaIds()
{
    static const std::array<const char *, 2> ids{"fixed", "flexible"};
    return ids;
}

const std::array<const char *, 3> &durabilityIds()
{
    static const std::array<const char *, 3> ids{"critical", "reconstructible", "ephemeral"};
    return ids;
}

bool parseFrequency(QStringView id, Frequency *out)
{
    return parseId(frequencyIds(), id, out);
}
bool parsePatternType(QStringView id, PatternType *out)
{
    return parseId(patternTypeIds(), id, out);
}
bool parseSchema(QStringView id, SchemaKind *out)
{
    return parseId(schemaIds(), id, out);
}
bool parseDurability(QStringView id, Durability *out)
{
    return parseId(durabilityIds(), id, out);
}

namespace {

/// @p ids as QStrings, made once for each list: an id is asked for every pattern of every finding.
template <size_t N> std::array<QString, N> idStrings(const std::array<const char *, N> &ids)
{
    std::array<QString, N> out;
    for (size_t i = 0; i < N; ++i)
        out[i] = QLatin1String(ids[i]);
    return out;
}

} // namespace

QString toId(Frequency f)
{
    static const auto ids = idStrings(frequencyIds());
    return ids[size_t(f)];
}
QString toId(PatternType t)
{
    static const auto ids = idStrings(patternTypeIds());
    return ids[size_t(t)];
}
QString toId(SchemaKind s)
{
    static const auto ids = idStrings(schemaIds());
    return ids[size_t(s)];
}
QString toId(Durability d)
{
    static const auto ids = idStrings(durabilityIds());
    return ids[size_t(d)];
}

const std::vector<MatrixRow> &Catalog::matrixRows()
{
    static const std::vector<MatrixRow> rows{
        {QStringLiteral("dataModel"), QT_TRANSLATE_NOOP("storemap::Catalog", "Data model")},
        {QStringLiteral("schema"), QT_TRANSLATE_NOOP("storemap::Catalog", "Schema")},
        {QStringLiteral("queryPower"), QT_TRANSLATE_NOOP("storemap::Catalog", "Query power")},
        {QStringLiteral("scaling"), QT_TRANSLATE_NOOP("storemap::Catalog", "Scaling")},
        {QStringLiteral("consistency"), QT_TRANSLATE_NOOP("storemap::Catalog", "Consistency")},
        {QStringLiteral("latency"), QT_TRANSLATE_NOOP("storemap::Catalog", "Latency")},
        {QStringLiteral("durability"), QT_TRANSLATE_NOOP("storemap::Catalog", "Durability")},
        {QStringLiteral("costModel"), QT_TRANSLATE_NOOP("storemap::Catalog", "Cost model")},
        {QStringLiteral("bestFor"), QT_TRANSLATE_NOOP("storemap::Catalog", "Best for")},
        {QStringLiteral("avoidFor"), QT_TRANSLATE_NOOP("storemap::Catalog", "Avoid for")},
    };
    return rows;
}

bool Catalog::parseCriterion(QStringView key, Criterion *out)
{
    const std::vector<MatrixRow> &rows = matrixRows();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].key == key) {
            *out = Criterion(i);
            return true;
        }
    }
    return false;
}

int Catalog::kindIndex(QStringView id) const
{
    for (size_t i = 0; i < m_kinds.size(); ++i) {
        if (m_kinds[i].id == id)
            return int(i);
    }
    return -1;
}

bool Catalog::parse(const QByteArray &text, Catalog *out, QString *error)
{
    try {
        const json root = json::parse(text.constBegin(), text.constEnd());
        Catalog c;
        for (int f = 0; f < FrequencyCount; ++f) {
            const json &it = byId(root.at("frequencies"), frequencyIds()[size_t(f)], "frequency");
            c.m_frequencies[size_t(f)] = {str(it, "id"), str(it, "label"), int(num(it, "level")),
                                          num(it, "weight")};
        }
        for (int p = 0; p < PatternTypeCount; ++p) {
            const json &it = byId(root.at("patterns"), patternTypeIds()[size_t(p)], "pattern");
            PatternInfo &info = c.m_patterns[size_t(p)];
            info.id = str(it, "id");
            info.label = str(it, "label");
            info.example = str(it, "example");
            info.loadSensitive = it.at("loadSensitive").get<bool>();
            info.read = it.value("read", false);
            info.writes = it.value("writes", false);
            info.criteria.clear();
            for (const json &key : it.at("criteria")) {
                Criterion row;
                if (!parseCriterion(QString::fromStdString(key.get<std::string>()), &row))
                    throw std::runtime_error("unknown criterion " + key.get<std::string>());
                info.criteria.push_back(row);
            }
        }
        for (const ModifierNumber &n : modifierNumbers)
            c.m_modifiers.*n.field = numberAt(root, n.path);
        for (const ModifierText &t : modifierTexts)
            c.m_modifiers.*t.field = textAt(root, t.path);

        for (const auto &[id, table] : root.at("egress").items()) {
            EgressTable t{QString::fromStdString(id),
                          str(table, "name"),
                          {},
                          str(table, "month"),
                          str(table, "source")};
            for (const json &tier : table.at("tiers"))
                t.tiers.emplace_back(tier.value("upToGB", std::numeric_limits<double>::infinity()),
                                     num(tier, "usd"));
            c.m_egress.push_back(std::move(t));
        }
        for (const json &k : root.at("kinds")) {
            KindInfo info;
            info.id = str(k, "id");
            info.name = str(k, "name");
            info.family = str(k, "family");
            info.source = str(k, "source");
            info.objectStorage = k.at("objectStorage").get<bool>();
            info.volatileStore = k.at("volatile").get<bool>();
            if (const auto item = k.find("maxItem"); item != k.end()) {
                info.maxItemBytes = num(*item, "bytes");
                info.maxItemWhat = str(*item, "what");
                info.maxItemSource = str(*item, "source");
            }
            if (const auto evicts = k.find("evicts"); evicts != k.end())
                info.evictionSource = str(*evicts, "source");
            const json &matrix = k.at("matrix");
            for (const MatrixRow &row : matrixRows())
                info.matrixText << str(matrix, row.key.toLatin1().constData());
            const json &r = k.at("ratings");
            info.queryPower = rated(r, "queryPower");
            info.scaling = rated(r, "scaling");
            info.consistency = rated(r, "consistency");
            info.latency = rated(r, "latency");
            info.durability = rated(r, "durability");
            info.schemaFlexibility = rated(r, "schemaFlexibility");
            info.burden = rated(k, "burden");
            info.prices = kindPrices(k, c.m_egress);
            const json &fit = k.at("fit");
            for (int p = 0; p < PatternTypeCount; ++p) {
                const auto it = fit.find(patternTypeIds()[size_t(p)]);
                if (it == fit.end())
                    throw std::runtime_error("kind " + info.id.toStdString() + " has no fit for " +
                                             patternTypeIds()[size_t(p)]);
                const double score = num(*it, "score");
                if (score < 0 || score > 100)
                    throw std::runtime_error("fit score out of 0-100 for " + info.id.toStdString());
                info.fit[size_t(p)] = {score, str(*it, "why")};
            }
            if (c.kindIndex(info.id) >= 0)
                throw std::runtime_error("duplicate kind " + info.id.toStdString());
            c.m_kinds.push_back(std::move(info));
        }
        *out = std::move(c);
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

void Catalog::translate()
{
    auto tr = [](QString &text) {
        text = QCoreApplication::translate("storemap::CatalogText", text.toUtf8().constData());
    };
    for (FrequencyInfo &f : m_frequencies)
        tr(f.label);
    for (PatternInfo &p : m_patterns) {
        tr(p.label);
        tr(p.example);
    }
    for (const ModifierText &t : modifierTexts)
        tr(m_modifiers.*t.field);
    for (KindInfo &k : m_kinds) {
        tr(k.source);
        tr(k.maxItemWhat);
        for (QString &text : k.matrixText)
            tr(text);
        for (Rated *r : {&k.queryPower, &k.scaling, &k.consistency, &k.latency, &k.durability,
                         &k.schemaFlexibility, &k.burden})
            tr(r->why);
        for (Rated &cell : k.fit)
            tr(cell.why);
    }
}

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        QFile file(QStringLiteral(":/catalog.json"));
        Catalog c;
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !parse(file.readAll(), &c, &error)) {
            std::fprintf(stderr, "storemap: the built-in catalog is broken: %s\n",
                         qPrintable(error));
            std::abort();
        }
        c.translate();
        return c;
    }();
    return catalog;
}

} // namespace storemap
