#include "core/CasClient.h"
#include "core/DemoCasServer.h"
#include "gui/FlowDiagram.h"
#include "gui/FlowView.h"

#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using Step = FlowView::Step;
using State = FlowDiagram::State;

namespace
{
// Spelled out: a static copy of DemoCasServer::ApiSecret would depend on static initialization order.
const QString Secret = QStringLiteral("demo-secret");

Jwt demoJwt()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return Jwt::parse(QString::fromLatin1(DemoCasServer::makeToken(now, now + 3600)));
}

// Share of the pixels inside rect (shrunk away from the rounded corners) that have exactly colour.
qreal share(const QImage& image, const QRect& rect, const QColor& colour)
{
    const QRect inner = rect.adjusted(8, 8, -8, -8);
    int hits = 0;
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        for (int x = inner.left(); x <= inner.right(); ++x) {
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++hits;
        }
    }
    return qreal(hits) / (inner.width() * inner.height());
}
} // namespace

class TestFlowView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsIdle();
    void realRequestStepsInOrder();
    void stepThroughPausesAtEachStep_data();
    void stepThroughPausesAtEachStep();
    void stepThroughOffShowsLatest();
    void failure_data();
    void failure();
    void maskedHidesKeyAndTokenParts();
    void handedToClient_data();
    void handedToClient();
    void resetReturnsToIdle();
    void paintingReflectsStep_data();
    void paintingReflectsStep();
    void textGrowsWithView();
    void servedRequestShowsServedPath_data();
    void servedRequestShowsServedPath();

private:
    template<typename T>
    T* child(const char* name) const
    {
        T* widget = m_view->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    FlowDiagram* diagram() const
    {
        return child<FlowDiagram>("flowDiagram");
    }
    /// One real fetch against the demo CAS, wired to the view as the main window wires it.
    CasResult fetch(DemoCasServer::Scenario scenario, const QString& baseUrl = {});
    QString everythingShown() const;

    FlowView* m_view = nullptr;
};

