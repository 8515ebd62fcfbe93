// SettingsFile, the one owner of the settings file, and the four stores that write through it:
// a write that cannot complete (here: a file size limit, which even root cannot ignore) leaves
// the previous file intact, whichever store made it.
#include "gui/AppSettings.h"
#include "core/Defaults.h"
#include "core/HistoryStore.h"
#include "core/ProfileStore.h"
#include "core/SecretStore.h"
#include "core/SettingsFile.h"
#include "core/TemplateStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <type_traits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

// Copying a store would give two owners of one file (a double delete before SettingsFile).
static_assert(!std::is_copy_constructible_v<SettingsFile> && !std::is_copy_assignable_v<SettingsFile>);
static_assert(!std::is_copy_constructible_v<ProfileStore> && !std::is_copy_assignable_v<ProfileStore>);
static_assert(!std::is_copy_constructible_v<TemplateStore> && !std::is_copy_assignable_v<TemplateStore>);
static_assert(!std::is_copy_constructible_v<AppSettings> && !std::is_copy_assignable_v<AppSettings>);
static_assert(!std::is_copy_constructible_v<HistoryStore>);

class TestSettingsFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storesShareOneFile();
    void failedWriteLeavesFileIntact_data();
    void failedWriteLeavesFileIntact();
    void damagedFileIsNeverRewritten_data();
    void damagedFileIsNeverRewritten();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SecretStore m_secrets;
    ProfileError m_profileError; ///< what the last profile write returned

    QString path() const
    {
        return m_dir->filePath(QStringLiteral("settings.ini"));
    }
    QByteArray fileBytes() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    /// Runs the write of the store named by `store` on a fresh SettingsFile; returns what the
    /// store reported (empty when it reports success or does not report at all).
    QString write(const QString& store, SettingsFile& file, int size);
    void seed();
};

void TestSettingsFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettingsFile::cleanup()
{
    m_dir.reset();
}

void TestSettingsFile::seed()
{
    SettingsFile file(path());
    ProfileStore profiles(&file);
    Profile profile;
    profile.name = QStringLiteral("prod");
    profile.url = QStringLiteral("https://cas.example.com");
    profile.apiKey = QStringLiteral("key-prod");
    const ProfileError saved = profiles.save(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QString error;
    TemplateStore templates(&file);
    QVERIFY2(templates.save({QStringLiteral("curl"), QStringLiteral("curl -H 'Authorization: ${TOKEN}'")}, &error), qPrintable(error));
    AppSettings app(&file);
    app.setDefaultTimeoutSeconds(30);
    QCOMPARE(app.sync(), QString());
}

QString TestSettingsFile::write(const QString& store, SettingsFile& file, int size)
{
    const QString big(size, QLatin1Char('x'));
    QString error;
    if (store == QLatin1String("profiles")) {
        Profile profile;
        profile.name = QStringLiteral("big");
        profile.url = QStringLiteral("https://cas.example.com");
        profile.apiKey = big;
        m_profileError = ProfileStore(&file).save(profile);
        error = m_profileError.message;
    } else if (store == QLatin1String("profile rename")) {
        m_profileError = ProfileStore(&file).rename(QStringLiteral("prod"), big.left(Defaults::MaxProfileNameLength));
        error = m_profileError.message;
    } else if (store == QLatin1String("templates")) {
        TemplateStore(&file).save({QStringLiteral("big"), big}, &error);
    } else if (store == QLatin1String("app settings")) {
        AppSettings app(&file);
        app.saveWindow(big.toLatin1(), big.toLatin1(), big.toLatin1());
        error = app.sync();
    }
    return error;
}

void TestSettingsFile::storesShareOneFile()
{
    SettingsFile file(path());
    QCOMPARE(file.path(), path());
    ProfileStore profiles(&file);
    TemplateStore templates(&file);
    AppSettings app(&file);
    QCOMPARE(profiles.settingsPath(), path());
    // The history is not settings: its entries have a file of their own beside this one.
    QCOMPARE(HistoryStore(&m_secrets, &file).filePath(), QDir(m_dir->path()).filePath(QStringLiteral("settings-history.ini")));
    app.setClipboardClearSeconds(7);
    QCOMPARE(app.sync(), QString());
    templates.setDisplayName(QStringLiteral("Ada"));
    // One file, one parse: what one store wrote, the others' file holds.
    const QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("settings/clipboardClearSeconds")).toInt(), 7);
    QCOMPARE(raw.value(QStringLiteral("templates/displayName")).toString(), QStringLiteral("Ada"));
    QCOMPARE(file.readError(), QString());
}

