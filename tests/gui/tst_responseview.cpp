#include "core/CasClient.h"
#include "core/DemoCasServer.h"
#include "gui/ResponseView.h"
#include "net/CertificateText.h"
#include "net/SelfSignedCertificate.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace
{
const QUrl TokenUrl(QStringLiteral("https://127.0.0.1:1234/stream/token/v2/"));

QStringList treeTexts(const QTreeWidget* tree)
{
    QStringList texts;
    std::function<void(const QTreeWidgetItem*)> walk = [&](const QTreeWidgetItem* item) {
        for (int i = 0; i < item->childCount(); ++i) {
            const QTreeWidgetItem* child = item->child(i);
            texts.append(child->text(0) + QStringLiteral(": ") + child->data(1, Qt::UserRole).toString());
            walk(child);
        }
    };
    walk(tree->invisibleRootItem());
    return texts;
}

// What the tree shows of each value (the copy actions keep the exact text, in Qt::UserRole).
QStringList shownValues(const QTreeWidget* tree)
{
    QStringList shown;
    std::function<void(const QTreeWidgetItem*)> walk = [&](const QTreeWidgetItem* item) {
        for (int i = 0; i < item->childCount(); ++i) {
            shown.append(item->child(i)->text(1));
            walk(item->child(i));
        }
    };
    walk(tree->invisibleRootItem());
    return shown;
}

QString colonHex(const QByteArray& digest)
{
    const QByteArray hex = digest.toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(u':');
}
} // namespace

class TestResponseView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsEmpty();
    void statusLine_data();
    void statusLine();
    void headersKeepOrder();
    void bodyIsRawAndReadOnly();
    void binaryBodyShownAsHex();
    void byteOrderMarkInBodyShown();
    void tlsDetailsShowCertificate();
    void hostileCertificateNamesShownInert();
    void byteOrderMarkInCertificateNameKept();
    void proxyShown();
    void plainHttpSaysSo();
    void redirectsListed();
    void curlButtonLeavesSecretOut();
    void realFetchFromDemoServer();
    void clearForgetsResult();

private:
    template<typename T>
    T* child(const char* name) const
    {
        T* widget = m_view->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    ResponseView* m_view = nullptr;
};

void TestResponseView::init()
{
    m_view = new ResponseView;
    m_view->resize(700, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestResponseView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestResponseView::startsEmpty()
{
    QCOMPARE(child<QLabel>("statusLine")->text(), QStringLiteral("No request made yet."));
    QCOMPARE(child<QTableWidget>("responseHeaders")->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>("responseBody")->toPlainText().isEmpty());
    QVERIFY(!child<QPushButton>("copyCurl")->isEnabled());
}

void TestResponseView::statusLine_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<QString>("expected");

    QTest::newRow("200") << 200 << QStringLiteral("OK") << qint64(84) << QString()
                         << QStringLiteral("HTTP 200 OK · 84 ms · https://127.0.0.1:1234/stream/token/v2/");
    QTest::newRow("401 no reason") << 401 << QString() << qint64(12) << QStringLiteral("Rejected")
                                   << QStringLiteral("HTTP 401 · 12 ms · https://127.0.0.1:1234/stream/token/v2/");
    QTest::newRow("no response") << 0 << QString() << qint64(3) << QStringLiteral("CAS refused the connection: check the URL and port.")
                                 << QStringLiteral("No response: CAS refused the connection: check the URL and port.");
}

void TestResponseView::statusLine()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(qint64, elapsed);
    QFETCH(QString, errorMessage);
    QFETCH(QString, expected);

    CasResult result;
    result.requestUrl = TokenUrl;
    result.finalUrl = TokenUrl;
    result.httpStatus = status;
    result.reasonPhrase = reason;
    result.elapsedMs = elapsed;
    if (!errorMessage.isEmpty()) {
        result.error.kind = status == 0 ? CasError::Kind::ConnectionRefused : CasError::Kind::AuthRejected;
        result.error.message = errorMessage;
    }
    m_view->setResult(result);
    QCOMPARE(child<QLabel>("statusLine")->text(), expected);
}

