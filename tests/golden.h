#pragma once

// Golden files: the expected text of an export, checked in under tests/golden/. Run a test with
// STOREMAP_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the diff.

#include <QFile>
#include <QString>
#include <QTest>

namespace storemap::golden {

inline QString path(const QString &name)
{
    return QStringLiteral(STOREMAP_SOURCE_DIR "/tests/golden/") + name;
}

/// Compares @p actual with the golden file @p name (or rewrites it when asked to).
inline bool matches(const QString &name, const QByteArray &actual)
{
    QFile file(path(name));
    if (qEnvironmentVariableIsSet("STOREMAP_UPDATE_GOLDEN")) {
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(actual);
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing golden file %s", qPrintable(file.fileName()));
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (e.value(i) != a.value(i)) {
            qWarning("%s differs at line %lld:\n expected: %s\n actual:   %s", qPrintable(name),
                     qlonglong(i + 1), e.value(i).constData(), a.value(i).constData());
            break;
        }
    }
    return false;
}

} // namespace storemap::golden