void TestSettingsFile::failedWriteLeavesFileIntact_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<bool>("reports");
    QTest::newRow("ProfileStore") << "profiles" << true;
    QTest::newRow("ProfileStore rename") << "profile rename" << true;
    QTest::newRow("TemplateStore") << "templates" << true;
    QTest::newRow("AppSettings") << "app settings" << true;
}

void TestSettingsFile::failedWriteLeavesFileIntact()
{
#ifndef Q_OS_UNIX
    QSKIP("uses RLIMIT_FSIZE to make the write fail");
#else
    QFETCH(QString, store);
    QFETCH(bool, reports);
    seed();
    const QByteArray before = fileBytes();
    QVERIFY(before.contains("key-prod"));

    // The new file cannot be written in full (the lock file, a few dozen bytes, still can).
    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit small {rlim_t(before.size()), saved.rlim_max};
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    SettingsFile file(path());
    const QString error = write(store, file, 4096);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    QCOMPARE(fileBytes(), before);

    // What did not reach the disk is not held either: this process reads the previous file, and
    // the next write, by any store, does not carry the failed change along.
    const QByteArray failedValue(64, 'x');
    const QStringList keys = file.settings().allKeys();
    for (const QString& key : keys) {
        QVERIFY2(!file.settings().value(key).toString().contains(QLatin1String(failedValue)), qPrintable(key));
    }
    QVERIFY(!ProfileStore(&file).profile(QStringLiteral("big")));
    QVERIFY(ProfileStore(&file).profile(QStringLiteral("prod")));
    {
        AppSettings app(&file);
        app.setClipboardClearSeconds(9);
        QCOMPARE(app.sync(), QString());
    }
    const QByteArray afterNextWrite = fileBytes();
    QVERIFY(afterNextWrite.contains("key-prod"));
    QVERIFY(!afterNextWrite.contains(failedValue));

    if (reports) {
        QVERIFY2(error.contains(path()), qPrintable(error));
    }
    if (store.startsWith(QLatin1String("profile"))) {
        // Typed, and saying what did not happen before why.
        QCOMPARE(m_profileError.kind, ProfileError::Kind::SettingsFile);
        const QString notDone = store == QLatin1String("profiles") ? QStringLiteral("Profile \"big\" was not saved. ")
                                                                   : QStringLiteral("Profile \"prod\" was not renamed. ");
        QVERIFY2(error.startsWith(notDone + QStringLiteral("The settings file ")), qPrintable(error));
    }
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList {QStringLiteral("settings.ini")});

    // Once the disk takes it again, the same write goes through and keeps what was there.
    {
        SettingsFile file(path());
        QCOMPARE(write(store, file, 4096), QString());
    }
    const QByteArray after = fileBytes();
    QVERIFY(after.size() > before.size());
    QVERIFY(after.contains("key-prod"));
    QVERIFY(after.contains("curl"));
#endif
}

void TestSettingsFile::damagedFileIsNeverRewritten_data()
{
    // Not a rename: whether a damaged file still lists the profile is unspecified.
    QTest::addColumn<QString>("store");
    QTest::addColumn<bool>("reports");
    QTest::newRow("ProfileStore") << "profiles" << true;
    QTest::newRow("TemplateStore") << "templates" << true;
    QTest::newRow("AppSettings") << "app settings" << true;
}

void TestSettingsFile::damagedFileIsNeverRewritten()
{
    QFETCH(QString, store);
    QFETCH(bool, reports);
    const QByteArray damaged("[profiles\nprod\\url=https://x\n");
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    SettingsFile file(path());
    QVERIFY(file.readError().contains(QLatin1String("not a valid settings file")));
    const QString error = write(store, file, 10);
    if (reports) {
        QVERIFY2(error.contains(QLatin1String("not a valid settings file")), qPrintable(error));
    }
    QCOMPARE(fileBytes(), damaged);
}

QTEST_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
