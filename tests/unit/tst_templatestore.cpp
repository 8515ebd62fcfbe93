// TemplateStore: QSettings round trip, starters on first use, rename and remove, display name.
#include "core/SettingsFile.h"
#include "core/TemplateStore.h"
#include "core/TokenFormats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestTemplateStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;

    std::unique_ptr<SettingsFile> openSettings() const
    {
        return std::make_unique<SettingsFile>(m_path);
    }

    static QList<CopyTemplate> sample()
    {
        return {{QStringLiteral("Android app"), QStringLiteral("token=${TOKEN}\nname=${DISPLAY_NAME}")},
                {QStringLiteral("iOS / Swift"), QStringLiteral("let t = \"${TOKEN}\" // ${EXPIRES_AT}\n")},
                {QStringLiteral("Ünïcode = [x]"), QString()}};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
    }

    void startersOnFirstUse()
    {
        auto settings = openSettings();
        TemplateStore store(settings.get());
        const QList<CopyTemplate> templates = store.templates();
        QCOMPARE(templates, TemplateStore::starterTemplates());
        QCOMPARE(templates.size(), 2);
        QCOMPARE(templates.at(0).name, QStringLiteral("Android sample (edit me)"));
        QCOMPARE(templates.at(1).name, QStringLiteral("iOS sample (edit me)"));
        for (const CopyTemplate& starter : templates) {
            QVERIFY(starter.text.contains(QStringLiteral("${TOKEN}")));
            QVERIFY(starter.text.contains(QStringLiteral("${DISPLAY_NAME}")));
            QVERIFY(starter.text.contains(QStringLiteral("SDK calls are not in the public Watch Together docs")));
            QVERIFY(TokenFormats::expand(starter.text, QStringLiteral("T"), QStringLiteral("N"), 0).unknownPlaceholders.isEmpty());
            // Only variables: nothing that pretends to be an SDK call.
            QVERIFY(!starter.text.contains(QStringLiteral("connect(")));
            QVERIFY(!starter.text.contains(QStringLiteral("WTSDK")));
        }
        QVERIFY(!settings->settings().contains(QStringLiteral("templates/size")));
    }

    void roundTrip()
    {
        {
            auto settings = openSettings();
            TemplateStore store(settings.get());
            QString error;
            QVERIFY2(store.setTemplates(sample(), &error), qPrintable(error));
        }
        auto settings = openSettings();
        TemplateStore store(settings.get());
        QCOMPARE(store.templates(), sample());
        QCOMPARE(settings->settings().value(QStringLiteral("templates/size")).toInt(), 3);
        QCOMPARE(settings->settings().value(QStringLiteral("templates/1/name")).toString(), QStringLiteral("Android app"));
    }

    void emptyListStaysEmpty()
    {
        {
            auto settings = openSettings();
            TemplateStore store(settings.get());
            QVERIFY(store.setTemplates({}));
        }
        auto settings = openSettings();
        QVERIFY(TemplateStore(settings.get()).templates().isEmpty());
    }

    void saveAddsOrReplaces()
    {
        auto settings = openSettings();
        TemplateStore store(settings.get());
        QVERIFY(store.setTemplates(sample()));
        QVERIFY(store.save({QStringLiteral("iOS / Swift"), QStringLiteral("new text")}));
        QVERIFY(store.save({QStringLiteral("Flutter"), QStringLiteral("${TOKEN}")}));
        const QList<CopyTemplate> templates = store.templates();
        QCOMPARE(templates.size(), 4);
        QCOMPARE(templates.at(1).text, QStringLiteral("new text"));
        QCOMPARE(templates.at(3).name, QStringLiteral("Flutter"));
    }

    void firstSaveKeepsStarters()
    {
        auto settings = openSettings();
        TemplateStore store(settings.get());
        QVERIFY(store.save({QStringLiteral("Mine"), QStringLiteral("${TOKEN}")}));
        QCOMPARE(store.templates().size(), 3);
    }

    void rename()
    {
        auto settings = openSettings();
        TemplateStore store(settings.get());
        QVERIFY(store.setTemplates(sample()));
        QString error;
        QVERIFY2(store.rename(QStringLiteral("Android app"), QStringLiteral("Kotlin"), &error), qPrintable(error));
        QList<CopyTemplate> expected = sample();
        expected[0].name = QStringLiteral("Kotlin");
        QCOMPARE(store.templates(), expected);
    }

    void renameFailures_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("Nope") << QStringLiteral("X") << QStringLiteral("There is no template named \"Nope\".");
        QTest::newRow("taken") << QStringLiteral("Android app") << QStringLiteral("iOS / Swift")
                               << QStringLiteral("There is already a template named \"iOS / Swift\".");
        QTest::newRow("empty") << QStringLiteral("Android app") << QStringLiteral("  ")
                               << QStringLiteral("A template name cannot be empty.");
    }

    void renameFailures()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        auto settings = openSettings();
        TemplateStore store(settings.get());
        QVERIFY(store.setTemplates(sample()));
        QString error;
        QVERIFY(!store.rename(from, to, &error));
        QCOMPARE(error, message);
        QCOMPARE(store.templates(), sample());
    }

    void remove()
    {
        auto settings = openSettings();
        TemplateStore store(settings.get());
        QVERIFY(store.setTemplates(sample()));
        QVERIFY(store.remove(QStringLiteral("iOS / Swift")));
        QCOMPARE(store.templates().size(), 2);
        QCOMPARE(store.templates().at(1).name, QStringLiteral("Ünïcode = [x]"));
        QString error;
        QVERIFY(!store.remove(QStringLiteral("iOS / Swift"), &error));
        QCOMPARE(error, QStringLiteral("There is no template named \"iOS / Swift\"."));
    }

    void removingStarterSticks()
    {
        {
            auto settings = openSettings();
            TemplateStore store(settings.get());
            QVERIFY(store.remove(QStringLiteral("Android sample (edit me)")));
            QVERIFY(store.remove(QStringLiteral("iOS sample (edit me)")));
        }
        auto settings = openSettings();
        QVERIFY(TemplateStore(settings.get()).templates().isEmpty());
    }

    void duplicateNamesRefused()
    {
        auto settings = openSettings();
        TemplateStore store(settings.get());
        QString error;
        QVERIFY(!store.setTemplates({{QStringLiteral("A"), {}}, {QStringLiteral("A"), {}}}, &error));
        QCOMPARE(error, QStringLiteral("There is already a template named \"A\"."));
        QCOMPARE(store.templates(), TemplateStore::starterTemplates());
    }

    void displayName()
    {
        {
            auto settings = openSettings();
            TemplateStore store(settings.get());
            QCOMPARE(store.displayName(), QStringLiteral("Tester"));
            store.setDisplayName(QStringLiteral("Ann \"QA\""));
            QVERIFY(store.setTemplates(sample())); // rewriting the templates keeps the name
        }
        auto settings = openSettings();
        TemplateStore store(settings.get());
        QCOMPARE(store.displayName(), QStringLiteral("Ann \"QA\""));
        QCOMPARE(store.templates(), sample());
        store.setDisplayName(QString());
        QCOMPARE(store.displayName(), QStringLiteral("Tester"));
    }

    void unwritableFileReported()
    {
        // A path below a regular file cannot be created, not even by root (CI runs as root, so a
        // read-only folder would not do).
        const QString dir = m_dir.filePath(QStringLiteral("regular-file"));
        QFile file(dir);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SettingsFile settings(dir + QStringLiteral("/settings.ini"));
        TemplateStore store(&settings);
        QString error;
        QVERIFY(!store.setTemplates(sample(), &error));
        QVERIFY2(error.contains(dir), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
