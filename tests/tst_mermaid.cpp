#include "tests/testutil.h"

#include "views/diagram/diagram.h"
#include "views/diagram/mermaidwriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace storemap;

namespace {

/// Every line a Storemap flowchart may have: what is outside the quoted labels is Storemap's own,
/// so a name that could add a node, a link, a style, a click or a comment would break one of these.
const QList<QRegularExpression> &grammar()
{
    static const QString label = QStringLiteral("\\[\"[^\"\\n]*\"\\]");
    static const QList<QRegularExpression> lines = {
        QRegularExpression(QStringLiteral("^flowchart TB$")),
        QRegularExpression(QStringLiteral("^  app%1$").arg(label)),
        QRegularExpression(QStringLiteral("^  subgraph (s\\d+|unplaced)%1$").arg(label)),
        QRegularExpression(QStringLiteral("^    direction TB$")),
        QRegularExpression(QStringLiteral("^    (e\\d+|s\\d+_empty|unplaced_empty)%1$").arg(label)),
        QRegularExpression(QStringLiteral("^  end$")),
        QRegularExpression(QStringLiteral("^  style unplaced stroke-dasharray: 5 5$")),
        QRegularExpression(QStringLiteral("^  app --> s\\d+$")),
        QRegularExpression(
            QStringLiteral("^  classDef (good|fair|poor|unknown) "
                           "fill:#[0-9A-F]{6},color:#[0-9A-F]{6},stroke:#[0-9A-F]{6}$")),
        QRegularExpression(QStringLiteral("^  class e\\d+(,e\\d+)* (good|fair|poor|unknown)$")),
        QRegularExpression(QStringLiteral(
            "^  %% with links: --- join, === transaction, -\\.- seam across stores$")),
        QRegularExpression(QStringLiteral("^  e\\d+ (---|===|-\\.-) e\\d+$")),
    };
    return lines;
}

/// What Mermaid shows for a label: its entity codes decoded.
QString decoded(QString label)
{
    label.replace(QStringLiteral("#quot;"), QStringLiteral("\""));
    label.replace(QStringLiteral("#lt;"), QStringLiteral("<"));
    label.replace(QStringLiteral("#gt;"), QStringLiteral(">"));
    static const QRegularExpression code(QStringLiteral("#(\\d+);"));
    QString out;
    qsizetype at = 0;
    for (auto it = code.globalMatch(label); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += label.mid(at, m.capturedStart() - at) + QChar(m.captured(1).toInt());
        at = m.capturedEnd();
    }
    out += label.mid(at);
    return out.replace(QStringLiteral("#amp;"), QStringLiteral("&"));
}

QStringList labels(const QString &mermaid)
{
    static const QRegularExpression quoted(QStringLiteral("\\[\"([^\"]*)\"\\]"));
    QStringList out;
    for (auto it = quoted.globalMatch(mermaid); it.hasNext();)
        out << decoded(it.next().captured(1));
    return out;
}

Project hostileProject(const QString &name)
{
    Project p;
    p.name = name;
    p.stores.push_back({QStringLiteral("pg"), QStringLiteral("postgresql"), name});
    p.stores.push_back({QStringLiteral("empty"), QStringLiteral("redis"), name});
    p.entities.push_back(test::entity(QStringLiteral("a"),
                                      {test::pattern(PatternType::LookupByKey, Frequency::High)},
                                      QStringLiteral("pg")));
    p.entities.push_back(test::entity(QStringLiteral("b"),
                                      {test::pattern(PatternType::BinaryBlob, Frequency::High)},
                                      QStringLiteral("pg")));
    p.entities.push_back(test::entity(QStringLiteral("c"),
                                      {test::pattern(PatternType::LookupByKey, Frequency::Low)}));
    for (Entity &e : p.entities)
        e.name = name;
    return p;
}

QString mermaidOf(const Project &p)
{
    const Catalog &c = Catalog::builtin();
    return writeMermaid(buildDiagram(p, analyse(p, p.users, c), c));
}

} // namespace

class TestMermaid : public QObject
{
    Q_OBJECT

private slots:
    void hostileNamesAddNothing_data();
    void hostileNamesAddNothing();
    void drawsTheLessonsPicture();
    void exportWritesMmd_data();
    void exportWritesMmd();
    void decisionRecordEmbedsIt();
};

void TestMermaid::hostileNamesAddNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << "Us\"ers\"] --> x[\"pwned";
    QTest::newRow("brackets") << "a] --> b[(db)] & c{{hex}}";
    QTest::newRow("link") << "x --> y\napp --> evil";
    QTest::newRow("comment and directive") << "%% comment %%{init: {'theme':'dark'}}%%";
    QTest::newRow("click") << "x\"]\n  click e0 \"javascript:alert(1)\"\n  y[\"";
    QTest::newRow("style") << "\"]\nstyle e0 fill:#f00\nclassDef x fill:#f00;";
    QTest::newRow("script") << "<script>alert(1)</script><img src=x onerror=alert(1)>";
    QTest::newRow("end and subgraph") << "end\nsubgraph evil\nend";
    QTest::newRow("entity codes") << "#quot; #lt;b#gt; #35; &amp; &#60;";
    QTest::newRow("markdown string") << "`**bold**` ``` fence";
    QTest::newRow("newlines and tabs") << "one\ntwo\r\nthree\tfour\u2028five";
    QTest::newRow("non-latin") << QStringLiteral("用户 Пользователи العربية");
}

