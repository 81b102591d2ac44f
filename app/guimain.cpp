#include "app/cli.h"
#include "app/exportcommand.h"
#include "app/handover.h"
#include "app/startupprobe.h"

#include "app/mainwindow.h"
#include "app/theme.h"
#include "model/catalog.h"
#include "translations/translations.h"
#include "views/diagram/svgimage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

// storemap-gui: the designer window and PNG export, which need QtGui, QtSvg and QtWidgets. The
// storemap command line (main.cpp) hands these over to it; on its own it runs the verbs too.
int main(int argc, char *argv[])
{
    const auto started = storemap::takeHandOverStart();
    QStringList args = storemap::startProgram(argc, argv);

    if (storemap::exportNeedsGui(args)) {
        // A PNG is drawn with Qt's fonts, which need a GUI application; never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        storemap::installTranslations(storemap::preferredLanguage());
        return storemap::runCommandLine(args, storemap::renderPng);
    }
    if (storemap::classify(args) != storemap::Request::Designer) {
        QCoreApplication app(argc, argv);
        storemap::installTranslations(storemap::preferredLanguage());
        return storemap::runCommandLine(args, storemap::renderPng);
    }
    if (const QString why = storemap::missingDisplay(); !why.isEmpty()) {
        QCoreApplication app(argc, argv);
        storemap::installTranslations(storemap::preferredLanguage());
        storemap::printErr(QStringLiteral("storemap: %1\n").arg(why));
        return storemap::ExitUsage;
    }
    QApplication app(argc, argv);
    storemap::installTranslations(storemap::preferredLanguage());
    QApplication::setApplicationDisplayName(QStringLiteral("Storemap"));
    // Qt's own options (-qwindowgeometry, -platform) are gone now. GUI options:
    // --palette light|dark (or STOREMAP_PALETTE), --quit-after-shown.
    args = QCoreApplication::arguments().mid(1);
    QString palette = qEnvironmentVariable("STOREMAP_PALETTE");
    const bool quitAfterShown = args.removeAll(QStringLiteral("--quit-after-shown")) > 0;
    if (const qsizetype at = args.indexOf(QStringLiteral("--palette")); at >= 0) {
        palette = args.value(at + 1);
        args.remove(at, qMin<qsizetype>(2, args.size() - at));
    }
    storemap::Theme::apply(storemap::Theme::fromName(palette));
    // The file is read while the window builds itself: on two cores, one hides the other.
    std::future<storemap::ProjectRead> read;
    if (!args.value(0).isEmpty())
        read = storemap::readProjectFileInBackground(args.value(0), storemap::Catalog::builtin());
    storemap::MainWindow window;
    window.openInitial(args.value(0), std::move(read));
    storemap::StartupProbe probe(started);
    if (quitAfterShown) {
        window.setAttribute(Qt::WA_NativeWindow);
        probe.watch(window.windowHandle());
    }
    window.show();
    return app.exec();
}
