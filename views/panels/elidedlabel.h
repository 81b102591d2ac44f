#pragma once

#include <QLabel>

namespace storemap {

/// A one-line label that gives up width when space is short and elides its text ("Overall fit
/// 89.9 · Errors: 0 · Warn…") instead of running into its neighbours; the tooltip has it whole.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace storemap