void TestFlowView::init()
{
    m_view = new FlowView;
    m_view->resize(1000, 350);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestFlowView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

CasResult TestFlowView::fetch(DemoCasServer::Scenario scenario, const QString& baseUrl)
{
    DemoCasServer server;
    QString error;
    if (!server.start(0, true, &error))
        qFatal("demo server: %s", qPrintable(error));
    server.setScenario(scenario);

    CasClient client;
    FlowView* flow = m_view;
    const QString apiKey = DemoCasServer::ApiKey;
    connect(&client, &CasClient::requestSent, flow, [flow, apiKey](const QUrl& url) {
        flow->requestSent(QStringLiteral("GET"), url, apiKey);
    });
    connect(&client, &CasClient::finished, flow, [flow](const CasResult& result) {
        if (result.httpStatus > 0)
            flow->responseReceived(result.httpStatus, result.elapsedMs);
        if (result.ok())
            flow->tokenDecoded(Jwt::parse(result.token));
        else
            flow->failed(result.error);
    });
    QSignalSpy finished(&client, &CasClient::finished);

    CasRequest request;
    request.baseUrl = baseUrl.isEmpty() ? server.baseUrl().toString() : baseUrl;
    request.apiKey = apiKey;
    request.apiSecret = DemoCasServer::ApiSecret;
    request.extraCaCertificates = {server.certificatePem()};
    m_view->reset();
    client.fetch(request);
    if (!finished.wait(20000) && finished.isEmpty())
        return CasResult();
    return finished.at(0).at(0).value<CasResult>();
}

QString TestFlowView::everythingShown() const
{
    QStringList texts {m_view->stepDetail(),
                       m_view->explanation(),
                       m_view->accessibleName(),
                       m_view->accessibleDescription(),
                       diagram()->accessibleDescription(),
                       child<QLabel>("stepDetail")->text(),
                       child<QLabel>("stepTitle")->text()};
    for (int i = 0; i < FlowDiagram::ArrowCount; ++i)
        texts << diagram()->arrowLabel(i);
    for (int i = 0; i < FlowDiagram::BoxCount; ++i)
        texts << diagram()->boxCaption(i) << diagram()->boxPills(i);
    texts << diagram()->tokenChips();
    return texts.join(u'\n');
}

void TestFlowView::startsIdle()
{
    QCOMPARE(m_view->currentStep(), Step::Idle);
    QCOMPARE(m_view->latestStep(), Step::Idle);
    QCOMPARE(m_view->explanation(), FlowView::stepExplanation(Step::Idle));
    QCOMPARE(child<QLabel>("explanation")->text(), m_view->explanation());
    QVERIFY(child<QPushButton>("nextStepButton")->isHidden());
    QVERIFY(!child<QToolButton>("stepThroughToggle")->isChecked());
    QVERIFY(diagram()->boxCaption(FlowDiagram::BackendBox).contains(QStringLiteral("secret never leaves the backend")));
    QCOMPARE(diagram()->boxState(FlowDiagram::BackendBox), State::Neutral);
    QCOMPARE(diagram()->boxState(FlowDiagram::CasBox), State::Pending);
    QVERIFY(diagram()->tokenChips().isEmpty());
}

void TestFlowView::realRequestStepsInOrder()
{
    QList<Step> steps;
    QMap<Step, QString> details;
    QMap<Step, QString> explanations;
    QMap<Step, QString> shown;
    connect(m_view, &FlowView::stepShown, this, [&](Step step) {
        QCOMPARE(m_view->currentStep(), step);
        steps << step;
        details[step] = m_view->stepDetail();
        explanations[step] = m_view->explanation();
        shown[step] = everythingShown();
    });

    const CasResult result = fetch(DemoCasServer::Scenario::Success);
    QVERIFY2(result.ok(), qPrintable(result.error.message));

    QCOMPARE(steps, (QList<Step> {Step::Idle, Step::RequestSent, Step::ResponseReceived, Step::TokenDecoded}));
    QCOMPARE(m_view->latestStep(), Step::TokenDecoded);

    const QString request = details[Step::RequestSent];
    QVERIFY2(request.startsWith(QStringLiteral("GET ") + result.requestUrl.toDisplayString()), qPrintable(request));
    QVERIFY2(request.contains(QStringLiteral("Auth-API-Key: demo-key")), qPrintable(request));
    QVERIFY2(request.contains(QStringLiteral("Auth-API-Secret: •••••")), qPrintable(request));
    QCOMPARE(explanations[Step::RequestSent], FlowView::stepExplanation(Step::RequestSent));

    QCOMPARE(details[Step::ResponseReceived], QStringLiteral("HTTP 200  ·  %1 ms").arg(result.elapsedMs));
    QVERIFY(explanations[Step::ResponseReceived].contains(QStringLiteral("401")));

    const QString token = details[Step::TokenDecoded];
    QVERIFY2(token.contains(QStringLiteral("header")) && token.contains(QStringLiteral("HS256 · JWT")), qPrintable(token));
    QVERIFY2(token.contains(QStringLiteral("rid · unct · iat · exp")), qPrintable(token));
    QVERIFY2(token.contains(QStringLiteral("signature")), qPrintable(token));
    QVERIFY2(explanations[Step::TokenDecoded].contains(QStringLiteral("rid, unct, iat, exp")),
             qPrintable(explanations[Step::TokenDecoded]));
    QCOMPARE(diagram()->tokenChips(),
             (QStringList {QStringLiteral("HS256 · JWT"), QStringLiteral("rid · unct · iat · exp"), QStringLiteral("32 bytes")}));
    QCOMPARE(diagram()->arrowLabel(FlowDiagram::RequestArrow), QStringLiteral("GET /stream/token/v2/"));
    QVERIFY(diagram()->arrowLabel(FlowDiagram::ResponseArrow).startsWith(QStringLiteral("HTTP 200")));

    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        QVERIFY2(!it.value().contains(Secret), qPrintable(it.value()));

    QCOMPARE(diagram()->boxState(FlowDiagram::BackendBox), State::Done);
    QCOMPARE(diagram()->boxState(FlowDiagram::CasBox), State::Done);
    QCOMPARE(diagram()->boxState(FlowDiagram::TokenBox), State::Active);
    QCOMPARE(diagram()->boxState(FlowDiagram::ClientBox), State::Pending);
    QCOMPARE(m_view->accessibleDescription(), m_view->explanation());
    QVERIFY(m_view->accessibleName().contains(FlowView::stepTitle(Step::TokenDecoded)));
}

void TestFlowView::stepThroughPausesAtEachStep_data()
{
    QTest::addColumn<int>("how"); // 0: nextStep(), 1: Space, 2: Right arrow, 3: the button
    QTest::newRow("slot") << 0;
    QTest::newRow("space") << 1;
    QTest::newRow("right arrow") << 2;
    QTest::newRow("button") << 3;
}

void TestFlowView::stepThroughPausesAtEachStep()
{
    QFETCH(int, how);
    QTest::mouseClick(child<QToolButton>("stepThroughToggle"), Qt::LeftButton);
    QVERIFY(m_view->isStepThrough());
    QPushButton* next = child<QPushButton>("nextStepButton");
    QVERIFY(next->isVisible());
    m_view->setFocus();

    QSignalSpy shown(m_view, &FlowView::stepShown);
    const CasResult result = fetch(DemoCasServer::Scenario::Success);
    QVERIFY(result.ok());

    // The response and the token are there, but the view still shows step 1.
    QCOMPARE(m_view->latestStep(), Step::TokenDecoded);
    QCOMPARE(m_view->currentStep(), Step::RequestSent);
    QCOMPARE(m_view->pendingSteps(), 2);
    QCOMPARE(m_view->explanation(), FlowView::stepExplanation(Step::RequestSent));
    QCOMPARE(diagram()->boxState(FlowDiagram::CasBox), State::Pending);
    QVERIFY(next->isEnabled());
    QCOMPARE(shown.count(), 2); // Idle (reset) and step 1

    const auto advance = [&] {
        switch (how) {
        case 0:
            m_view->nextStep();
            break;
        case 1:
            QTest::keyClick(m_view, Qt::Key_Space);
            break;
        case 2:
            QTest::keyClick(m_view, Qt::Key_Right);
            break;
        default:
            QTest::mouseClick(next, Qt::LeftButton);
            break;
        }
    };
    advance();
    QCOMPARE(m_view->currentStep(), Step::ResponseReceived);
    QVERIFY(m_view->stepDetail().startsWith(QStringLiteral("HTTP 200")));
    QCOMPARE(m_view->explanation(), FlowView::stepExplanation(Step::ResponseReceived));
    QCOMPARE(diagram()->boxState(FlowDiagram::CasBox), State::Active);
    QCOMPARE(diagram()->boxState(FlowDiagram::BackendBox), State::Done);
    QCOMPARE(shown.last().at(0).value<Step>(), Step::ResponseReceived);

    advance();
    QCOMPARE(m_view->currentStep(), Step::TokenDecoded);
    QCOMPARE(m_view->pendingSteps(), 0);
    QVERIFY(!next->isEnabled());

    advance();
    QCOMPARE(m_view->currentStep(), Step::TokenDecoded);
    QCOMPARE(shown.count(), 4);

    // An event that arrives while nothing is pending still waits for the trainer.
    m_view->handedToClient(QStringLiteral("copied for the Web SDK"));
    QCOMPARE(m_view->latestStep(), Step::HandedToClient);
    QCOMPARE(m_view->currentStep(), Step::TokenDecoded);
    advance();
    QCOMPARE(m_view->currentStep(), Step::HandedToClient);
}

void TestFlowView::stepThroughOffShowsLatest()
{
    m_view->setStepThrough(true);
    QVERIFY(child<QToolButton>("stepThroughToggle")->isChecked());
    const CasResult result = fetch(DemoCasServer::Scenario::Success);
    QVERIFY(result.ok());
    QCOMPARE(m_view->currentStep(), Step::RequestSent);

    QSignalSpy shown(m_view, &FlowView::stepShown);
    QTest::mouseClick(child<QToolButton>("stepThroughToggle"), Qt::LeftButton);
    QVERIFY(!m_view->isStepThrough());
    QCOMPARE(m_view->currentStep(), Step::TokenDecoded);
    QCOMPARE(shown.count(), 1);
    QVERIFY(child<QPushButton>("nextStepButton")->isHidden());
    // Space does nothing outside step-through.
    QTest::keyClick(m_view, Qt::Key_Space);
    QCOMPARE(m_view->currentStep(), Step::TokenDecoded);
}

void TestFlowView::failure_data()
{
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<int>("redArrow");
    QTest::addColumn<QString>("detailContains");

    QTest::newRow("401 wrong credentials") << false << QList<Step> {Step::Idle, Step::RequestSent, Step::ResponseReceived, Step::Failed}
                                           << int(FlowDiagram::ResponseArrow) << QStringLiteral("401");
    QTest::newRow("connection refused") << true << QList<Step> {Step::Idle, Step::Failed} << int(FlowDiagram::RequestArrow)
                                        << QStringLiteral("Nothing accepts connections");
}

void TestFlowView::failure()
{
    QFETCH(bool, refused);
    QFETCH(QList<Step>, steps);
    QFETCH(int, redArrow);
    QFETCH(QString, detailContains);

    QString deadUrl;
    if (refused) {
        DemoCasServer gone;
        QVERIFY(gone.start(0, true));
        deadUrl = gone.baseUrl().toString();
        gone.stop();
    }
    QList<Step> seen;
    connect(m_view, &FlowView::stepShown, this, [&seen](Step step) {
        seen << step;
    });
    const CasResult result = fetch(DemoCasServer::Scenario::WrongCredentials, deadUrl);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.message.isEmpty());

    QCOMPARE(seen, steps);
    QCOMPARE(m_view->currentStep(), Step::Failed);
    QCOMPARE(m_view->stepDetail(), result.error.message);
    QVERIFY2(m_view->stepDetail().contains(detailContains, Qt::CaseInsensitive), qPrintable(m_view->stepDetail()));
    QVERIFY(child<QLabel>("stepDetail")->text().contains(result.error.message.toHtmlEscaped()));
    QCOMPARE(m_view->explanation(), FlowView::stepExplanation(Step::Failed));
    QCOMPARE(diagram()->boxState(FlowDiagram::CasBox), State::Failed);
    QCOMPARE(diagram()->arrowState(redArrow), State::Failed);
    QCOMPARE(diagram()->boxCaption(FlowDiagram::CasBox), result.error.message);
    QCOMPARE(diagram()->boxState(FlowDiagram::TokenBox), State::Pending);
    QVERIFY(!everythingShown().contains(Secret));

    // The flow stops there: handing over is impossible without a token.
    m_view->handedToClient(QStringLiteral("copied for the Web SDK"));
    QCOMPARE(m_view->latestStep(), Step::Failed);
}

