#include "views/dialogs/importdialog.h"

#include "model/import/importer.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace storemap {

namespace {

constexpr int LiveTab = 0;

/// A libpq connection-string value: quoted, with its quotes and backslashes escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

ImportDialog::ImportDialog(qint64 users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_tabs(new QTabWidget)
    , m_host(new QLineEdit(QStringLiteral("localhost")))
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit(qEnvironmentVariable("USER")))
    , m_password(new QLineEdit)
    , m_file(new QLineEdit)
    , m_status(new QLabel)
    , m_busy(new QProgressBar)
{
    setWindowTitle(tr("Import a PostgreSQL Database"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72); // the notes read in a few lines
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Used to connect, never saved"));
    m_database->setPlaceholderText(QStringLiteral("shop"));
    auto *live = new QWidget;
    auto *form = new QFormLayout(live);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *liveNote = new QLabel(
        tr("Read-only: the catalog and the statistics are read in one read-only transaction; "
           "the frequencies come from what the server measured."));
    liveNote->setWordWrap(true);
    form->addRow(liveNote);
    m_tabs->addTab(live, tr("&Live database"));

    auto *dump = new QWidget;
    auto *dumpLayout = new QVBoxLayout(dump);
    auto *fileRow = new QHBoxLayout;
    m_file->setPlaceholderText(QStringLiteral("schema.sql"));
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import a Schema File"), m_file->text(),
                                         tr("SQL files (*.sql);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    dumpLayout->addLayout(fileRow);
    auto *dumpNote = new QLabel(tr("A pg_dump --schema-only file, read with PostgreSQL's own "
                                   "parser: the structure only, so every frequency is medium and "
                                   "marked unmeasured. Statements it does not need are skipped "
                                   "and listed."));
    dumpNote->setWordWrap(true);
    dumpLayout->addWidget(dumpNote);
    dumpLayout->addStretch();
    m_tabs->addTab(dump, tr("&Schema file"));

    auto *intro = new QLabel(tr("Each table becomes an entity, with the access patterns its keys, "
                                "foreign keys, indexes and statistics show, all on one PostgreSQL "
                                "store named after the database. The import opens as a new, "
                                "unsaved project."));
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0); // busy: an import reports no steps
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    m_import->setDefault(true); // in the dialog now: Enter imports

    for (QLineEdit *field : {m_database, m_file})
        connect(field, &QLineEdit::textChanged, this, &ImportDialog::updateImportButton);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ImportDialog::updateImportButton);
    updateImportButton();
    m_database->setFocus();
}

ImportDialog::~ImportDialog()
{
    if (m_waiting)
        *m_waiting = false;
}

bool ImportDialog::isImporting() const
{
    return m_waiting && *m_waiting;
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::setLive(bool live)
{
    m_tabs->setCurrentIndex(live ? LiveTab : 1);
}

QString ImportDialog::connectionString() const
{
    QStringList parts;
    const std::pair<const char *, QString> fields[] = {
        {"host", m_host->text().trimmed()},       {"port", QString::number(m_port->value())},
        {"dbname", m_database->text().trimmed()}, {"user", m_user->text().trimmed()},
        {"password", m_password->text()},
    };
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty()) // libpq's default (PGUSER, ~/.pgpass...) where a field is empty
            parts << QString::fromLatin1(key) + QLatin1Char('=') + quoted(value);
    }
    return parts.join(QLatin1Char(' '));
}

void ImportDialog::updateImportButton()
{
    const bool live = m_tabs->currentIndex() == LiveTab;
    m_import->setEnabled(!isImporting() &&
                         !(live ? m_database : m_file)->text().trimmed().isEmpty());
}

void ImportDialog::setBusy(bool busy, const QString &status)
{
    m_busy->setVisible(busy);
    m_tabs->setEnabled(!busy);
    m_status->setText(status);
    updateImportButton();
}

void ImportDialog::start()
{
    if (isImporting())
        return;
    const bool live = m_tabs->currentIndex() == LiveTab;
    const QString source = live ? connectionString() : m_file->text().trimmed();
    ImportOptions options;
    options.users = m_users;
    options.timeoutSeconds = m_timeoutSeconds;
    auto waiting = std::make_shared<bool>(true);
    m_waiting = waiting;
    setBusy(true,
            live ? tr("Connecting to %1:%2…").arg(m_host->text().trimmed()).arg(m_port->value())
                 : tr("Reading %1…").arg(QFileInfo(source).fileName()));
    QThreadPool::globalInstance()->start([this, source, options, waiting] {
        auto result = std::make_shared<std::tuple<bool, Project, QStringList, QString>>();
        auto &[ok, project, skipped, error] = *result;
        ok = importDatabase(source, options, &project, &skipped, &error);
        // Back on the GUI thread, where `waiting` is cleared when the dialog stops waiting or
        // goes: while it is true, the dialog is there.
        QMetaObject::invokeMethod(
            qApp,
            [this, waiting, result] {
                if (*waiting) {
                    *waiting = false;
                    const auto &[ok, project, skipped, error] = *result;
                    finish(ok, project, skipped, error);
                }
            },
            Qt::QueuedConnection);
    });
}

void ImportDialog::finish(bool ok, const Project &project, const QStringList &skipped,
                          const QString &error)
{
    if (!ok) {
        setBusy(false, tr("Could not import: %1").arg(error));
        return;
    }
    m_project = project;
    m_skipped = skipped;
    setBusy(false, QString());
    accept();
}

void ImportDialog::reject()
{
    if (m_waiting)
        *m_waiting = false; // a late result is dropped
    QDialog::reject();
}

} // namespace storemap
