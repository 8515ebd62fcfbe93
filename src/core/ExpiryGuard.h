#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Jwt;

/// What the guard found, with a question a person can answer.
struct ExpiryCheck
{
    enum class Status { Ok, ExpiresSoon, Expired };
    Status status = Status::Ok;
    qint64 seconds = 0; ///< until exp (ExpiresSoon) or since exp (Expired); 0 when Ok
    QString message; ///< empty when Ok
};

/// Checked before a token is handed out (copy, QR): an expired token or one about to expire
/// makes every client that uses it fail, so the user is asked first. No exp claim is Ok.
class ExpiryGuard
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryGuard)

public:
    static constexpr qint64 SoonSeconds = 60;

    static ExpiryCheck check(const Jwt& jwt, const QDateTime& now);
};