void TestFlowView::maskedHidesKeyAndTokenParts()
{
    m_view->setMasked(true);
    QToolButton* reveal = child<QToolButton>("revealToggle");
    QVERIFY(reveal->isVisible());
    m_view->setStepThrough(true);
    const CasResult result = fetch(DemoCasServer::Scenario::Success);
    QVERIFY(result.ok());
    const Jwt jwt = Jwt::parse(result.token);

    QCOMPARE(m_view->currentStep(), Step::RequestSent);
    QVERIFY2(!m_view->stepDetail().contains(DemoCasServer::ApiKey), qPrintable(m_view->stepDetail()));
    QVERIFY2(m_view->stepDetail().contains(QStringLiteral("Auth-API-Key: •••")), qPrintable(m_view->stepDetail()));
    QVERIFY(!child<QLabel>("stepDetail")->text().contains(DemoCasServer::ApiKey));
    QVERIFY2(!everythingShown().contains(DemoCasServer::ApiKey), qPrintable(everythingShown()));

    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(m_view->stepDetail().contains(QStringLiteral("Auth-API-Key: demo-key")));
    QVERIFY(!m_view->stepDetail().contains(Secret));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!m_view->stepDetail().contains(DemoCasServer::ApiKey));

    m_view->nextStep();
    m_view->nextStep();
    QCOMPARE(m_view->currentStep(), Step::TokenDecoded);
    for (const QString& part : {jwt.headerPart(), jwt.payloadPart(), jwt.signaturePart()})
        QVERIFY2(!everythingShown().contains(part.left(10)), qPrintable(everythingShown()));
    QVERIFY(m_view->stepDetail().contains(QStringLiteral("header •••")));

    m_view->setMasked(false);
    QVERIFY(reveal->isHidden());
    QVERIFY2(m_view->stepDetail().contains(jwt.headerPart().left(10)), qPrintable(m_view->stepDetail()));
}