void TestResponseView::headersKeepOrder()
{
    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.headers = {{"Server", "demo"},   {"Content-Type", "application/json"}, {"X-Zeta", "1"}, {"X-Alpha", "2"}, {"Set-Cookie", "a=1"},
                      {"Set-Cookie", "b=2"}};
    m_view->setResult(result);

    auto* table = child<QTableWidget>("responseHeaders");
    QCOMPARE(table->rowCount(), result.headers.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), QString::fromLatin1(result.headers.at(row).first));
        QCOMPARE(table->item(row, 1)->text(), QString::fromLatin1(result.headers.at(row).second));
    }
}

void TestResponseView::bodyIsRawAndReadOnly()
{
    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.headers = {{"Content-Type", "application/json"}};
    result.body = "{ \"token\" :\"a.b.c\",\n  \"z\": 1e2, \"a\": true }";
    m_view->setResult(result);

    auto* body = child<QPlainTextEdit>("responseBody");
    QCOMPARE(body->toPlainText(), QString::fromUtf8(result.body));
    QVERIFY(body->isReadOnly());
    QVERIFY(body->font().fixedPitch() || QFontInfo(body->font()).fixedPitch());
    QVERIFY(child<QLabel>("bodyInfo")->text().contains(QStringLiteral("application/json")));
}

void TestResponseView::binaryBodyShownAsHex()
{
    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.body = QByteArray("\x89PNG\r\n\x1a\n\xff\xfe", 10);
    m_view->setResult(result);

    const QString text = child<QPlainTextEdit>("responseBody")->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("00000000  89 50 4e 47 0d 0a 1a 0a ff fe")), qPrintable(text));
    QVERIFY(child<QLabel>("bodyInfo")->text().contains(QStringLiteral("not UTF-8")));
}

// A body that starts with a byte order mark is shown with it: a decoder that skips the mark
// would show "{}" for bytes that are not "{}".
void TestResponseView::byteOrderMarkInBodyShown()
{
    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.body = "\xEF\xBB\xBF{\"token\": \"a.b.c\"}";
    m_view->setResult(result);
    QCOMPARE(child<QPlainTextEdit>("responseBody")->toPlainText(), QStringLiteral("\\ufeff{\"token\": \"a.b.c\"}"));
}

