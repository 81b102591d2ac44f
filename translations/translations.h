#pragma once

#include <QString>
#include <QStringList>

namespace storemap {

/// The interface languages Storemap ships, as locale names ("en", "de", "zh_CN").
QStringList availableLanguages();

/// A language's own name ("Deutsch", "简体中文"), for choosing it.
QString languageName(const QString &language);

/// The language chosen in the preferences, or empty to follow the system locale.
QString preferredLanguage();
void setPreferredLanguage(const QString &language);

/// Installs Storemap's translation and Qt's own for @p language (empty: the system locale) on the
/// running application. Returns the language installed ("en" when none applies).
QString installTranslations(const QString &language);

} // namespace storemap