void TestFlowView::handedToClient_data()
{
    QTest::addColumn<QStringList>("hows");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<int>("platform");
    QTest::newRow("copied") << QStringList {QStringLiteral("copied for the Web SDK")} << QStringLiteral("Copied for the Web SDK") << 0;
    QTest::newRow("QR then copied") << QStringList {QStringLiteral("shown as a QR code"), QStringLiteral("copied for the Android SDK")}
                                    << QStringLiteral("Copied for the Android SDK") << 1;
    QTest::newRow("no platform named") << QStringList {QStringLiteral("shown as a QR code")} << QStringLiteral("Shown as a QR code") << -1;
}

void TestFlowView::handedToClient()
{
    QFETCH(QStringList, hows);
    QFETCH(QString, caption);
    QFETCH(int, platform);
    QCOMPARE(diagram()->boxPills(FlowDiagram::ClientBox),
             (QStringList {QStringLiteral("Web"), QStringLiteral("Android"), QStringLiteral("iOS")}));
    QCOMPARE(diagram()->emphasizedPill(FlowDiagram::ClientBox), -1);
    m_view->handedToClient(hows.first());
    QCOMPARE(m_view->latestStep(), Step::Idle); // nothing to hand over yet

    m_view->requestSent(QStringLiteral("GET"), QUrl(QStringLiteral("https://cas.example/stream/token/v2/")), QStringLiteral("k"));
    m_view->responseReceived(200, 42);
    m_view->tokenDecoded(demoJwt());
    QSignalSpy shown(m_view, &FlowView::stepShown);
    for (const QString& how : hows)
        m_view->handedToClient(how);

    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_view->currentStep(), Step::HandedToClient);
    QCOMPARE(m_view->stepDetail(), QStringLiteral("Handed over: ") + hows.last());
    QCOMPARE(diagram()->boxCaption(FlowDiagram::ClientBox), caption);
    QCOMPARE(diagram()->emphasizedPill(FlowDiagram::ClientBox), platform);
    QCOMPARE(diagram()->boxState(FlowDiagram::ClientBox), State::Active);
    QCOMPARE(diagram()->boxState(FlowDiagram::TokenBox), State::Done);
    QVERIFY(m_view->explanation().contains(QStringLiteral("WTSDK.Session.connect(token, displayName)")));
    QVERIFY(m_view->explanation().contains(QStringLiteral("very same token")));
}

