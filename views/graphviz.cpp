#include "graphviz.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <gvc.h>

#include <memory>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::Graphviz)
};

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// Graphviz reports errors through a global callback; it is only called with the mutex held.
QString *g_errors = nullptr;

int collectError(char *message)
{
    if (g_errors)
        *g_errors += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

GVC_t *context()
{
    struct Free
    {
        void operator()(GVC_t *gvc) const { gvFreeContext(gvc); }
    };
    static std::unique_ptr<GVC_t, Free> gvc(gvContext());
    return gvc.get();
}

} // namespace

bool renderDotToSvg(const QByteArray &dot, QByteArray *svg, QString *error)
{
    QMutexLocker lock(&graphvizMutex());
    QString errors;
    g_errors = &errors;
    agseterrf(collectError);
    agseterr(AGWARN);
    auto fail = [&](const QString &what) {
        g_errors = nullptr;
        if (error)
            *error = errors.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, errors.trimmed());
        return false;
    };

    GVC_t *gvc = context();
    if (!gvc)
        return fail(Tr::tr("Graphviz could not start"));
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph)
        return fail(Tr::tr("Graphviz could not read the diagram"));
    if (gvLayout(gvc, graph, "dot") != 0) {
        agclose(graph);
        return fail(Tr::tr("Graphviz could not lay out the diagram"));
    }
    char *data = nullptr;
    unsigned int length = 0;
    const int rendered = gvRenderData(gvc, graph, "svg", &data, &length);
    if (rendered == 0 && data)
        *svg = QByteArray(data, qsizetype(length));
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gvc, graph);
    agclose(graph);
    if (rendered != 0)
        return fail(Tr::tr("Graphviz could not render the diagram"));
    g_errors = nullptr;
    return true;
}

} // namespace storemap
