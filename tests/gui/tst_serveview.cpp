// The Serve tab offscreen, serving the real demo CAS over HTTPS to real HTTP clients: start/stop,
// the URL and hints, live sessions with renew/end, the request log, "ask first", the LAN access
// code (never bound here: LAN is only configured), presentation mode, and no secret in any widget.
#include "core/Clock.h"
#include "core/DemoCasServer.h"
#include "gui/ClipboardService.h"
#include "gui/ServeView.h"

#include "RawHttpClient.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

class TestServeView : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T* child(const char* name) const
    {
        return m_view->findChild<T*>(QLatin1String(name));
    }
    QUrl url() const
    {
        return QUrl(m_view->addressForApps());
    }
    /// Every text the view shows, its tooltips included.
    QString allVisibleText() const;

    ClipboardService m_clipboard;
    std::unique_ptr<DemoCasServer> m_demo;
    std::unique_ptr<ServeView> m_view;
    int m_secretReads = 0;

private slots:
    void init();
    void cleanup();
    void startServeStop();
    void sessionsRenewAndEnd();
    void requestLog();
    void askBeforeHandingOut();
    void lanNeedsAccessCode();
    void presentationModeMasks();
    void secretProblemShown();
};

void TestServeView::init()
{
    m_demo = std::make_unique<DemoCasServer>();
    QVERIFY(m_demo->start());
    m_view = std::make_unique<ServeView>();
    m_view->setClipboard(&m_clipboard);
    CasRequest request;
    request.baseUrl = m_demo->baseUrl().toString();
    request.apiKey = DemoCasServer::ApiKey;
    request.extraCaCertificates = {m_demo->certificatePem()};
    request.trustSystemRoots = false;
    m_view->setProfile(QStringLiteral("demo"), request);
    m_secretReads = 0;
    m_view->setSecretProvider([this](const QString& profile, auto done) {
        ++m_secretReads;
        QCOMPARE(profile, QStringLiteral("demo"));
        QTimer::singleShot(0, this, [done] {
            done(DemoCasServer::ApiSecret, QString(), QString());
        });
    });
    m_view->resize(900, 700);
    m_view->show();
}

void TestServeView::cleanup()
{
    m_view.reset();
    m_demo.reset();
}