void TestMermaid::hostileNamesAddNothing()
{
    QFETCH(QString, name);
    const QString mermaid = mermaidOf(hostileProject(name));
    const QStringList lines = mermaid.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        bool known = false;
        for (const QRegularExpression &rule : grammar())
            known = known || rule.match(line).hasMatch();
        QVERIFY2(known, qPrintable(line));
    }
    // The same structure as with a plain name: nodes, subgraphs, links, styles.
    const QString plain = mermaidOf(hostileProject(QStringLiteral("Plain")));
    QCOMPARE(lines.size(), plain.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
    QCOMPARE(mermaid.count(QStringLiteral("-->")), 2);
    QVERIFY(!mermaid.contains(QLatin1Char('<')));
    QVERIFY(!mermaid.contains(QStringLiteral("%%")));
    QVERIFY(!mermaid.contains(QLatin1Char('`')));
    // And the reader sees the name as written, on one line.
    QString oneLine = name;
    for (QChar &c : oneLine) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator)
            c = QLatin1Char(' ');
    }
    const QStringList shown = labels(mermaid);
    QVERIFY2(shown.contains(oneLine + QStringLiteral(" (PostgreSQL)")),
             qPrintable(shown.join('|')));
    QCOMPARE(shown.count(oneLine), 1); // the unplaced entity: no fit
}

void TestMermaid::drawsTheLessonsPicture()
{
    const Project p = test::sample(QStringLiteral("ecommerce"));
    const QString mermaid = mermaidOf(p);
    QVERIFY(mermaid.startsWith(QStringLiteral("flowchart TB\n  app[\"Application Layer\"]\n")));
    QCOMPARE(mermaid.count(QStringLiteral("  subgraph ")), int(p.stores.size()));
    QCOMPARE(mermaid.count(QStringLiteral("  app --> ")), int(p.stores.size()));
    // Each store's money where the project gives a workload, the kind alone where it does not.
    QVERIFY(mermaid.contains(
        QStringLiteral("subgraph s0[\"Postgres (PostgreSQL · $24.84 a month)\"]")));
    QVERIFY(mermaidOf(test::versionOne(p))
                .contains(QStringLiteral("subgraph s0[\"Postgres (PostgreSQL)\"]")));
    QVERIFY(mermaid.contains(QStringLiteral("[\"Orders 88.8\"]")));
    QVERIFY(mermaid.contains(QStringLiteral("classDef good ")));
    // The with links: a transaction within Postgres is thick; moving Orders away makes seams.
    QVERIFY(mermaid.contains(QStringLiteral("  %% with links: ")));
    QVERIFY(mermaid.contains(QStringLiteral(" === ")));
    Project moved = p;
    moved.entities[size_t(moved.entityIndex(u"orders"))].store = QStringLiteral("dynamo");
    QVERIFY(mermaidOf(moved).count(QStringLiteral(" -.- ")) >
            mermaid.count(QStringLiteral(" -.- ")));
    // An unplaced entity sits in the dashed box.
    Project q = p;
    q.entities[0].store.clear();
    const QString unplaced = mermaidOf(q);
    QVERIFY(unplaced.contains(QStringLiteral("  subgraph unplaced[\"Unplaced\"]\n")));
    QVERIFY(unplaced.contains(QStringLiteral("  style unplaced stroke-dasharray: 5 5\n")));
}

void TestMermaid::exportWritesMmd_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("output");
    QTest::newRow("by extension") << QStringList{} << "layout.mmd";
    QTest::newRow("by --format") << QStringList{QStringLiteral("--format"), QStringLiteral("mmd")}
                                 << "layout.txt.out";
}

void TestMermaid::exportWritesMmd()
{
    QFETCH(QStringList, options);
    QFETCH(QString, output);
    QTemporaryDir dir;
    const QString out = dir.filePath(output);
    const test::Run r = test::runStoremap(
        QStringList{QStringLiteral("export"),
                    test::sourcePath(QStringLiteral("resources/samples/ecommerce.storemap")),
                    QStringLiteral("-o"), out} +
        options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(test::readAll(out)),
             mermaidOf(test::sample(QStringLiteral("ecommerce"))));
}

void TestMermaid::decisionRecordEmbedsIt()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("record.md"));
    const test::Run r =
        test::runStoremap({QStringLiteral("export"),
                           test::sourcePath(QStringLiteral("resources/samples/ecommerce.storemap")),
                           QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    const QString md = QString::fromUtf8(test::readAll(out));
    const QString block = QStringLiteral("```mermaid\n") +
                          mermaidOf(test::sample(QStringLiteral("ecommerce"))) +
                          QStringLiteral("```\n");
    QVERIFY(md.contains(block));
    QVERIFY(md.indexOf(QStringLiteral("~~~text\n")) < md.indexOf(block)); // next to the text one
}

QTEST_GUILESS_MAIN(TestMermaid)
#include "tst_mermaid.moc"
