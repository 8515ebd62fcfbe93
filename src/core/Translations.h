#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

/// Loads the translations for a locale (by default the system's, read from LANGUAGE, LC_ALL,
/// LC_MESSAGES and LANG) into the application: CAS Console's own, built into the binary, and Qt's
/// own (`qtbase_*.qm`) where the system has them. Used by the command line and the window alike.
class Translations
{
public:
    /// The languages CAS Console ships, as locale names ("de", "fr").
    static QStringList available();

    /// Installs the translators on the running application; returns the files it loaded
    /// (empty for English or a language without a translation).
    static QStringList install(const QLocale& locale = QLocale::system());
};
