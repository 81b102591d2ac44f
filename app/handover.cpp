#include "app/handover.h"

#include "app/cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace storemap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::HandOver)
};

// The steady clock's nanoseconds when storemap's main() started, from storemap to storemap-gui.
const char *const StartedVariable = "STOREMAP_STARTED_NS";

/// The folder of the running program with every symbolic link resolved, so that a link to
/// storemap (in ~/bin, say) still finds the storemap-gui next to the real file.
QString programDir(const char *argv0)
{
    char path[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", path, sizeof path);
    if (length > 0 && size_t(length) < sizeof path)
        return QFileInfo(QString::fromLocal8Bit(path, length)).absolutePath();
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

} // namespace

std::vector<GuiAttempt> execGui(char *argv[], std::chrono::steady_clock::time_point started)
{
    const QString dir = programDir(argv[0]);
    const QString candidates[] = {
        dir + QStringLiteral("/storemap-gui"),
        QDir::cleanPath(dir + QStringLiteral("/" STOREMAP_GUI_DIR_FROM_BINDIR "/storemap-gui")),
    };
    const auto sinceEpoch =
        std::chrono::duration_cast<std::chrono::nanoseconds>(started.time_since_epoch());
    ::setenv(StartedVariable, QByteArray::number(qint64(sinceEpoch.count())).constData(), 1);
    std::vector<GuiAttempt> attempts;
    for (const QString &path : candidates) {
        ::execv(QFile::encodeName(path).constData(), argv);
        attempts.push_back({path, errno});
    }
    ::unsetenv(StartedVariable);
    return attempts;
}

int reportGuiMissing(const std::vector<GuiAttempt> &attempts)
{
    QString text = QStringLiteral("storemap: %1\n")
                       .arg(Tr::tr("storemap-gui, which opens the designer and exports PNG, "
                                   "could not be started. Looked for:"));
    for (const GuiAttempt &attempt : attempts)
        text += QStringLiteral("  %1 (%2)\n").arg(attempt.path, qt_error_string(attempt.error));
    text += Tr::tr("Reinstall Storemap, or build its storemap-gui target.") + QLatin1Char('\n');
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return ExitUsage;
}

std::chrono::steady_clock::time_point takeHandOverStart()
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point now = Clock::now();
    bool ok = false;
    const qint64 nanoseconds = qgetenv(StartedVariable).toLongLong(&ok);
    ::unsetenv(StartedVariable);
    const Clock::time_point started(
        std::chrono::duration_cast<Clock::duration>(std::chrono::nanoseconds(nanoseconds)));
    return ok && nanoseconds > 0 && started <= now ? started : now;
}

} // namespace storemap
