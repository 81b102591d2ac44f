#include "views/panels/fitmatrixmodel.h"

#include "model/designcontext.h"
#include "model/fit.h"
#include "model/placement.h"
#include "views/canvas/visuals.h"

#include "model/document.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace storemap {

FitMatrixModel::FitMatrixModel(DesignContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context, &DesignContext::analysed, this, &FitMatrixModel::onAnalysed);
    m_shown = rows();
}

FitMatrixModel::Row FitMatrixModel::rowAt(size_t entity) const
{
    const EntityScore &score = m_context->analysis().entities[entity];
    return {m_context->document()->project().entities[entity].name, score.kind, score.fits,
            score.traffic};
}

std::vector<FitMatrixModel::Row> FitMatrixModel::rows() const
{
    const size_t count = std::min(m_context->analysis().entities.size(),
                                  m_context->document()->project().entities.size());
    std::vector<Row> result;
    result.reserve(count);
    for (size_t i = 0; i < count; ++i)
        result.push_back(rowAt(i));
    return result;
}

// Only the rows an edit changed are redrawn: an edit moves one entity of thousands.
void FitMatrixModel::onAnalysed()
{
    // An edit of one entity changed its row alone: the others' scores were kept.
    const int edited = m_context->document()->changedEntity();
    if (edited >= 0 && size_t(edited) < m_shown.size() &&
        m_shown.size() == m_context->analysis().entities.size()) {
        Row now = rowAt(size_t(edited));
        Row &was = m_shown[size_t(edited)];
        const bool cells = now.kind != was.kind || now.fits != was.fits;
        const bool header = now.name != was.name || now.traffic != was.traffic;
        was = std::move(now);
        if (cells)
            emit dataChanged(index(edited, 0), index(edited, columnCount() - 1));
        if (header)
            emit headerDataChanged(Qt::Vertical, edited, edited);
        return;
    }
    std::vector<Row> next = rows();
    if (next.size() != m_shown.size()) {
        beginResetModel();
        m_shown = std::move(next);
        endResetModel();
        return;
    }
    std::swap(m_shown, next);
    const int rows = int(m_shown.size());
    // Runs of changed rows, each announced once (a new scale changes them all).
    auto announce = [&](auto changed, auto emitRun) {
        for (int row = 0; row < rows;) {
            if (!changed(m_shown[size_t(row)], next[size_t(row)])) {
                ++row;
                continue;
            }
            const int first = row;
            while (row < rows && changed(m_shown[size_t(row)], next[size_t(row)]))
                ++row;
            emitRun(first, row - 1);
        }
    };
    announce([](const Row &a, const Row &b) { return a.kind != b.kind || a.fits != b.fits; },
             [this](int first, int last) {
                 emit dataChanged(index(first, 0), index(last, columnCount() - 1));
             });
    announce([](const Row &a, const Row &b) { return a.name != b.name || a.traffic != b.traffic; },
             [this](int first, int last) { emit headerDataChanged(Qt::Vertical, first, last); });
}

int FitMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int FitMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_context->catalog().kindCount();
}

int FitMatrixModel::rowOf(const QString &entityId) const
{
    const Entity *entity = m_context->entity(entityId);
    return entity ? int(entity - m_context->document()->project().entities.data()) : -1;
}

QColor FitMatrixModel::cellColor(double fit, bool placed)
{
    // Where the entity is not, the heat is toned down towards the table's own background.
    const QColor heat = Visuals::fitColor(fit);
    return placed ? heat
                  : Visuals::blend(heat, QGuiApplication::palette().color(QPalette::Base), 0.45);
}

QVariant FitMatrixModel::data(const QModelIndex &index, int role) const
{
    const Analysis &analysis = m_context->analysis();
    if (!index.isValid() || size_t(index.row()) >= analysis.entities.size())
        return {};
    const EntityScore &score = analysis.entities[size_t(index.row())];
    const double fit = score.fits[size_t(index.column())];
    const bool placed = score.kind == index.column();
    const bool best = score.bestKind == index.column();
    switch (role) {
    case Qt::DisplayRole:
        return placed ? QStringLiteral("● %1").arg(formatFit(fit)) : formatFit(fit);
    case Qt::BackgroundRole:
        return cellColor(fit, placed);
    case Qt::ForegroundRole:
        return Visuals::textOn(cellColor(fit, placed));
    case Qt::FontRole:
        if (placed || best) {
            QFont f;
            f.setBold(placed);
            f.setUnderline(best);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const Project &project = m_context->document()->project();
        const Entity &entity = project.entities[size_t(index.row())];
        QStringList reasons;
        fitScore(entity, index.column(), analysis.users, m_context->catalog(), &reasons);
        QString head =
            tr("%1 on %2: fit %3")
                .arg(entity.name, m_context->catalog().kind(index.column()).name, formatFit(fit));
        if (placed)
            head += tr(" (where it is now)");
        else if (best)
            head += tr(" (its best kind)");
        for (QString &r : reasons)
            r = r.toHtmlEscaped();
        QString money;
        if (analysis.cost.shown) {
            // What the entity alone would cost a month on this kind, with how.
            const StoreCost c = priceOf(index.column(), {&entity}, -1, m_context->catalog());
            QStringList lines = c.lines;
            for (QString &line : lines)
                line = line.toHtmlEscaped();
            money = QStringLiteral("<p>%1</p><ul><li>%2</li></ul>")
                        .arg(tr("Alone on %1: %2 a month")
                                 .arg(m_context->catalog().kind(index.column()).name,
                                      formatUsd(c.monthlyUsd))
                                 .toHtmlEscaped(),
                             lines.join(QStringLiteral("</li><li>")));
        }
        return QStringLiteral("<b>%1</b><ul><li>%2</li></ul>%3<i>%4</i>")
            .arg(head.toHtmlEscaped(), reasons.join(QStringLiteral("</li><li>")), money,
                 tr("Double-click to move it there."));
    }
    case FitRole:
        return fit;
    case PlacedRole:
        return placed;
    case EntityIdRole:
        return m_context->document()->project().entities[size_t(index.row())].id;
    default:
        return {};
    }
}

QVariant FitMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const KindInfo &kind = m_context->catalog().kind(section);
        if (role == Qt::DisplayRole)
            return kind.name;
        if (role == Qt::DecorationRole)
            return Visuals::kindIcon(kind.id);
        if (role == Qt::ToolTipRole)
            return kind.text(Criterion::BestFor);
        return {};
    }
    const Project &project = m_context->document()->project();
    if (section < 0 || size_t(section) >= project.entities.size())
        return {};
    const std::vector<EntityScore> &scores = m_context->analysis().entities;
    const double traffic = size_t(section) < scores.size() ? scores[size_t(section)].traffic : 1;
    if (role == Qt::DisplayRole)
        return tr("%1 · %2").arg(shortName(project.entities[size_t(section)].name, 24),
                                 QString::number(rounded(traffic)));
    if (role == Qt::ToolTipRole)
        return project.entities[size_t(section)].name + QLatin1Char('\n') +
               tr("Traffic %1: the sum of its patterns' frequency weights, its weight in the "
                  "overall fit and in the advisor.")
                   .arg(QString::number(rounded(traffic)));
    return {};
}

void FitMatrixModel::moveToCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Placement::moveToKind(m_context->document(), data(index, EntityIdRole).toString(),
                          index.column());
}

} // namespace storemap
