#include "core/Duration.h"

#include <QTest>

#include <limits>

class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void coarse_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("59 s");
        QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 min");
        QTest::newRow("59 min rounds down") << qint64(3599) << QStringLiteral("59 min");
        QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 h");
        QTest::newRow("1 day") << qint64(86400) << QStringLiteral("1 day");
        QTest::newRow("3 days") << qint64(3 * 86400 + 5) << QStringLiteral("3 days");
        QTest::newRow("sign ignored") << qint64(-120) << QStringLiteral("2 min");
        QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << QStringLiteral("106751991167300 days");
    }

    void coarse()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Duration::coarse(seconds), text);
    }

    void precise_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("45 s") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("whole minutes") << qint64(240) << QStringLiteral("4 min");
        QTest::newRow("minutes and seconds") << qint64(59 * 60 + 12) << QStringLiteral("59 min 12 s");
        QTest::newRow("whole hours") << qint64(7200) << QStringLiteral("2 h");
        QTest::newRow("hours and padded minutes") << qint64(3600 + 5 * 60 + 9) << QStringLiteral("1 h 05 min");
        QTest::newRow("days and hours") << qint64(2 * 86400 + 3 * 3600) << QStringLiteral("2 d 3 h");
        QTest::newRow("whole days") << qint64(86400) << QStringLiteral("1 d");
        QTest::newRow("sign ignored") << qint64(-75) << QStringLiteral("1 min 15 s");
    }

    void precise()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Duration::precise(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
