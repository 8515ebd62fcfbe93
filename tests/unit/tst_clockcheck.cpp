// ClockCheck: HTTP-date forms, skew sign and threshold, iat skew, garbage gives no conclusion.
#include "core/ClockCheck.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

namespace
{
QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}
} // namespace

class TestClockCheck : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime rfc = utc(1994, 11, 6, 8, 49, 37);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfc;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfc;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfc;
        QTest::newRow("asctime two-digit day") << QByteArray("Fri Nov 27 21:03:00 2026") << utc(2026, 11, 27, 21, 3, 0);
        QTest::newRow("surrounding space") << QByteArray("  Fri, 27 Nov 2026 21:03:00 GMT \r\n") << utc(2026, 11, 27, 21, 3, 0);
        QTest::newRow("RFC 850 2000s") << QByteArray("Friday, 27-Nov-26 21:03:00 GMT") << utc(2026, 11, 27, 21, 3, 0);
        QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 23:59:59 GMT") << utc(2024, 2, 29, 23, 59, 59);
        QTest::newRow("leap second read as :59") << QByteArray("Sat, 31 Dec 2016 23:59:60 GMT") << utc(2016, 12, 31, 23, 59, 59);
        QTest::newRow("lower-case names") << QByteArray("fri, 27 nov 2026 21:03:00 GMT") << utc(2026, 11, 27, 21, 3, 0);
    }

    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed = ClockCheck::parseHttpDate(header);
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void parseIgnoresLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const std::optional<QDateTime> parsed = ClockCheck::parseHttpDate("Tue, 03 Mar 2026 10:00:00 GMT");
        QLocale::setDefault(before);
        QVERIFY(parsed);
        QCOMPARE(*parsed, utc(2026, 3, 3, 10, 0, 0));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("words") << QByteArray("not a date");
        QTest::newRow("ISO 8601") << QByteArray("2026-11-27T21:03:00Z");
        QTest::newRow("not GMT") << QByteArray("Fri, 27 Nov 2026 21:03:00 CET");
        QTest::newRow("offset") << QByteArray("Fri, 27 Nov 2026 21:03:00 +0100");
        QTest::newRow("German month") << QByteArray("Fri, 27 Dez 2026 21:03:00 GMT");
        QTest::newRow("bad day") << QByteArray("Mon, 31 Feb 2026 21:03:00 GMT");
        QTest::newRow("hour 24") << QByteArray("Fri, 27 Nov 2026 24:00:00 GMT");
        QTest::newRow("minute 60") << QByteArray("Fri, 27 Nov 2026 21:60:00 GMT");
        QTest::newRow("short year") << QByteArray("Fri, 27 Nov 26 21:03:00 GMT");
        QTest::newRow("signed") << QByteArray("Fri, +7 Nov 2026 21:03:00 GMT");
        QTest::newRow("no weekday") << QByteArray("27 Nov 2026 21:03:00 GMT");
        QTest::newRow("bad weekday") << QByteArray("Fry, 27 Nov 2026 21:03:00 GMT");
        QTest::newRow("long weekday in IMF") << QByteArray("Friday, 27 Nov 2026 21:03:00 GMT");
        QTest::newRow("time without seconds") << QByteArray("Fri, 27 Nov 2026 21:03 GMT");
        QTest::newRow("trailing junk") << QByteArray("Fri, 27 Nov 2026 21:03:00 GMT x");
        QTest::newRow("binary") << QByteArray("\x00\xff,\x01", 4);
    }

    void garbage()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!ClockCheck::parseHttpDate(header));
        const ClockCheckResult result = ClockCheck::compare(header, utc(2026, 11, 27, 21, 3, 0), 1800000000);
        QVERIFY(!result.conclusive);
        QVERIFY(!result.significant);
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.skewSeconds, qint64(0));
    }

    void compare_data()
    {
        QTest::addColumn<int>("offset"); // local minus server
        QTest::addColumn<bool>("significant");
        QTest::addColumn<QString>("message");
        QTest::newRow("equal") << 0 << false << QStringLiteral("Your clock agrees with CAS's.");
        QTest::newRow("2 s ahead") << 2 << false << QStringLiteral("Your clock agrees with CAS's (2 s ahead).");
        QTest::newRow("60 s behind") << -60 << false << QStringLiteral("Your clock agrees with CAS's (1 min behind).");
        QTest::newRow("61 s ahead") << 61 << true
                                    << QStringLiteral("Your clock is 1 min 1 s ahead of CAS's: valid tokens may look expired "
                                                      "before they are.");
        QTest::newRow("192 s behind") << -192 << true
                                      << QStringLiteral("Your clock is 3 min 12 s behind CAS's: fresh tokens may look issued "
                                                        "in the future or not yet valid, and expired ones may look valid.");
        QTest::newRow("2 h ahead") << 7200 + 300 << true
                                   << QStringLiteral("Your clock is 2 h 05 min ahead of CAS's: valid tokens may look expired "
                                                     "before they are.");
    }

    void compare()
    {
        QFETCH(int, offset);
        QFETCH(bool, significant);
        QFETCH(QString, message);
        const QDateTime server = utc(2026, 11, 27, 21, 3, 0);
        const ClockCheckResult result = ClockCheck::compare("Fri, 27 Nov 2026 21:03:00 GMT", server.addSecs(offset));
        QVERIFY(result.conclusive);
        QCOMPARE(result.serverTime, server);
        QCOMPARE(result.skewSeconds, qint64(offset));
        QCOMPARE(result.significant, significant);
        QCOMPARE(result.message, message);
        QVERIFY(!result.iatSkewSeconds);
    }

    void iatSkew()
    {
        const QDateTime server = utc(2026, 11, 27, 21, 3, 0);
        const qint64 iat = server.toSecsSinceEpoch() + 5;
        const ClockCheckResult result = ClockCheck::compare("Fri, 27 Nov 2026 21:03:00 GMT", server.addSecs(-100), iat);
        QVERIFY(result.iatSkewSeconds);
        QCOMPARE(*result.iatSkewSeconds, qint64(-105));
        QCOMPARE(result.skewSeconds, qint64(-100));
    }

    void localTimeZoneDoesNotMatter()
    {
        const QDateTime server = utc(2026, 11, 27, 21, 3, 0);
        const QDateTime local = server.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kolkata")));
        const ClockCheckResult result = ClockCheck::compare("Fri, 27 Nov 2026 21:03:00 GMT", local);
        QVERIFY(result.conclusive);
        QCOMPARE(result.skewSeconds, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
