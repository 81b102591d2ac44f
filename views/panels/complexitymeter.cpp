#include "views/panels/complexitymeter.h"

#include "model/designcontext.h"
#include "views/canvas/visuals.h"

#include "model/advisor.h"
#include "model/document.h"

#include <QPainter>

namespace storemap {

ComplexityMeter::ComplexityMeter(DesignContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_context, &DesignContext::analysed, this, &ComplexityMeter::onAnalysed);
    onAnalysed();
}

double ComplexityMeter::cost() const
{
    return m_context->analysis().complexity.cost;
}

double ComplexityMeter::budget() const
{
    return m_context->analysis().complexity.budget;
}

QString ComplexityMeter::moneyLine() const
{
    const Complexity &c = m_context->analysis().complexity;
    const Cost &cost = m_context->analysis().cost;
    QString line = tr("Cost %1 of budget %2")
                       .arg(QString::number(rounded(c.cost)), QString::number(rounded(c.budget)));
    if (cost.shown)
        line += QStringLiteral(" · ") + formatMonthly(cost.monthlyUsd);
    return line;
}

QString ComplexityMeter::operatedText() const
{
    const Catalog &catalog = m_context->catalog();
    const unsigned operated = operatedKinds(m_context->document()->project(), catalog);
    if (!operated)
        return {};
    return tr("Already operated, at %1% of their burden: %2. %3")
        .arg(QString::number(catalog.modifiers().operatedShare * 100),
             operatedNames(operated, catalog), catalog.modifiers().operatedWhy);
}

QString ComplexityMeter::summary() const
{
    const Complexity &c = m_context->analysis().complexity;
    return tr("Complexity %1 of %2 affordable at %3 users")
        .arg(QString::number(rounded(c.cost)), QString::number(rounded(c.budget)),
             formatUsers(m_context->analysis().users));
}

void ComplexityMeter::onAnalysed()
{
    const Complexity &c = m_context->analysis().complexity;
    const Catalog &catalog = m_context->catalog();
    QStringList lines;
    for (int kind : c.kinds) {
        lines << tr("%1: %2 (%3)")
                     .arg(catalog.kind(kind).name, QString::number(catalog.kind(kind).burden.value),
                          catalog.kind(kind).burden.why.toHtmlEscaped());
    }
    if (c.kinds.size() > 1) {
        lines << tr("Integration: %1 per extra kind (%2)")
                     .arg(QString::number(catalog.modifiers().integrationOverhead),
                          catalog.modifiers().integrationWhy.toHtmlEscaped());
    }
    lines << tr("Budget: %1").arg(catalog.modifiers().budgetWhy.toHtmlEscaped());
    if (!operatedText().isEmpty())
        lines << operatedText().toHtmlEscaped();
    const Cost &cost = m_context->analysis().cost;
    if (cost.shown) {
        const Project &project = m_context->document()->project();
        for (size_t i = 0; i < cost.stores.size() && i < project.stores.size(); ++i)
            lines << tr("%1: %2 a month")
                         .arg(project.stores[i].name.toHtmlEscaped(),
                              formatUsd(cost.stores[i].monthlyUsd));
    }
    setToolTip(QStringLiteral("<b>%1</b><ul><li>%2</li></ul>")
                   .arg(summary().toHtmlEscaped(), lines.join(QStringLiteral("</li><li>"))));
    setAccessibleDescription(summary());
    update();
}

QSize ComplexityMeter::sizeHint() const
{
    return QSize(320, fontMetrics().height() * 5 + 30);
}

QSize ComplexityMeter::minimumSizeHint() const
{
    return QSize(160, sizeHint().height());
}

void ComplexityMeter::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Complexity &c = m_context->analysis().complexity;
    const double scaleMax = qMax(1.0, qMax(c.cost, c.budget) * 1.15);
    const int lineH = fontMetrics().height();
    const double w = width() - 16;
    const bool over = c.cost > c.budget + 1e-9;

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(over ? Visuals::severityColor(Severity::Error)
                  : palette().color(QPalette::WindowText));
    p.drawText(QRectF(8, 4, w, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               over ? tr("Over budget") : tr("Within budget"));
    p.setFont(font());

    const QRectF bar(8, lineH + 10, w, lineH);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::AlternateBase));
    p.drawRoundedRect(bar, 5, 5);
    const QColor fill = over ? Visuals::severityColor(Severity::Error) : Visuals::fitColor(85);
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * c.cost / scaleMax, bar.height()),
                      5, 5);
    const double bx = bar.left() + bar.width() * c.budget / scaleMax;
    p.setPen(QPen(palette().color(QPalette::WindowText), 2));
    p.drawLine(QPointF(bx, bar.top() - 4), QPointF(bx, bar.bottom() + 4));

    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(8, bar.bottom() + 6, w, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(moneyLine(), Qt::ElideRight, int(w)));
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(8, bar.bottom() + 8 + lineH, w, lineH * 2 + 4),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               kindNames(c.kinds, m_context->catalog()));
}

} // namespace storemap
