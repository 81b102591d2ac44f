#pragma once

#include <QWidget>

namespace storemap {

class DesignContext;

/// The layout's operational complexity against what the scale affords, as a meter.
class ComplexityMeter : public QWidget
{
    Q_OBJECT

public:
    explicit ComplexityMeter(DesignContext *context, QWidget *parent = nullptr);

    double cost() const;
    double budget() const;
    /// "Complexity 7.5 of 9 affordable": what the meter says in words.
    QString summary() const;
    /// "Cost 13.5 of budget 8.5 · $2,525.97 a month": burden and, with a workload, money.
    QString moneyLine() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The kinds the team already operates and what that does to their burden; empty if none.
    QString operatedText() const;
    void onAnalysed();

    DesignContext *m_context;
};

} // namespace storemap
