#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWindow;

namespace storemap {

/// `--quit-after-shown`: prints how long start-up took once the window is first exposed (drawn on
/// screen), then quits. Measures from main() entry.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(const QElapsedTimer &sinceStart, QObject *parent = nullptr);
    void watch(QWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace storemap
