#include "app/recoveryfile.h"

#include "model/background.h"
#include "model/projectio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
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
    m_writer.setMaxThreadCount(1);
}

RecoveryFile::~RecoveryFile()
{
    waitForWrites();
}

bool RecoveryFile::exists() const
{
    return QFileInfo::exists(m_path);
}

void RecoveryFile::write(std::shared_ptr<const Project> project, const QString &sourcePath,
                         QObject *context, std::function<void(const QString &)> failed)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Once per source, not per autosave (QSettings writes its file), and on this thread.
    if (m_source != sourcePath) {
        QSettings().setValue(QLatin1String(SourceKey), sourcePath);
        m_source = sourcePath;
    }
    m_writer.start([path = m_path, project = std::move(project),
                    context = QPointer<QObject>(context), failed] {
        yieldToTheWindow(); // a 20,000-entity project takes ~90 ms to write
        QString error;
        if (writeProjectFile(path, *project, &error) || !context)
            return;
        QMetaObject::invokeMethod(
            context, [failed, error] { failed(error); }, Qt::QueuedConnection);
    });
}

void RecoveryFile::waitForWrites()
{
    m_writer.waitForDone();
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
    waitForWrites();
    QFile::remove(m_path);
    m_source.reset();
    QSettings().remove(QLatin1String(SourceKey));
}

} // namespace storemap
