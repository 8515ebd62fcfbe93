#include "gui/DemoControl.h"

#include "core/DemoCasServer.h"

#include <QComboBox>

const QString DemoControl::ProfileName = QStringLiteral("Local demo");

DemoControl::DemoControl(QObject* parent)
    : QObject(parent)
{ }

DemoControl::~DemoControl() = default;

bool DemoControl::start(int timeoutSeconds, QString* problem)
{
    if (m_server) {
        return true;
    }
    auto server = std::make_unique<DemoCasServer>();
    if (!server->start(0, true, problem)) {
        return false;
    }
    m_server = std::move(server);
    m_profile.name = ProfileName;
    m_profile.url = m_server->baseUrl().toString();
    m_profile.apiKey = DemoCasServer::ApiKey;
    m_profile.timeoutSeconds = timeoutSeconds;
    if (m_scenario) {
        m_server->setScenario(static_cast<DemoCasServer::Scenario>(m_scenario->currentData().toInt()));
    }
    return true;
}

bool DemoControl::isRunning() const
{
    return m_server != nullptr;
}

DemoCasServer* DemoControl::server() const
{
    return m_server.get();
}

Profile DemoControl::profile() const
{
    return m_profile;
}

QList<QByteArray> DemoControl::trustFor(const QString& profileName) const
{
    if (!m_server || profileName != ProfileName) {
        return {};
    }
    return {m_server->certificatePem()};
}

QComboBox* DemoControl::scenarioBox(QWidget* parent)
{
    if (m_scenario) {
        return m_scenario;
    }
    m_scenario = new QComboBox(parent);
    m_scenario->setObjectName(QStringLiteral("demoScenario"));
    m_scenario->setAccessibleName(tr("Demo scenario"));
    m_scenario->setToolTip(tr("How the local demo CAS answers the next request: show the error handling live"));
    const QList<QPair<QString, DemoCasServer::Scenario>> scenarios {
        {tr("Demo answers: success"), DemoCasServer::Scenario::Success},
        {tr("Demo answers: wrong credentials (401)"), DemoCasServer::Scenario::WrongCredentials},
        {tr("Demo answers: server error (500)"), DemoCasServer::Scenario::ServerError},
        {tr("Demo answers: slowly (5 s)"), DemoCasServer::Scenario::Slow},
        {tr("Demo answers: an expired token"), DemoCasServer::Scenario::ExpiredToken},
        {tr("Demo answers: redirect to another host"), DemoCasServer::Scenario::RedirectOtherHost},
    };
    for (const auto& scenario : scenarios) {
        m_scenario->addItem(scenario.first, static_cast<int>(scenario.second));
    }
    m_scenario->hide();
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        if (m_server) {
            m_server->setScenario(static_cast<DemoCasServer::Scenario>(m_scenario->currentData().toInt()));
        }
    });
    return m_scenario;
}
