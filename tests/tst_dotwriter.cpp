#include "tests/golden.h"
#include "tests/testutil.h"

#include "model/projectio.h"
#include "views/diagram/dotwriter.h"
#include "views/diagram/graphviz.h"

#include <QRegularExpression>
#include <QTest>

using namespace storemap;
using test::sample;

namespace {

Diagram diagramOf(const Project &p)
{
    const Catalog &c = Catalog::builtin();
    return buildDiagram(p, analyse(p, p.users, c), c);
}

} // namespace

class TestDotWriter : public QObject
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
        QVERIFY(golden::matches(sample + QStringLiteral(".dot"),
                                writeDot(diagramOf(::sample(sample)))));
    }

    void graphvizAcceptsIt_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<bool>("transparent");
        QTest::addColumn<bool>("unplaced");
        QTest::newRow("ecommerce") << "ecommerce" << false << false;
        QTest::newRow("ecommerce transparent") << "ecommerce" << true << false;
        QTest::newRow("startup with unplaced") << "startup" << false << true;
    }
    void graphvizAcceptsIt()
    {
        QFETCH(QString, sample);
        QFETCH(bool, transparent);
        QFETCH(bool, unplaced);
        Project p = ::sample(sample);
        if (unplaced)
            p.entities.front().store.clear();
        const QByteArray dot = writeDot(diagramOf(p), {transparent});
        QByteArray svg;
        QString error;
        QVERIFY2(renderDotToSvg(dot, &svg, &error), qPrintable(error));
        QVERIFY(svg.contains("<svg"));
        // One node for the Application Layer, one per store, one for the unplaced box, and the
        // legend.
        const qsizetype nodes = svg.count("class=\"node\"");
        QCOMPARE(nodes, qsizetype(1 + p.stores.size() + (unplaced ? 1 : 0) + 1));
        // An arrow to every store, none to the unplaced box; a line for every with link.
        const Diagram d = diagramOf(p);
        QVERIFY(!d.links.empty());
        QCOMPARE(svg.count("class=\"edge\""), qsizetype(p.stores.size() + d.links.size()));
        // The title, the project and its scale (Graphviz writes "-" as "&#45;").
        QVERIFY(svg.contains(
            QString(p.name).replace(QLatin1Char('-'), QLatin1String("&#45;")).toUtf8() + " · " +
            formatUsers(p.users).toUtf8() + " users"));
        // Each store's money under its kind where the project gives a workload.
        const Analysis a = analyse(p, p.users, Catalog::builtin());
        for (const StoreCost &cost : a.cost.stores)
            QCOMPARE(svg.contains(formatUsd(cost.monthlyUsd).toUtf8() + " a month</text>"),
                     hasWorkload(p));
        QVERIFY(svg.contains("good, 80 and up")); // the legend
        QCOMPARE(dot.contains("bgcolor=\"transparent\""), transparent);
    }

    void theLessonsShape()
    {
        const Project p = sample(QStringLiteral("ecommerce"));
        const QString dot = QString::fromUtf8(writeDot(diagramOf(p)));
        QVERIFY(dot.contains(QStringLiteral("<B>Application Layer</B>")));
        QVERIFY(dot.contains(QStringLiteral("rank=same; store0; store1; store2; store3; store4;")));
        for (int i = 0; i < int(p.stores.size()); ++i)
            QVERIFY(dot.contains(QStringLiteral("app -> store%1:n;").arg(i)));
    }

    // Hundreds of links would hide the boxes: beyond 300, one line per pair of stores says how
    // many links it stands for, and Graphviz still draws it.
    void manyLinksAreBundled()
    {
        const Project p = test::chainedProject(
            400, {{QStringLiteral("pg"), QStringLiteral("postgresql"), QStringLiteral("Pg")},
                  {QStringLiteral("mg"), QStringLiteral("mongodb"), QStringLiteral("Mongo")}});
        const Diagram d = diagramOf(p);
        QCOMPARE(d.links.size(), size_t(399));
        const QByteArray dot = writeDot(d);
        QVERIFY(dot.contains("store0 -> store1 [dir=none"));
        QVERIFY(dot.contains("xlabel=\"399\""));
        QVERIFY(!dot.contains(":e0")); // no line from one entity's row to another's
        QByteArray svg;
        QString error;
        QVERIFY2(renderDotToSvg(dot, &svg, &error), qPrintable(error));
        QCOMPARE(svg.count("class=\"edge\""), qsizetype(2 + 1)); // two stores, one bundle
    }

    void rejectsBrokenDot()
    {
        QByteArray svg;
        QString error;
        QVERIFY(!renderDotToSvg("digraph { a -> }", &svg, &error));
        QVERIFY(error.contains(QStringLiteral("Graphviz")));
        QVERIFY(svg.isEmpty());
    }

    void escape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Users"
                               << "Users";
        QTest::newRow("ampersand") << "AT&T &amp;"
                                   << "AT&amp;T &amp;amp;";
        QTest::newRow("tags") << "<b>x</b>"
                              << "&lt;b&gt;x&lt;/b&gt;";
        QTest::newRow("quotes") << "\"a\" 'b'"
                                << "&quot;a&quot; &#39;b&#39;";
        QTest::newRow("dot syntax") << "}; x [label=y]; {"
                                    << "}; x [label=y]; {";
        QTest::newRow("newline") << "a\nb"
                                 << "a<BR ALIGN=\"LEFT\"/>b";
        QTest::newRow("control") << QStringLiteral("a\x01"
                                                   "b")
                                 << "a b";
        QTest::newRow("non-latin") << "用户 Ünï"
                                   << "用户 Ünï";
    }
    void escape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(dotHtmlEscape(input), expected);
    }
};

QTEST_MAIN(TestDotWriter)
#include "tst_dotwriter.moc"
