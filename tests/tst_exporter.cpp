#include "views/diagram/decisionrecord.h"
#include "views/diagram/dotwriter.h"
#include "views/diagram/exporter.h"
#include "views/diagram/mermaidwriter.h"
#include "views/diagram/svgimage.h"
#include "views/diagram/textdiagram.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace storemap;

namespace {

/// A project whose store, entities and name are all called @p name; one entity is unplaced.
Project projectNamed(const QString &name)
{
    Project p;
    p.name = name;
    p.users = 1000;
    p.stores.push_back({QStringLiteral("pg"), QStringLiteral("postgresql"), name});
    Entity placed;
    placed.id = QStringLiteral("placed");
    placed.name = name;
    placed.store = QStringLiteral("pg");
    placed.patterns.push_back(
        {QStringLiteral("Get by id"), PatternType::LookupByKey, Frequency::High, QString()});
    Entity unplaced = placed;
    unplaced.id = QStringLiteral("unplaced");
    unplaced.store.clear();
    p.entities = {placed, unplaced};
    return p;
}

QByteArray exported(const Project &p, ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    QByteArray out;
    QString error;
    if (!exportProject(p, p.users, Catalog::builtin(), options, &out, &error, renderPng))
        qWarning("%s", qPrintable(error));
    return out;
}

struct Svg
{
    bool wellFormed = false;
    QStringList elements; ///< element names with their attribute names, in document order
    QStringList texts;
};

Svg readSvg(const QByteArray &svg)
{
    Svg s;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        QString element = xml.name().toString();
        for (const QXmlStreamAttribute &a : xml.attributes())
            element += QLatin1Char(' ') + a.name().toString();
        s.elements << element;
        if (xml.name() == QLatin1String("text"))
            s.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    s.wellFormed = !xml.hasError();
    return s;
}

/// The Markdown outside fenced code blocks (the text diagram and the Mermaid flowchart inside are
/// literal by construction).
QStringList markdownOutsideFences(const QString &md)
{
    QStringList out;
    bool inFence = false;
    for (const QString &line : md.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("~~~")) || line.startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            continue;
        }
        if (!inFence)
            out << line;
    }
    return out;
}

/// The Markdown structure of one line: its block marker and its table cells.
QString shape(const QString &line)
{
    if (line.startsWith(QLatin1Char('#')))
        return line.section(QLatin1Char(' '), 0, 0);
    if (line.startsWith(QLatin1String("- ")))
        return QStringLiteral("item");
    if (line.startsWith(QLatin1Char('|'))) {
        int cells = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == QLatin1Char('\\'))
                ++i;
            else if (line[i] == QLatin1Char('|'))
                ++cells;
        }
        return QStringLiteral("table %1").arg(cells);
    }
    return line.isEmpty() ? QStringLiteral("blank") : QStringLiteral("text");
}

