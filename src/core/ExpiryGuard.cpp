#include "ExpiryGuard.h"

#include "Jwt.h"

ExpiryCheck ExpiryGuard::check(const Jwt& jwt, const QDateTime& now)
{
    ExpiryCheck result;
    const std::optional<qint64> exp = jwt.numericClaim(QStringLiteral("exp"));
    if (!exp)
        return result;
    qint64 left = 0;
    if (__builtin_sub_overflow(*exp, now.toSecsSinceEpoch(), &left))
        return result;
    if (left <= 0) {
        result.status = ExpiryCheck::Status::Expired;
        result.seconds = -left;
        result.message = left == 0 ? tr("This token has just expired: clients will be refused. Fetch a fresh one?")
                                   : tr("This token expired %1 ago: clients will be refused. Fetch a fresh one?").arg(formatSpan(-left));
    } else if (left <= SoonSeconds) {
        result.status = ExpiryCheck::Status::ExpiresSoon;
        result.seconds = left;
        result.message = tr("This token expires in %1: clients that join later will be refused. Fetch a fresh one?").arg(formatSpan(left));
    }
    return result;
}

QString ExpiryGuard::formatSpan(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h").arg(seconds / 3600);
    const qint64 days = seconds / 86400;
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}
