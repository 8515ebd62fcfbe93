#include "core/ExpiryGuard.h"

#include "core/Duration.h"

#include "core/Jwt.h"

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
        result.message = left == 0
            ? tr("This token has just expired: clients will be refused. Fetch a fresh one?")
            : tr("This token expired %1 ago: clients will be refused. Fetch a fresh one?").arg(Duration::coarse(-left));
    } else if (left <= SoonSeconds) {
        result.status = ExpiryCheck::Status::ExpiresSoon;
        result.seconds = left;
        result.message =
            tr("This token expires in %1: clients that join later will be refused. Fetch a fresh one?").arg(Duration::coarse(left));
    }
    return result;
}
