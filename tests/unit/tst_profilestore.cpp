#include "core/ProfileStore.h"
#include "core/SettingsFile.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(ProfileError::Kind)

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void roundTrip_data();
    void roundTrip();
    void storedLayout();
    void saveReplaces();
    void timeoutFallsBackToDefault_data();
    void timeoutFallsBackToDefault();
    void validateName_data();
    void validateName();
    void invalidNameIsNotSaved();
    void orderedByNameCaseInsensitive();
    void rename();
    void renameRefusesExistingTarget();
    void renameFailures_data();
    void renameFailures();
    void renameCarriesLastUsed();
    void remove();
    void lastUsed();
    void unwritableSettingsFile();
    void corruptSettingsFile_data();
    void corruptSettingsFile();
    void defaultSettingsUseApplicationNames();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;

    std::unique_ptr<SettingsFile> openSettings() const
    {
        return std::make_unique<SettingsFile>(m_path);
    }
    static Profile sample(const QString& name);
};

Profile TestProfileStore::sample(const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.url = QStringLiteral("https://cas.example.com:8443/stream/token/v2/?x=1&y=%20");
    profile.apiKey = QStringLiteral("key-") + name;
    profile.caFile = QStringLiteral("/etc/ssl/my certs/ca ü.pem");
    profile.timeoutSeconds = 42;
    return profile;
}

void TestProfileStore::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestProfileStore::init()
{
    m_path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("plain") << QStringLiteral("prod");
    QTest::newRow("spaces") << QStringLiteral("my prod profile");
    QTest::newRow("unicode") << QStringLiteral("Prüfung 東京 🔑");
    QTest::newRow("percent") << QStringLiteral("100% sure %20 %U4EAC");
    QTest::newRow("INI specials") << QStringLiteral("a=b;c,d [x] #hash \"q\"");
    QTest::newRow("General") << QStringLiteral("General");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('n'));
    QTest::newRow("64 astral characters") << QString(QStringLiteral("🔑")).repeated(64);
}

void TestProfileStore::roundTrip()
{
    QFETCH(QString, name);
    const Profile profile = sample(name);
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        const ProfileError error = store.save(profile);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(error.message, QString());
    }
    // A new QSettings reads the file back: the escaping has to round-trip.
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QVERIFY(store.settingsError().isEmpty());
    QVERIFY(store.contains(name));
    QCOMPARE(store.profile(name), std::optional<Profile>(profile));
    const QList<Profile> all = store.profiles();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, name);
    QVERIFY(all.first() == profile);
}

void TestProfileStore::storedLayout()
{
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.save(sample(QStringLiteral("my prod"))).ok());
        store.setLastUsed(QStringLiteral("my prod"));
    }
    // The layout is a contract with existing settings files: group "profiles/<name>".
    QSettings raw(m_path, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("profiles/my prod/url")).toString(), sample(QStringLiteral("x")).url);
    QCOMPARE(raw.value(QStringLiteral("profiles/my prod/apiKey")).toString(), QStringLiteral("key-my prod"));
    QCOMPARE(raw.value(QStringLiteral("profiles/my prod/caFile")).toString(), sample(QStringLiteral("x")).caFile);
    QCOMPARE(raw.value(QStringLiteral("profiles/my prod/timeoutSeconds")).toInt(), 42);
    QCOMPARE(raw.value(QStringLiteral("state/lastProfile")).toString(), QStringLiteral("my prod"));
}

void TestProfileStore::saveReplaces()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QVERIFY(store.save(sample(QStringLiteral("prod"))).ok());
    Profile changed = sample(QStringLiteral("prod"));
    changed.url = QStringLiteral("https://other.example.com");
    changed.caFile.clear();
    changed.timeoutSeconds = 3;
    QVERIFY(store.save(changed).ok());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(QStringLiteral("prod")), std::optional<Profile>(changed));
}

void TestProfileStore::timeoutFallsBackToDefault_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("expected");

    QTest::newRow("missing") << QByteArray() << 15;
    QTest::newRow("not a number") << QByteArray("p\\timeoutSeconds=abc\n") << 15;
    QTest::newRow("zero") << QByteArray("p\\timeoutSeconds=0\n") << 15;
    QTest::newRow("negative") << QByteArray("p\\timeoutSeconds=-5\n") << 15;
    QTest::newRow("valid") << QByteArray("p\\timeoutSeconds=30\n") << 30;
}

