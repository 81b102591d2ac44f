#include "tests/golden.h"
#include "tests/testutil.h"

#include "model/projectio.h"
#include "views/diagram/decisionrecord.h"

#include <QRegularExpression>
#include <QTest>

using namespace storemap;
using test::sample;

namespace {

QString recordOf(const Project &p)
{
    const Catalog &c = Catalog::builtin();
    return writeDecisionRecord(p, analyse(p, p.users, c), advise(p, p.users, c), c);
}

} // namespace

class TestDecisionRecord : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("ecommerce") << "ecommerce";
        QTest::newRow("startup") << "startup";
    }
    void golden()
    {
        QFETCH(QString, sample);
        QVERIFY(
            golden::matches(sample + QStringLiteral(".md"), recordOf(::sample(sample)).toUtf8()));
    }

    void sections_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("advised");
        QTest::addColumn<QString>("finding");
        QTest::newRow("ecommerce") << "ecommerce"
                                   << "**PostgreSQL + Redis + S3**"
                                   << "`too-many-stores`";
        QTest::newRow("startup") << "startup"
                                 << "**PostgreSQL + S3**"
                                 << "";
    }
    void sections()
    {
        QFETCH(QString, sample);
        QFETCH(QString, advised);
        QFETCH(QString, finding);
        const Project p = ::sample(sample);
        const QString md = recordOf(p);
        QStringList headings;
        for (const QString &line : md.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')))
                headings << line;
        }
        // Money only where the project gives a workload (the e-commerce sample, not the startup).
        QStringList expected{QStringLiteral("# Storage decision record: ") + p.name,
                             "## Notes",
                             "## Inputs",
                             "## Layout",
                             "## Fit",
                             "## Complexity against budget",
                             "## Findings",
                             "## Advisor's recommendation",
                             "## Rejected alternatives",
                             "## Roadmap",
                             "## What would change a verdict"};
        if (hasWorkload(p))
            expected.insert(6, QStringLiteral("## Money"));
        QCOMPARE(headings, expected);
        QVERIFY(md.contains(advised));
        if (!finding.isEmpty())
            QVERIFY(md.contains(finding));
        // The layout is the lesson's text diagram, fenced so that it survives any renderer.
        QVERIFY(md.contains(QStringLiteral("~~~text\n%1 · ").arg(p.name)));
        QVERIFY(md.contains(QStringLiteral("\n┌")));
        for (const Entity &e : p.entities)
            QVERIFY(md.contains(QStringLiteral("\n| %1 | ").arg(e.name)));
        // The inputs: every access pattern of every entity, on its own row.
        for (const Entity &e : p.entities) {
            for (const Pattern &pattern : e.patterns)
                QVERIFY2(md.contains(QStringLiteral("| %1 | %2 | %3 | %4 | ")
                                         .arg(e.name, toId(e.schema), toId(e.durability),
                                              markdownEscape(pattern.name))),
                         qPrintable(pattern.name));
        }
    }

    // The architect's notes, the project's and each entity's, printed as written (escaped, line
    // breaks kept); without any, the record says where to write them.
    void notes()
    {
        Project p = ::sample(QStringLiteral("startup"));
        QVERIFY(recordOf(p).contains(QStringLiteral("No notes yet")));
        p.notes = QStringLiteral("Postgres until it hurts.\nMeasured: 40 qps peak.");
        p.entities[1].notes = QStringLiteral("Keep with users: <joins> *everywhere*");
        const QString md = recordOf(p);
        QVERIFY(!md.contains(QStringLiteral("No notes yet")));
        QVERIFY(md.contains(QStringLiteral("Postgres until it hurts.  \nMeasured: 40 qps peak.")));
        QVERIFY(
            md.contains(QStringLiteral("- **%1**: Keep with users: &lt;joins&gt; \\*everywhere\\*")
                            .arg(p.entities[1].name)));
    }

    void escape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Product catalog"
                               << "Product catalog";
        QTest::newRow("apostrophe") << "Get user's orders"
                                    << "Get user's orders";
        QTest::newRow("pipe") << "a | b"
                              << "a \\| b";
        QTest::newRow("heading") << "# Title"
                                 << "\\# Title";
        QTest::newRow("list") << "- item"
                              << "\\- item";
        QTest::newRow("ordered list") << "1. item"
                                      << "1\\. item";
        QTest::newRow("middle dash") << "e-mail"
                                     << "e-mail";
        QTest::newRow("link") << "[x](http://e.vil)"
                              << "\\[x\\](http://e.vil)";
        QTest::newRow("html") << "<script>"
                              << "&lt;script&gt;";
        QTest::newRow("entity") << "&amp;"
                                << "&amp;amp;";
        QTest::newRow("emphasis") << "*a* _b_ `c`"
                                  << "\\*a\\* \\_b\\_ \\`c\\`";
        QTest::newRow("newline") << "a\n# b"
                                 << "a \\# b";
        QTest::newRow("non-latin") << "用户"
                                   << "用户";
    }
    void escape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(markdownEscape(input), expected);
    }

    void fenceOutlastsTildesInNames()
    {
        Project p = sample(QStringLiteral("startup"));
        p.entities[0].name = QStringLiteral("~~~~ fence");
        const QString md = recordOf(p);
        QVERIFY(md.contains(QStringLiteral("~~~~~text\n")));
    }
};

QTEST_MAIN(TestDecisionRecord)
#include "tst_decisionrecord.moc"