void TestFlowView::resetReturnsToIdle()
{
    m_view->requestSent(QStringLiteral("GET"), QUrl(QStringLiteral("https://cas.example/stream/token/v2/")), QStringLiteral("k"));
    m_view->responseReceived(200, 42);
    QSignalSpy shown(m_view, &FlowView::stepShown);
    m_view->reset();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).value<Step>(), Step::Idle);
    QCOMPARE(m_view->currentStep(), Step::Idle);
    QCOMPARE(m_view->latestStep(), Step::Idle);
    QVERIFY(m_view->stepDetail().isEmpty());
    QCOMPARE(diagram()->arrowState(FlowDiagram::RequestArrow), State::Pending);

    // A new request without reset starts over; a second requestSent while waiting is a redirect hop.
    m_view->requestSent(QStringLiteral("GET"), QUrl(QStringLiteral("https://a.example/stream/token/v2/")), QStringLiteral("k"));
    m_view->requestSent(QStringLiteral("GET"), QUrl(QStringLiteral("https://a.example/other/")), QStringLiteral("k"));
    QCOMPARE(m_view->latestStep(), Step::RequestSent);
    QVERIFY2(m_view->stepDetail().contains(QStringLiteral("after 1 redirect")), qPrintable(m_view->stepDetail()));
}

void TestFlowView::paintingReflectsStep_data()
{
    QTest::addColumn<int>("steps"); // how many events to feed: 1 request, 2 response, 3 token, 4 handed
    QTest::addColumn<bool>("fail");
    QTest::addColumn<int>("activeBox");

    QTest::newRow("request sent") << 1 << false << int(FlowDiagram::BackendBox);
    QTest::newRow("response received") << 2 << false << int(FlowDiagram::CasBox);
    QTest::newRow("token decoded") << 3 << false << int(FlowDiagram::TokenBox);
    QTest::newRow("handed to client") << 4 << false << int(FlowDiagram::ClientBox);
    QTest::newRow("failed") << 2 << true << -1;
}