void TestProfileStore::timeoutFallsBackToDefault()
{
    QFETCH(QByteArray, line);
    QFETCH(int, expected);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[profiles]\np\\url=https://x\n" + line);
    file.close();

    auto settings = openSettings();
    ProfileStore store(settings.get());
    const std::optional<Profile> profile = store.profile(QStringLiteral("p"));
    QVERIFY(profile.has_value());
    QCOMPARE(profile->timeoutSeconds, expected);
    QCOMPARE(profile->url, QStringLiteral("https://x"));
}

void TestProfileStore::validateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("errorPart"); // empty: valid

    QTest::newRow("plain") << QStringLiteral("prod") << QString();
    QTest::newRow("inner spaces") << QStringLiteral("my prod") << QString();
    QTest::newRow("unicode") << QStringLiteral("Ärger 東京") << QString();
    QTest::newRow("percent") << QStringLiteral("100%") << QString();
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << QString();
    QTest::newRow("64 astral characters") << QString(QStringLiteral("🔑")).repeated(64) << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("only spaces");
    QTest::newRow("only tab") << QStringLiteral("\t") << QStringLiteral("only spaces");
    QTest::newRow("leading space") << QStringLiteral(" prod") << QStringLiteral("start or end");
    QTest::newRow("trailing space") << QStringLiteral("prod ") << QStringLiteral("start or end");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("'/'");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'\\'");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("control");
    QTest::newRow("NUL") << QString(QStringLiteral("a")) + QChar(0) + QStringLiteral("b") << QStringLiteral("control");
    QTest::newRow("ESC") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("control");
    QTest::newRow("C1 CSI") << QString(QStringLiteral("a")) + QChar(0x9b) + QStringLiteral("b") << QStringLiteral("control");
    QTest::newRow("RLO") << QString(QChar(0x202e)) + QStringLiteral("dorp") << QStringLiteral("bidi");
    QTest::newRow("RLI") << QStringLiteral("prod") + QChar(0x2067) << QStringLiteral("bidi");
    QTest::newRow("zero-width space") << QStringLiteral("pr") + QChar(0x200b) + QStringLiteral("od") << QStringLiteral("zero-width");
    QTest::newRow("BOM") << QString(QChar(0xfeff)) + QStringLiteral("prod") << QStringLiteral("invisible");
    QTest::newRow("lone surrogate") << QStringLiteral("prod") + QChar(0xd800) << QStringLiteral("invisible");
    QTest::newRow("markup is a name like any other") << QStringLiteral("<b>prod<b> <img src=x>") << QString();
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << QStringLiteral("at most 64");
    QTest::newRow("65 astral characters") << QString(QStringLiteral("🔑")).repeated(65) << QStringLiteral("at most 64");
}

void TestProfileStore::validateName()
{
    QFETCH(QString, name);
    QFETCH(QString, errorPart);
    const QString error = ProfileStore::validateName(name);
    if (errorPart.isEmpty()) {
        QCOMPARE(error, QString());
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
}

void TestProfileStore::invalidNameIsNotSaved()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ProfileError error = store.save(sample(QStringLiteral("a/b")));
    QCOMPARE(error.kind, ProfileError::Kind::Name);
    QVERIFY2(error.message.contains(QStringLiteral("'/'")), qPrintable(error.message));
    error = store.save(sample(QString()));
    QCOMPARE(error.kind, ProfileError::Kind::Name);
    QVERIFY2(error.message.contains(QStringLiteral("empty")), qPrintable(error.message));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(openSettings()->settings().allKeys().isEmpty());
    QVERIFY(!store.contains(QStringLiteral("a/b")));
    QVERIFY(!store.profile(QStringLiteral("a")).has_value());
}

void TestProfileStore::orderedByNameCaseInsensitive()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    const QStringList names = {QStringLiteral("beta"),  QStringLiteral("alpha"),   QStringLiteral("Gamma"),
                               QStringLiteral("Alpha"), QStringLiteral("delta 2"), QStringLiteral("Delta 10")};
    for (const QString& name : names) {
        QVERIFY(store.save(sample(name)).ok());
    }
    QStringList ordered;
    const QList<Profile> all = store.profiles();
    for (const Profile& profile : all) {
        ordered << profile.name;
    }
    QCOMPARE(ordered,
             QStringList({QStringLiteral("Alpha"), QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("Delta 10"),
                          QStringLiteral("delta 2"), QStringLiteral("Gamma")}));
    // The names alone (the window's list), in the same order, without the hand-edited entry no
    // profile can have.
    settings->settings().setValue(QStringLiteral("profiles/ trailing /url"), QStringLiteral("https://x.example"));
    settings->settings().beginGroup(QStringLiteral("profiles"));
    QVERIFY(settings->settings().childGroups().contains(QStringLiteral(" trailing ")));
    settings->settings().endGroup();
    QCOMPARE(store.names(), ordered);
    QCOMPARE(store.profiles().size(), ordered.size());
}

