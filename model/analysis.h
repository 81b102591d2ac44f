#pragma once

#include "model/cost.h"
#include "model/scoring.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <set>
#include <utility>
#include <vector>

namespace storemap {

enum class Severity { Info, Warning, Error };
QString toId(Severity severity);

/// A warning about one of the classic mistakes (DESIGN.md §4). Rule ids are a contract.
struct Finding
{
    QString rule;
    Severity severity = Severity::Warning;
    QString entity;        ///< entity id, or empty
    QString store;         ///< store id, or empty
    const char *text = ""; ///< the message's untranslated template
    QStringList args;      ///< what fills its %1, %2, ...

    /// The message in plain words, citing the lesson's reason, in the installed language.
    /// Formatted on demand: a rescore after every edit formats none of them.
    QString message() const;

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace storemap
// Its members are Qt's implicitly shared strings and plain values: a list moves a finding's bytes,
// and inserting one in a long list moves the findings after it as one block.
Q_DECLARE_TYPEINFO(storemap::Finding, Q_RELOCATABLE_TYPE);
namespace storemap {

/// The findings of an analysis, in order.
using Findings = QList<Finding>;

/// The scores of one entity at the analysed scale.
struct EntityScore
{
    int kind = -1;       ///< catalog index of its store's kind, -1 when unplaced
    double fit = -1;     ///< fit on that kind; -1 (no fit) when unplaced or without patterns
    int bestKind = -1;   ///< the kind it fits best; -1 without access patterns
    double bestFit = -1; ///< its fit there
    double traffic = 1;  ///< trafficOf(): its weight in the overall fit
    FitRow fits;         ///< fit on every kind, catalog order; all -1 without access patterns
};

/// Everything the GUI and `storemap check` show about a project at one scale.
struct Analysis
{
    qint64 users = DefaultUsers;
    std::vector<EntityScore> entities; ///< in project order
    double overallFit = -1; ///< traffic-weighted mean fit of the placed entities; -1: none has one
    Complexity complexity;
    Cost cost;         ///< what the stores cost a month (DESIGN.md §3, Money)
    Findings findings; ///< errors first, then warnings, then infos
};

/// Scores, complexity and findings of @p project at @p users.
Analysis analyse(const Project &project, qint64 users, const Catalog &catalog);
/// analyse() without the findings: the fits, the complexity and the money, all a diagram shows
/// (a fifth of the work left out at 5,000 entities).
Analysis analyseFits(const Project &project, qint64 users, const Catalog &catalog);

/// Sums over a project's entities, kept edit by edit: they run in entity order within blocks of
/// 256 and add the blocks' sums pairwise, so that an edit of one entity adds up its block again
/// and no other, and every way of reaching them gives the same bits (up to 256 entities, the
/// plain sums in order). Each pairwise sum is kept: an edit adds up again only the sums its block
/// is in, and a total is read, not added up.
class BlockSums
{
public:
    static constexpr size_t Block = 256;
    BlockSums() = default;
    /// @p columns sums for each block of @p entities.
    BlockSums(size_t entities, size_t columns);
    /// Sets the sums of @p block to what @p add adds into them, from zero.
    template <typename Add> void addUp(size_t block, Add &&add)
    {
        double *sums = m_sums.data() + block * m_columns;
        std::fill(sums, sums + m_columns, 0.0);
        add(sums);
        settle(0, 0, blocks(), block);
    }
    /// The sum of @p column over every block; 0 when there is no block.
    double total(size_t column) const;

private:
    size_t blocks() const { return m_columns ? m_sums.size() / m_columns : 0; }
    /// The sums of the blocks [@p first, + @p count), kept at @p node (or the block's own).
    const double *sumsOf(size_t node, size_t first, size_t count) const;
    /// Adds up again the sums of @p node, over [@p first, + @p count), that @p block is in.
    void settle(size_t node, size_t first, size_t count, size_t block);

    size_t m_columns = 0;
    std::vector<double> m_sums;  ///< each block's sums, m_columns of them
    std::vector<double> m_pairs; ///< pairwise sums, m_columns a node; n's halves: 2n + 1, 2n + 2
};

/// What too-many-stores weighs (its layout's kinds are a project's, unchanged by an entity's
/// edit): the traffic of the entities with a fit, and for each of the layout's kinds what its
/// entities would lose on the layout's other kinds, as BlockSums.
class LayoutLosses
{
public:
    LayoutLosses() = default;
    LayoutLosses(const std::vector<EntityScore> &scores, const std::vector<int> &kinds,
                 int kindCount);
    /// After the score of @p entity changed.
    void update(const std::vector<EntityScore> &scores, size_t entity);
    /// Whether these are the sums of @p kinds (none are made when the layout is within budget).
    bool isFor(const std::vector<int> &kinds) const { return m_made && kinds == m_kinds; }
    double traffic() const { return m_sums.total(0); }
    /// What the entities on the layout's kind at @p at would lose.
    double loss(size_t at) const { return m_sums.total(1 + at); }

private:
    void addUp(const std::vector<EntityScore> &scores, size_t block);

