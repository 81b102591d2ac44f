#include "views/diagram/exporter.h"

#include "views/diagram/decisionrecord.h"
#include "views/diagram/diagram.h"
#include "views/diagram/dotwriter.h"
#include "views/diagram/graphviz.h"
#include "views/diagram/mermaidwriter.h"
#include "views/diagram/textdiagram.h"

#include "model/advisor.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Exporter)
};

} // namespace

QString formatId(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Text:
        return QStringLiteral("txt");
    case ExportFormat::Dot:
        return QStringLiteral("dot");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Mermaid:
        return QStringLiteral("mmd");
    }
    return {};
}

std::optional<ExportFormat> formatFromId(QStringView id)
{
    for (ExportFormat f : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Text,
                           ExportFormat::Dot, ExportFormat::Markdown, ExportFormat::Mermaid}) {
        if (id.compare(formatId(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    if (id.compare(QLatin1String("text"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Text;
    if (id.compare(QLatin1String("markdown"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Markdown;
    if (id.compare(QLatin1String("mermaid"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Mermaid;
    if (id.compare(QLatin1String("gv"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Dot;
    return std::nullopt;
}

std::optional<ExportFormat> formatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.isEmpty())
        return std::nullopt;
    return formatFromId(suffix);
}

bool exportProject(const Project &project, qint64 users, const Catalog &catalog,
                   const ExportOptions &options, QByteArray *out, QString *error,
                   PngRenderer renderPng)
{
    if (options.format == ExportFormat::Markdown) {
        const Advice advice = advise(project, users, catalog);
        *out = writeDecisionRecord(project, analyse(project, users, catalog), advice, catalog)
                   .toUtf8();
        return true;
    }
    const Analysis analysis = analyseFits(project, users, catalog);
    const Diagram diagram = buildDiagram(project, analysis, catalog);
    if (options.format == ExportFormat::Mermaid) {
        *out = writeMermaid(diagram).toUtf8();
        return true;
    }
    if (options.format == ExportFormat::Text) {
        *out = writeTextDiagram(diagram, {options.width, options.ascii}).toUtf8();
        return true;
    }
    const QByteArray dot = writeDot(diagram, {options.transparent});
    if (options.format == ExportFormat::Dot) {
        *out = dot;
        return true;
    }
    QByteArray svg;
    if (!renderDotToSvg(dot, &svg, error, labelTexts(diagram)))
        return false;
    if (options.format == ExportFormat::Svg) {
        *out = svg;
        return true;
    }
    if (!renderPng) {
        if (error)
            *error = Tr::tr("PNG needs Qt's SVG renderer, which this program does not include");
        return false;
    }
    return renderPng(svg, options, out, error);
}

} // namespace storemap
