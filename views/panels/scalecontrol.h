#pragma once

#include <QWidget>

class QSlider;
class QSpinBox;

namespace storemap {

class Document;

/// Expected users on a logarithmic slider with a number field (100 to 1,000,000,000). Every change
/// pushes a SetUsersCommand, which merges while the slider is dragged.
class ScaleControl : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 Minimum = 100;
    static constexpr qint64 Maximum = 1'000'000'000;

    explicit ScaleControl(Document *document, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    QSpinBox *field() const { return m_field; }
    /// The slider position of @p users, and the users of a slider position (two significant
    /// digits, so a drag lands on round numbers).
    static int sliderPosition(qint64 users);
    static qint64 usersAt(int position);

    void setUsers(qint64 users);

private:
    void onUsersChanged(qint64 users);

    Document *m_document;
    QSlider *m_slider;
    QSpinBox *m_field;
};

} // namespace storemap
