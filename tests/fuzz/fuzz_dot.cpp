// Fuzzes the DOT exporter: whatever the names, Graphviz accepts the graph Storemap writes, and the
// SVG it renders is well-formed XML.
#include "model/analysis.h"
#include "model/projectio.h"
#include "views/diagram/diagram.h"
#include "views/diagram/dotwriter.h"
#include "views/diagram/graphviz.h"

#include <QXmlStreamReader>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace storemap;
    const Catalog &catalog = Catalog::builtin();
    Project project;
    if (!parseProject(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), catalog,
                      &project, nullptr))
        return 0;
    if (project.entities.size() > 200)
        return 0; // layout time grows with the graph; the loader and text targets cover size
    const Diagram diagram =
        buildDiagram(project, analyse(project, project.users, catalog), catalog);
    const QByteArray dot = writeDot(diagram);
    QByteArray svg;
    QString error;
    if (!renderDotToSvg(dot, &svg, &error)) {
        std::fprintf(stderr, "Graphviz refused Storemap's DOT: %s\n", qPrintable(error));
        std::abort();
    }
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError()) {
        std::fprintf(stderr, "malformed SVG: %s\n", qPrintable(xml.errorString()));
        std::abort();
    }
    return 0;
}
