#pragma once

#include <QDateTime>

/// The source of "now" for everything that interprets time (token expiry, countdowns).
/// Production code reads Clock::now(); tests install a clock of their own (tests/support/ManualClock.h) so nothing has to sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentDateTimeUtc() const = 0;

    static QDateTime now();
    /// Installs a clock (not owned); nullptr restores the system clock.
    static void setInstance(const Clock* clock);
};
