#include "views/panels/scalecontrol.h"

#include "model/commands/commands.h"
#include "model/document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolTip>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace storemap {

namespace {

constexpr int StepsPerDecade = 100;

/// The users field: a number out of range may be typed whole ("5,000,000,000", "50") and is
/// clamped into the range when committed, visibly, instead of losing keystrokes or reverting.
class UsersField : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

    /// @p text as a whole number, ignoring group separators and spaces; false if it is not one.
    bool parse(const QString &text, qint64 *users) const
    {
        QString digits = text;
        digits.remove(locale().groupSeparator()).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        bool ok = !digits.isEmpty() && digits.size() <= 18;
        for (const QChar c : std::as_const(digits))
            ok = ok && c.isDigit();
        if (ok)
            *users = digits.toLongLong(&ok);
        return ok;
    }

protected:
    QValidator::State validate(QString &text, int &) const override
    {
        qint64 users = 0;
        if (text.trimmed().isEmpty())
            return QValidator::Intermediate;
        if (!parse(text, &users))
            return QValidator::Invalid;
        return users >= minimum() && users <= maximum() ? QValidator::Acceptable
                                                        : QValidator::Intermediate;
    }
    void fixup(QString &text) const override
    {
        qint64 users = 0;
        if (!parse(text, &users))
            return; // QSpinBox puts back the last value
        const qint64 clamped = std::clamp(users, qint64(minimum()), qint64(maximum()));
        text = textFromValue(int(clamped));
        if (clamped != users) {
            QToolTip::showText(mapToGlobal(QPoint(0, height())),
                               ScaleControl::tr("%1 is out of range: set to %2 (%3).")
                                   .arg(locale().toString(users), text, toolTip()),
                               const_cast<UsersField *>(this));
        }
    }
    int valueFromText(const QString &text) const override
    {
        qint64 users = 0;
        return parse(text, &users) ? int(std::clamp(users, qint64(minimum()), qint64(maximum())))
                                   : value();
    }
};

} // namespace

ScaleControl::ScaleControl(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_field(new UsersField)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    auto *label = new QLabel(tr("&Users:"));
    label->setBuddy(m_field);
    layout->addWidget(label);
    m_slider->setRange(sliderPosition(Minimum), sliderPosition(Maximum));
    m_slider->setPageStep(StepsPerDecade);
    m_slider->setSingleStep(StepsPerDecade / 10);
    m_slider->setMinimumWidth(180);
    m_slider->setToolTip(tr("Expected users (logarithmic): sets how much operational complexity "
                            "the project can afford."));
    m_slider->setStatusTip(m_slider->toolTip());
    m_slider->setAccessibleName(tr("Expected users"));
    layout->addWidget(m_slider);
    m_field->setRange(int(Minimum), int(Maximum));
    m_field->setGroupSeparatorShown(true);
    m_field->setKeyboardTracking(false);
    m_field->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    m_field->setMinimumWidth(
        m_field->fontMetrics().horizontalAdvance(QStringLiteral("1,000,000,000")) + 40);
    m_field->setAlignment(Qt::AlignRight);
    m_field->setToolTip(tr("Expected users, 100 to 1,000,000,000"));
    m_field->setStatusTip(m_field->toolTip());
    layout->addWidget(m_field);

    // A drag shows the users as it goes and is one undo step, pushed on release; a key press on
    // the slider is a step of its own.
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (!m_slider->isSliderDown()) {
            setUsers(usersAt(position));
            return;
        }
        const QSignalBlocker blockField(m_field);
        m_field->setValue(int(usersAt(position)));
    });
    connect(m_slider, &QSlider::sliderReleased, this,
            [this] { setUsers(usersAt(m_slider->value())); });
    connect(m_field, &QSpinBox::valueChanged, this, [this](int users) { setUsers(users); });
    connect(m_document, &Document::usersChanged, this, &ScaleControl::onUsersChanged);
    connect(m_document, &Document::projectReset, this,
            [this] { onUsersChanged(m_document->project().users); });
    onUsersChanged(m_document->project().users);
}

int ScaleControl::sliderPosition(qint64 users)
{
    return int(std::lround(std::log10(double(qMax<qint64>(1, users))) * StepsPerDecade));
}

qint64 ScaleControl::usersAt(int position)
{
    const double exact = std::pow(10.0, double(position) / StepsPerDecade);
    const double magnitude = std::pow(10.0, std::floor(std::log10(exact)) - 1);
    const auto users = qint64(std::llround(std::round(exact / magnitude) * magnitude));
    return qBound(Minimum, users, Maximum);
}

void ScaleControl::setUsers(qint64 users)
{
    users = qBound(Minimum, users, Maximum);
    if (users == m_document->project().users)
        return;
    m_document->undoStack()->push(new SetUsersCommand(m_document, users));
}

void ScaleControl::onUsersChanged(qint64 users)
{
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockField(m_field);
    m_slider->setValue(sliderPosition(users));
    m_field->setValue(int(qBound(Minimum, users, Maximum)));
}

} // namespace storemap
