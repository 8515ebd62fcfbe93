#pragma once

#include "core/CasResult.h"

#include <QObject>

class CasClient;
struct CasRequest;
class HistoryStore;
struct Profile;

/// One token request at a time for the window: builds it from a profile and a secret, keeps the
/// secret only while the request runs (and redacts it from whatever the server echoes back),
/// records fetched tokens in the history of the profile that asked.
class TokenRequestController : public QObject
{
    Q_OBJECT
public:
    explicit TokenRequestController(HistoryStore* history, QObject* parent = nullptr);
    ~TokenRequestController() override;

    /// The CAS request a profile describes; onlyTrust, when not empty, is the only trusted certificate.
    static CasRequest requestFor(const Profile& profile, const QByteArray& secret, const QList<QByteArray>& onlyTrust = {});

    bool isBusy() const;
    /// Sends the request; onlyTrust, when not empty, is the only trusted certificate (the demo's).
    void fetch(const QString& profileName, const Profile& profile, const QByteArray& secret, const QList<QByteArray>& onlyTrust = {});
    void cancel();
    QString apiKey() const; ///< of the latest request

signals:
    void started(const QString& host);
    void requestSent(const QUrl& url, const QString& apiKey);
    /// The answer, secret redacted, for the profile that asked (which may no longer be selected).
    void finished(const CasResult& result, const QString& profileName);

private:
    void onFinished(CasResult result);

    CasClient* client();

    CasClient* m_client = nullptr;
    HistoryStore* m_history;
    QString m_profileName;
    QString m_apiKey;
    QByteArray m_secret; ///< only while a request runs, to redact an echo
};
