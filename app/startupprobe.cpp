#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace storemap {

StartupProbe::StartupProbe(const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
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
                std::printf("shown after %lld ms\n",
                            static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace storemap
