#include "app/startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace storemap {

namespace {

/// The most memory the process has held (VmHWM: its peak resident set), in MiB; -1 if unknown.
long long peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

} // namespace

StartupProbe::StartupProbe(std::chrono::steady_clock::time_point started, QObject *parent)
    : QObject(parent)
    , m_started(started)
{}

void StartupProbe::watch(QWindow *window)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Expose) {
        auto *window = qobject_cast<QWindow *>(watched);
        if (window && window->isExposed()) {
            m_done = true;
            // After this expose is painted: the window is on screen.
            QTimer::singleShot(0, this, [this] {
                const auto elapsed = std::chrono::steady_clock::now() - m_started;
                std::printf(
                    "shown after %lld ms; peak memory %lld MiB\n",
                    static_cast<long long>(
                        std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()),
                    peakMemoryMiB());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace storemap
