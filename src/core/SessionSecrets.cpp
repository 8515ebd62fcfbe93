#include "core/SessionSecrets.h"

#include "core/SecretStore.h"

#include <QPointer>

#include <memory>

namespace
{
void wipe(QByteArray& bytes)
{
    // Only this copy: fill() detaches a shared buffer, leaving the other owner's bytes alone.
    if (!bytes.isEmpty()) {
        bytes.fill('\0');
    }
    bytes.clear();
}
} // namespace

SessionSecrets::SessionSecrets(SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

SessionSecrets::~SessionSecrets()
{
    clear();
}

bool SessionSecrets::contains(const QString& profile) const
{
    return m_values.contains(profile);
}

QByteArray SessionSecrets::value(const QString& profile) const
{
    return m_values.value(profile);
}

void SessionSecrets::insert(const QString& profile, const QByteArray& secret)
{
    auto existing = m_values.find(profile);
    if (existing != m_values.end()) {
        wipe(*existing);
        *existing = secret;
        return;
    }
    m_values.insert(profile, secret);
}

void SessionSecrets::remove(const QString& profile)
{
    auto existing = m_values.find(profile);
    if (existing != m_values.end()) {
        wipe(*existing);
        m_values.erase(existing);
    }
}

void SessionSecrets::rename(const QString& from, const QString& to)
{
    if (from == to || !m_values.contains(from)) {
        return;
    }
    insert(to, m_values.value(from));
    remove(from);
}

void SessionSecrets::clear()
{
    for (QByteArray& value : m_values) {
        wipe(value);
    }
    m_values.clear();
}

void SessionSecrets::save(const QString& profile, const QByteArray& secret, DoneCallback done)
{
    insert(profile, secret);
    ++m_saving[profile];
    // Kept to recognise the value this save put in memory; wiped when the job ends.
    auto kept = std::make_shared<QByteArray>(secret);
    const QPointer<SessionSecrets> self(this);
    m_store->write(profile, secret, [self, profile, kept, done = std::move(done)](const SecretError& error) {
        const bool current = self && self->m_values.value(profile) == *kept;
        wipe(*kept);
        if (!self) {
            return; // whoever asked is gone with this object
        }
        if (--self->m_saving[profile] <= 0) {
            self->m_saving.remove(profile);
        }
        // A newer secret typed meanwhile stays until its own save ends.
        if (error.ok() && current) {
            self->remove(profile);
        } else if (error.kind == SecretError::Kind::NoKeychain) {
            self->m_keychainReachable = false;
        }
        emit self->saveFinished(profile);
        if (done) {
            done(error);
        }
    });
}

bool SessionSecrets::isSaving(const QString& profile) const
{
    return m_saving.contains(profile);
}

std::optional<bool> SessionSecrets::knownKeychainReachable() const
{
    return m_keychainReachable;
}

void SessionSecrets::setKeychainReachable(bool reachable)
{
    m_keychainReachable = reachable;
}

bool SessionSecrets::keychainReachable()
{
    if (!m_keychainReachable) {
        m_keychainReachable = SecretStore::isKeychainReachable();
    }
    return *m_keychainReachable;
}
