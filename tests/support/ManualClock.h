#pragma once

#include "core/Clock.h"

/// A clock that stands still until told otherwise; installed with Clock::setInstance in tests.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime::currentDateTimeUtc());
    QDateTime currentDateTimeUtc() const override;
    void setNow(const QDateTime& now);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};
