#pragma once

#include <QString>

/// How the console writes a span of time, in one place for every view and message.
namespace Duration
{
/// Whole largest unit: "45 s", "59 min", "2 h", "1 day", "3 days". The sign is ignored.
QString coarse(qint64 seconds);
/// Two units where they matter: "45 s", "59 min 12 s", "2 h 05 min", "3 d 4 h". The sign is ignored.
QString precise(qint64 seconds);
} // namespace Duration
