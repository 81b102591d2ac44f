// Writes the benchmarks' generated project of N entities to FILE, for the benchmarks that time
// whole processes (export, opening the window). Usage: make_project N FILE
#include "tests/bench/generator.h"

#include "model/projectio.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int entities = args.value(1).toInt(&ok);
    if (args.size() != 3 || !ok || entities < 1) {
        std::fprintf(stderr, "usage: make_project N FILE\n");
        return 2;
    }
    QString error;
    if (!storemap::writeProjectFile(args[2], storemap::bench::generateProject(entities), &error)) {
        std::fprintf(stderr, "make_project: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