    bool m_made = false;
    std::vector<int> m_kinds;
    std::vector<int> m_position; ///< of each catalog kind in m_kinds, -1 when not there
    BlockSums m_sums;            ///< traffic, then a loss for each kind
};

/// The overall fit: the traffic-weighted mean fit of the placed entities with access patterns, -1
/// when there is none. Its two sums are BlockSums: an edit adds up its entity's block again, with
/// the bits analyse() gets.
class OverallFit
{
public:
    OverallFit() = default;
    explicit OverallFit(const std::vector<EntityScore> &scores);
    /// After the score of @p entity changed.
    void update(const std::vector<EntityScore> &scores, size_t entity);
    double value() const;

private:
    void addUp(const std::vector<EntityScore> &scores, size_t block);

    BlockSums m_sums; ///< traffic x fit, then traffic
};

/// analyse() kept current edit by edit, for the designer: after an edit of one entity it scores
/// that entity again, prices the stores it left and joined, finds its findings and those of the
/// entities that join it, and the findings about stores and the layout; the rest is kept.
/// analysis() is always what analyse() returns for the same project.
class Analyser
{
public:
    const Analysis &analysis() const { return m_analysis; }
    /// analyse() anew: another project, scale, store or set of operated kinds.
    void reset(const Project &project, qint64 users, const Catalog &catalog);
    /// After the entity at @p index, and nothing else, changed: edited or moved, its id kept.
    /// Without an analysis of the project before that edit, analyses it whole at its users.
    /// @p was, when given, is the entity before the edit: an edit that leaves it on its store and
    /// changes nothing priceOf() reads leaves the store's price as it was.
    void entityChanged(const Project &project, int index, const Catalog &catalog,
                       const Entity *was = nullptr);

    /// What the last reset() or entityChanged() left of the findings before it: the @ref first
    /// ones and the last @ref atEnd are those findings, the same objects in the same order;
    /// between them any may have changed (all of them after a reset()).
    struct FindingsKept
    {
        size_t first = 0;
        size_t atEnd = 0;
    };
    FindingsKept findingsKept() const { return m_kept; }

    /// What the rules and the price of a store read of its entities, kept edit by edit: the
    /// indexes, in project order, of those it holds, of those that run analytics and of those
    /// with a hot pattern.
    struct StoreLoad
    {
        std::vector<size_t> held;
        std::set<size_t> analytics;
        std::set<size_t> hot;
    };

private:
    /// Finds the findings of @p entities (indexes in project order), of the stores and of the
    /// layout again and puts them in their places in the list.
    void refind(const Project &project, const Catalog &catalog,
                const std::vector<size_t> &entities);
    /// Counts @p e, at @p index, in the load of its store (@p sign +1), or no longer (-1).
    void noteLoad(const Entity &e, size_t index, int sign);
    /// Remembers which entities @p entity, at @p index, joins or spans a transaction with.
    void noteLinks(const Entity &entity, int index);
    /// Where the findings of @p origin at @p rank are in the list: [first, last).
    std::pair<size_t, size_t> placesOf(int rank, int origin) const;
    /// Puts the @p count findings of @p found at the indexes @p fresh, of @p run (rank, origin),
    /// in the place of the list's [@p first, @p last), keeping those found again as they were;
    /// notes in @ref m_kept the findings it changed.
    void replaceRun(size_t first, size_t last, std::vector<Finding> &found, const size_t *fresh,
                    size_t count, std::pair<int, int> run);