QString TestServeView::allVisibleText() const
{
    QStringList texts;
    for (const QWidget* widget : m_view->findChildren<QWidget*>()) {
        texts << widget->toolTip() << widget->accessibleName();
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            texts << label->text();
        if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            texts << edit->text();
        if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
            texts << plain->toPlainText();
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            texts << button->text();
    }
    const auto* table = child<QTableWidget>("sessionsTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts.join(QLatin1Char('\n'));
}

void TestServeView::startServeStop()
{
    QVERIFY(m_view->addressForApps().isEmpty());
    QCOMPARE(child<QLabel>("urlLabel")->text(), QStringLiteral("(not serving)"));
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    QTRY_VERIFY(m_view->service()->isRunning());
    QCOMPARE(m_secretReads, 1);
    QVERIFY(m_view->addressForApps().startsWith(QLatin1String("http://127.0.0.1:")));
    QCOMPARE(child<QLabel>("urlLabel")->text(), m_view->addressForApps());
    QVERIFY(child<QAbstractButton>("copyUrlButton")->isEnabled());
    QVERIFY(!child<QPushButton>("startButton")->isEnabled());
    QVERIFY(!child<QComboBox>("bindCombo")->isEnabled());
    const QString port = QString::number(url().port());
    const QString hints = child<QLabel>("hintsLabel")->text();
    QVERIFY2(hints.contains(QStringLiteral("http://10.0.2.2:") + port), qPrintable(hints));
    QVERIFY2(hints.contains(QStringLiteral("adb reverse tcp:%1 tcp:%1").arg(port)), qPrintable(hints));
    QVERIFY(!child<QLabel>("qrLabel")->pixmap().isNull());

    const RawHttpClient::Answer answer = RawHttpClient::get(url(), "/token?session=room");
    QCOMPARE(answer.status, 200);
    QVERIFY(QJsonDocument::fromJson(answer.body).object().value(QLatin1String("token")).toString().startsWith(QLatin1String("eyJ")));

    QTest::mouseClick(child<QAbstractButton>("copyUrlButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("stopButton"), Qt::LeftButton);
    QVERIFY(!m_view->service()->isRunning());
    QCOMPARE(RawHttpClient::get(url(), "/token").status, 0);
    QCOMPARE(child<QLabel>("urlLabel")->text(), QStringLiteral("(not serving)"));
    QVERIFY(child<QPushButton>("startButton")->isEnabled());
}

void TestServeView::sessionsRenewAndEnd()
{
    m_view->start();
    QTRY_VERIFY(m_view->service()->isRunning());
    const QString first =
        QJsonDocument::fromJson(RawHttpClient::get(url(), "/token?session=alpha").body).object().value(QLatin1String("token")).toString();
    RawHttpClient::get(url(), "/token?session=alpha");
    RawHttpClient::get(url(), "/token?session=beta");
    auto* table = child<QTableWidget>("sessionsTable");
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("alpha"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2"));
    QVERIFY2(table->item(0, 1)->text().startsWith(QLatin1String("expires in")), qPrintable(table->item(0, 1)->text()));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("1"));

    QVERIFY(!child<QPushButton>("renewButton")->isEnabled());
    table->selectRow(0);
    QVERIFY(child<QPushButton>("renewButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("renewButton"), Qt::LeftButton);
    QTRY_COMPARE(m_demo->requestCount(), 3);
    QTRY_COMPARE(table->item(0, 2)->text(), QStringLiteral("0"));
    const QString renewed =
        QJsonDocument::fromJson(RawHttpClient::get(url(), "/token?session=alpha").body).object().value(QLatin1String("token")).toString();
    QVERIFY(renewed.startsWith(QLatin1String("eyJ")));
    QVERIFY(renewed != first);

    table->selectRow(1);
    QTest::mouseClick(child<QPushButton>("endButton"), Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("alpha"));
}

void TestServeView::requestLog()
{
    m_view->start();
    QTRY_VERIFY(m_view->service()->isRunning());
    QSignalSpy answered(m_view.get(), &ServeView::requestAnswered);
    RawHttpClient::get(url(), "/token?session=web", {{"Origin", "http://localhost:5173"}});
    RawHttpClient::get(url(), "/token?session=web", {{"Origin", "http://evil.example"}});
    QTRY_COMPARE(answered.count(), 2);
    const QStringList lines = child<QPlainTextEdit>("logView")->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(QLatin1String(" 127.0.0.1 origin=http://localhost:5173 session=web 200 ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QLatin1String("origin=http://evil.example session=- 403")), qPrintable(lines.at(1)));
}

void TestServeView::askBeforeHandingOut()
{
    QList<TokenServiceApprovalRequest> asked;
    bool allow = false;
    m_view->setApprovalPrompt([&](const TokenServiceApprovalRequest& request) {
        asked.append(request);
        return allow;
    });
    m_view->start();
    QTRY_VERIFY(m_view->service()->isRunning());
    QCOMPARE(RawHttpClient::get(url(), "/token?session=a").status, 200); // not asked unless ticked
    QVERIFY(asked.isEmpty());

    child<QAbstractButton>("askCheck")->click();
    const RawHttpClient::Answer refused = RawHttpClient::get(url(), "/token?session=a", {{"Origin", "http://127.0.0.1:3000"}});
    QCOMPARE(refused.status, 403);
    QVERIFY(!refused.body.contains("eyJ"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().origin, QStringLiteral("http://127.0.0.1:3000"));
    QCOMPARE(asked.first().session, QStringLiteral("a"));
    allow = true;
    QCOMPARE(RawHttpClient::get(url(), "/token?session=a").status, 200);
    QCOMPARE(asked.size(), 2);
}

void TestServeView::lanNeedsAccessCode()
{
    auto* bind = child<QComboBox>("bindCombo");
    QVERIFY(m_view->accessCode().isEmpty());
    QVERIFY(!child<QLabel>("codeLabel")->isVisible());
    bind->setCurrentIndex(bind->findData(ServeView::LocalNetwork));
    const QString code = m_view->accessCode();
    QVERIFY(code.size() >= 20);
    QVERIFY(child<QLabel>("codeLabel")->isVisible());
    QCOMPARE(child<QLabel>("codeLabel")->text(), code);
    QTest::mouseClick(child<QAbstractButton>("copyCodeButton"), Qt::LeftButton);
    bind->setCurrentIndex(bind->findData(ServeView::LoopbackOnly));
    QVERIFY(m_view->accessCode().isEmpty());
    bind->setCurrentIndex(bind->findData(ServeView::LocalNetwork));
    QVERIFY(m_view->accessCode() != code); // a fresh code each time
}

void TestServeView::presentationModeMasks()
{
    auto* bind = child<QComboBox>("bindCombo");
    bind->setCurrentIndex(bind->findData(ServeView::LocalNetwork));
    const QString code = m_view->accessCode();
    bind->setCurrentIndex(bind->findData(ServeView::LoopbackOnly));
    m_view->start();
    QTRY_VERIFY(m_view->service()->isRunning());
    const QString token =
        QJsonDocument::fromJson(RawHttpClient::get(url(), "/token?session=s").body).object().value(QLatin1String("token")).toString();
    QVERIFY(token.startsWith(QLatin1String("eyJ")));
    m_view->setMasked(true);
    QVERIFY(child<QLabel>("qrLabel")->pixmap().isNull());
    QVERIFY(child<QLabel>("qrLabel")->isHidden());
    const QString shown = allVisibleText();
    QVERIFY(!shown.contains(code));
    QVERIFY(!shown.contains(token.left(30)));
    QVERIFY(!shown.contains(QString::fromLatin1(DemoCasServer::ApiSecret)));
    m_view->setMasked(false);
    QVERIFY(!child<QLabel>("qrLabel")->pixmap().isNull());
    // Never, masked or not: the secret and the tokens.
    const QString unmasked = allVisibleText();
    QVERIFY(!unmasked.contains(QString::fromLatin1(DemoCasServer::ApiSecret)));
    QVERIFY(!unmasked.contains(token.left(30)));
}

void TestServeView::secretProblemShown()
{
    m_view->setSecretProvider([](const QString&, auto done) {
        done(std::nullopt, QStringLiteral("The keychain is locked: unlock it and try again."),
             QStringLiteral("org.freedesktop.Secret.Error.IsLocked: <b>locked</b>"));
    });
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    QVERIFY(!m_view->service()->isRunning());
    QCOMPARE(child<QLabel>("statusLabel")->text(), QStringLiteral("The keychain is locked: unlock it and try again."));
    // What the keychain said is there for who looks, as text (never markup).
    QVERIFY(child<QLabel>("statusLabel")
                ->toolTip()
                .contains(QLatin1String("org.freedesktop.Secret.Error.IsLocked: &lt;b&gt;locked&lt;/b&gt;")));
    QVERIFY(child<QPushButton>("startButton")->isEnabled());
}

QTEST_MAIN(TestServeView)
#include "tst_serveview.moc"
