#include "recoveryfile.h"

#include "../model/projectio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace storemap {

namespace {
const char *const SourceKey = "recovery/sourcePath";
} // namespace

RecoveryFile::RecoveryFile(const QString &path)
    : m_path(path)
{
    if (m_path.isEmpty()) {
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/recovery.storemap");
    }
}

bool RecoveryFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool RecoveryFile::write(const Project &project, const QString &sourcePath, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings().setValue(QLatin1String(SourceKey), sourcePath);
    return writeProjectFile(m_path, project, error);
}

bool RecoveryFile::read(Project *project, QString *sourcePath) const
{
    LoadError error;
    if (!readProjectFile(m_path, Catalog::builtin(), project, &error))
        return false;
    if (sourcePath)
        *sourcePath = QSettings().value(QLatin1String(SourceKey)).toString();
    return true;
}

void RecoveryFile::discard()
{
    QFile::remove(m_path);
    QSettings().remove(QLatin1String(SourceKey));
}

} // namespace storemap
