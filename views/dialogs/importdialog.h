#pragma once

#include "model/project.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace storemap {

/// File > Import: a PostgreSQL database into a new project (DESIGN.md §8), from a live server
/// (host, port, database, user, password) or from a `pg_dump --schema-only` file. The import runs
/// off the GUI thread behind a busy bar; Cancel stops waiting at once (an abandoned import ends on
/// its own timeout and is dropped). A failure is shown in the dialog, which stays open to correct
/// it. The password is used to connect and never kept: not in the project, not in the settings.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(qint64 users, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The imported project, once the dialog is accepted.
    const Project &project() const { return m_project; }
    /// Statements of a schema file that were skipped ("shop.sql:12: ...").
    const QStringList &skipped() const { return m_skipped; }
    bool isImporting() const;
    /// What the dialog says: the step under way, or why the import failed.
    QString statusText() const;
    /// The libpq connection string of the live fields, each value quoted.
    QString connectionString() const;
    /// How long a live import may wait for the server (10 s by default).
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *fileEdit() const { return m_file; }
    /// Chooses the live tab (true) or the schema-file tab.
    void setLive(bool live);
    QPushButton *importButton() const { return m_import; }

public slots:
    void reject() override;

private:
    void start();
    void finish(bool ok, const Project &project, const QStringList &skipped, const QString &error);
    void setBusy(bool busy, const QString &status);
    void updateImportButton();

    qint64 m_users;
    int m_timeoutSeconds = 10;
    QTabWidget *m_tabs;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_file;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_import = nullptr;
    Project m_project;
    QStringList m_skipped;
    /// Shared with the import under way: false once the dialog is gone or has stopped waiting, so
    /// a late result is dropped (checked on the GUI thread, where it is set).
    std::shared_ptr<bool> m_waiting;
};

} // namespace storemap
