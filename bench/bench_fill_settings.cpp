// Fills the application's settings the way the app writes them, for the start-up benchmark with
// many profiles and a full history: N profiles (ProfileStore, each API secret in the keychain
// through SecretStore) and a token history at its cap (HistoryStore::add, so each token is in the
// keychain and its entry in the history file, rid claims at HistoryStore::MaxRidChars), one pinned
// entry per profile. Needs a reachable keychain (run it in a D-Bus session with gnome-keyring).
// Usage: bench_fill_settings [PROFILES]   (HOME / XDG_* choose where the settings go)
#include "core/HistoryStore.h"
#include "core/ProfileStore.h"
#include "core/SecretStore.h"
#include "core/SettingsFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>

#include <cstdio>

namespace
{
QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString tokenWithRid(int serial)
{
    const qint64 iat = QDateTime::currentSecsSinceEpoch() - 60 * serial;
    // Longer than the cap, so the stored rid is at its capped size.
    const QByteArray rid = QByteArray::number(serial).rightJustified(HistoryStore::MaxRidChars + 44, 'r');
    const QByteArray payload =
        "{\"rid\":\"" + rid + "\",\"iat\":" + QByteArray::number(iat) + ",\"exp\":" + QByteArray::number(iat + 3600) + "}";
    return QString::fromLatin1(base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' + base64Url(payload) + '.'
                               + base64Url("bench-signature-" + QByteArray::number(serial)));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("cas-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cas-console"));
    QCoreApplication app(argc, argv);
    const int profileCount = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    if (!SecretStore::isKeychainReachable()) {
        std::fprintf(stderr, "bench_fill_settings: no keychain reachable (start gnome-keyring in this D-Bus session)\n");
        return 1;
    }

    SettingsFile file;
    ProfileStore profiles(&file);
    SecretStore secrets;
    QStringList names;
    for (int i = 0; i < profileCount; ++i) {
        Profile profile;
        profile.name = QStringLiteral("Bench profile %1").arg(i, 2, 10, QLatin1Char('0'));
        profile.url = QStringLiteral("https://cas-%1.example.com/").arg(i);
        profile.apiKey = QStringLiteral("bench-key-%1").arg(i);
        const SecretError error = secrets.writeBlocking(profile.name, "bench-secret-" + QByteArray::number(i));
        const ProfileError saved = profiles.save(profile);
        if (!saved.ok() || !error.ok()) {
            std::fprintf(stderr, "bench_fill_settings: %s%s\n", qPrintable(saved.message), qPrintable(error.message));
            return 1;
        }
        names << profile.name;
    }
    profiles.setLastUsed(names.constFirst());

    // Entries until the byte cap is passed once: the history is then exactly at its cap.
    HistoryStore history(&secrets, &file);
    const qint64 entryBytes = 192 + HistoryStore::MaxRidChars + names.constFirst().toUtf8().size();
    const int entries = int(HistoryStore::MaxStoredBytes / entryBytes) + 1;
    int pending = entries;
    int failed = 0;
    QEventLoop loop;
    for (int i = 0; i < entries; ++i) {
        history.add(names.at(i % names.size()), tokenWithRid(i), 200, [&](const HistoryEntry&, const SecretError& error) {
            failed += error.ok() ? 0 : 1;
            if (--pending == 0) {
                loop.quit();
            }
        });
    }
    loop.exec();
    for (const QString& name : std::as_const(names)) {
        const QList<HistoryEntry> kept = history.entries(name);
        if (!kept.isEmpty()) {
            history.setPinned(kept.constLast().id, true);
        }
    }
    int kept = 0;
    for (const QString& name : history.profiles()) {
        kept += int(history.entries(name).size());
    }
    std::printf("%d profiles, %d history entries kept of %d added (%d keychain failures), settings file %s, history file %s\n",
                profileCount, kept, entries, failed, qPrintable(file.path()), qPrintable(history.filePath()));
    return failed == 0 ? 0 : 1;
}
