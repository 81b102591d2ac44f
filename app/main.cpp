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
    using namespace storemap;
    const auto started = std::chrono::steady_clock::now();
    const QStringList args = startProgram(argc, argv);
    const Request request = classify(args);
    const bool handOver = request == Request::CommandLine
                              ? exportNeedsGui(args)
                              : request == Request::Designer && missingDisplay().isEmpty();
    std::vector<GuiAttempt> attempts;
    if (handOver)
        attempts = execGui(argv, started); // returns only when storemap-gui could not start

    QCoreApplication app(argc, argv);
    installTranslations(preferredLanguage());
    if (handOver)
        return reportGuiMissing(attempts);
    if (request == Request::Designer) {
        printErr(QStringLiteral("storemap: %1\n").arg(missingDisplay()));
        return ExitUsage;
    }
    return runCommandLine(args, nullptr); // the verbs, --help, --version, an unknown verb
}
