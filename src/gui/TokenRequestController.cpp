#include "gui/TokenRequestController.h"

#include "core/CasClient.h"
#include "core/HistoryStore.h"
#include "core/ProfileStore.h"

TokenRequestController::TokenRequestController(HistoryStore* history, QObject* parent)
    : QObject(parent)
    , m_history(history)
{ }

TokenRequestController::~TokenRequestController()
{
    m_secret.fill('\0');
}

bool TokenRequestController::isBusy() const
{
    return m_client && m_client->isBusy();
}

CasClient* TokenRequestController::client()
{
    // Made on the first request: a client sets up TLS (OpenSSL and its configuration), which a
    // window that has not fetched anything yet does not need.
    if (!m_client) {
        m_client = new CasClient(this);
        connect(m_client, &CasClient::requestSent, this, [this](const QUrl& url) {
            emit requestSent(url, m_apiKey);
        });
        connect(m_client, &CasClient::finished, this, &TokenRequestController::onFinished);
    }
    return m_client;
}

CasRequest TokenRequestController::requestFor(const Profile& profile, const QByteArray& secret, const QList<QByteArray>& onlyTrust)
{
    CasRequest request = CasRequest::fromProfile(profile, secret);
    if (!onlyTrust.isEmpty()) {
        request.extraCaCertificates = onlyTrust;
        request.trustSystemRoots = false;
    }
    return request;
}

void TokenRequestController::fetch(const QString& profileName, const Profile& profile, const QByteArray& secret,
                                   const QList<QByteArray>& onlyTrust)
{
    if (isBusy()) {
        return;
    }
    CasRequest request = requestFor(profile, secret, onlyTrust);
    m_profileName = profileName;
    m_apiKey = profile.apiKey;
    m_secret = secret;
    emit started(CasClient::tokenUrl(profile.url).value_or(QUrl()).host());
    client()->fetch(request);
    request.apiSecret.fill('\0');
}

void TokenRequestController::cancel()
{
    if (isBusy()) {
        m_client->cancel();
    }
}

QString TokenRequestController::apiKey() const
{
    return m_apiKey;
}

void TokenRequestController::onFinished(CasResult result)
{
    result.redactSecret(m_secret);
    m_secret.fill('\0');
    m_secret.clear();
    if (result.ok()) {
        m_history->add(m_profileName, result.token, result.httpStatus);
    }
    emit finished(result, m_profileName);
}
