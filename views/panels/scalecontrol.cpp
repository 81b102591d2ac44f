#include "views/panels/scalecontrol.h"

#include "model/commands/commands.h"
#include "model/document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>

#include <cmath>

namespace storemap {

namespace {
constexpr int StepsPerDecade = 100;
} // namespace

ScaleControl::ScaleControl(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_field(new QSpinBox)
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
