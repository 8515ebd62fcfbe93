#pragma once

#include <QObject>

class QDBusVariant;

/// The desktop's light/dark preference, read from the freedesktop settings portal
/// (org.freedesktop.appearance color-scheme) over the session bus and followed as it changes.
/// Qt 6.4 has no API for it. Without a portal (no session bus, headless machines) the preference
/// stays NoPreference.
class ColorSchemePortal : public QObject
{
    Q_OBJECT
public:
    /// The portal's values: 0, 1, 2.
    enum class Preference { NoPreference = 0, Dark = 1, Light = 2 };

    /// Asks the portal at once.
    explicit ColorSchemePortal(QObject* parent = nullptr);
    /// Takes the preference to be assumed (the one the portal gave last time) and asks nothing
    /// until listen(): no D-Bus before the window's first frame, and a first frame in the right colours.
    explicit ColorSchemePortal(Preference assumed, QObject* parent = nullptr);
    ~ColorSchemePortal() override;

    Preference preference() const;
    /// Reads the preference from the portal and follows its changes; without a session bus or a
    /// portal the preference becomes NoPreference. Once; later calls do nothing.
    void listen();

signals:
    void preferenceChanged(ColorSchemePortal::Preference preference);

private slots:
    // Connected by name: QDBusConnection::connect takes no member pointers.
    void onSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    void setPreference(const QVariant& portalValue);

    Preference m_preference = Preference::NoPreference;
    bool m_changeSeen = false; ///< a SettingChanged came in: a later Read reply is older
    bool m_listening = false;
};
