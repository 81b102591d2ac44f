#include "views/dialogs/preferencesdialog.h"

#include "translations/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storemap {

PreferencesDialog::PreferencesDialog(const QString &startLanguage, int autosaveSeconds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_autosave(new QSpinBox(this))
    , m_startLanguage(startLanguage)
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &language : availableLanguages())
        m_language->addItem(languageName(language), language);
    setLanguage(m_startLanguage);

    m_restartNote->setText(tr("The new language applies when Storemap starts again."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(language() != m_startLanguage); });

    m_autosave->setObjectName(QStringLiteral("autosaveBox"));
    m_autosave->setRange(1, 600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(autosaveSeconds);
    m_autosave->setToolTip(tr("How long after your last edit unsaved work is written to the "
                              "recovery file, so that a crash loses nothing."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Autosave after:"), m_autosave);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

int PreferencesDialog::autosaveSeconds() const
{
    return m_autosave->value();
}

} // namespace storemap
