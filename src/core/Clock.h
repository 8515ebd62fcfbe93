#pragma once

#include <QDateTime>

/// The source of "now" for everything that interprets time (token expiry, countdowns).
/// Production code reads Clock::now(); tests install a ManualClock so nothing has to sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentDateTimeUtc() const = 0;

    static QDateTime now();
    /// Installs a clock (not owned); nullptr restores the system clock.
    static void setInstance(const Clock* clock);
};

/// A clock that stands still until told otherwise.
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
