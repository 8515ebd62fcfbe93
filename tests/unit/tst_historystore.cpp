#include "KeyringItems.h"
#include "ManualClock.h"
#include "core/SettingsFile.h"
#include "core/HistoryStore.h"
#include "core/SecretStore.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QUuid>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

// One binary, two environments and a test class for each (see tests/extra-tests.cmake), chosen by CAS_HISTORY_MODE:
//   keyring    (default) an unlocked gnome-keyring in a private D-Bus session
//   nokeychain DBUS_SESSION_BUS_ADDRESS points nowhere: tokens stay in memory, never on disk
class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    enum class Mode { Keyring, NoKeychain };
    Mode m_mode = Mode::Keyring;
    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(1893499200, QTimeZone::utc())};
    std::unique_ptr<QTemporaryDir> m_dir;
    SecretStore m_secrets;
    QStringList m_ids;

    QString settingsPath() const;
    /// Where the stores made on openSettings() keep their entries.
    QString historyPath() const;
    std::unique_ptr<SettingsFile> openSettings() const;
    HistoryEntry add(HistoryStore& store, const QString& profile, const QString& token, int status = 200, SecretError* error = nullptr);
    static std::pair<std::optional<QString>, SecretError> readToken(HistoryStore& store, const QString& id);
    std::pair<std::optional<QByteArray>, SecretError> readKeychain(const QString& id);
    static QStringList keychainUsers(const QString& id);
};

/// An unlocked gnome-keyring in a private D-Bus session (the default run).
class TestHistoryStoreKeyring : public TestHistoryStore
{
    Q_OBJECT

private slots:
    void addRecordsClaimsNewestFirst();
    void tokenInKeychainNotInSettings();
    void hostileRidIsCapped();
    void oversizedFileIsTrimmedOnLoad();
    void bound_data();
    void bound();
    void onePinnedPerProfile();
    void survivesRestart_data();
    void survivesRestart();
    void clearProfileRemovesBoth();
    void clearWhileWritingLeavesNoValue();
    void renameProfileMovesBoth();
    void profileNamedHistoryDoesNotCollide();
    void missingValueKeepsEntry();
};

/// No D-Bus session: tokens stay in memory, never on disk.
class TestHistoryStoreNoKeychain : public TestHistoryStore
{
    Q_OBJECT

private slots:
    void noKeychainKeepsTokensInMemoryOnly();
    void entriesMoveFromTheSettingsFile();
};

namespace
{
// A distinctive token: its signature part names the test and the process, so a file scan that
// finds it has found this token.
QString makeToken(const QString& rid, qint64 exp, qint64 iat, const QByteArray& tag)
{
    const QByteArray header = "{\"typ\":\"JWT\",\"alg\":\"HS256\"}";
    const QByteArray payload =
        "{\"rid\":\"" + rid.toUtf8() + "\",\"exp\":" + QByteArray::number(exp) + ",\"iat\":" + QByteArray::number(iat) + "}";
    const QByteArray signature = "sig-" + tag + '-' + QByteArray::number(QCoreApplication::applicationPid()) + "-Hq7w";
    return ::makeToken(header, payload, signature);
}

QString signatureOf(const QString& token)
{
    return token.section(QLatin1Char('.'), 2);
}
} // namespace

void TestHistoryStore::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_historystore"));
    const QByteArray mode = qgetenv("CAS_HISTORY_MODE");
    QVERIFY2(mode.isEmpty() || mode == "keyring" || mode == "nokeychain", "CAS_HISTORY_MODE must be keyring or nokeychain");
    m_mode = mode == "nokeychain" ? Mode::NoKeychain : Mode::Keyring;
    if (m_mode == Mode::Keyring) {
        QVERIFY2(SecretStore::isKeychainReachable(),
                 "No Secret Service on the session bus: run under dbus-run-session with gnome-keyring "
                 "started and unlocked (see scripts/test.sh)");
    } else {
        QVERIFY(!SecretStore::isKeychainReachable());
    }
    QCOMPARE(HistoryStore::ServiceName, QStringLiteral("cas-console-history"));
    QVERIFY(HistoryStore::ServiceName != SecretStore::ServiceName);
}