void TestFlowView::paintingReflectsStep()
{
    QFETCH(int, steps);
    QFETCH(bool, fail);
    QFETCH(int, activeBox);

    m_view->requestSent(QStringLiteral("GET"), QUrl(QStringLiteral("https://cas.example/stream/token/v2/")), QStringLiteral("k"));
    if (steps >= 2)
        m_view->responseReceived(fail ? 401 : 200, 42);
    if (fail) {
        CasError error;
        error.kind = CasError::Kind::AuthRejected;
        error.message = QStringLiteral("CAS rejected the API key or secret (HTTP 401).");
        m_view->failed(error);
    }
    if (steps >= 3 && !fail)
        m_view->tokenDecoded(demoJwt());
    if (steps >= 4 && !fail)
        m_view->handedToClient(QStringLiteral("copied for the Web SDK"));

    const QImage image = m_view->grab().toImage();
    const QColor highlight = m_view->palette().color(QPalette::Highlight);
    const QColor failedFill = FlowDiagram::fillColor(State::Failed, m_view->palette());
    const QColor pendingFill = FlowDiagram::fillColor(State::Pending, m_view->palette());
    for (int box = 0; box < FlowDiagram::BoxCount; ++box) {
        const QRect rect = diagram()->boxRect(box).toRect().translated(diagram()->mapTo(m_view, QPoint(0, 0)));
        const qreal lit = share(image, rect, highlight);
        if (box == activeBox)
            QVERIFY2(lit > 0.2, qPrintable(QStringLiteral("box %1: %2 highlighted").arg(box).arg(lit)));
        else
            QVERIFY2(lit < 0.02, qPrintable(QStringLiteral("box %1: %2 highlighted").arg(box).arg(lit)));
        if (fail && box == FlowDiagram::CasBox)
            QVERIFY(share(image, rect, failedFill) > 0.4);
        const bool pending = box > (fail ? 1 : steps - 1);
        if (pending)
            QVERIFY2(share(image, rect, pendingFill) > 0.4, qPrintable(QStringLiteral("box %1 not greyed").arg(box)));
    }
}

void TestFlowView::textGrowsWithView()
{
    const qreal small = child<QLabel>("explanation")->font().pointSizeF();
    m_view->resize(1900, 800);
    QTRY_VERIFY(child<QLabel>("explanation")->font().pointSizeF() > small * 1.5);
    QVERIFY(diagram()->scale() > 1.5);
    m_view->resize(700, 350);
    QTRY_COMPARE(diagram()->scale(), 1.0);
}

void TestFlowView::servedRequestShowsServedPath_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("backend");
    QTest::addColumn<int>("cas");
    QTest::addColumn<int>("client");
    using S = FlowDiagram::State;
    QTest::newRow("served") << 200 << int(S::Done) << int(S::Done) << int(S::Done);
    QTest::newRow("CAS failed") << 502 << int(S::Done) << int(S::Failed) << int(S::Pending);
    QTest::newRow("refused at the console") << 401 << int(S::Failed) << int(S::Pending) << int(S::Pending);
}

void TestFlowView::servedRequestShowsServedPath()
{
    QFETCH(int, status);
    QFETCH(int, backend);
    QFETCH(int, cas);
    QFETCH(int, client);
    TokenServiceLogEntry entry;
    entry.client = QStringLiteral("127.0.0.1");
    entry.origin = QStringLiteral("http://localhost:5173");
    entry.session = QStringLiteral("room-7");
    entry.status = status;
    entry.elapsedMs = 4;
    m_view->servedRequest(entry);
    QCOMPARE(int(diagram()->boxState(FlowDiagram::BackendBox)), backend);
    QCOMPARE(int(diagram()->boxState(FlowDiagram::CasBox)), cas);
    QCOMPARE(int(diagram()->boxState(FlowDiagram::ClientBox)), client);
    QVERIFY(diagram()
                ->boxCaption(FlowDiagram::BackendBox)
                .contains(QStringLiteral("client app → CAS Console (your backend) → CAS → token → client")));
    QVERIFY(m_view->accessibleName().contains(QStringLiteral("session room-7 · HTTP ") + QString::number(status)));
    QCOMPARE(diagram()->arrowLabel(FlowDiagram::HandArrow), QStringLiteral("HTTP %1 · 4 ms").arg(status));

    TokenServiceLogEntry page = entry; // GET /, preflights: no session, nothing to show
    page.session.clear();
    m_view->reset();
    m_view->servedRequest(page);
    QVERIFY(!m_view->accessibleName().contains(QLatin1String("Served")));
}

QTEST_MAIN(TestFlowView)
#include "tst_flowview.moc"
