#include "tests/testutil.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace storemap;

namespace {

/// A git repository in a temporary folder, set up as the README says, isolated from the user's
/// and the system's git configuration.
class Repository
{
public:
    Repository()
    {
        m_home = m_dir.filePath(QStringLiteral("home"));
        m_work = m_dir.filePath(QStringLiteral("repo"));
        QDir().mkpath(m_home);
        QDir().mkpath(m_work);
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &file) const { return m_work + QLatin1Char('/') + file; }

    /// Runs git in the repository; returns its exit code and keeps its output.
    int git(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("GIT_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home);
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.org"));
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.org"));
        env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_work);
        process.start(QStringLiteral("git"), args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        out = process.readAllStandardOutput();
        err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    /// git init and the README's configuration: .gitattributes, the diff and the merge driver.
    bool setUp()
    {
        const QString storemap = QStringLiteral("'%1'").arg(QStringLiteral(STOREMAP_BIN));
        QFile attributes(path(QStringLiteral(".gitattributes")));
        if (!attributes.open(QIODevice::WriteOnly))
            return false;
        attributes.write("*.storemap diff=storemap merge=storemap\n");
        attributes.close();
        return git({QStringLiteral("-c"), QStringLiteral("init.defaultBranch=main"),
                    QStringLiteral("init"), QStringLiteral("-q")}) == 0 &&
               git({QStringLiteral("config"), QStringLiteral("diff.storemap.command"),
                    QStringLiteral("f() { %1 diff \"$2\" \"$5\"; }; f").arg(storemap)}) == 0 &&
               git({QStringLiteral("config"), QStringLiteral("merge.storemap.name"),
                    QStringLiteral("Storemap semantic merge")}) == 0 &&
               git({QStringLiteral("config"), QStringLiteral("merge.storemap.driver"),
                    QStringLiteral("%1 merge %O %A %B").arg(storemap)}) == 0;
    }

    bool commit(const Project &project, const QString &message)
    {
        return test::writeProject(path(QStringLiteral("design.storemap")), project) &&
               git({QStringLiteral("add"), QStringLiteral(".")}) == 0 &&
               git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                    message}) == 0;
    }

    QByteArray out;
    QByteArray err;

private:
    QTemporaryDir m_dir;
    QString m_home;
    QString m_work;
};

Project base()
{
    return test::sample(QStringLiteral("ecommerce"));
}

Entity &entity(Project &p, const char16_t *id)
{
    return p.entities[size_t(p.entityIndex(id))];
}

} // namespace

class TestGitDriver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mergesBranchesThatMovedDifferentEntities();
    void conflictingMovesStopTheMerge();
    void gitDiffShowsStoremapsDiff();
};

void TestGitDriver::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed: the git integration cannot be tested here");
}

void TestGitDriver::mergesBranchesThatMovedDifferentEntities()
{
    Repository repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.setUp());
    QVERIFY(repo.commit(base(), QStringLiteral("base")));

    // Neighbouring lines change on both branches: a line merge would conflict, a merge by id not.
    QVERIFY(repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                      QStringLiteral("theirs")}) == 0);
    Project theirs = base();
    entity(theirs, u"users").durability = Durability::Reconstructible;
    entity(theirs, u"orders").store = QStringLiteral("dynamo");
    QVERIFY(repo.commit(theirs, QStringLiteral("theirs: orders to DynamoDB")));

    QVERIFY(repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}) ==
            0);
    Project ours = base();
    entity(ours, u"users").store = QStringLiteral("mongo");
    entity(ours, u"users").name = QStringLiteral("Customers");
    QVERIFY(repo.commit(ours, QStringLiteral("ours: users to MongoDB")));

    const int merged =
        repo.git({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("theirs")});
    QVERIFY2(merged == 0, (repo.out + repo.err).constData());

    Project expected = base();
    entity(expected, u"users").store = QStringLiteral("mongo");
    entity(expected, u"users").name = QStringLiteral("Customers");
    entity(expected, u"users").durability = Durability::Reconstructible;
    entity(expected, u"orders").store = QStringLiteral("dynamo");
    QCOMPARE(test::readAll(repo.path(QStringLiteral("design.storemap"))),
             serializeProject(expected));
    QCOMPARE(repo.git({QStringLiteral("status"), QStringLiteral("--porcelain")}), 0);
    QCOMPARE(repo.out, QByteArray()); // committed, nothing left behind (no .bak, no temp files)
}

void TestGitDriver::conflictingMovesStopTheMerge()
{
    Repository repo;
    QVERIFY(repo.setUp());
    QVERIFY(repo.commit(base(), QStringLiteral("base")));
    QVERIFY(repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                      QStringLiteral("theirs")}) == 0);
    Project theirs = base();
    entity(theirs, u"orders").store = QStringLiteral("dynamo");
    QVERIFY(repo.commit(theirs, QStringLiteral("theirs")));
    QVERIFY(repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}) ==
            0);
    Project ours = base();
    entity(ours, u"orders").store = QStringLiteral("mongo");
    QVERIFY(repo.commit(ours, QStringLiteral("ours")));

    QVERIFY(repo.git({QStringLiteral("merge"), QStringLiteral("--no-edit"),
                      QStringLiteral("theirs")}) != 0);
    QVERIFY2(repo.err.contains("conflict at $.entities[id=orders].store") ||
                 repo.out.contains("conflict at $.entities[id=orders].store"),
             (repo.out + repo.err).constData());
    // The working file is ours, whole and valid: no conflict markers in a JSON file.
    QCOMPARE(test::readAll(repo.path(QStringLiteral("design.storemap"))), serializeProject(ours));
}

void TestGitDriver::gitDiffShowsStoremapsDiff()
{
    Repository repo;
    QVERIFY(repo.setUp());
    QVERIFY(repo.commit(base(), QStringLiteral("base")));
    Project moved = base();
    entity(moved, u"orders").store = QStringLiteral("dynamo");
    QVERIFY(test::writeProject(repo.path(QStringLiteral("design.storemap")), moved));

    QCOMPARE(repo.git({QStringLiteral("diff")}), 0);
    QVERIFY2(repo.out.contains("Moved:\n  Orders: Postgres (PostgreSQL) -> Dynamo (DynamoDB)"),
             (repo.out + repo.err).constData());
    QVERIFY(!repo.out.contains("@@")); // not a line diff

    // A new file: git passes /dev/null for the side where it does not exist.
    QVERIFY(test::writeProject(repo.path(QStringLiteral("other.storemap")),
                               test::sample(QStringLiteral("startup"))));
    QCOMPARE(repo.git({QStringLiteral("add"), QStringLiteral("other.storemap")}), 0);
    QCOMPARE(repo.git({QStringLiteral("diff"), QStringLiteral("--cached")}), 0);
    QVERIFY2(repo.out.contains("Added entities:"), (repo.out + repo.err).constData());
}

QTEST_GUILESS_MAIN(TestGitDriver)
#include "tst_gitdriver.moc"