void TestHistoryStore::init()
{
    m_clock.setNow(QDateTime::fromSecsSinceEpoch(1893499200, QTimeZone::utc()));
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::cleanup()
{
    Clock::setInstance(nullptr);
    if (m_mode == Mode::Keyring) {
        for (const QString& id : std::as_const(m_ids)) {
            bool done = false;
            m_secrets.removeItem(HistoryStore::ServiceName, id, QStringLiteral("test item"), [&done](const SecretError&) {
                done = true;
            });
            QVERIFY(QTest::qWaitFor(
                [&done]() {
                    return done;
                },
                60000));
        }
    }
    m_ids.clear();
    m_dir.reset();
}

QString TestHistoryStore::settingsPath() const
{
    return m_dir->filePath(QStringLiteral("cas-console.ini"));
}

QString TestHistoryStore::historyPath() const
{
    return m_dir->filePath(QStringLiteral("cas-console-history.ini"));
}

std::unique_ptr<SettingsFile> TestHistoryStore::openSettings() const
{
    return std::make_unique<SettingsFile>(settingsPath());
}

HistoryEntry TestHistoryStore::add(HistoryStore& store, const QString& profile, const QString& token, int status, SecretError* error)
{
    bool done = false;
    HistoryEntry added;
    store.add(profile, token, status, [&](const HistoryEntry& entry, const SecretError& addError) {
        added = entry;
        if (error) {
            *error = addError;
        }
        done = true;
    });
    if (!QTest::qWaitFor(
            [&done]() {
                return done;
            },
            60000)) {
        return HistoryEntry();
    }
    m_ids.append(added.id);
    m_clock.advanceSeconds(1);
    return added;
}

std::pair<std::optional<QString>, SecretError> TestHistoryStore::readToken(HistoryStore& store, const QString& id)
{
    bool done = false;
    std::pair<std::optional<QString>, SecretError> result;
    store.readToken(id, [&](std::optional<QString> token, const SecretError& error) {
        result = {token, error};
        done = true;
    });
    if (!QTest::qWaitFor(
            [&done]() {
                return done;
            },
            60000)) {
        result.second.kind = SecretError::Kind::Failed;
        result.second.message = QStringLiteral("readToken did not call back");
    }
    return result;
}

std::pair<std::optional<QByteArray>, SecretError> TestHistoryStore::readKeychain(const QString& id)
{
    bool done = false;
    std::pair<std::optional<QByteArray>, SecretError> result;
    m_secrets.readItem(HistoryStore::ServiceName, id, QStringLiteral("test item"),
                       [&](std::optional<QByteArray> value, const SecretError& error) {
                           result = {value, error};
                           done = true;
                       });
    if (!QTest::qWaitFor(
            [&done]() {
                return done;
            },
            60000)) {
        result.second.kind = SecretError::Kind::Failed;
    }
    return result;
}

QStringList TestHistoryStore::keychainUsers(const QString& id)
{
    return KeyringItems::users(HistoryStore::ServiceName, id);
}

void TestHistoryStoreKeyring::addRecordsClaimsNewestFirst()
{
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    QVERIFY(store.statusText().isEmpty());
    QVERIFY(store.keychainAvailable());
    QSignalSpy changed(&store, &HistoryStore::changed);

    const QDateTime first = Clock::now();
    SecretError error;
    const HistoryEntry a = add(store, QStringLiteral("prod"), makeToken(QStringLiteral("rid-a"), 1893502800, 1893499200, "a"), 200, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    const HistoryEntry b = add(store, QStringLiteral("prod"), makeToken(QStringLiteral("rid-b"), 1893503000, 1893499300, "b"), 201);
    add(store, QStringLiteral("other"), makeToken(QStringLiteral("rid-c"), 1893503000, 1893499300, "c"));
    // A body that is not a JWT still gets an entry, with no claims.
    const HistoryEntry d = add(store, QStringLiteral("prod"), QStringLiteral("not-a-jwt-%1").arg(QCoreApplication::applicationPid()), 200);

    const QList<HistoryEntry> entries = store.entries(QStringLiteral("prod"));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).id, d.id);
    QCOMPARE(entries.at(1).id, b.id);
    QCOMPARE(entries.at(2).id, a.id);
    QCOMPARE(entries.at(2).rid, QStringLiteral("rid-a"));
    QCOMPARE(entries.at(2).exp, std::optional<qint64>(1893502800));
    QCOMPARE(entries.at(2).iat, std::optional<qint64>(1893499200));
    QCOMPARE(entries.at(2).httpStatus, 200);
    QCOMPARE(entries.at(2).fetchedAt, first);
    QCOMPARE(entries.at(2).profile, QStringLiteral("prod"));
    QVERIFY(!entries.at(2).sessionOnly);
    QVERIFY(!entries.at(2).pinned);
    QCOMPARE(entries.at(1).httpStatus, 201);
    QVERIFY(entries.at(0).rid.isEmpty());
    QVERIFY(!entries.at(0).exp);
    QCOMPARE(store.entries(QStringLiteral("other")).size(), 1);
    QCOMPARE(store.profiles(), (QStringList {QStringLiteral("other"), QStringLiteral("prod")}));
    QVERIFY(changed.count() >= 4);
    QVERIFY(changed.contains(QVariantList {QStringLiteral("other")}));
}