void TestProfileStore::rename()
{
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.save(sample(QStringLiteral("old name"))).ok());
        QVERIFY(store.save(sample(QStringLiteral("other"))).ok());
        const ProfileError error = store.rename(QStringLiteral("old name"), QStringLiteral("Neuer Name ✓"));
        QVERIFY2(error.ok(), qPrintable(error.message));
    }
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QVERIFY(!store.contains(QStringLiteral("old name")));
    Profile expected = sample(QStringLiteral("old name"));
    expected.name = QStringLiteral("Neuer Name ✓");
    QCOMPARE(store.profile(QStringLiteral("Neuer Name ✓")), std::optional<Profile>(expected));
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profile(QStringLiteral("other")), std::optional<Profile>(sample(QStringLiteral("other"))));
}

void TestProfileStore::renameRefusesExistingTarget()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QVERIFY(store.save(sample(QStringLiteral("a"))).ok());
    Profile b = sample(QStringLiteral("b"));
    b.url = QStringLiteral("https://b.example.com");
    QVERIFY(store.save(b).ok());

    const ProfileError error = store.rename(QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(error.kind, ProfileError::Kind::NameTaken);
    QVERIFY2(error.message.contains(QStringLiteral("\"b\" exists already: choose another name")), qPrintable(error.message));
    QCOMPARE(store.profile(QStringLiteral("a")), std::optional<Profile>(sample(QStringLiteral("a"))));
    QCOMPARE(store.profile(QStringLiteral("b")), std::optional<Profile>(b));

    // Renaming to itself is a no-op, not a conflict.
    QCOMPARE(store.rename(QStringLiteral("a"), QStringLiteral("a")).kind, ProfileError::Kind::None);
    QCOMPARE(store.profile(QStringLiteral("a")), std::optional<Profile>(sample(QStringLiteral("a"))));
}

void TestProfileStore::renameFailures_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<ProfileError::Kind>("kind");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("missing source") << QStringLiteral("nope") << QStringLiteral("new") << ProfileError::Kind::NotFound
                                    << QStringLiteral("There is no profile named \"nope\"");
    QTest::newRow("missing source, existing target")
        << QStringLiteral("nope") << QStringLiteral("a") << ProfileError::Kind::NotFound << QStringLiteral("no profile named");
    QTest::newRow("invalid target") << QStringLiteral("a") << QStringLiteral("x/y") << ProfileError::Kind::Name << QStringLiteral("'/'");
    QTest::newRow("empty target") << QStringLiteral("a") << QString() << ProfileError::Kind::Name << QStringLiteral("empty");
}

void TestProfileStore::renameFailures()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(ProfileError::Kind, kind);
    QFETCH(QString, errorPart);
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QVERIFY(store.save(sample(QStringLiteral("a"))).ok());
    const ProfileError error = store.rename(from, to);
    QCOMPARE(error.kind, kind);
    QVERIFY2(error.message.contains(errorPart), qPrintable(error.message));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(QStringLiteral("a")), std::optional<Profile>(sample(QStringLiteral("a"))));
}

void TestProfileStore::renameCarriesLastUsed()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QVERIFY(store.save(sample(QStringLiteral("a"))).ok());
    QVERIFY(store.save(sample(QStringLiteral("b"))).ok());
    store.setLastUsed(QStringLiteral("a"));
    QVERIFY(store.rename(QStringLiteral("b"), QStringLiteral("c")).ok());
    QCOMPARE(store.lastUsed(), QStringLiteral("a"));
    QVERIFY(store.rename(QStringLiteral("a"), QStringLiteral("d")).ok());
    QCOMPARE(store.lastUsed(), QStringLiteral("d"));
    QCOMPARE(ProfileStore(openSettings().get()).lastUsed(), QStringLiteral("d"));
}

