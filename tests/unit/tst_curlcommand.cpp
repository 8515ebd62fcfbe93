#include "core/CurlCommand.h"

#include <QTest>

class tst_CurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocsExample_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("secret");
        const QString url = QStringLiteral("https://cas.example.com/stream/token/v2/");
        QTest::newRow("as printed in the docs")
            << QStringLiteral("curl -iL --request GET --url https://cas.example.com/stream/token/v2/ --header 'auth-api-key: K-123' "
                              "--header 'auth-api-secret: s3cr3t'")
            << url << QStringLiteral("K-123") << QByteArray("s3cr3t");
        QTest::newRow("backslash continuations")
            << QStringLiteral("curl -iL \\\n  --request GET \\\n  --url https://cas.example.com/stream/token/v2/ \\\n"
                              "  --header 'auth-api-key: K-123' \\\n  --header 'auth-api-secret: s3cr3t'\n")
            << url << QStringLiteral("K-123") << QByteArray("s3cr3t");
        QTest::newRow("CRLF continuations") << QStringLiteral(
            "curl -iL \\\r\n --url https://cas.example.com/stream/token/v2/ \\\r\n -H 'auth-api-key: K-123' \\\r\n"
            " -H 'auth-api-secret: s3cr3t'\r\n")
                                            << url << QStringLiteral("K-123") << QByteArray("s3cr3t");
        QTest::newRow("cmd.exe carets and double quotes")
            << QStringLiteral("curl -iL ^\n --url \"https://cas.example.com/stream/token/v2/\" ^\n --header \"Auth-Api-Key: K-123\" ^\n"
                              " --header \"Auth-Api-Secret: s3cr3t\"")
            << url << QStringLiteral("K-123") << QByteArray("s3cr3t");
        QTest::newRow("PowerShell backticks") << QStringLiteral(
            "curl.exe -iL `\n --url https://cas.example.com/stream/token/v2/ `\n -H 'AUTH-API-KEY: K-123' `\n"
            " -H 'AUTH-API-SECRET: s3cr3t'") << url
                                              << QStringLiteral("K-123") << QByteArray("s3cr3t");
        QTest::newRow("URL as the bare argument, -H glued") << QStringLiteral("curl -X GET https://cas.example.com/stream/token/v2/ "
                                                                              "-H'auth-api-key:K-123' -H'auth-api-secret:s3cr3t'")
                                                            << url << QStringLiteral("K-123") << QByteArray("s3cr3t");
        QTest::newRow("quotes and escapes inside values")
            << QStringLiteral("curl --url 'https://cas.example.com/stream/token/v2/' --header \"auth-api-key: K \\\"1\\\"\" "
                              "--header 'auth-api-secret: it'\\''s $ecret'")
            << url << QStringLiteral("K \"1\"") << QByteArray("it's $ecret");
        QTest::newRow("$'...' quoting") << QStringLiteral(
            "curl --url https://cas.example.com/stream/token/v2/ --header $'auth-api-key: K-123' "
            "--header $'auth-api-secret: a\\'b'")
                                        << url << QStringLiteral("K-123") << QByteArray("a'b");
        QTest::newRow("no secret header") << QStringLiteral("curl --url https://cas.example.com --header 'auth-api-key: K-123'")
                                          << QStringLiteral("https://cas.example.com") << QStringLiteral("K-123") << QByteArray();
        QTest::newRow("other option values are not the URL")
            << QStringLiteral("curl -o out.txt --user-agent https://not.this/ --url https://cas.example.com/stream/token/v2/ "
                              "--header 'auth-api-key: K-123'")
            << url << QStringLiteral("K-123") << QByteArray();
    }

    void readsTheDocsExample()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QFETCH(QString, key);
        QFETCH(QByteArray, secret);
        QString error;
        const std::optional<CurlCommand> command = CurlCommand::parse(text, &error);
        QVERIFY2(command, qPrintable(error));
        QCOMPARE(command->url, url);
        QCOMPARE(command->apiKey, key);
        QCOMPARE(command->apiSecret, secret);
        QCOMPARE(command->baseUrl(), QStringLiteral("https://cas.example.com"));
    }

    void refusesWhatIsNotACasCurlCommand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << QStringLiteral("not a curl command");
        QTest::newRow("wget") << QStringLiteral("wget https://cas.example.com") << QStringLiteral("not a curl command");
        QTest::newRow("open quote") << QStringLiteral("curl --url 'https://cas.example.com --header x") << QStringLiteral("never closed");
        QTest::newRow("no URL") << QStringLiteral("curl --header 'auth-api-key: K'") << QStringLiteral("no URL");
        QTest::newRow("no key") << QStringLiteral("curl --url https://cas.example.com --header 'auth-api-secret: s'")
                                << QStringLiteral("no auth-api-key");
    }

    void refusesWhatIsNotACasCurlCommand()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        QString error;
        QVERIFY(!CurlCommand::parse(text, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("s3cr3t")));
    }
};

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