void TestHistoryStoreKeyring::tokenInKeychainNotInSettings()
{
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const QString token = makeToken(QStringLiteral("rid-plain"), 1893502800, 1893499200, "plain");
    const HistoryEntry entry = add(store, QStringLiteral("prod"), token);

    const auto [read, error] = readToken(store, entry.id);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(read == token);
    const auto [stored, keychainError] = readKeychain(entry.id);
    QVERIFY2(keychainError.ok(), qPrintable(keychainError.message));
    QVERIFY(stored && *stored == token.toUtf8());
    QCOMPARE(keychainUsers(entry.id), QStringList {entry.id});

    // The entry is in the history file beside the settings file; the token in neither.
    QCOMPARE(store.filePath(), historyPath());
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("rid-plain"));
    QVERIFY(bytes.contains(entry.id.toLatin1()));
    QVERIFY2(!bytes.contains(token.toLatin1()), "the token is in the history file");
    QVERIFY2(!bytes.contains(signatureOf(token).toLatin1()), "the token's signature is in the history file");
    QFile settingsFile(settingsPath());
    if (settingsFile.open(QIODevice::ReadOnly)) {
        const QByteArray settingsBytes = settingsFile.readAll();
        QVERIFY(!settingsBytes.contains(entry.id.toLatin1()));
        QVERIFY2(!settingsBytes.contains(signatureOf(token).toLatin1()), "the token's signature is in the settings file");
    }
}

void TestHistoryStoreKeyring::hostileRidIsCapped()
{
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    // A hostile CAS's 700 KB rid: the token itself is kept whole (in the keychain), the settings
    // file gets a capped rid.
    const QString rid = QString(700 * 1024, QLatin1Char('r'));
    const QString token = makeToken(rid, 1893502800, 1893499200, "hostile");
    const HistoryEntry entry = add(store, QStringLiteral("prod"), token);
    QCOMPARE(entry.rid.size(), HistoryStore::MaxRidChars);
    QVERIFY(entry.rid.endsWith(QChar(0x2026)));
    QVERIFY(entry.rid.startsWith(QStringLiteral("rrrr")));
    const auto [read, error] = readToken(store, entry.id);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(read == token);

    QVERIFY2(QFileInfo(historyPath()).size() < 4096, qPrintable(QString::number(QFileInfo(historyPath()).size())));
    const auto reopenedFile = openSettings(); // a store reads its file on first use: it must outlive the store
    HistoryStore reopened(&m_secrets, reopenedFile.get());
    QCOMPARE(reopened.entry(entry.id)->rid, entry.rid);
}