void TestProfileStore::remove()
{
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QVERIFY(store.save(sample(QStringLiteral("keep"))).ok());
        QVERIFY(store.save(sample(QStringLiteral("drop me"))).ok());
        store.setLastUsed(QStringLiteral("drop me"));
        const ProfileError removed = store.remove(QStringLiteral("drop me"));
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        const ProfileError again = store.remove(QStringLiteral("drop me"));
        QCOMPARE(again.kind, ProfileError::Kind::NotFound);
        QVERIFY2(again.message.contains(QStringLiteral("There is no profile named \"drop me\"")), qPrintable(again.message));
    }
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QVERIFY(!store.contains(QStringLiteral("drop me")));
    QVERIFY(store.contains(QStringLiteral("keep")));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.lastUsed(), QString());
}

void TestProfileStore::lastUsed()
{
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QCOMPARE(store.lastUsed(), QString());
        store.setLastUsed(QStringLiteral("Prüfung 東京"));
        QCOMPARE(store.lastUsed(), QStringLiteral("Prüfung 東京"));
    }
    auto settings = openSettings();
    QCOMPARE(ProfileStore(settings.get()).lastUsed(), QStringLiteral("Prüfung 東京"));
}

void TestProfileStore::unwritableSettingsFile()
{
    // A path below a regular file cannot be created, not even by root (CI runs as root, so a
    // read-only directory would not do).
    const QString regularFile = m_dir.filePath(QStringLiteral("regular-file"));
    QFile file(regularFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = regularFile + QStringLiteral("/settings.ini");

    SettingsFile settings(path);
    ProfileStore store(&settings);
    const ProfileError error = store.save(sample(QStringLiteral("prod")));
    QCOMPARE(error.kind, ProfileError::Kind::SettingsFile);
    // What did not happen, which file, and what to do.
    QVERIFY2(error.message.startsWith(QStringLiteral("Profile \"prod\" was not saved.")), qPrintable(error.message));
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("cannot be read or written: check that its folder exists and is writable")),
             qPrintable(error.message));
    QCOMPARE(store.settingsPath(), path);

    QCOMPARE(store.remove(QStringLiteral("other")).kind, ProfileError::Kind::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestProfileStore::corruptSettingsFile_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("unterminated section") << QByteArray("[profiles\nprod\\url=https://x\n");
    QTest::newRow("binary garbage") << QByteArray("\xff\xfe\x00\x01garbage\x00\n[", 14);
}

void TestProfileStore::corruptSettingsFile()
{
    QFETCH(QByteArray, content);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    auto settings = openSettings();
    ProfileStore store(settings.get());
    const QString reported = store.settingsError();
    QVERIFY2(reported.contains(m_path), qPrintable(reported));
    QVERIFY2(reported.contains(QStringLiteral("not a valid settings file")), qPrintable(reported));
    store.profiles(); // must not crash; what it lists from a damaged file is unspecified

    // Writes are refused, so the damaged file (perhaps fixable by hand) is not overwritten.
    const ProfileError saved = store.save(sample(QStringLiteral("new")));
    QCOMPARE(saved.kind, ProfileError::Kind::SettingsFile);
    QCOMPARE(saved.message, QStringLiteral("Profile \"new\" was not saved. ") + reported);
    store.setLastUsed(QStringLiteral("new"));
    if (store.contains(QStringLiteral("prod"))) { // what a damaged file yields is unspecified
        const ProfileError renamed = store.rename(QStringLiteral("prod"), QStringLiteral("other"));
        QCOMPARE(renamed.kind, ProfileError::Kind::SettingsFile);
        QCOMPARE(renamed.message, QStringLiteral("Profile \"prod\" was not renamed. ") + reported);
        const ProfileError removed = store.remove(QStringLiteral("prod"));
        QCOMPARE(removed.kind, ProfileError::Kind::SettingsFile);
        QCOMPARE(removed.message, QStringLiteral("Profile \"prod\" was not removed. ") + reported);
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestProfileStore::defaultSettingsUseApplicationNames()
{
    // QStandardPaths test mode (initTestCase) keeps this away from the real configuration.
    QSettings reference;
    QVERIFY(reference.fileName().contains(QStringLiteral("qttest")));
    QCOMPARE(reference.fileName(), ProfileStore().settingsPath());
    QVERIFY(reference.fileName().endsWith(QStringLiteral("cas-console/cas-console.conf")));
    {
        ProfileStore store;
        const ProfileError error = store.save(sample(QStringLiteral("default store")));
        QVERIFY2(error.ok(), qPrintable(error.message));
    }
    reference.sync();
    QCOMPARE(reference.value(QStringLiteral("profiles/default store/apiKey")).toString(), QStringLiteral("key-default store"));
    QVERIFY(ProfileStore().remove(QStringLiteral("default store")).ok());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
