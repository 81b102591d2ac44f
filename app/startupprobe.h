#pragma once

#include <QObject>

#include <chrono>

class QWindow;

namespace storemap {

/// `--quit-after-shown`: prints how long start-up took, and the peak memory, once the window is
/// first exposed (drawn on screen), then quits. Measures from @p started: the main() entry of the
/// storemap process that handed over to storemap-gui (takeHandOverStart).
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(std::chrono::steady_clock::time_point started, QObject *parent = nullptr);
    void watch(QWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::chrono::steady_clock::time_point m_started;
    bool m_done = false;
};

} // namespace storemap
