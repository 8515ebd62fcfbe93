#include "ManualClock.h"

ManualClock::ManualClock(const QDateTime& start)
    : m_now(start.toUTC())
{ }

QDateTime ManualClock::currentDateTimeUtc() const
{
    return m_now;
}

void ManualClock::setNow(const QDateTime& now)
{
    m_now = now.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}