const QString Benign = QStringLiteral("Benign");

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::newRow("svg") << "out.svg"
                             << "svg";
        QTest::newRow("png upper case") << "OUT.PNG"
                                        << "png";
        QTest::newRow("txt") << "diagram.txt"
                             << "txt";
        QTest::newRow("text") << "diagram.text"
                              << "txt";
        QTest::newRow("dot") << "a/b.c/graph.dot"
                             << "dot";
        QTest::newRow("gv") << "graph.gv"
                            << "dot";
        QTest::newRow("md") << "decision.md"
                            << "md";
        QTest::newRow("markdown") << "decision.markdown"
                                  << "md";
        QTest::newRow("mmd") << "layout.mmd"
                             << "mmd";
        QTest::newRow("mermaid") << "layout.mermaid"
                                 << "mmd";
        QTest::newRow("unknown") << "out.pdf"
                                 << "";
        QTest::newRow("none") << "out"
                              << "";
    }
    void formats()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        const std::optional<ExportFormat> f = formatFromFileName(fileName);
        QCOMPARE(f ? formatId(*f) : QString(), format);
    }

    void degenerateProjects_data()
    {
        QTest::addColumn<int>("entities");
        QTest::addColumn<bool>("withStore");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("shows");
        for (const auto &[format, name] :
             {std::pair{ExportFormat::Svg, "svg"}, std::pair{ExportFormat::Png, "png"},
              std::pair{ExportFormat::Text, "txt"}, std::pair{ExportFormat::Dot, "dot"},
              std::pair{ExportFormat::Markdown, "md"}, std::pair{ExportFormat::Mermaid, "mmd"}}) {
            QTest::addRow("empty %s", name) << 0 << false << int(format) << "";
            QTest::addRow("only unplaced %s", name) << 2 << false << int(format) << "Unplaced";
            QTest::addRow("empty store %s", name) << 0 << true << int(format) << "(empty)";
        }
    }
    void degenerateProjects()
    {
        QFETCH(int, entities);
        QFETCH(bool, withStore);
        QFETCH(int, format);
        QFETCH(QString, shows);
        Project p;
        if (withStore)
            p.stores.push_back(
                {QStringLiteral("s3"), QStringLiteral("s3"), QStringLiteral("Files")});
        for (int i = 0; i < entities; ++i) {
            Entity e;
            e.id = QStringLiteral("e%1").arg(i);
            e.name = QStringLiteral("Entity %1").arg(i);
            p.entities.push_back(e);
        }
        const QByteArray out = exported(p, ExportFormat(format));
        QVERIFY(!out.isEmpty());
        if (format == int(ExportFormat::Png)) {
            QVERIFY(!QImage::fromData(out, "PNG").isNull());
            return;
        }
        if (format == int(ExportFormat::Svg)) {
            const Svg svg = readSvg(out);
            QVERIFY(svg.wellFormed);
            QVERIFY(svg.texts.contains(QStringLiteral("Application Layer")));
            if (!shows.isEmpty())
                QVERIFY(svg.texts.contains(shows));
            return;
        }
        QVERIFY(out.contains("Application Layer"));
        if (!shows.isEmpty() && format != int(ExportFormat::Markdown))
            QVERIFY(out.contains(shows.toUtf8()));
    }

    // Names with markup, quotes, separators and other scripts appear as written in every
    // format and never change its structure.
    void hostileNamesStayInert_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("quotes") << "Say \"hi\" 'there'";
        QTest::newRow("script") << "<script>alert(1)</script>";
        QTest::newRow("svg markup") << "</text><script>x</script><text x=\"0\">";
        QTest::newRow("dot attributes") << "\"]; evil [label=\"pwned\"]; x [label=\"";
        QTest::newRow("dot html label") << ">]; evil [shape=box]; x [label=<";
        QTest::newRow("braces") << "} digraph { a -> b";
        QTest::newRow("pipes") << "a | b || c";
        QTest::newRow("ampersands") << "AT&T &amp; &lt;b&gt; &#60;";
        QTest::newRow("newline") << "two\nlines";
        QTest::newRow("markdown") << "# Heading\n- item\n[link](javascript:alert(1))";
        QTest::newRow("html comment") << "<!-- x --> ]]> <![CDATA[";
        QTest::newRow("backslashes") << "C:\\path\\n \\| \\";
        QTest::newRow("non-latin") << "用户 Пользователи Ünïcödé العربية";
    }
    void hostileNamesStayInert()
    {
        QFETCH(QString, name);
        const Project hostile = projectNamed(name);
        const Project benign = projectNamed(Benign);

        // DOT: the name only ever appears escaped; swap it for a plain word and the graph is the
        // plain word's graph.
        const QString dot = QString::fromUtf8(exported(hostile, ExportFormat::Dot));
        const QString escaped = dotHtmlEscape(name);
        QVERIFY(dot.contains(escaped));
        QCOMPARE(QString(dot).replace(escaped, Benign),
                 QString::fromUtf8(exported(benign, ExportFormat::Dot)));

        // Mermaid: the same, with Mermaid's entity codes.
        const QString mmd = QString::fromUtf8(exported(hostile, ExportFormat::Mermaid));
        const QString mmdEscaped = mermaidEscape(name);
        QVERIFY(mmd.contains(mmdEscaped));
        QCOMPARE(QString(mmd).replace(mmdEscaped, Benign),
                 QString::fromUtf8(exported(benign, ExportFormat::Mermaid)));

        // SVG: well-formed, the same kinds of elements with the same attributes (a name on two
        // lines takes two text elements), the name as text.
        const Svg svg = readSvg(exported(hostile, ExportFormat::Svg));
        const Svg plain = readSvg(exported(benign, ExportFormat::Svg));
        QVERIFY(svg.wellFormed);
        const qsizetype lineBreaks = name.count(QLatin1Char('\n'));
        if (lineBreaks == 0)
            QCOMPARE(svg.elements, plain.elements);
        QCOMPARE(QSet<QString>(svg.elements.begin(), svg.elements.end()),
                 QSet<QString>(plain.elements.begin(), plain.elements.end()));
        // Four places show the name (the diagram's title, the store's title and its two
        // entities), each line a text.
        QCOMPARE(svg.texts.size(), plain.texts.size() + 4 * lineBreaks);
        for (const QString &line : name.split(QLatin1Char('\n')))
            QVERIFY2(svg.texts.contains(line), qPrintable(line));

        // PNG: still drawn.
        QVERIFY(!QImage::fromData(exported(hostile, ExportFormat::Png), "PNG").isNull());

        // Text: the name on one line, the boxes still closed.
        const QString text = QString::fromUtf8(exported(hostile, ExportFormat::Text));
        QVERIFY(text.contains(singleLine(name)));
        QCOMPARE(text.count(QStringLiteral("▼")), 1);
        QCOMPARE(text.count(QStringLiteral("Unplaced")), 1);
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(displayWidth(line) <= 100, qPrintable(line));

        // Markdown: the same headings, list items and table cells as with a plain name; no HTML.
        const QString md = QString::fromUtf8(exported(hostile, ExportFormat::Markdown));
        const QString plainMd = QString::fromUtf8(exported(benign, ExportFormat::Markdown));
        QVERIFY(md.contains(markdownEscape(name)));
        const QStringList lines = markdownOutsideFences(md);
        const QStringList plainMdLines = markdownOutsideFences(plainMd);
        QCOMPARE(lines.size(), plainMdLines.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(shape(lines[i]), shape(plainMdLines[i]));
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QLatin1Char('<')) && !line.contains(QLatin1Char('>')),
                     qPrintable(line));
    }

    // The command line links no SVG renderer: PNG says so instead of writing nothing silently.
    void pngWithoutARendererFails()
    {
        ExportOptions options;
        options.format = ExportFormat::Png;
        const Project p = projectNamed(Benign);
        QByteArray out;
        QString error;
        QVERIFY(!exportProject(p, p.users, Catalog::builtin(), options, &out, &error, nullptr));
        QVERIFY(out.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("SVG renderer")), qPrintable(error));
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
