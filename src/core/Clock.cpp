#include "core/Clock.h"

namespace
{
class SystemClock : public Clock
{
public:
    QDateTime currentDateTimeUtc() const override
    {
        return QDateTime::currentDateTimeUtc();
    }
};

const SystemClock s_systemClock;
const Clock* s_clock = &s_systemClock;
} // namespace

QDateTime Clock::now()
{
    return s_clock->currentDateTimeUtc();
}

void Clock::setInstance(const Clock* clock)
{
    s_clock = clock ? clock : &s_systemClock;
}
