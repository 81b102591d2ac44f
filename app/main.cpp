#include "cli.h"
#include "exportcommand.h"
#include "translations.h"

#include "../views/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("Storemap"));
    QCoreApplication::setApplicationName(QStringLiteral("storemap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREMAP_VERSION));

    if (storemap::exportNeedsGui(args)) {
        // A PNG is drawn with Qt's fonts, which need a GUI application; never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        storemap::installTranslations(storemap::preferredLanguage());
        return storemap::runCommandLine(args);
    }
    if (storemap::isCommandLine(args)) {
        QCoreApplication app(argc, argv);
        storemap::installTranslations(storemap::preferredLanguage());
        return storemap::runCommandLine(args);
    }
    QApplication app(argc, argv);
    storemap::installTranslations(storemap::preferredLanguage());
    QApplication::setApplicationDisplayName(QStringLiteral("Storemap"));
    storemap::MainWindow window;
    window.openInitial(args.value(0));
    window.show();
    return app.exec();
}
