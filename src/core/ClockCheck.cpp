#include "core/ClockCheck.h"

#include "core/Duration.h"

#include <QList>

namespace
{
const char* const ShortDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char* const LongDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char* const Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isWeekday(const QByteArray& word, const char* const (&names)[7])
{
    for (const char* name : names) {
        if (word.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int monthNumber(const QByteArray& word)
{
    for (int i = 0; i < 12; ++i) {
        if (word.compare(Months[i], Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// Digits only, so no sign, space or locale digit slips through toInt().
std::optional<int> number(const QByteArray& text, int minDigits, int maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<QTime> timeOfDay(const QByteArray& text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3)
        return std::nullopt;
    const auto h = number(parts.at(0), 2, 2);
    const auto m = number(parts.at(1), 2, 2);
    const auto s = number(parts.at(2), 2, 2);
    if (!h || !m || !s || *h > 23 || *m > 59 || *s > 60)
        return std::nullopt;
    return QTime(*h, *m, qMin(*s, 59)); // a leap second is read as :59
}

std::optional<QDateTime> make(std::optional<int> year, int month, std::optional<int> day, const std::optional<QTime>& time)
{
    if (!year || month == 0 || !day || !time)
        return std::nullopt;
    const QDate date(*year, month, *day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC);
}
} // namespace

std::optional<QDateTime> ClockCheck::parseHttpDate(const QByteArray& value)
{
    const QByteArray text = value.simplified();
    const int comma = text.indexOf(',');
    if (comma > 0) {
        const QByteArray weekday = text.left(comma);
        const QList<QByteArray> fields = text.mid(comma + 1).trimmed().split(' ');
        if (fields.size() == 5 && isWeekday(weekday, ShortDays) && fields.at(4) == "GMT") {
            // IMF-fixdate
            return make(number(fields.at(2), 4, 4), monthNumber(fields.at(1)), number(fields.at(0), 1, 2), timeOfDay(fields.at(3)));
        }
        if (fields.size() == 3 && isWeekday(weekday, LongDays) && fields.at(2) == "GMT") {
            // RFC 850: dd-Mon-yy; a two-digit year is read in 1970-2069.
            const QList<QByteArray> date = fields.at(0).split('-');
            if (date.size() != 3)
                return std::nullopt;
            std::optional<int> year = number(date.at(2), 2, 2);
            if (year)
                *year += *year < 70 ? 2000 : 1900;
            return make(year, monthNumber(date.at(1)), number(date.at(0), 2, 2), timeOfDay(fields.at(1)));
        }
        return std::nullopt;
    }
    // asctime: "Sun Nov  6 08:49:37 1994" (simplified() folded the padding space)
    const QList<QByteArray> fields = text.split(' ');
    if (fields.size() == 5 && isWeekday(fields.at(0), ShortDays))
        return make(number(fields.at(4), 4, 4), monthNumber(fields.at(1)), number(fields.at(2), 1, 2), timeOfDay(fields.at(3)));
    return std::nullopt;
}

ClockCheckResult ClockCheck::compare(const QByteArray& dateHeader, const QDateTime& localNow, std::optional<qint64> iat)
{
    ClockCheckResult result;
    const std::optional<QDateTime> server = parseHttpDate(dateHeader);
    if (!server || !localNow.isValid())
        return result;
    const qint64 local = localNow.toSecsSinceEpoch();
    result.conclusive = true;
    result.serverTime = *server;
    result.skewSeconds = local - server->toSecsSinceEpoch();
    if (iat)
        result.iatSkewSeconds = local - *iat;
    const qint64 size = qAbs(result.skewSeconds);
    result.significant = size > ThresholdSeconds;
    if (result.significant && result.skewSeconds > 0) {
        result.message = tr("Your clock is %1 ahead of CAS's: valid tokens may look expired before they are.").arg(Duration::precise(size));
    } else if (result.significant) {
        result.message = tr("Your clock is %1 behind CAS's: fresh tokens may look issued in the future or not yet valid, "
                            "and expired ones may look valid.")
                             .arg(Duration::precise(size));
    } else if (size == 0) {
        result.message = tr("Your clock agrees with CAS's.");
    } else {
        result.message = result.skewSeconds > 0 ? tr("Your clock agrees with CAS's (%1 ahead).").arg(Duration::precise(size))
                                                : tr("Your clock agrees with CAS's (%1 behind).").arg(Duration::precise(size));
    }
    return result;
}
