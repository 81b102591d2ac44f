// Fuzzes the project loader: any bytes either load or give a located error, and whatever loads
// saves and loads back to the same project; what the stream reads, the whole tree reads too.
#include "model/projectio.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace storemap;
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    Project project;
    LoadError error;
    if (!parseProject(text, Catalog::builtin(), &project, &error)) {
        if (error.message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    Project whole; // the stream reads what the whole tree reads
    if (!parseProjectWhole(text, Catalog::builtin(), &whole, &error) || !(whole == project)) {
        std::fprintf(stderr, "the stream and the tree differ: %s\n", qPrintable(error.toString()));
        std::abort();
    }
    Project again;
    const QByteArray saved = serializeProject(project);
    if (!parseProject(saved, Catalog::builtin(), &again, &error) || !(again == project) ||
        serializeProject(again) != saved) {
        std::fprintf(stderr, "round trip broke: %s\n", qPrintable(error.toString()));
        std::abort();
    }
    return 0;
}
