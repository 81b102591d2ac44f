#include "app/gitversion.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

namespace storemap {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(storemap::GitVersion)
};
constexpr int TimeoutMs = 10000;
} // namespace

bool readGitHead(const QString &path, QByteArray *out, QString *error)
{
    const QFileInfo file(path);
    QProcess git;
    git.setWorkingDirectory(file.absolutePath());
    git.start(QStringLiteral("git"),
              {QStringLiteral("show"), QStringLiteral("HEAD:./") + file.fileName()});
    if (!git.waitForStarted(TimeoutMs)) {
        *error = Tr::tr("git could not be run (%1): is it installed?").arg(git.errorString());
        return false;
    }
    if (!git.waitForFinished(TimeoutMs)) {
        git.kill();
        git.waitForFinished();
        *error = Tr::tr("git did not answer within %1 s").arg(TimeoutMs / 1000);
        return false;
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        *error =
            Tr::tr("%1 at git HEAD: %2")
                .arg(file.fileName(), QString::fromLocal8Bit(git.readAllStandardError()).trimmed());
        return false;
    }
    *out = git.readAllStandardOutput();
    return true;
}

} // namespace storemap
