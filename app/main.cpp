#include "app/cli.h"
#include "app/exportcommand.h"
#include "app/handover.h"

#include "translations/translations.h"

#include <QCoreApplication>

#include <chrono>

// storemap: the command line. It links QtCore alone, because loading QtGui, QtSvg, QtWidgets and
// what they pull in (EGL, X11, xkbcommon, ICU...) took ~5 ms of every run. The designer window
// and PNG export need them: storemap-gui does those, in this same process (exec).
int main(int argc, char *argv[])
{
    const auto started = std::chrono::steady_clock::now();
    const QStringList args = storemap::startProgram(argc, argv);

    if (!storemap::isCommandLine(args) || storemap::exportNeedsGui(args)) {
        const std::vector<storemap::GuiAttempt> attempts = storemap::execGui(argv, started);
        QCoreApplication app(argc, argv);
        storemap::installTranslations(storemap::preferredLanguage());
        return storemap::reportGuiMissing(attempts);
    }
    QCoreApplication app(argc, argv);
    storemap::installTranslations(storemap::preferredLanguage());
    return storemap::runCommandLine(args, nullptr);
}
