#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace storemap {

/// Edit > Preferences: the interface language (applied at the next start) and the autosave delay.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens on the current choices: @p startLanguage ("" for the system's) and the autosave delay.
    PreferencesDialog(const QString &startLanguage, int autosaveSeconds, QWidget *parent = nullptr);

    /// The chosen language ("de", "zh_CN", ...), empty for the system's.
    QString language() const;
    void setLanguage(const QString &language);
    int autosaveSeconds() const;

private:
    QComboBox *m_language;
    QLabel *m_restartNote;
    QSpinBox *m_autosave;
    QString m_startLanguage;
};

} // namespace storemap
