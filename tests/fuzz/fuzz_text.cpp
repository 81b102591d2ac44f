// Fuzzes the text (ASCII / box-drawing) exporter with any project and any width.
#include "model/analysis.h"
#include "model/projectio.h"
#include "views/diagram/diagram.h"
#include "views/diagram/textdiagram.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace storemap;
    if (size < 1)
        return 0;
    // The first byte picks the options; the rest is the project.
    TextDiagramOptions options;
    options.ascii = data[0] & 1;
    options.width = MinTextWidth + (data[0] >> 1) * 4;
    const Catalog &catalog = Catalog::builtin();
    Project project;
    if (!parseProject(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)),
                      catalog, &project, nullptr))
        return 0;
    const Diagram diagram =
        buildDiagram(project, analyse(project, project.users, catalog), catalog);
    const QString text = writeTextDiagram(diagram, options);
    if (text.isEmpty() || !text.endsWith(QLatin1Char('\n')))
        std::abort();
    if (options.ascii) {
        for (const QChar c : text) {
            if (c == QChar(0x2500) || c == QChar(0x2502) || c == QChar(0x250C))
                std::abort(); // the ASCII frame never uses box drawing
        }
    }
    return 0;
}
