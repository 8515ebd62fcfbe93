#include "core/JsonFormatter.h"
#include "core/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesOneObjectInOrder()
    {
        JsonWriter error;
        error.add(QStringLiteral("kind"), QStringLiteral("usage"));
        JsonWriter writer;
        writer.add(QStringLiteral("b"), 1).add(QStringLiteral("a"), true).addNull(QStringLiteral("n"));
        writer.add(QStringLiteral("list"), QStringList {QStringLiteral("x"), QStringLiteral("y")});
        writer.addObject(QStringLiteral("error"), error);
        QCOMPARE(writer.toJson(),
                 QByteArray(R"({"b":1,"a":true,"n":null,"list":["x","y"],"error":{"kind":"usage"}})"
                            "\n"));
    }

    void aNameIsWrittenOnce()
    {
        JsonWriter writer;
        writer.add(QStringLiteral("token"), QStringLiteral("first"));
        writer.add(QStringLiteral("x"), 1);
        writer.add(QStringLiteral("token"), QStringLiteral("second"));
        QCOMPARE(writer.toJson(), QByteArray("{\"token\":\"second\",\"x\":1}\n"));
    }

    void stringsAreEscaped()
    {
        JsonWriter writer;
        writer.add(QStringLiteral("s"), QStringLiteral("\"},\"token\":\"x\x1b]0;t\x07\n"));
        const QByteArray json = writer.toJson();
        QVERIFY2(!json.contains('\x1b') && !json.contains('\x07'), json.constData());
        QCOMPARE(json.count('\n'), 1);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.size(), 1);
        QCOMPARE(object.value(QStringLiteral("s")).toString(), QStringLiteral("\"},\"token\":\"x\x1b]0;t\x07\n"));
    }

    void rawJsonOnlyWhenWellFormed_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("object, order and big number kept") << QByteArray(R"({"z":1, "a":12345678901234567890})") << true;
        QTest::newRow("breaks out of its member") << QByteArray(R"(1},"token":"attacker","x":{"a":1)") << false;
        QTest::newRow("unterminated") << QByteArray(R"({"a":)") << false;
        QTest::newRow("raw control character in a string") << QByteArray("{\"a\":\"\x1b\"}") << false;
        QTest::newRow("trailing text") << QByteArray(R"({"a":1} {"b":2})") << false;
    }

    void rawJsonOnlyWhenWellFormed()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, accepted);
        JsonWriter writer;
        writer.add(QStringLiteral("token"), QStringLiteral("t"));
        QCOMPARE(writer.addRaw(QStringLiteral("payload"), raw), accepted);
        QCOMPARE(writer.contains(QStringLiteral("payload")), accepted);
        const QByteArray json = writer.toJson();
        const JsonFormatResult parsed = JsonFormatter::format(json);
        QVERIFY2(parsed.ok && parsed.isObject && parsed.duplicateKeys.isEmpty(), json.constData());
        QCOMPARE(parsed.topLevel.size(), accepted ? 2 : 1);
        if (accepted)
            QVERIFY2(json.contains(R"("payload":{"z":1,"a":12345678901234567890})"), json.constData());
    }
};

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
