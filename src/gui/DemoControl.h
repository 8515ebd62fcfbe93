#pragma once

#include "core/ProfileStore.h"

#include <QObject>
#include <QByteArray>
#include <QList>
#include <memory>

class DemoCasServer;
class QComboBox;
class QWidget;

/// The embedded demo CAS in the window: started on demand (HTTPS on 127.0.0.1 with a certificate
/// made at start), its fixed profile, and the combo box that picks how it answers next.
class DemoControl : public QObject
{
    Q_OBJECT
public:
    static const QString ProfileName; ///< "Local demo"

    explicit DemoControl(QObject* parent = nullptr);
    ~DemoControl() override;

    /// Starts the server once; false with *problem when it cannot.
    bool start(int timeoutSeconds, QString* problem);
    bool isRunning() const;
    DemoCasServer* server() const;
    Profile profile() const; ///< URL of the running server, the demo key
    /// The only certificate a request for this profile trusts: the demo server's own for the
    /// demo profile, none (the usual trust) for any other.
    QList<QByteArray> trustFor(const QString& profileName) const;
    /// The scenario chooser, made once as a child of parent; hidden until shown for the demo profile.
    QComboBox* scenarioBox(QWidget* parent);

private:
    std::unique_ptr<DemoCasServer> m_server;
    Profile m_profile;
    QComboBox* m_scenario = nullptr;
};
