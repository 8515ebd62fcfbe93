#include "core/HistoryStore.h"

#include "core/SettingsFile.h"

#include "core/Clock.h"
#include "core/Jwt.h"

#include <QSet>
#include <QSettings>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <memory>

const QString HistoryStore::ServiceName = QStringLiteral("cas-console-history");

namespace
{
const QString HistoryGroup = QStringLiteral("history");
const QString EntriesArray = QStringLiteral("entries");
const QString IdKey = QStringLiteral("id");
const QString FetchedAtKey = QStringLiteral("fetchedAt");
const QString RidKey = QStringLiteral("rid");
const QString ExpKey = QStringLiteral("exp");
const QString IatKey = QStringLiteral("iat");
const QString StatusKey = QStringLiteral("status");
const QString PinnedKey = QStringLiteral("pinned");

QString groupFor(const QString& profile)
{
    return HistoryGroup + QLatin1Char('/') + profile;
}

QString itemWhat()
{
    return HistoryStore::tr("token of a history entry");
}

SecretError makeError(SecretError::Kind kind, const QString& message)
{
    SecretError error;
    error.kind = kind;
    error.message = message;
    return error;
}

// The rid claim as kept in the settings file: a real one is 32 hex digits; a hostile CAS can send
// a megabyte. Longer ones are cut (and marked), so one entry stays small.
QString cappedRid(const QString& rid)
{
    if (rid.size() <= HistoryStore::MaxRidChars) {
        return rid;
    }
    return rid.left(HistoryStore::MaxRidChars - 1) + QChar(0x2026);
}

// What one entry costs in the settings file, roughly: the rid plus its fixed-size fields.
qint64 storedBytes(const HistoryEntry& entry)
{
    constexpr qint64 FixedFieldBytes = 192; // id, fetchedAt, exp, iat, status, pinned and their keys
    return FixedFieldBytes + entry.rid.toUtf8().size() + entry.profile.toUtf8().size();
}

std::optional<qint64> readOptional(const QSettings& settings, const QString& key)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return settings.contains(key) && ok ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

HistoryStore::HistoryStore(SecretStore* secrets, SettingsFile* settings, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_ownSettings(settings ? nullptr : std::make_unique<SettingsFile>())
    , m_settingsFile(settings ? settings : m_ownSettings.get())
{ }

QString HistoryStore::filePath() const
{
    return m_settingsFile->companionPath(HistoryGroup);
}

HistoryStore::~HistoryStore()
{
    for (QList<Item>& items : m_items) {
        for (Item& item : items) {
            item.sessionToken.fill(QLatin1Char('\0'));
        }
    }
}

QList<HistoryEntry> HistoryStore::entries(const QString& profile) const
{
    ensureLoaded();
    QList<HistoryEntry> result;
    const auto it = m_items.constFind(profile);
    if (it != m_items.constEnd()) {
        result.reserve(it->size());
        for (const Item& item : *it) {
            result.append(item.entry);
        }
    }
    return result;
}

std::optional<HistoryEntry> HistoryStore::entry(const QString& entryId) const
{
    ensureLoaded();
    for (const QList<Item>& items : m_items) {
        for (const Item& item : items) {
            if (item.entry.id == entryId) {
                return item.entry;
            }
        }
    }
    return std::nullopt;
}

std::optional<HistoryEntry> HistoryStore::pinned(const QString& profile) const
{
    ensureLoaded();
    const auto it = m_items.constFind(profile);
    if (it != m_items.constEnd()) {
        for (const Item& item : *it) {
            if (item.entry.pinned) {
                return item.entry;
            }
        }
    }
    return std::nullopt;
}

QStringList HistoryStore::profiles() const
{
    ensureLoaded();
    QStringList names;
    for (auto it = m_items.constBegin(); it != m_items.constEnd(); ++it) {
        if (!it->isEmpty()) {
            names.append(it.key());
        }
    }
    names.sort();
    return names;
}

void HistoryStore::add(const QString& profile, const QString& token, int httpStatus, AddCallback done)
{
    const auto finish = [this, done = std::move(done)](const HistoryEntry& entry, const SecretError& error) {
        if (done) {
            QMetaObject::invokeMethod(
                this,
                [done, entry, error]() {
                    done(entry, error);
                },
                Qt::QueuedConnection);
        }
    };
    if (profile.isEmpty()) {
        finish(HistoryEntry(), makeError(SecretError::Kind::Failed, tr("A history entry needs a profile name")));
        return;
    }
    ensureLoaded();
    const bool keychain = keychainAvailable();

    const Jwt jwt = Jwt::parse(token);
    Item item;
    item.entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.entry.profile = profile;
    item.entry.fetchedAt = Clock::now().toUTC();
    item.entry.rid = cappedRid(jwt.stringClaim(QStringLiteral("rid")).value_or(QString()));
    item.entry.exp = jwt.numericClaim(QStringLiteral("exp"));
    item.entry.iat = jwt.numericClaim(QStringLiteral("iat"));
    item.entry.httpStatus = httpStatus;
    item.entry.sessionOnly = !keychain;
    item.sessionToken = token;
    item.writing = keychain;
    const QString id = item.entry.id;

    m_items[profile].prepend(item);
    const QStringList evicted = enforceBound(profile);
    if (!evicted.isEmpty()) {
        persist(profile);
    }
    emit changed(profile);

    if (!keychain) {
        const HistoryEntry added = item.entry;
        removeValues(evicted, [this, added, finish](const SecretError&) {
            finish(added, makeError(SecretError::Kind::NoKeychain, m_status));
        });
        return;
    }

    m_secrets->writeItem(ServiceName, id, itemWhat(), token.toUtf8(), [this, id, evicted, finish](const SecretError& error) {
        Item* written = find(id);
        if (!written) {
            // Evicted or cleared while the write ran: the value must not outlive its entry.
            m_secrets->removeItem(ServiceName, id, itemWhat(), [](const SecretError&) {});
            HistoryEntry gone;
            gone.id = id;
            removeValues(evicted, [finish, gone, error](const SecretError&) {
                finish(gone, error);
            });
            return;
        }
        written->writing = false;
        if (error.ok()) {
            written->sessionToken.fill(QLatin1Char('\0'));
            written->sessionToken.clear();
        } else {
            written->entry.sessionOnly = true;
            setStatus(error.kind == SecretError::Kind::NoKeychain
                          ? tr("History tokens are kept for this session only: no keychain available")
                          : tr("History tokens are kept for this session only: %1").arg(error.message));
        }
        const HistoryEntry entry = written->entry;
        persist(entry.profile);
        emit changed(entry.profile);
        removeValues(evicted, [finish, entry, error](const SecretError&) {
            finish(entry, error);
        });
    });
}

void HistoryStore::readToken(const QString& entryId, const TokenCallback& done)
{
    ensureLoaded();
    const auto later = [this, done](const std::optional<QString>& token, const SecretError& error) {
        QMetaObject::invokeMethod(
            this,
            [done, token, error]() {
                done(token, error);
            },
            Qt::QueuedConnection);
    };
    const Item* item = find(entryId);
    if (!item) {
        later(std::nullopt, makeError(SecretError::Kind::NotFoundOrLocked, tr("This history entry no longer exists")));
        return;
    }
    if (item->entry.sessionOnly || item->writing) {
        if (item->sessionToken.isEmpty()) {
            later(std::nullopt, makeError(SecretError::Kind::NotFoundOrLocked, tokenUnavailableText()));
        } else {
            later(item->sessionToken, SecretError());
        }
        return;
    }
    m_secrets->readItem(ServiceName, entryId, itemWhat(), [done](std::optional<QByteArray> value, const SecretError& error) {
        if (!error.ok() || !value) {
            SecretError reported = error;
            if (error.kind == SecretError::Kind::NotFoundOrLocked || error.ok()) {
                reported = makeError(SecretError::Kind::NotFoundOrLocked, tokenUnavailableText());
            } else {
                reported.message = tokenUnavailableText() + QStringLiteral(": ") + error.message;
            }
            done(std::nullopt, reported);
            return;
        }
        QString token = QString::fromUtf8(*value);
        done(token, SecretError());
        token.fill(QLatin1Char('\0'));
    });
}

void HistoryStore::setPinned(const QString& entryId, bool pinned)
{
    ensureLoaded();
    const Item* target = find(entryId);
    if (!target) {
        return;
    }
    const QString profile = target->entry.profile;
    bool touched = false;
    for (Item& item : m_items[profile]) {
        const bool want = item.entry.id == entryId ? pinned : (pinned ? false : item.entry.pinned);
        if (item.entry.pinned != want) {
            item.entry.pinned = want;
            touched = true;
        }
    }
    if (touched) {
        persist(profile);
        emit changed(profile);
    }
}

void HistoryStore::clearProfile(const QString& profile, DoneCallback done)
{
    const QStringList stored = tokenKeys(profile);
    forgetProfile(profile);
    removeValues(stored, std::move(done));
}

QStringList HistoryStore::tokenKeys(const QString& profile) const
{
    ensureLoaded();
    QStringList stored;
    for (const Item& item : m_items.value(profile)) {
        if (!item.entry.sessionOnly && !item.writing) {
            stored.append(item.entry.id);
        }
    }
    return stored;
}

void HistoryStore::removeTokens(const QString& profile, DoneCallback done)
{
    removeValues(tokenKeys(profile), std::move(done));
}

void HistoryStore::forgetProfile(const QString& profile)
{
    ensureLoaded();
    const bool had = m_items.contains(profile);
    for (Item& item : m_items[profile]) {
        item.sessionToken.fill(QLatin1Char('\0'));
    }
    m_items.remove(profile);
    if (!profile.isEmpty() && m_file->writable(nullptr)) {
        m_settings->remove(groupFor(profile));
        m_file->commit(nullptr);
    }
    if (had) {
        emit changed(profile);
    }
}

void HistoryStore::renameProfile(const QString& from, const QString& to, DoneCallback done)
{
    ensureLoaded();
    if (from == to || to.isEmpty() || m_items.value(from).isEmpty()) {
        removeValues({}, std::move(done));
        return;
    }
    QList<Item> moved = m_items.take(from);
    const bool movedPin = std::any_of(moved.cbegin(), moved.cend(), [](const Item& item) {
        return item.entry.pinned;
    });
    QList<Item> merged = m_items.value(to);
    for (Item& item : merged) {
        if (movedPin) {
            item.entry.pinned = false;
        }
    }
    for (Item& item : moved) {
        item.entry.profile = to;
        merged.append(item);
    }
    std::stable_sort(merged.begin(), merged.end(), [](const Item& a, const Item& b) {
        return a.entry.fetchedAt > b.entry.fetchedAt;
    });
    m_items.insert(to, merged);
    const QStringList evicted = enforceBound(to);
    m_settings->remove(groupFor(from));
    persist(to);
    emit changed(from);
    emit changed(to);
    removeValues(evicted, std::move(done));
}

QString HistoryStore::statusText() const
{
    keychainAvailable();
    return m_status;
}

bool HistoryStore::keychainAvailable() const
{
    if (!m_keychainAvailable) {
        // Asked on first need when nobody told: a blocking D-Bus round trip.
        const_cast<HistoryStore*>(this)->setKeychainAvailable(SecretStore::isKeychainReachable());
    }
    return *m_keychainAvailable;
}

void HistoryStore::setKeychainAvailable(bool available)
{
    if (m_keychainAvailable == available) {
        return;
    }
    m_keychainAvailable = available;
    if (!available) {
        setStatus(tr("History tokens are kept for this session only: no keychain available"));
    }
}

void HistoryStore::ensureLoaded() const
{
    if (!m_loaded) {
        // Read on first use, not at start: the window shows no history until its tab is opened.
        auto* self = const_cast<HistoryStore*>(this);
        self->m_loaded = true;
        self->m_file = std::make_unique<SettingsFile>(filePath());
        self->m_settings = &self->m_file->settings();
        self->moveFromSettingsFile();
        self->load();
    }
}

QString HistoryStore::tokenUnavailableText()
{
    return tr("token not available (keychain locked?)");
}

void HistoryStore::moveFromSettingsFile()
{
    QSettings& old = m_settingsFile->settings();
    if (!old.childGroups().contains(HistoryGroup) || !m_file->writable(nullptr)) {
        return; // nothing to move, or a damaged history file left for a person to fix
    }
    old.beginGroup(HistoryGroup);
    m_settings->beginGroup(HistoryGroup);
    const QStringList kept = m_settings->childGroups();
    const QStringList profiles = old.childGroups();
    for (const QString& profile : profiles) {
        if (kept.contains(profile)) {
            continue; // the history file's own entries for a profile win
        }
        old.beginGroup(profile);
        const QStringList keys = old.allKeys();
        for (const QString& key : keys) {
            m_settings->setValue(profile + QLatin1Char('/') + key, old.value(key));
        }
        old.endGroup();
    }
    m_settings->endGroup();
    old.endGroup();
    // Dropped from the settings file only once the history file holds them, and not from a
    // damaged settings file (left for a person to fix; the entries are in the history file).
    if (m_file->commit(nullptr) && m_settingsFile->writable(nullptr)) {
        old.remove(HistoryGroup);
        m_settingsFile->commit(nullptr);
    }
}

void HistoryStore::load()
{
    bool trimmed = false;
    m_settings->beginGroup(HistoryGroup);
    const QStringList names = m_settings->childGroups();
    for (const QString& profile : names) {
        m_settings->beginGroup(profile);
        const int size = m_settings->beginReadArray(EntriesArray);
        QList<Item> items;
        bool seenPin = false;
        for (int i = 0; i < size; ++i) {
            m_settings->setArrayIndex(i);
            Item item;
            item.entry.id = m_settings->value(IdKey).toString();
            if (QUuid::fromString(item.entry.id).isNull()) {
                continue; // hand-edited or damaged: no key to reach its token with
            }
            item.entry.profile = profile;
            item.entry.fetchedAt = QDateTime::fromString(m_settings->value(FetchedAtKey).toString(), Qt::ISODateWithMs);
            item.entry.fetchedAt.setTimeZone(QTimeZone::utc());
            const QString rid = m_settings->value(RidKey).toString();
            item.entry.rid = cappedRid(rid);
            trimmed = trimmed || item.entry.rid.size() != rid.size();
            item.entry.exp = readOptional(*m_settings, ExpKey);
            item.entry.iat = readOptional(*m_settings, IatKey);
            item.entry.httpStatus = m_settings->value(StatusKey).toInt();
            item.entry.pinned = !seenPin && m_settings->value(PinnedKey).toBool();
            seenPin = seenPin || item.entry.pinned;
            items.append(item);
        }
        m_settings->endArray();
        m_settings->endGroup();
        if (!items.isEmpty()) {
            m_items.insert(profile, items);
        }
    }
    m_settings->endGroup();
    // A file written before the caps (or by hand) is brought within them once, here.
    if (trimmed) {
        bool staged = false;
        for (auto it = m_items.constBegin(); it != m_items.constEnd(); ++it) {
            staged = stage(it.key()) || staged;
        }
        if (staged) {
            m_file->commit(nullptr);
        }
    }
    removeValues(enforceTotalBound(QString()), {});
}

void HistoryStore::persist(const QString& profile)
{
    if (stage(profile)) {
        m_file->commit(nullptr); // on failure the previous file stays; the entries stay in memory
    }
}

bool HistoryStore::stage(const QString& profile)
{
    ensureLoaded();
    if (profile.isEmpty()) {
        return false;
    }
    if (!m_file->writable(nullptr)) {
        return false; // a damaged settings file is left for a person to fix; the history stays in memory
    }
    const QString group = groupFor(profile);
    m_settings->remove(group);
    QList<HistoryEntry> stored;
    for (const Item& item : m_items.value(profile)) {
        if (!item.entry.sessionOnly && !item.writing) {
            stored.append(item.entry);
        }
    }
    if (!stored.isEmpty()) {
        m_settings->beginGroup(group);
        m_settings->beginWriteArray(EntriesArray, int(stored.size()));
        for (int i = 0; i < stored.size(); ++i) {
            const HistoryEntry& entry = stored.at(i);
            m_settings->setArrayIndex(i);
            m_settings->setValue(IdKey, entry.id);
            m_settings->setValue(FetchedAtKey, entry.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
            m_settings->setValue(RidKey, entry.rid);
            if (entry.exp) {
                m_settings->setValue(ExpKey, *entry.exp);
            }
            if (entry.iat) {
                m_settings->setValue(IatKey, *entry.iat);
            }
            m_settings->setValue(StatusKey, entry.httpStatus);
            m_settings->setValue(PinnedKey, entry.pinned);
        }
        m_settings->endArray();
        m_settings->endGroup();
    }
    return true;
}

void HistoryStore::setStatus(const QString& text)
{
    if (text != m_status) {
        m_status = text;
        emit statusChanged(text);
    }
}

HistoryStore::Item* HistoryStore::find(const QString& entryId)
{
    for (QList<Item>& items : m_items) {
        for (Item& item : items) {
            if (item.entry.id == entryId) {
                return &item;
            }
        }
    }
    return nullptr;
}

QStringList HistoryStore::enforceBound(const QString& profile)
{
    QStringList evicted;
    QList<Item>& items = m_items[profile];
    while (items.size() > MaxPerProfile) {
        qsizetype victim = items.size() - 1;
        while (victim >= 0 && items.at(victim).entry.pinned) {
            --victim;
        }
        if (victim < 0) {
            break;
        }
        Item& item = items[victim];
        if (!item.entry.sessionOnly && !item.writing) {
            evicted.append(item.entry.id);
        }
        item.sessionToken.fill(QLatin1Char('\0'));
        items.removeAt(victim);
    }
    evicted += enforceTotalBound(profile);
    return evicted;
}

QStringList HistoryStore::enforceTotalBound(const QString& keepPersisting)
{
    qint64 total = 0;
    for (const QList<Item>& items : std::as_const(m_items)) {
        for (const Item& item : items) {
            total += storedBytes(item.entry);
        }
    }
    QStringList evicted;
    QSet<QString> touched;
    while (total > MaxStoredBytes) {
        // The oldest entry that is not pinned, over every profile.
        QList<Item>* oldestList = nullptr;
        qsizetype oldest = -1;
        for (auto it = m_items.begin(); it != m_items.end(); ++it) {
            for (qsizetype i = it->size() - 1; i >= 0; --i) {
                const Item& candidate = it->at(i);
                if (candidate.entry.pinned) {
                    continue;
                }
                if (!oldestList || candidate.entry.fetchedAt < oldestList->at(oldest).entry.fetchedAt) {
                    oldestList = &*it;
                    oldest = i;
                }
                break; // lists are newest first: the last unpinned one is this profile's oldest
            }
        }
        if (!oldestList) {
            break;
        }
        Item& item = (*oldestList)[oldest];
        total -= storedBytes(item.entry);
        if (!item.entry.sessionOnly && !item.writing) {
            evicted.append(item.entry.id);
        }
        touched.insert(item.entry.profile);
        item.sessionToken.fill(QLatin1Char('\0'));
        oldestList->removeAt(oldest);
    }
    bool staged = false;
    for (const QString& profile : std::as_const(touched)) {
        if (profile != keepPersisting) {
            staged = stage(profile) || staged;
            emit changed(profile);
        }
    }
    if (staged) {
        m_file->commit(nullptr);
    }
    return evicted;
}

void HistoryStore::removeValues(const QStringList& ids, DoneCallback done)
{
    if (ids.isEmpty()) {
        if (done) {
            QMetaObject::invokeMethod(
                this,
                [done = std::move(done)]() {
                    done(SecretError());
                },
                Qt::QueuedConnection);
        }
        return;
    }
    struct Pending
    {
        qsizetype left;
        SecretError first;
    };
    auto pending = std::make_shared<Pending>(Pending {ids.size(), SecretError()});
    for (const QString& id : ids) {
        m_secrets->removeItem(ServiceName, id, itemWhat(), [pending, done](const SecretError& error) {
            if (!error.ok() && pending->first.ok()) {
                pending->first = error;
            }
            if (--pending->left == 0 && done) {
                done(pending->first);
            }
        });
    }
}
