#include "views/diagram/graphviz.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <gvc.h>

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
// What Graphviz said when it failed to start in the background (startGraphvizInBackground).
QString g_startErrors;

int collectError(char *message)
{
    if (g_errors)
        *g_errors += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

/// Made once and never freed: freeing it at exit unloads every plugin and font, 3 ms of a
/// command-line export (a fifteenth) for memory the process is about to return anyway.
GVC_t *context()
{
    static GVC_t *const gvc = gvContext();
    return gvc;
}

/// Routes Graphviz's messages into @p errors while it lives; hold the mutex.
class CollectErrors
{
public:
    explicit CollectErrors(QString *errors)
    {
        g_errors = errors;
        agseterrf(collectError);
        agseterr(AGWARN);
    }
    ~CollectErrors() { g_errors = nullptr; }
    CollectErrors(const CollectErrors &) = delete;
    CollectErrors &operator=(const CollectErrors &) = delete;
};

} // namespace

std::future<void> startGraphvizInBackground()
{
    return std::async(std::launch::async, [] {
        QMutexLocker lock(&graphvizMutex());
        QString errors;
        const CollectErrors collect(&errors);
        if (!context())
            g_startErrors = errors;
    });
}

bool renderDotToSvg(const QByteArray &dot, QByteArray *svg, QString *error)
{
    QMutexLocker lock(&graphvizMutex());
    QString errors;
    const CollectErrors collect(&errors);
    auto fail = [&](const QString &what) {
        if (error)
            *error = errors.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, errors.trimmed());
        return false;
    };

    GVC_t *gvc = context();
    if (!gvc) {
        errors.prepend(g_startErrors);
        return fail(Tr::tr("Graphviz could not start"));
    }
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
    return true;
}

} // namespace storemap
