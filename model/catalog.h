#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace storemap {

/// How often an access pattern happens (DESIGN.md §2).
enum class Frequency { Low, Medium, High, VeryHigh };
inline constexpr int FrequencyCount = 4;

/// The lesson's seven access-pattern types plus four more from its text (DESIGN.md §2).
enum class PatternType {
    LookupByKey,
    OneToManyJoin,
    FullTextSearch,
    BinaryBlob,
    IncrementCounter,
    Aggregation,
    AppendOnlyWrite,
    Transaction,
    PubSub,
    AdHocQuery,
    RangeScan ///< an ordered range read under one key (the lesson's DynamoDB sort-key query)
};
inline constexpr int PatternTypeCount = 11;

enum class SchemaKind { Fixed, Flexible };
enum class Durability { Critical, Reconstructible, Ephemeral };

/// The file-format ids of the enums above, in enum order.
const std::array<const char *, FrequencyCount> &frequencyIds();
const std::array<const char *, PatternTypeCount> &patternTypeIds();
const std::array<const char *, 2> &schemaIds();
const std::array<const char *, 3> &durabilityIds();

/// A number with the one-line rationale that justifies it.
struct Rated
{
    double value = 0;
    QString why;
};

/// The lesson's decision-matrix rows, in the lesson's order.
enum class Criterion {
    DataModel,
    Schema,
    QueryPower,
    Scaling,
    Consistency,
    Latency,
    Durability,
    CostModel,
    BestFor,
    AvoidFor
};
inline constexpr int CriterionCount = 10;

/// One decision-matrix row of the lesson (display text) for a kind.
struct MatrixRow
{
    QString key;
    QString label;
};

/// A public price: what it costs in USD, the month it was read and where.
struct Price
{
    double usd = -1; ///< -1: the kind has no such price
    QString month;   ///< "2024-07"
    QString source;
    bool given() const { return usd >= 0; }
};

/// An instance size an instance-priced kind runs on (DESIGN.md §3, Money).
struct InstanceTier
{
    QString name;         ///< "db.t3.large (RDS, Single-AZ)"
    double memoryGB = 0;  ///< its memory (what an in-memory kind holds)
    double perSecond = 0; ///< the peak rate it carries: Storemap's sizing assumption
    Price price;          ///< a month of it
};

/// What data served to the internet costs, in tiers of GB a month.
struct EgressTable
{
    QString id;
    QString name;
    std::vector<std::pair<double, double>> tiers; ///< (up to GB, or infinity; USD per GB)
    QString month;
    QString source;
};

/// The cost model of one kind, from resources/catalog.json: instances, or prices per use.
struct KindPrices
{
    std::vector<InstanceTier> instances; ///< smallest first; empty for a kind priced per use
    bool storageIncluded = false;        ///< the instance price includes the disk
    Price storageGBMonth;
    double itemOverheadBytes = 0; ///< what the kind stores beside each item (DynamoDB: 100 bytes)
    Price readsPerMillion, writesPerMillion;
    double readUnitBytes = 0, writeUnitBytes = 0; ///< a request of a larger item costs more units
    double usableMemoryShare = 1;                 ///< of an instance's memory, what holds data
    QString usableMemorySource;
    int egress = -1; ///< index into Catalog::egressTables(); -1: no public price in the catalog
};

/// A catalog entry: one storage technology with the lesson's matrix and the numbers scored from it.
struct KindInfo
{
    QString id;
    QString name;
    QString family; ///< relational, document, key-value, in-memory, object, search, log
    QString source;
    bool objectStorage = false;
    bool volatileStore = false;
    /// The largest item the kind stores (a DynamoDB item, a MongoDB document), in bytes; -1: no
    /// limit a workload can reach. What it is called and the public source of the number.
    double maxItemBytes = -1;
    QString maxItemWhat;
    QString maxItemSource;
    /// Where an in-memory kind documents what it does when its memory is full; empty for a kind
    /// that keeps its data on disk.
    QString evictionSource;
    QStringList matrixText; ///< indexed by Criterion, like Catalog::matrixRows()
    /// The lesson's matrix cell of this kind for @p row ("Vertical (read replicas help)").
    QString text(Criterion row) const { return matrixText.value(int(row)); }
    Rated queryPower, scaling, consistency, latency, durability, schemaFlexibility;
    Rated burden; ///< operational cost units: monitor, back up, upgrade, debug at 3 AM
    std::array<Rated, PatternTypeCount> fit;
    KindPrices prices;
};