void TestResponseView::tlsDetailsShowCertificate()
{
    const SelfSignedCertificate generated = SelfSignedCertificate::generate(QStringLiteral("cas.test"));
    QVERIFY2(!generated.isNull(), qPrintable(generated.errorString()));

    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.tls.protocol = QStringLiteral("TLS 1.3");
    result.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    result.tls.peerChain = {CertificateText::read(generated.certificate())};
    result.tls.trustedBy = QStringLiteral("the CA file /etc/cas/ca.pem");
    m_view->setResult(result);

    const QStringList rows = treeTexts(child<QTreeWidget>("tlsDetails"));
    const QString all = rows.join(u'\n');
    QVERIFY2(rows.contains(QStringLiteral("Protocol: TLS 1.3")), qPrintable(all));
    QVERIFY2(rows.contains(QStringLiteral("Cipher: TLS_AES_256_GCM_SHA384")), qPrintable(all));
    QVERIFY2(rows.contains(QStringLiteral("Trusted through: the CA file /etc/cas/ca.pem")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Subject: CN=cas.test")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("(self-signed)")), qPrintable(all));
    const QString fingerprint = colonHex(generated.certificate().digest(QCryptographicHash::Sha256));
    QVERIFY2(rows.contains(QStringLiteral("SHA-256 fingerprint: ") + fingerprint), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Valid from: ")) && all.contains(QStringLiteral("Valid to: ")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("(expired)")), qPrintable(all));
}

// A server chooses its certificate's names: they reach the view through CertificateText as the
// server wrote them, and are shown with every control or direction character as a visible escape.
void TestResponseView::hostileCertificateNamesShownInert()
{
    const QString evil = QStringLiteral("cas\u202Egnp.test\x1b[31m<b>x</b>");
    const SelfSignedCertificate generated = SelfSignedCertificate::generate(evil, {QStringLiteral("cas.test")}, {});
    QVERIFY2(!generated.isNull(), qPrintable(generated.errorString()));
    const CertificateInfo info = CertificateText::read(generated.certificate());
    QVERIFY2(info.subject.contains(QChar(0x202E)), qPrintable(info.subject)); // read out as written

    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.tls.protocol = QStringLiteral("TLS 1.3");
    result.tls.peerChain = {info};
    m_view->setResult(result);

    const QString all = shownValues(child<QTreeWidget>("tlsDetails")).join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("CN=cas\\u202egnp.test\\x1b[31m<b>x</b>")), qPrintable(all)); // escapes; markup as typed
    QVERIFY2(!all.contains(QChar(0x202E)) && !all.contains(QChar(0x1b)), qPrintable(all));
}

// A common name that starts with a byte order mark is not the name without it: it is read out
// with the mark and shown as an escape.
void TestResponseView::byteOrderMarkInCertificateNameKept()
{
    const SelfSignedCertificate generated =
        SelfSignedCertificate::generate(QStringLiteral("\uFEFFcas.test"), {QStringLiteral("cas.test")}, {});
    QVERIFY2(!generated.isNull(), qPrintable(generated.errorString()));
    const CertificateInfo info = CertificateText::read(generated.certificate());
    QCOMPARE(info.subject, QStringLiteral("CN=\uFEFFcas.test, O=CAS Console demo"));
    QCOMPARE(info.issuer, info.subject);

    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.tls.protocol = QStringLiteral("TLS 1.3");
    result.tls.peerChain = {info};
    m_view->setResult(result);
    const QStringList shown = shownValues(child<QTreeWidget>("tlsDetails"));
    QVERIFY2(shown.contains(QStringLiteral("CN=\\ufeffcas.test, O=CAS Console demo")), qPrintable(shown.join(u'\n')));
    // The copy action keeps the exact name.
    QVERIFY(treeTexts(child<QTreeWidget>("tlsDetails")).contains(QStringLiteral("Subject: ") + info.subject));
}

void TestResponseView::proxyShown()
{
    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.tls.protocol = QStringLiteral("TLS 1.3");
    result.proxy = QStringLiteral("http://***@127.0.0.1:3128 (https_proxy)");
    m_view->setResult(result);
    const QStringList rows = treeTexts(child<QTreeWidget>("tlsDetails"));
    QVERIFY2(rows.contains(QStringLiteral("Proxy: http://***@127.0.0.1:3128 (https_proxy)")), qPrintable(rows.join(u'\n')));

    result.proxy.clear();
    m_view->setResult(result);
    QVERIFY(!treeTexts(child<QTreeWidget>("tlsDetails")).join(u'\n').contains(QStringLiteral("Proxy")));
}

void TestResponseView::plainHttpSaysSo()
{
    CasResult result;
    result.requestUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/stream/token/v2/"));
    result.httpStatus = 200;
    m_view->setResult(result);
    QCOMPARE(treeTexts(child<QTreeWidget>("tlsDetails")), QStringList {QStringLiteral("Connection: Plain HTTP (loopback only)")});
}

void TestResponseView::redirectsListed()
{
    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    m_view->setResult(result);
    QVERIFY(child<QListWidget>("redirectList")->isHidden());

    result.redirects = {QUrl(QStringLiteral("https://127.0.0.1:1234/v2/")),
                        QUrl(QStringLiteral("https://127.0.0.1:1234/stream/token/v2/"))};
    m_view->setResult(result);
    auto* list = child<QListWidget>("redirectList");
    QVERIFY(!list->isHidden());
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("https://127.0.0.1:1234/v2/"));
}

