#include "views/panels/optionalnumbervalidator.h"

#include <QLocale>

namespace storemap {

OptionalNumberValidator::OptionalNumberValidator(double bottom, double top, bool above,
                                                 QObject *parent)
    : QDoubleValidator(parent)
    , m_above(above)
{
    setRange(bottom, top);
    // Plain digits: with exponents "1e99" would pass the keystroke check of the upper bound.
    setNotation(StandardNotation);
}

QValidator::State OptionalNumberValidator::validate(QString &input, int &pos) const
{
    if (input.trimmed().isEmpty())
        return Acceptable;
    const State state = QDoubleValidator::validate(input, pos);
    // "0" may still become "0.5": not wrong yet, but not a value either.
    if (state == Acceptable && m_above && value(input) <= bottom())
        return Intermediate;
    return state;
}

bool OptionalNumberValidator::accepts(const QString &text) const
{
    QString input = text;
    int pos = 0;
    return validate(input, pos) == Acceptable;
}

QString OptionalNumberValidator::text(double value)
{
    return value < 0 ? QString() : QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

double OptionalNumberValidator::value(const QString &text)
{
    if (text.trimmed().isEmpty())
        return -1;
    bool ok = false;
    const double v = QLocale().toDouble(text.trimmed(), &ok);
    return ok ? v : -1;
}

} // namespace storemap
