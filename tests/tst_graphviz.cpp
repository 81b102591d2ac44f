#include "tests/testutil.h"

#include "model/projectio.h"
#include "views/diagram/dotwriter.h"
#include "views/diagram/graphviz.h"

#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace storemap;
using test::sample;

namespace {

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

    void repeatedRendersAgree()
    {
        const Project p = sample(QStringLiteral("startup"));
        QCOMPARE(svgOf(p), svgOf(p));
    }
};

QTEST_MAIN(TestGraphviz)
#include "tst_graphviz.moc"
