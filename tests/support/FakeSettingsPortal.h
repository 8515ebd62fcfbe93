#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusVariant>
#include <QObject>

/// A freedesktop settings portal for tests: registered on the real session bus (the test's
/// private one) as org.freedesktop.portal.Desktop, on a connection of its own, answering
/// Read("org.freedesktop.appearance", "color-scheme") and sending SettingChanged like the real one.
class FakeSettingsPortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    /// Registers with the scheme VALUE (0 no preference, 1 dark, 2 light).
    explicit FakeSettingsPortal(uint value, QObject* parent = nullptr);
    ~FakeSettingsPortal() override;

    /// Empty when the service is on the bus; else why not.
    QString problem() const;
    /// A new value, announced with SettingChanged.
    void setColorScheme(uint value);
    /// How many times Read was called.
    int reads() const;

public slots:
    // D-Bus method names, as the portal spells them.
    QDBusVariant Read(const QString& group, const QString& key);

signals:
    void SettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    QDBusConnection m_bus;
    uint m_value;
    int m_reads = 0;
    QString m_problem;
};
