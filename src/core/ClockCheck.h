#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

/// How far this machine's clock is from CAS's, read from the HTTP Date header of a response.
struct ClockCheckResult
{
    bool conclusive = false; ///< a Date header could be read; else nothing else is set
    QDateTime serverTime; ///< UTC
    qint64 skewSeconds = 0; ///< local minus server: > 0 when this clock is ahead
    std::optional<qint64> iatSkewSeconds; ///< local minus the token's iat, when given
    bool significant = false; ///< |skewSeconds| > ClockCheck::ThresholdSeconds
    QString message; ///< for a person; empty when not conclusive
};

/// Compares the local clock with the server's. A token's exp and nbf are the server's times, so
/// a skewed local clock makes valid tokens look expired or not yet valid.
class ClockCheck
{
    Q_DECLARE_TR_FUNCTIONS(ClockCheck)

public:
    static constexpr qint64 ThresholdSeconds = 60;

    /// RFC 7231 HTTP-date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the obsolete RFC 850
    /// ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994") forms.
    /// English names whatever the locale; nullopt for anything else.
    static std::optional<QDateTime> parseHttpDate(const QByteArray& value);

    static ClockCheckResult compare(const QByteArray& dateHeader, const QDateTime& localNow, std::optional<qint64> iat = std::nullopt);
};
