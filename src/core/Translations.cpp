#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace
{
// Where CMake puts the .qm files in the resources (src/CMakeLists.txt).
const QString OwnDirectory = QStringLiteral(":/i18n");

// Loads FILE_<lang>.qm from DIRECTORY for the locale's preferred languages; the translator
// belongs to the application, as long as it runs.
QString load(const QLocale& locale, const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, file, QStringLiteral("_"), directory) && QCoreApplication::installTranslator(translator)) {
        return translator->filePath();
    }
    delete translator;
    return {};
}
} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(OwnDirectory).entryList({QStringLiteral("cas-console_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        languages << file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
    }
    return languages;
}

QStringList Translations::install(const QLocale& locale)
{
    QStringList loaded;
    // Qt's own strings (buttons of standard dialogs, shortcuts' names) only where ours exist, so
    // an English window never gets half-translated buttons.
    const QString own = load(locale, QStringLiteral("cas-console"), OwnDirectory);
    if (own.isEmpty()) {
        return loaded;
    }
    loaded << own;
    const QString qt = load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qt.isEmpty()) {
        loaded << qt;
    }
    return loaded;
}