void TestHistoryStoreKeyring::oversizedFileIsTrimmedOnLoad()
{
    // A file from before the caps: 16 profiles of 50 entries, each with a 2 KB rid, far beyond
    // MaxStoredBytes even once the rids are cut.
    const QString longRid = QString(2 * 1024, QLatin1Char('x'));
    {
        QSettings raw(settingsPath(), QSettings::IniFormat);
        for (int p = 0; p < 16; ++p) {
            raw.beginGroup(QStringLiteral("history/p%1").arg(p, 2, 10, QLatin1Char('0')));
            raw.beginWriteArray(QStringLiteral("entries"), HistoryStore::MaxPerProfile);
            for (int i = 0; i < HistoryStore::MaxPerProfile; ++i) {
                raw.setArrayIndex(i);
                raw.setValue(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
                // Newest first within a profile; higher profile numbers are newer.
                const QDateTime at = QDateTime::fromSecsSinceEpoch(1893499200 + p * 1000 - i, QTimeZone::utc());
                raw.setValue(QStringLiteral("fetchedAt"), at.toString(Qt::ISODateWithMs));
                raw.setValue(QStringLiteral("rid"), longRid);
                raw.setValue(QStringLiteral("status"), 200);
            }
            raw.endArray();
            raw.endGroup();
        }
    }
    QVERIFY(QFileInfo(settingsPath()).size() > 1024 * 1024);

    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    int kept = 0;
    for (const QString& profile : store.profiles()) {
        for (const HistoryEntry& entry : store.entries(profile)) {
            QCOMPARE(entry.rid.size(), HistoryStore::MaxRidChars);
            ++kept;
        }
    }
    QVERIFY(kept > 0);
    QVERIFY(kept < 16 * HistoryStore::MaxPerProfile);
    // The newest profile is whole, the oldest gone: the oldest entries went first.
    QCOMPARE(store.entries(QStringLiteral("p15")).size(), HistoryStore::MaxPerProfile);
    QVERIFY(store.entries(QStringLiteral("p00")).isEmpty());
    // Written by an older version into the settings file, the entries moved to the history file.
    const qint64 size = QFileInfo(historyPath()).size();
    QVERIFY2(size < HistoryStore::MaxStoredBytes + 16 * 1024, qPrintable(QString::number(size)));
    QVERIFY2(QFileInfo(settingsPath()).size() < 1024, qPrintable(QString::number(QFileInfo(settingsPath()).size())));
    QVERIFY(!QSettings(settingsPath(), QSettings::IniFormat).childGroups().contains(QStringLiteral("history")));
}

void TestHistoryStoreKeyring::bound_data()
{
    QTest::addColumn<bool>("pinOldest");
    QTest::newRow("nothing pinned: the oldest goes") << false;
    QTest::newRow("oldest pinned: it stays, the next oldest goes") << true;
}

void TestHistoryStoreKeyring::bound()
{
    QFETCH(bool, pinOldest);
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const QString profile = QStringLiteral("bounded");

    QStringList added; // oldest first
    for (int i = 0; i < HistoryStore::MaxPerProfile; ++i) {
        added << add(store, profile, makeToken(QStringLiteral("rid-%1").arg(i), 1893502800, 1893499200, "b" + QByteArray::number(i))).id;
        if (i == 0 && pinOldest) {
            store.setPinned(added.first(), true);
        }
    }
    add(store, QStringLiteral("elsewhere"), makeToken(QStringLiteral("rid-x"), 1893502800, 1893499200, "x"));
    QCOMPARE(store.entries(profile).size(), HistoryStore::MaxPerProfile);

    SecretError error;
    const HistoryEntry newest = add(store, profile, makeToken(QStringLiteral("rid-new"), 1893502800, 1893499200, "new"), 200, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    const QList<HistoryEntry> entries = store.entries(profile);
    QCOMPARE(entries.size(), HistoryStore::MaxPerProfile);
    QCOMPARE(entries.first().id, newest.id);
    QCOMPARE(store.entries(QStringLiteral("elsewhere")).size(), 1);

    const QString evicted = pinOldest ? added.at(1) : added.at(0);
    const QString kept = pinOldest ? added.at(0) : added.at(1);
    QVERIFY(!store.entry(evicted));
    QVERIFY(store.entry(kept));
    QCOMPARE(entries.last().id, kept); // a pinned oldest entry stays the oldest
    QCOMPARE(store.pinned(profile).has_value(), pinOldest);

    // The evicted token is gone from the keychain too, not just from the list.
    QCOMPARE(readToken(store, evicted).second.kind, SecretError::Kind::NotFoundOrLocked);
    QCOMPARE(readKeychain(evicted).second.kind, SecretError::Kind::NotFoundOrLocked);
    QVERIFY(keychainUsers(evicted).isEmpty());
    QCOMPARE(keychainUsers(kept), QStringList {kept});
    QVERIFY(readToken(store, kept).first.has_value());

    // Still bounded after a restart.
    settings->settings().sync();
    auto reopened = openSettings();
    HistoryStore again(&m_secrets, reopened.get());
    QCOMPARE(again.entries(profile).size(), HistoryStore::MaxPerProfile);
    QVERIFY(!again.entry(evicted));
}

void TestHistoryStoreKeyring::onePinnedPerProfile()
{
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const HistoryEntry a = add(store, QStringLiteral("p"), makeToken(QStringLiteral("a"), 1893502800, 1893499200, "pa"));
    const HistoryEntry b = add(store, QStringLiteral("p"), makeToken(QStringLiteral("b"), 1893502800, 1893499200, "pb"));
    const HistoryEntry c = add(store, QStringLiteral("q"), makeToken(QStringLiteral("c"), 1893502800, 1893499200, "pc"));
    QVERIFY(!store.pinned(QStringLiteral("p")));

    QSignalSpy changed(&store, &HistoryStore::changed);
    store.setPinned(a.id, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.pinned(QStringLiteral("p"))->id, a.id);
    store.setPinned(c.id, true);
    store.setPinned(b.id, true);
    QCOMPARE(store.pinned(QStringLiteral("p"))->id, b.id);
    QVERIFY(!store.entry(a.id)->pinned);
    QCOMPARE(store.pinned(QStringLiteral("q"))->id, c.id); // another profile keeps its own pin

    settings->settings().sync();
    {
        auto reopened = openSettings();
        HistoryStore again(&m_secrets, reopened.get());
        QCOMPARE(again.pinned(QStringLiteral("p"))->id, b.id);
        QCOMPARE(again.pinned(QStringLiteral("q"))->id, c.id);
    }

    store.setPinned(b.id, false);
    QVERIFY(!store.pinned(QStringLiteral("p")));
    changed.clear();
    store.setPinned(QStringLiteral("no-such-id"), true);
    QCOMPARE(changed.count(), 0);
}

void TestHistoryStoreKeyring::survivesRestart_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("plain") << QStringLiteral("prod");
    QTest::newRow("spaces") << QStringLiteral("my prod profile");
    QTest::newRow("unicode and percent") << QStringLiteral("Prüfung 東京 %20");
    QTest::newRow("named like the group") << QStringLiteral("history");
    QTest::newRow("named like the array") << QStringLiteral("entries");
    QTest::newRow("named like an array key") << QStringLiteral("size");
}

void TestHistoryStoreKeyring::survivesRestart()
{
    QFETCH(QString, profile);
    const QString token1 = makeToken(QStringLiteral("restart-1"), 1893502800, 1893499200, "r1");
    const QString token2 = makeToken(QStringLiteral("restart-2"), 1893502900, 1893499300, "r2");
    QList<HistoryEntry> before;
    {
        auto settings = openSettings();
        HistoryStore store(&m_secrets, settings.get());
        add(store, profile, token1, 200);
        add(store, profile, token2, 200);
        before = store.entries(profile);
    }
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const QList<HistoryEntry> after = store.entries(profile);
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).rid, before.at(i).rid);
        QCOMPARE(after.at(i).exp, before.at(i).exp);
        QCOMPARE(after.at(i).iat, before.at(i).iat);
        QCOMPARE(after.at(i).fetchedAt, before.at(i).fetchedAt);
        QCOMPARE(after.at(i).httpStatus, before.at(i).httpStatus);
    }
    QCOMPARE(store.profiles(), QStringList {profile});
    QVERIFY(readToken(store, after.at(0).id).first == token2);
    QVERIFY(readToken(store, after.at(1).id).first == token1);
}

