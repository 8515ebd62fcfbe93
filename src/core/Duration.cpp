#include "core/Duration.h"

#include <QCoreApplication>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Duration", text);
}

qint64 magnitude(qint64 seconds)
{
    // qAbs of the most negative value would overflow.
    return seconds == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : qAbs(seconds);
}
} // namespace

namespace Duration
{
QString coarse(qint64 seconds)
{
    seconds = magnitude(seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h").arg(seconds / 3600);
    const qint64 days = seconds / 86400;
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QString precise(qint64 seconds)
{
    seconds = magnitude(seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        const qint64 s = seconds % 60;
        return s == 0 ? tr("%1 min").arg(seconds / 60) : tr("%1 min %2 s").arg(seconds / 60).arg(s);
    }
    if (seconds < 86400) {
        const qint64 m = (seconds % 3600) / 60;
        return m == 0 ? tr("%1 h").arg(seconds / 3600) : tr("%1 h %2 min").arg(seconds / 3600).arg(m, 2, 10, QLatin1Char('0'));
    }
    const qint64 h = (seconds % 86400) / 3600;
    return h == 0 ? tr("%1 d").arg(seconds / 86400) : tr("%1 d %2 h").arg(seconds / 86400).arg(h);
}
} // namespace Duration
