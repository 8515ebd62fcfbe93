#include "TestSupport.h"
#include "core/ProfileStore.h"
#include "core/SettingsFile.h"
#include "core/SettingsWarmUp.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// SettingsWarmUp parses a group of a settings file on a thread of its own, so that the window's
// own QSettings (which shares what any QSettings has parsed of the file) finds it done.
class TestSettingsWarmUp : public QObject
{
    Q_OBJECT

private slots:
    void readsTheGroupOnAnotherThread();
    void theStoreReadsTheSameProfiles();
    void aMissingOrBrokenFileIsNoProblem();
};

namespace
{
void writeProfiles(const QString& path, int count)
{
    QSettings settings(path, QSettings::IniFormat);
    for (int i = 0; i < count; ++i) {
        settings.setValue(QStringLiteral("profiles/Profile %1/url").arg(i, 2, 10, QLatin1Char('0')),
                          QStringLiteral("https://cas.example/"));
        settings.setValue(QStringLiteral("profiles/Profile %1/apiKey").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("key"));
    }
    settings.setValue(QStringLiteral("state/theme"), QStringLiteral("dark"));
    settings.sync();
}
} // namespace

void TestSettingsWarmUp::readsTheGroupOnAnotherThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cas-console.conf"));
    writeProfiles(path, 50);
    SettingsFile file(path);
    SettingsWarmUp warmUp(file.path(), ProfileStore::settingsGroup());
    QCOMPARE(warmUp.childGroups().size(), 50);
    QCOMPARE(warmUp.childGroups().first(), QStringLiteral("Profile 00"));
    QVERIFY(warmUp.readOnAnotherThread());
}

void TestSettingsWarmUp::theStoreReadsTheSameProfiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cas-console.conf"));
    writeProfiles(path, 12);
    SettingsFile file(path);
    ProfileStore store(&file);
    QStringList warmed;
    {
        SettingsWarmUp warmUp(file.path(), ProfileStore::settingsGroup());
        warmed = warmUp.childGroups();
        // The window reads while the thread may still be parsing: the file is shared, not torn.
        QCOMPARE(store.names().size(), 12);
    }
    QCOMPARE(store.names(), warmed);
    QCOMPARE(store.profile(QStringLiteral("Profile 03"))->apiKey, QStringLiteral("key"));
    // A change made afterwards by the window reads back as usual.
    Profile added;
    added.name = QStringLiteral("Added");
    added.url = QStringLiteral("https://added.example/");
    QVERIFY(store.save(added).ok());
    QVERIFY(store.names().contains(QStringLiteral("Added")));
    QCOMPARE(ProfileStore(&file).names().size(), 13);
}

void TestSettingsWarmUp::aMissingOrBrokenFileIsNoProblem()
{
    QTemporaryDir dir;
    {
        SettingsWarmUp warmUp(dir.filePath(QStringLiteral("none.conf")), ProfileStore::settingsGroup());
        QVERIFY(warmUp.childGroups().isEmpty());
    }
    const QString broken = dir.filePath(QStringLiteral("broken.conf"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("[profiles\n\x01\x02=\n=\n[[[\n");
    out.close();
    SettingsWarmUp warmUp(broken, ProfileStore::settingsGroup());
    QVERIFY(warmUp.childGroups().isEmpty());
    QVERIFY(warmUp.readOnAnotherThread());
}

QTEST_GUILESS_MAIN(TestSettingsWarmUp)
#include "tst_settingswarmup.moc"
