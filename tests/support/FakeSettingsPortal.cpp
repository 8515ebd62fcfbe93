#include "FakeSettingsPortal.h"

#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>

namespace
{
const QString ConnectionName = QStringLiteral("fake-settings-portal");
const QString Service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString Path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString Group = QStringLiteral("org.freedesktop.appearance");
const QString Key = QStringLiteral("color-scheme");
} // namespace

FakeSettingsPortal::FakeSettingsPortal(uint value, QObject* parent)
    : QObject(parent)
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, ConnectionName))
    , m_value(value)
{
    if (!m_bus.isConnected()) {
        m_problem = QStringLiteral("no session bus: %1").arg(m_bus.lastError().message());
    } else if (!m_bus.registerObject(Path, this, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)) {
        m_problem = QStringLiteral("cannot register %1: %2").arg(Path, m_bus.lastError().message());
    } else if (!m_bus.registerService(Service)) {
        m_problem = QStringLiteral("cannot own %1 (is a real portal running?): %2").arg(Service, m_bus.lastError().message());
    }
}

FakeSettingsPortal::~FakeSettingsPortal()
{
    m_bus.unregisterService(Service);
    m_bus.unregisterObject(Path);
    QDBusConnection::disconnectFromBus(ConnectionName);
}

QString FakeSettingsPortal::problem() const
{
    return m_problem;
}

void FakeSettingsPortal::setColorScheme(uint value)
{
    m_value = value;
    emit SettingChanged(Group, Key, QDBusVariant(value));
}

int FakeSettingsPortal::reads() const
{
    return m_reads;
}

QDBusVariant FakeSettingsPortal::Read(const QString& group, const QString& key)
{
    ++m_reads;
    if (group != Group || key != Key) {
        sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"), QStringLiteral("Requested setting not found"));
        return {};
    }
    // The real portal's Read wraps the value in a second variant.
    return QDBusVariant(QVariant::fromValue(QDBusVariant(m_value)));
}
