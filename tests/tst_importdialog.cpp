// File > Import, as a user fills it in: a schema file, a live server (the private test cluster of
// tests/pgcluster.sh, named by STOREMAP_TEST_PG; without it those cases skip), and the sources
// that fail or never answer.
#include "tests/guifixture.h"

#include "model/projectio.h"
#include "views/dialogs/importdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUrl>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace storemap;

namespace {

/// A socket on a free loopback port: listening (the handshake completes and then nothing is ever
/// said: a server that never answers) or closed again (nothing there: connection refused).
struct LoopbackPort
{
    int fd = -1;
    int port = 0;
    explicit LoopbackPort(bool listening)
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), size) != 0 ||
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) != 0)
            return;
        port = ntohs(address.sin_port);
        if (listening)
            ::listen(fd, 4);
        else
            close();
    }
    ~LoopbackPort() { close(); }
    void close()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
};

void fillLive(ImportDialog &dialog, const QString &host, int port, const QString &database,
              const QString &user, const QString &password)
{
    dialog.setLive(true);
    dialog.hostEdit()->setText(host);
    dialog.portBox()->setValue(port);
    dialog.databaseEdit()->setText(database);
    dialog.userEdit()->setText(user);
    dialog.passwordEdit()->setText(password);
}

/// Runs SQL on the test server's database @p db; empty on success, else why not.
QString sql(const QString &db, const QString &statements)
{
    QUrl url(qEnvironmentVariable("STOREMAP_TEST_PG"));
    url.setPath(QLatin1Char('/') + db);
    const test::Run r = test::runProgram(
        qEnvironmentVariable("STOREMAP_TEST_PG_BIN") + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
         QStringLiteral("ON_ERROR_STOP=1"), url.toString(), QStringLiteral("-c"), statements},
        QProcessEnvironment::systemEnvironment());
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaFile_data();
    void schemaFile();
    void liveServer();
    void refusedConnectionSaysWhere();
    void cancelStopsWaiting();
    void connectionStringQuotesEveryValue();

private:
    QTemporaryDir m_dir;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StoremapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
    QSettings().clear();
}

void TestImportDialog::schemaFile_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<int>("entities"); ///< -1: refused
    QTest::addColumn<QString>("says"); ///< in the skipped list, or the error
    QTest::newRow("a schema dump")
        << QByteArray("CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);\n"
                      "CREATE TABLE orders (id bigint PRIMARY KEY,\n"
                      "  user_id bigint REFERENCES users (id));\n"
                      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';\n")
        << 2 << QString();
    QTest::newRow("not SQL") << QByteArray("{\"format\": \"storemap\"}\n") << -1
                             << QStringLiteral("schema.sql:1");
    QTest::newRow("a syntax error on line 2")
        << QByteArray("CREATE TABLE a (id int);\nCREATE TABLE b (id int,;\n") << -1
        << QStringLiteral("schema.sql:2");
}

// The Schema file tab: the project the import makes, or an error that names the file and line,
// with the dialog still open to correct it.
void TestImportDialog::schemaFile()
{
    QFETCH(QByteArray, sql);
    QFETCH(int, entities);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(QStringLiteral("schema.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(sql);
    file.close();

    ImportDialog dialog(1'000'000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setLive(false);
    QVERIFY(!dialog.importButton()->isEnabled()); // no file named yet
    dialog.fileEdit()->setText(path);
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::keyClick(dialog.fileEdit(), Qt::Key_Return); // Enter imports
    QTRY_VERIFY(!dialog.isImporting());
    if (entities < 0) {
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.statusText().contains(says), qPrintable(dialog.statusText()));
        QVERIFY(dialog.project().entities.empty());
        return;
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.project().entities.size(), size_t(entities));
    QCOMPARE(dialog.project().users, qint64(1'000'000));
    QCOMPARE(dialog.project().stores.size(), size_t(1));
}

// The Live database tab against the real server: a database of two tables becomes a project of
// two entities joined by the foreign key; the password is used, and written nowhere.
void TestImportDialog::liveServer()
{
    const QUrl server(qEnvironmentVariable("STOREMAP_TEST_PG"));
    if (server.isEmpty())
        QSKIP("no test server: run under tests/pgcluster.sh (the README's test command does)");
    const QString created =
        sql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS importdialog"));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QVERIFY(
        sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE importdialog")).isEmpty());
    QVERIFY(sql(QStringLiteral("importdialog"),
                QStringLiteral("CREATE TABLE channels (id bigint PRIMARY KEY, name text);"
                               "CREATE TABLE messages (id bigint PRIMARY KEY, channel_id bigint "
                               "REFERENCES channels (id), body text)"))
                .isEmpty());

    ImportDialog dialog(5'000'000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillLive(dialog, server.host(), server.port(), QStringLiteral("importdialog"),
             server.userName(), server.password());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 20000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Project &project = dialog.project();
    QCOMPARE(project.name, QStringLiteral("importdialog"));
    QCOMPARE(project.entities.size(), size_t(2));
    bool joined = false;
    for (const Entity &e : project.entities) {
        for (const Pattern &p : e.patterns)
            joined = joined || p.type == PatternType::OneToManyJoin;
    }
    QVERIFY(joined);
    const QByteArray json = serializeProject(project);
    QVERIFY(!json.contains(server.password().toUtf8()));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(server.password()));
}

// Nothing on the port: the message names the host and port, the dialog stays open, and the
// password typed never shows in it.
void TestImportDialog::refusedConnectionSaysWhere()
{
    LoopbackPort nothing(false);
    QVERIFY(nothing.port > 0);
    ImportDialog dialog(1'000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillLive(dialog, QStringLiteral("127.0.0.1"), nothing.port, QStringLiteral("shop"),
             QStringLiteral("reader"), QStringLiteral("s3cr3t-pa55"));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(dialog.isImporting());
    QVERIFY(!dialog.importButton()->isEnabled()); // one import at a time
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting(), 20000);
    QVERIFY(dialog.isVisible());
    const QString status = dialog.statusText();
    QVERIFY2(status.contains(QStringLiteral("127.0.0.1:%1").arg(nothing.port)), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("s3cr3t")));
    QVERIFY(dialog.importButton()->isEnabled()); // corrected, it can be tried again
}

// A server that accepts and never answers: Cancel closes the dialog at once; the import ends on
// its own timeout later and its result is dropped.
void TestImportDialog::cancelStopsWaiting()
{
    LoopbackPort silent(true);
    QVERIFY(silent.port > 0);
    {
        ImportDialog dialog(1'000);
        dialog.setTimeoutSeconds(2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillLive(dialog, QStringLiteral("127.0.0.1"), silent.port, QStringLiteral("shop"),
                 QStringLiteral("reader"), QString());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(dialog.isImporting());
        QVERIFY(dialog.statusText().contains(QStringLiteral("127.0.0.1:%1").arg(silent.port)));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isImporting());
    } // the dialog is gone before the import ends
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    QCoreApplication::processEvents(); // the late result arrives, and is dropped
}

void TestImportDialog::connectionStringQuotesEveryValue()
{
    ImportDialog dialog(1'000);
    fillLive(dialog, QStringLiteral("db.example.com"), 6432, QStringLiteral("shop's data"),
             QStringLiteral("reader"), QStringLiteral("a\\b'c d"));
    QCOMPARE(dialog.connectionString(),
             QStringLiteral("host='db.example.com' port='6432' dbname='shop\\'s data' "
                            "user='reader' password='a\\\\b\\'c d'"));
    dialog.userEdit()->clear(); // libpq's default user
    QVERIFY(!dialog.connectionString().contains(QStringLiteral("user=")));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