struct PatternInfo
{
    QString id;
    QString label;
    QString example;
    bool loadSensitive = false;
    bool read =
        false; ///< a read that read replicas can serve: a vertical store feels less of its load
    bool writes = false; ///< priced as a write (a PUT, a write unit); the other types as reads
    std::vector<Criterion> criteria; ///< the matrix rows a reader checks for this pattern
};

struct FrequencyInfo
{
    QString id;
    QString label;
    int level = 0;
    double weight = 1;
};

/// The modifier constants of the scoring, each with the catalog's rationale.
struct Modifiers
{
    double loadZeroAt = 8.5, loadFullAt = 10.5, loadLossPoints = 20, loadGainPoints = 5;
    double loadNeutralScaling = 60, loadReadShare = 0.5;
    QString loadWhy;
    double schemaFlexiblePoints = 10, schemaFixedPoints = 5;
    QString schemaWhy;
    double criticalThreshold = 80, criticalPointsPerRating = 0.6;
    QString durabilityWhy;
    double ephemeralPoints = 8, reconstructiblePoints = 4, neutralLatency = 70;
    QString latencyWhy;
    double integrationOverhead = 1;
    QString integrationWhy;
    /// What a `with` link split across two stores costs the advisor, in fit points of the
    /// pattern's traffic: the application joins or keeps the two consistent itself.
    double seamJoinPoints = 15, seamTransactionPoints = 40;
    QString seamWhy;
    double budgetBase = 4, budgetBaseUsers = 1000, budgetPerTenfold = 1.5;
    /// Beyond @c budgetSteepUsers each tenfold adds @c budgetPerTenfoldSteep instead.
    double budgetSteepUsers = 1'000'000, budgetPerTenfoldSteep = 3.5;
    QString budgetWhy;
    /// The share of its burden a kind the team already operates (Project::operates) costs.
    double operatedShare = 0.5;
    QString operatedWhy;
    QString sizingWhy, requestsWhy; ///< how the money model sizes instances and counts requests
};

/// The store kinds, pattern types and decision matrix, read from resources/catalog.json.
class Catalog
{
public:
    /// The catalog compiled into the program (":/catalog.json"), its texts translated for the
    /// translators installed at first use; aborts if it is broken.
    static const Catalog &builtin();
    /// Parses a catalog; on failure returns false and says why in @p error.
    static bool parse(const QByteArray &json, Catalog *out, QString *error);

    const std::vector<KindInfo> &kinds() const { return m_kinds; }
    int kindCount() const { return int(m_kinds.size()); }
    const KindInfo &kind(int index) const { return m_kinds[size_t(index)]; }
    /// The index of a kind id, or -1.
    int kindIndex(QStringView id) const;

    const std::array<PatternInfo, PatternTypeCount> &patterns() const { return m_patterns; }
    const PatternInfo &pattern(PatternType type) const { return m_patterns[size_t(type)]; }
    const std::array<FrequencyInfo, FrequencyCount> &frequencies() const { return m_frequencies; }
    const FrequencyInfo &frequency(Frequency f) const { return m_frequencies[size_t(f)]; }
    const Modifiers &modifiers() const { return m_modifiers; }
    const std::vector<EgressTable> &egressTables() const { return m_egress; }

    /// The lesson's decision-matrix rows, indexed by Criterion.
    static const std::vector<MatrixRow> &matrixRows();
    /// The row of a key ("queryPower"), or false.
    static bool parseCriterion(QStringView key, Criterion *out);

private:
    /// Replaces every display text with its translation for the installed translators.
    void translate();

    std::vector<KindInfo> m_kinds;
    std::array<PatternInfo, PatternTypeCount> m_patterns;
    std::array<FrequencyInfo, FrequencyCount> m_frequencies;
    Modifiers m_modifiers;
    std::vector<EgressTable> m_egress;
};

/// Parses a file-format id into an enum value; false when it is not one of the ids.
bool parseFrequency(QStringView id, Frequency *out);
bool parsePatternType(QStringView id, PatternType *out);
bool parseSchema(QStringView id, SchemaKind *out);
bool parseDurability(QStringView id, Durability *out);

QString toId(Frequency f);
QString toId(PatternType t);
QString toId(SchemaKind s);
QString toId(Durability d);

} // namespace storemap