void TestHistoryStoreKeyring::clearProfileRemovesBoth()
{
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const HistoryEntry a = add(store, QStringLiteral("gone"), makeToken(QStringLiteral("g1"), 1893502800, 1893499200, "g1"));
    const HistoryEntry b = add(store, QStringLiteral("gone"), makeToken(QStringLiteral("g2"), 1893502800, 1893499200, "g2"));
    const HistoryEntry c = add(store, QStringLiteral("stays"), makeToken(QStringLiteral("s1"), 1893502800, 1893499200, "s1"));
    store.setPinned(a.id, true);

    QSignalSpy changed(&store, &HistoryStore::changed);
    bool done = false;
    SecretError error;
    store.clearProfile(QStringLiteral("gone"), [&](const SecretError& clearError) {
        error = clearError;
        done = true;
    });
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.entries(QStringLiteral("gone")).isEmpty());
    QVERIFY(!store.pinned(QStringLiteral("gone")));
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(error.ok(), qPrintable(error.message));

    for (const HistoryEntry& entry : {a, b}) {
        QCOMPARE(readKeychain(entry.id).second.kind, SecretError::Kind::NotFoundOrLocked);
        QVERIFY(keychainUsers(entry.id).isEmpty());
    }
    QVERIFY(readToken(store, c.id).first.has_value());
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(a.id.toLatin1()));
    QVERIFY(!bytes.contains(b.id.toLatin1()));
    QVERIFY(bytes.contains(c.id.toLatin1()));
}

