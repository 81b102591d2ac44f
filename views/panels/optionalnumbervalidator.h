#pragma once

#include <QDoubleValidator>

namespace storemap {

/// A number field that may be left empty, meaning "not given" (-1 in the model): accepts nothing,
/// or a number from bottom to top (above bottom when @p above) in the user's locale; any number of
/// decimals unless setDecimals() says otherwise (0 for a count). The bounds are the file reader's
/// limits, so the field cannot hold a value the file would refuse.
class OptionalNumberValidator : public QDoubleValidator
{
    Q_OBJECT

public:
    OptionalNumberValidator(double bottom, double top, bool above, QObject *parent = nullptr);
    State validate(QString &input, int &pos) const override;
    /// Whether @p text is a value the field takes (empty, or a number within the bounds).
    bool accepts(const QString &text) const;

    /// @p value as a field shows it: empty when not given (negative), else the shortest exact
    /// number in the user's locale.
    static QString text(double value);
    /// What an acceptable @p text means: -1 when empty.
    static double value(const QString &text);

private:
    bool m_above;
};

} // namespace storemap