    Analysis m_analysis;
    LayoutLosses m_losses; ///< when the layout is over its budget
    OverallFit m_fit;
    FindingsKept m_kept;
    std::vector<int> m_ranks;   ///< of each finding: its severity, then rule
    std::vector<int> m_origins; ///< of each finding: 0 layout, 1 + entity index, or stores
    LoadPressures m_pressures{};
    bool m_incremental = false; ///< false: every edit is analysed whole (ids not unique)
    QHash<QString, int> m_entityIndex;
    QHash<QString, int> m_storeIndex;
    std::vector<int> m_storeAt;          ///< per entity: the index of its store, or -1
    std::vector<StoreLoad> m_storeLoads; ///< per store
    std::vector<bool> m_workloads;       ///< per entity: givesWorkload()
    int m_withWorkload = 0;              ///< how many do: the cost is shown when any does
    /// Entity id to the indexes of the entities whose join or transaction names it (perhaps
    /// no longer: asking again a finding that has not changed is harmless).
    QHash<QString, std::vector<int>> m_linkedFrom;
};

/// The findings of @p project given its scores (the fits and complexity of @p analysis).
Findings findingsOf(const Project &project, const Analysis &analysis, const Catalog &catalog);

/// How many findings of each severity findingsOf() raises, without recording or formatting them,
/// and which rules raise its errors and warnings.
struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    unsigned errorRules = 0;   ///< bit r: the rule ruleIds()[r] raises an error
    unsigned warningRules = 0; ///< bit r: the rule ruleIds()[r] raises a warning
};
/// The rules that raise the errors and warnings of @p counts, in the order findingsOf() lists their
/// first findings: the errors' rules first, each severity in rule order.
QStringList flaggingRules(const FindingCounts &counts);
/// What findings weigh when the advisor compares layouts by them: an error 1,000 (more than any
/// number of warnings), a warning 1, an info nothing.
inline int weightOf(Severity severity)
{
    return severity == Severity::Error ? 1000 : severity == Severity::Warning ? 1 : 0;
}
inline int weightOf(const FindingCounts &counts)
{
    return counts.errors * weightOf(Severity::Error) +
           counts.warnings * weightOf(Severity::Warning);
}
/// Where the join and transaction patterns of a project's entities point, made once by a caller
/// that counts the findings of many placements of the same entities.
struct LinkTargets
{
    std::vector<size_t> first; ///< per entity: where its patterns begin in @ref target
    std::vector<int> target;   ///< per pattern: the index of the entity it joins or spans a
                               ///< transaction with; -1 for none or another kind of pattern
};
/// The LinkTargets of @p project, whose entity ids @p entityIndex maps to their indexes.
LinkTargets linkTargets(const Project &project, const QHash<QString, int> &entityIndex);

/// @p entityIndex, when given, is @p project's entity ids to their indexes, and @p links where
/// its entities' links point (both made once by a caller that counts the findings of many
/// placements of the same entities); @p storeAt, when given, each entity's store index in
/// @p project, -1 for none (known to the caller that placed them).
FindingCounts countFindings(const Project &project, const Analysis &analysis,
                            const Catalog &catalog,
                            const QHash<QString, int> *entityIndex = nullptr,
                            const std::vector<int> *storeAt = nullptr,
                            const LinkTargets *links = nullptr);

/// Turns every placed entity whose fit is below @p minFit into a `poor-fit` error
/// (`storemap check --min-fit N`), replacing a softer `poor-fit` finding of the same entity.
void applyMinFit(const Project &project, Analysis *analysis, double minFit, const Catalog &catalog);

/// What putting @p entity on catalog kind @p kind alone raises (binary in a database, critical
/// data on a volatile store, queries a kind cannot answer), weighed by weightOf(): below the growth
/// scale, and from it (growthScaleUsers()), where sessions on PostgreSQL are raised too; 0 when
/// nothing is. The advisor avoids what the check flags.
std::array<int, 2> placementWeights(const Entity &entity, int kind, const Catalog &catalog);

/// The fit below which an entity sits badly on its store (`poor-fit`), the fit below which that is
/// an error, and how much better another kind must fit for the finding to fire.
inline constexpr double PoorFitBelow = 60, PoorFitErrorBelow = 40, PoorFitMargin = 20;

/// The users from which the lesson's sweet spot, PostgreSQL + Redis + S3, fits the budget: the
/// "growth scale" of the rules about sessions on PostgreSQL and analytics on the primary.
qint64 growthScaleUsers(const Catalog &catalog);

/// What moving an entity from an object store that charges for egress to one that does not (R2)
/// would save a month (`egress-cost`).
struct EgressSaving
{
    int to = -1;    ///< the zero-egress kind; -1: none would save
    double usd = 0; ///< the monthly saving
    QString how;    ///< how it was computed
};
EgressSaving egressSaving(const Entity &entity, int kind, const Catalog &catalog);

/// How many of @p findings have @p severity.
int countFindings(const Findings &findings, Severity severity);

/// True when one of @p findings is at least as severe as @p threshold (`check --fail-on`).
bool reachesSeverity(const Findings &findings, Severity threshold);

/// Why each row of the lesson's decision matrix matters for @p entity, indexed by Criterion (an
/// empty list where it does not): its schema, its durability where it must be kept, and the rows
/// that decide each of its access patterns (the catalog's `criteria`).
std::array<QStringList, CriterionCount> matrixRowReasons(const Entity &entity,
                                                         const Catalog &catalog);

/// The rule ids this version can raise, in the order findings are listed within a severity.
const QStringList &ruleIds();

} // namespace storemap