void TestHistoryStoreKeyring::clearWhileWritingLeavesNoValue()
{
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const QString token = makeToken(QStringLiteral("race"), 1893502800, 1893499200, "race");
    bool added = false;
    QString id;
    store.add(QStringLiteral("p"), token, 200, [&](const HistoryEntry& entry, const SecretError&) {
        id = entry.id;
        added = true;
    });
    const QString pendingId = store.entries(QStringLiteral("p")).value(0).id;
    QVERIFY(!pendingId.isEmpty());
    m_ids << pendingId;
    // No event loop runs between these calls: the keychain write is still under way.
    std::optional<QString> early;
    bool read = false;
    store.readToken(pendingId, [&](std::optional<QString> value, const SecretError&) {
        early = value;
        read = true;
    });
    bool cleared = false;
    store.clearProfile(QStringLiteral("p"), [&cleared](const SecretError&) {
        cleared = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(added && cleared && read, 60000);
    QVERIFY(early == token); // served from memory while the write ran
    QCOMPARE(id, pendingId);
    // The write finished after the clear: its value must not outlive the entry. Jobs run in order,
    // so this read comes after the removal the write's callback queued.
    QCOMPARE(readKeychain(pendingId).second.kind, SecretError::Kind::NotFoundOrLocked);
    QVERIFY(store.entries(QStringLiteral("p")).isEmpty());
}

void TestHistoryStoreKeyring::renameProfileMovesBoth()
{
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const QString tokenOld = makeToken(QStringLiteral("old"), 1893502800, 1893499200, "old");
    const HistoryEntry old = add(store, QStringLiteral("to"), tokenOld);
    const QString tokenMoved = makeToken(QStringLiteral("moved"), 1893502800, 1893499200, "moved");
    const HistoryEntry moved = add(store, QStringLiteral("from"), tokenMoved);
    store.setPinned(old.id, true);
    store.setPinned(moved.id, true);

    QSignalSpy changed(&store, &HistoryStore::changed);
    bool done = false;
    SecretError error;
    store.renameProfile(QStringLiteral("from"), QStringLiteral("to"), [&](const SecretError& renameError) {
        error = renameError;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(changed.contains(QVariantList {QStringLiteral("from")}));
    QVERIFY(changed.contains(QVariantList {QStringLiteral("to")}));
    QVERIFY(store.entries(QStringLiteral("from")).isEmpty());
    const QList<HistoryEntry> entries = store.entries(QStringLiteral("to"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, moved.id); // merged newest first
    QCOMPARE(entries.at(0).profile, QStringLiteral("to"));
    QCOMPARE(store.pinned(QStringLiteral("to"))->id, moved.id); // the renamed profile's pin wins
    QVERIFY(readToken(store, moved.id).first == tokenMoved);

    settings->settings().sync();
    auto reopened = openSettings();
    HistoryStore again(&m_secrets, reopened.get());
    QVERIFY(again.entries(QStringLiteral("from")).isEmpty());
    QCOMPARE(again.entries(QStringLiteral("to")).size(), 2);
    QVERIFY(readToken(again, moved.id).first == tokenMoved);
    QVERIFY(readToken(again, old.id).first == tokenOld);
}

void TestHistoryStoreKeyring::profileNamedHistoryDoesNotCollide()
{
    // A profile called "history" (or named like an entry id) keeps its API secret apart from the
    // history's tokens: they live under another keychain service.
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const QString profile = QStringLiteral("history");
    const QByteArray secret = "api-secret-" + QByteArray::number(QCoreApplication::applicationPid());
    const QString profileKey = QStringLiteral("history-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(m_secrets.writeBlocking(profileKey, secret).ok());

    const HistoryEntry entry = add(store, profileKey, makeToken(QStringLiteral("h"), 1893502800, 1893499200, "h"));
    add(store, profile, makeToken(QStringLiteral("h2"), 1893502800, 1893499200, "h2"));
    // Also a profile secret stored under the entry's id must not be the entry's token.
    QVERIFY(m_secrets.writeBlocking(entry.id, secret).ok());

    bool done = false;
    store.clearProfile(profileKey, [&done](const SecretError&) {
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    SecretError error;
    QVERIFY(m_secrets.readBlocking(profileKey, &error) == secret);
    QVERIFY(m_secrets.readBlocking(entry.id, &error) == secret);
    QCOMPARE(store.entries(profile).size(), 1);
    QVERIFY(m_secrets.removeBlocking(profileKey).ok());
    QVERIFY(m_secrets.removeBlocking(entry.id).ok());
}

void TestHistoryStoreKeyring::missingValueKeepsEntry()
{
    // What a locked keyring looks like to the store: EntryNotFound. The entry must stay.
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    const HistoryEntry entry = add(store, QStringLiteral("p"), makeToken(QStringLiteral("m"), 1893502800, 1893499200, "m"));
    bool removed = false;
    m_secrets.removeItem(HistoryStore::ServiceName, entry.id, QStringLiteral("test item"), [&removed](const SecretError&) {
        removed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 60000);

    const auto [token, error] = readToken(store, entry.id);
    QVERIFY(!token);
    QCOMPARE(error.kind, SecretError::Kind::NotFoundOrLocked);
    QCOMPARE(error.message, HistoryStore::tokenUnavailableText());
    QCOMPARE(HistoryStore::tokenUnavailableText(), QStringLiteral("token not available (keychain locked?)"));
    QVERIFY(store.entry(entry.id));
    settings->settings().sync();
    auto reopened = openSettings();
    HistoryStore again(&m_secrets, reopened.get());
    QVERIFY(again.entry(entry.id));
}

void TestHistoryStoreNoKeychain::noKeychainKeepsTokensInMemoryOnly()
{
    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    QVERIFY(!store.keychainAvailable());
    QCOMPARE(store.statusText(), QStringLiteral("History tokens are kept for this session only: no keychain available"));

    const QString token = makeToken(QStringLiteral("mem"), 1893502800, 1893499200, "mem");
    SecretError error;
    const HistoryEntry entry = add(store, QStringLiteral("prod"), token, 200, &error);
    QCOMPARE(error.kind, SecretError::Kind::NoKeychain);
    QCOMPARE(error.message, store.statusText());
    QVERIFY(entry.sessionOnly);
    QCOMPARE(entry.rid, QStringLiteral("mem"));
    QCOMPARE(store.entries(QStringLiteral("prod")).size(), 1);

    const auto [read, readError] = readToken(store, entry.id);
    QVERIFY2(readError.ok(), qPrintable(readError.message));
    QVERIFY(read == token);
    store.setPinned(entry.id, true);
    QCOMPARE(store.pinned(QStringLiteral("prod"))->id, entry.id);

    // Nothing on disk: neither the token nor (since it could not be read back) the entry.
    settings->settings().sync();
    QStringList hits;
    const QStringList roots {m_dir->path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                             QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (it.fileInfo().size() < 64 * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                if (bytes.contains(signatureOf(token).toLatin1()) || bytes.contains(entry.id.toLatin1())) {
                    hits << file.fileName();
                }
            }
        }
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
    {
        auto reopened = openSettings();
        HistoryStore again(&m_secrets, reopened.get());
        QVERIFY(again.entries(QStringLiteral("prod")).isEmpty());
    }

    bool done = false;
    SecretError clearError;
    store.clearProfile(QStringLiteral("prod"), [&](const SecretError& result) {
        clearError = result;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(clearError.ok(), qPrintable(clearError.message));
    QVERIFY(store.entries(QStringLiteral("prod")).isEmpty());
    QCOMPARE(readToken(store, entry.id).second.kind, SecretError::Kind::NotFoundOrLocked);
}

int main(int argc, char** argv)
{
    // One class per environment, so no test is skipped for being in the wrong one.
    QCoreApplication app(argc, argv);
    if (qgetenv("CAS_HISTORY_MODE") == "nokeychain") {
        TestHistoryStoreNoKeychain test;
        return QTest::qExec(&test, argc, argv);
    }
    TestHistoryStoreKeyring test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_historystore.moc"

void TestHistoryStoreNoKeychain::entriesMoveFromTheSettingsFile()
{
    // An older version kept the entries in the settings file; a history file may already hold
    // some (written since, by this version).
    const auto writeEntry = [](const QString& path, const QString& profile, const QString& id) {
        QSettings raw(path, QSettings::IniFormat);
        raw.beginGroup(QStringLiteral("history/") + profile);
        raw.beginWriteArray(QStringLiteral("entries"), 1);
        raw.setArrayIndex(0);
        raw.setValue(QStringLiteral("id"), id);
        raw.setValue(QStringLiteral("fetchedAt"), QStringLiteral("2026-11-29T10:00:00.000Z"));
        raw.setValue(QStringLiteral("rid"), QString(QStringLiteral("rid-") + profile));
        raw.setValue(QStringLiteral("status"), 200);
        raw.endArray();
        raw.endGroup();
    };
    const QString old1 = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString old2 = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString kept = QUuid::createUuid().toString(QUuid::WithoutBraces);
    writeEntry(settingsPath(), QStringLiteral("one"), old1);
    writeEntry(settingsPath(), QStringLiteral("two words"), old2);
    QSettings(settingsPath(), QSettings::IniFormat).setValue(QStringLiteral("profiles/one/url"), QStringLiteral("https://one.example/"));
    writeEntry(historyPath(), QStringLiteral("one"), kept);

    auto settings = openSettings();
    HistoryStore store(&m_secrets, settings.get());
    QCOMPARE(store.profiles().size(), 2);
    // The history file's own entries for a profile win; the others moved.
    QCOMPARE(store.entries(QStringLiteral("one")).size(), 1);
    QCOMPARE(store.entries(QStringLiteral("one")).constFirst().id, kept);
    QCOMPARE(store.entries(QStringLiteral("two words")).size(), 1);
    QCOMPARE(store.entries(QStringLiteral("two words")).constFirst().id, old2);
    QCOMPARE(store.entries(QStringLiteral("two words")).constFirst().rid, QStringLiteral("rid-two words"));

    // The settings file keeps the settings and drops the history; the history file has it all.
    const QSettings settingsAfter(settingsPath(), QSettings::IniFormat);
    QVERIFY(!settingsAfter.childGroups().contains(QStringLiteral("history")));
    QCOMPARE(settingsAfter.value(QStringLiteral("profiles/one/url")).toString(), QStringLiteral("https://one.example/"));
    auto reopenedFile = openSettings();
    HistoryStore reopened(&m_secrets, reopenedFile.get());
    QCOMPARE(reopened.entries(QStringLiteral("two words")).constFirst().id, old2);
    QCOMPARE(reopened.entries(QStringLiteral("one")).constFirst().id, kept);
}
