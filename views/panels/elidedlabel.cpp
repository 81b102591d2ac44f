#include "views/panels/elidedlabel.h"

#include <QPainter>

namespace storemap {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // shrinks to minimumSizeHint()
    setTextFormat(Qt::PlainText);
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect r = contentsRect();
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(r, int(alignment() | Qt::AlignVCenter),
                     fontMetrics().elidedText(text(), Qt::ElideRight, r.width()));
}

} // namespace storemap
