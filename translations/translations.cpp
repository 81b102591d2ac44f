#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace storemap {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString languageName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (locale.language() == QLocale::Chinese)
        name = QStringLiteral("简体中文");
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString preferredLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setPreferredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QStringLiteral("language"));
    else
        settings.setValue(QStringLiteral("language"), language);
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *storemap = new QTranslator(QCoreApplication::instance());
    if (!storemap->load(locale, QStringLiteral("storemap"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        delete storemap;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(storemap);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return storemap->language();
}

} // namespace storemap