void TestResponseView::curlButtonLeavesSecretOut()
{
    const QString secret = QStringLiteral("s3cr3t-value-never-shown");
    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.redactedRequest = CasClient::describeRequest(TokenUrl, QStringLiteral("my-key"));
    m_view->setRequestContext(QStringLiteral("my-key"), QStringLiteral("/tmp/ca file.pem"));
    m_view->setResult(result);

    QSignalSpy spy(m_view, &ResponseView::copyRequested);
    auto* button = child<QPushButton>("copyCurl");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(spy.count(), 1);
    const QString text = spy.at(0).at(0).toString();
    QVERIFY2(text.startsWith(QStringLiteral("curl ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("$CAS_API_SECRET")), qPrintable(text));
    QVERIFY(!text.contains(secret));
    QVERIFY(text.contains(QStringLiteral("Auth-API-Key: my-key")));
    QVERIFY(text.contains(QStringLiteral("ca file.pem")));
    QVERIFY(text.contains(TokenUrl.toString()));
    QCOMPARE(spy.at(0).at(1).value<ClipboardService::Sensitivity>(), ClipboardService::Sensitivity::Plain);
    QVERIFY(!spy.at(0).at(2).toString().isEmpty());
}

// The whole path with real parts: the demo CAS over HTTPS, CasClient, and the view.
void TestResponseView::realFetchFromDemoServer()
{
    DemoCasServer server;
    QString error;
    QVERIFY2(server.start(0, true, &error), qPrintable(error));

    CasClient client;
    QSignalSpy finished(&client, &CasClient::finished);
    CasRequest request;
    request.baseUrl = server.baseUrl().toString();
    request.apiKey = DemoCasServer::ApiKey;
    request.apiSecret = DemoCasServer::ApiSecret;
    request.extraCaCertificates = {server.certificatePem()};
    client.fetch(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const CasResult result = finished.at(0).at(0).value<CasResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message + u' ' + result.error.detail));

    m_view->setRequestContext(request.apiKey, QString());
    m_view->setResult(result);

    const QString status = child<QLabel>("statusLine")->text();
    QVERIFY2(status.startsWith(QStringLiteral("HTTP 200")), qPrintable(status));
    QVERIFY2(status.endsWith(result.finalUrl.toDisplayString()), qPrintable(status));

    const QString sent = child<QPlainTextEdit>("requestAsSent")->toPlainText();
    const QString secret = QString::fromLatin1(DemoCasServer::ApiSecret);
    QVERIFY2(!sent.contains(secret), qPrintable(sent));
    QVERIFY2(sent.contains(QStringLiteral("<redacted>")), qPrintable(sent));
    QVERIFY2(sent.contains(DemoCasServer::ApiKey), qPrintable(sent));

    QVERIFY(child<QPlainTextEdit>("responseBody")->toPlainText().contains(result.token));
    QVERIFY(child<QTableWidget>("responseHeaders")->rowCount() > 0);

    const QString tls = treeTexts(child<QTreeWidget>("tlsDetails")).join(u'\n');
    const QString fingerprint = colonHex(QSslCertificate(server.certificatePem()).digest(QCryptographicHash::Sha256));
    QVERIFY2(tls.contains(fingerprint), qPrintable(tls));
    QVERIFY2(tls.contains(QStringLiteral("Protocol: TLS")), qPrintable(tls));

    QSignalSpy copy(m_view, &ResponseView::copyRequested);
    QTest::mouseClick(child<QPushButton>("copyCurl"), Qt::LeftButton);
    QTRY_COMPARE(copy.count(), 1);
    QVERIFY(!copy.at(0).at(0).toString().contains(secret));
}

void TestResponseView::clearForgetsResult()
{
    CasResult result;
    result.requestUrl = TokenUrl;
    result.httpStatus = 200;
    result.headers = {{"Server", "demo"}};
    result.body = "{}";
    result.redactedRequest = QStringLiteral("GET /stream/token/v2/");
    m_view->setResult(result);
    m_view->clear();
    QCOMPARE(child<QTableWidget>("responseHeaders")->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>("responseBody")->toPlainText().isEmpty());
    QVERIFY(child<QPlainTextEdit>("requestAsSent")->toPlainText().isEmpty());
    QVERIFY(!child<QPushButton>("copyCurl")->isEnabled());
    QCOMPARE(child<QLabel>("statusLine")->text(), QStringLiteral("No request made yet."));
}

QTEST_MAIN(TestResponseView)
#include "tst_responseview.moc"
