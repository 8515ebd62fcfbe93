#include "gui/ColorSchemePortal.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

#include <utility>

namespace
{
const QString Service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString Path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString Interface = QStringLiteral("org.freedesktop.portal.Settings");
const QString Group = QStringLiteral("org.freedesktop.appearance");
const QString Key = QStringLiteral("color-scheme");
} // namespace

ColorSchemePortal::ColorSchemePortal(QObject* parent)
    : QObject(parent)
{
    listen();
}

ColorSchemePortal::ColorSchemePortal(Preference assumed, QObject* parent)
    : QObject(parent)
    , m_preference(assumed)
{ }

void ColorSchemePortal::listen()
{
    if (std::exchange(m_listening, true)) {
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        setPreference(QVariant()); // what was assumed no longer holds
        return;
    }
    // The slot is found by its signature's type names: QDBusVariant must be known by name first.
    qRegisterMetaType<QDBusVariant>();
    bus.connect(Service, Path, Interface, QStringLiteral("SettingChanged"), this, SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    // Asynchronous: a portal that has to be started first must not hold up the window.
    QDBusMessage read = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Read"));
    read << Group << Key;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(read), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<QVariant> reply = *call;
        if (!m_changeSeen) {
            // No portal (or no such setting): no preference, whatever was assumed.
            setPreference(reply.isError() ? QVariant() : reply.value());
        }
    });
}

ColorSchemePortal::~ColorSchemePortal()
{
    if (!m_listening) {
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.disconnect(Service, Path, Interface, QStringLiteral("SettingChanged"), this,
                       SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    }
}

ColorSchemePortal::Preference ColorSchemePortal::preference() const
{
    return m_preference;
}

void ColorSchemePortal::onSettingChanged(const QString& group, const QString& key, const QDBusVariant& value)
{
    if (group == Group && key == Key) {
        m_changeSeen = true;
        setPreference(value.variant());
    }
}

void ColorSchemePortal::setPreference(const QVariant& portalValue)
{
    // Read answers a variant inside a variant (the portal's documented quirk); unwrap any depth.
    QVariant value = portalValue;
    while (value.userType() == qMetaTypeId<QDBusVariant>()) {
        value = qvariant_cast<QDBusVariant>(value).variant();
    }
    bool ok = false;
    const uint number = value.toUInt(&ok);
    const Preference preference = ok && number <= 2 ? static_cast<Preference>(number) : Preference::NoPreference;
    if (preference != m_preference) {
        m_preference = preference;
        emit preferenceChanged(preference);
    }
}
