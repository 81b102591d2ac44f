#include "tests/testutil.h"

#include "model/projectio.h"
#include "tests/bench/generator.h"
#include "views/diagram/dotwriter.h"
#include "views/diagram/graphviz.h"

#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace storemap;
using test::sample;

namespace {

Diagram diagramOf(const Project &p)
{
    const Catalog &c = Catalog::builtin();
    return buildDiagram(p, analyse(p, p.users, c), c);
}

QByteArray svgOf(const Project &p)
{
    const Catalog &c = Catalog::builtin();
    QByteArray svg;
    QString error;
    if (!renderDotToSvg(writeDot(buildDiagram(p, analyse(p, p.users, c), c)), &svg, &error))
        qWarning("%s", qPrintable(error));
    return svg;
}

struct SvgContents
{
    bool wellFormed = false;
    QString error;
    QStringList elements;
    QStringList texts; ///< the text of every <text> element
};

SvgContents read(const QByteArray &svg)
{
    SvgContents c;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            c.elements << xml.name().toString();
            if (xml.name() == QLatin1String("text"))
                c.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    c.wellFormed = !xml.hasError();
    c.error = xml.errorString();
    return c;
}

} // namespace

class TestGraphviz : public QObject
{
    Q_OBJECT

private slots:
    // The command line starts Graphviz on another thread while it reads the project; a render that
    // comes before the start has finished waits for it, and one after finds it ready (this holds
    // whichever test ran before).
    void rendersWhileStartingInTheBackground()
    {
        const std::future<void> started = startGraphvizInBackground();
        const SvgContents svg = read(svgOf(sample(QStringLiteral("startup"))));
        QVERIFY2(svg.wellFormed, qPrintable(svg.error));
        QVERIFY(svg.texts.contains(QStringLiteral("Application Layer")));
        // The start finishes too (whichever took Graphviz first), and a render after it agrees.
        QCOMPARE(started.wait_for(std::chrono::seconds(60)), std::future_status::ready);
        QVERIFY(read(svgOf(sample(QStringLiteral("startup")))).wellFormed);
    }

    void svg_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("ecommerce") << "ecommerce";
        QTest::newRow("startup") << "startup";
    }
    void svg()
    {
        QFETCH(QString, sample);
        const Project p = ::sample(sample);
        const QByteArray svg = svgOf(p);
        const SvgContents c = read(svg);
        QVERIFY2(c.wellFormed, qPrintable(c.error));
        QVERIFY(svg.contains("-//W3C//DTD SVG 1.1//EN"));
        QCOMPARE(c.elements.first(), QStringLiteral("svg"));
        // Real text a reader can search and copy, no embedded HTML.
        QVERIFY(!c.elements.contains(QStringLiteral("foreignObject")));
        QVERIFY(!c.elements.contains(QStringLiteral("image")));
        QVERIFY(c.texts.contains(QStringLiteral("Application Layer")));
        for (const Entity &e : p.entities)
            QVERIFY2(c.texts.contains(e.name), qPrintable(e.name));
        for (const Store &s : p.stores)
            QVERIFY2(c.texts.contains(s.name), qPrintable(s.name));
        // Qt's own SVG renderer (the PNG export and the GUI) reads it too.
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.viewBoxF().width() > 100);
    }

    void fitsAreShown_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("fit");
        QTest::addColumn<QString>("fill");
        QTest::newRow("good") << "Cache"
                              << "100.0"
                              << "#d4eed6";
        QTest::newRow("fair") << "Product catalog"
                              << "77.5"
                              << "#ffebb8";
    }
    void fitsAreShown()
    {
        QFETCH(QString, entity);
        QFETCH(QString, fit);
        QFETCH(QString, fill);
        const QString svg = QString::fromUtf8(svgOf(sample(QStringLiteral("ecommerce"))));
        const qsizetype name = svg.indexOf(QStringLiteral(">%1</text>").arg(entity));
        QVERIFY(name > 0);
        // The fit follows its name, on a cell of its band's colour.
        const qsizetype cell =
            svg.indexOf(QStringLiteral("fill=\"%1\"").arg(fill), name, Qt::CaseInsensitive);
        const qsizetype number = svg.indexOf(QStringLiteral(">%1</text>").arg(fit), name);
        QVERIFY(cell > name);
        QVERIFY(number > cell);
    }

    // Storemap measures each text of a diagram once, some on another thread before Graphviz asks
    // (renderDotToSvg's texts); the drawing is still Graphviz's own, to the byte: what its `dot`
    // command draws of the same DOT, with the right texts, the wrong ones or none.
    void sameAsGraphvizOwnCommand_data()
    {
        QTest::addColumn<Project>("project");
        QTest::addColumn<Project>("textsOf"); // whose labelTexts() are measured ahead
        Project hostile = sample(QStringLiteral("ecommerce"));
        const QStringList names = {
            QStringLiteral("Orders \"<b>&amp;</b>\" 'quoted'"), QStringLiteral("Ünïcødé 注文 ✓"),
            QStringLiteral("Tab\there, new\nline"), QStringLiteral("  spaced  out  "),
            QStringLiteral("A very long name that goes on and on past any "
                           "column a store box would give it")};
        for (size_t i = 0; i < size_t(names.size()) && i < hostile.entities.size(); ++i)
            hostile.entities[i].name = names[qsizetype(i)];
        const Project generated = bench::generateProject(400);
        QTest::newRow("e-commerce sample")
            << sample(QStringLiteral("ecommerce")) << sample(QStringLiteral("ecommerce"));
        QTest::newRow("names full of quotes, brackets, tabs and accents") << hostile << hostile;
        QTest::newRow("generated, 400 entities") << generated << generated;
        QTest::newRow("another diagram's texts") << hostile << generated;
        QTest::newRow("no texts ahead") << generated << Project();
    }
    void sameAsGraphvizOwnCommand()
    {
        QFETCH(Project, project);
        QFETCH(Project, textsOf);
        const QString dotCommand = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dotCommand.isEmpty())
            QSKIP("needs Graphviz's dot command (apt-get install graphviz)");
        const QByteArray dot = writeDot(diagramOf(project));
        QByteArray svg;
        QString error;
        QVERIFY2(renderDotToSvg(dot, &svg, &error,
                                textsOf.entities.empty() ? std::vector<GraphvizText>()
                                                         : labelTexts(diagramOf(textsOf))),
                 qPrintable(error));
        QProcess graphviz;
        graphviz.start(dotCommand, {QStringLiteral("-Tsvg")});
        QVERIFY(graphviz.waitForStarted());
        graphviz.write(dot);
        graphviz.closeWriteChannel();
        QVERIFY(graphviz.waitForFinished(120000));
        QCOMPARE(graphviz.exitCode(), 0);
        const QByteArray expected = graphviz.readAllStandardOutput();
        QVERIFY(expected.contains("</svg>"));
        QCOMPARE(svg.size(), expected.size());
        QVERIFY(svg == expected);
    }

    void repeatedRendersAgree()
    {
        const Project p = sample(QStringLiteral("startup"));
        QCOMPARE(svgOf(p), svgOf(p));
    }
};

QTEST_MAIN(TestGraphviz)
#include "tst_graphviz.moc"
