// The shipped translations load for a locale, with Qt's own where the system has them.
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString qtTranslation(const QString& language)
    {
        return QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(language);
    }

private slots:
    void cleanup()
    {
        // Translators belong to the application: remove those a test installed.
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void germanAndFrenchAreShipped()
    {
        const QStringList languages = Translations::available();
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(' '))));
        QVERIFY(languages.contains(QStringLiteral("fr")));
        QVERIFY(!languages.contains(QStringLiteral("en")));
    }

    void install_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("settings");
        QTest::newRow("German") << "de_DE"
                                << "de"
                                << "&Datei"
                                << "Einstellungen";
        QTest::newRow("German, Austria") << "de_AT"
                                         << "de"
                                         << "&Datei"
                                         << "Einstellungen";
        QTest::newRow("French") << "fr_FR"
                                << "fr"
                                << "&Fichier"
                                << "Paramètres";
    }

    void install()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, settings);
        const QStringList loaded = Translations::install(QLocale(locale));
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.first(), QStringLiteral(":/i18n/cas-console_%1.qm").arg(language));
        // Qt's own catalogue where installed (Debian: qt6-translations-l10n), else ours alone.
        const bool haveQt = QFileInfo::exists(qtTranslation(language));
        QCOMPARE(loaded.size(), haveQt ? 2 : 1);
        if (haveQt) {
            QCOMPARE(QFileInfo(loaded.at(1)).fileName(), QStringLiteral("qtbase_%1.qm").arg(language));
        }
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "Settings"), settings);
    }

    void englishLoadsNothing_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en_US") << "en_US";
        QTest::newRow("C") << "C";
        QTest::newRow("a language without a translation") << "ja_JP";
    }

    void englishLoadsNothing()
    {
        QFETCH(QString, locale);
        QVERIFY(Translations::install(QLocale(locale)).isEmpty());
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator*>().isEmpty());
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
