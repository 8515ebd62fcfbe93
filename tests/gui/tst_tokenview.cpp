// TokenView and its ExpiryBadge, offscreen, with a ManualClock: the coloured token, the summary,
// the badge states and countdown, and the copy buttons.
#include "ManualClock.h"
#include "gui/ClipboardService.h"
#include "gui/ExpiryBadge.h"
#include "core/Jwt.h"
#include "gui/TokenView.h"
#include "TestSupport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimeZone>

namespace
{
const qint64 Now = 1893499200; // 2030-01-01 12:00:00 UTC

QByteArray payloadWith(const QByteArray& members)
{
    return "{\"sub\":\"user-1\"" + (members.isEmpty() ? QByteArray() : "," + members) + "}";
}

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

struct Fragment
{
    QString text;
    QColor color;
};

QList<Fragment> fragments(const QTextDocument* document)
{
    QList<Fragment> result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            result.append({fragment.text(), fragment.charFormat().foreground().color()});
        }
    }
    return result;
}
} // namespace

class TestTokenView : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc())};

private slots:
    void init()
    {
        m_clock.setNow(QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc()));
        Clock::setInstance(&m_clock);
    }

    void cleanup()
    {
        Clock::setInstance(nullptr);
    }

    void emptyStateShowsHint()
    {
        TokenView view;
        view.show();
        auto* hint = view.findChild<QLabel*>(QStringLiteral("tokenEmptyHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No token yet. Press Ctrl+Return to get one, or paste a token (Ctrl+V) to decode it."));
        QVERIFY(!view.findChild<QPlainTextEdit*>(QStringLiteral("rawToken"))->isVisible());
        QVERIFY(!view.hasToken());
    }

    void rawTokenShowsTokenWithPartsColouredApart()
    {
        const QString token = makeToken(R"({"alg":"HS256","typ":"JWT"})", payloadWith("\"exp\":" + num(Now + 3600)));
        TokenView view;
        view.setToken(Jwt::parse(token));
        view.show();

        auto* raw = view.findChild<QPlainTextEdit*>(QStringLiteral("rawToken"));
        QVERIFY(raw);
        QVERIFY(raw->isVisible());
        QVERIFY(raw->isReadOnly());
        QCOMPARE(raw->toPlainText(), token);
        QCOMPARE(raw->wordWrapMode(), QTextOption::WrapAnywhere);
        QVERIFY(raw->font().fixedPitch() || QFontInfo(raw->font()).fixedPitch());
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("tokenEmptyHint"))->isVisible());

        const QList<Fragment> parts = fragments(raw->document());
        QCOMPARE(parts.size(), 5);
        const QStringList split = token.split(QLatin1Char('.'));
        QCOMPARE(parts.at(0).text, split.at(0));
        QCOMPARE(parts.at(1).text, QStringLiteral("."));
        QCOMPARE(parts.at(2).text, split.at(1));
        QCOMPARE(parts.at(3).text, QStringLiteral("."));
        QCOMPARE(parts.at(4).text, split.at(2));
        const QColor header = parts.at(0).color;
        const QColor payload = parts.at(2).color;
        const QColor signature = parts.at(4).color;
        QVERIFY(header != payload);
        QVERIFY(payload != signature);
        QVERIFY(header != signature);
        QCOMPARE(parts.at(1).color, parts.at(3).color);
        QVERIFY(parts.at(1).color != header && parts.at(1).color != payload && parts.at(1).color != signature);
    }

    void partColoursFollowPalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        for (int part = 0; part < 3; ++part) {
            QVERIFY(TokenView::partColor(part, light).lightness() < 128);
            QVERIFY(TokenView::partColor(part, dark).lightness() >= 128);
        }
    }

    void summary_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expectedPrefix");

        QTest::newRow("alg and typ") << QByteArray(R"({"alg":"HS256","typ":"JWT"})") << QStringLiteral("HS256 · JWT · ");
        QTest::newRow("with kid") << QByteArray(R"({"alg":"RS256","typ":"JWT","kid":"key-7"})")
                                  << QStringLiteral("RS256 · JWT · kid key-7 · ");
        QTest::newRow("no typ") << QByteArray(R"({"alg":"ES256"})") << QStringLiteral("ES256 · ");
        QTest::newRow("no alg") << QByteArray(R"({"typ":"JWT"})") << QStringLiteral("no alg · JWT · ");
    }

    void summary()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expectedPrefix);
        const QString token = makeToken(header, payloadWith({}));
        TokenView view;
        view.setToken(Jwt::parse(token));
        auto* label = view.findChild<QLabel*>(QStringLiteral("tokenSummary"));
        QVERIFY(label);
        QCOMPARE(label->text(), expectedPrefix + QStringLiteral("%1 bytes").arg(token.size()));
    }

    void expiryBadgeStates_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<Jwt::Expiry>("state");
        QTest::addColumn<QString>("text");

        QTest::newRow("valid") << "\"exp\":" + num(Now + 59 * 60 + 12) << Jwt::Expiry::Valid
                               << QStringLiteral("Valid · expires in 59 min 12 s");
        QTest::newRow("valid for hours") << "\"exp\":" + num(Now + 2 * 3600 + 5 * 60) << Jwt::Expiry::Valid
                                         << QStringLiteral("Valid · expires in 2 h 05 min");
        QTest::newRow("expires soon") << "\"exp\":" + num(Now + 4 * 60 + 10) << Jwt::Expiry::ExpiresSoon
                                      << QStringLiteral("Expires soon · 4 min 10 s left");
        QTest::newRow("soon at the boundary") << "\"exp\":" + num(Now + 300) << Jwt::Expiry::ExpiresSoon
                                              << QStringLiteral("Expires soon · 5 min left");
        QTest::newRow("expired") << "\"exp\":" + num(Now - 2 * 3600) << Jwt::Expiry::Expired << QStringLiteral("Expired · 2 h ago");
        QTest::newRow("expired at now") << "\"exp\":" + num(Now) << Jwt::Expiry::Expired << QStringLiteral("Expired · just now");
        QTest::newRow("no expiry") << QByteArray() << Jwt::Expiry::NoExpiry << QStringLiteral("No expiry");
        QTest::newRow("not yet valid") << "\"nbf\":" + num(Now + 300) + ",\"exp\":" + num(Now + 3600) << Jwt::Expiry::NotYetValid
                                       << QStringLiteral("Not yet valid · in 5 min");
    }

    void expiryBadgeStates()
    {
        QFETCH(QByteArray, claims);
        QFETCH(Jwt::Expiry, state);
        QFETCH(QString, text);
        TokenView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", payloadWith(claims))));
        auto* badge = view.findChild<ExpiryBadge*>(QStringLiteral("expiryBadge"));
        QVERIFY(badge);
        QCOMPARE(badge->state(), state);
        QCOMPARE(badge->text(), text);
    }

    void badgeColoursDifferPerState()
    {
        const QPalette palette = QGuiApplication::palette();
        const QList<Jwt::Expiry> states = {Jwt::Expiry::Valid, Jwt::Expiry::ExpiresSoon, Jwt::Expiry::Expired, Jwt::Expiry::NotYetValid,
                                           Jwt::Expiry::NoExpiry};
        for (int i = 0; i < states.size(); ++i) {
            for (int k = i + 1; k < states.size(); ++k)
                QVERIFY(ExpiryBadge::backgroundColor(states.at(i), palette) != ExpiryBadge::backgroundColor(states.at(k), palette));
        }
    }

    void countdownFollowsClock()
    {
        TokenView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", payloadWith("\"exp\":" + num(Now + 301)))));
        auto* badge = view.findChild<ExpiryBadge*>(QStringLiteral("expiryBadge"));
        QSignalSpy stateSpy(badge, &ExpiryBadge::stateChanged);
        QCOMPARE(badge->text(), QStringLiteral("Valid · expires in 5 min 1 s"));

        m_clock.advanceSeconds(1);
        view.refresh();
        QCOMPARE(badge->state(), Jwt::Expiry::ExpiresSoon);
        QCOMPARE(badge->text(), QStringLiteral("Expires soon · 5 min left"));
        QCOMPARE(stateSpy.count(), 1);

        m_clock.advanceSeconds(250);
        badge->refresh();
        QCOMPARE(badge->text(), QStringLiteral("Expires soon · 50 s left"));
        QCOMPARE(stateSpy.count(), 1);

        m_clock.advanceSeconds(50);
        view.refresh();
        QCOMPARE(badge->state(), Jwt::Expiry::Expired);
        QCOMPARE(badge->text(), QStringLiteral("Expired · just now"));

        m_clock.advanceSeconds(2 * 3600 + 59);
        view.refresh();
        QCOMPARE(badge->text(), QStringLiteral("Expired · 2 h ago"));
        QCOMPARE(stateSpy.count(), 2);
    }

    void timerTicksWhileShown()
    {
        TokenView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", payloadWith("\"exp\":" + num(Now + 3600)))));
        auto* badge = view.findChild<ExpiryBadge*>(QStringLiteral("expiryBadge"));
        QVERIFY(!badge->isTicking());
        view.show();
        QVERIFY(badge->isTicking());
        m_clock.advanceSeconds(3600 - 30);
        QTRY_COMPARE(badge->text(), QStringLiteral("Expires soon · 30 s left"));
        view.hide();
        QVERIFY(!badge->isTicking());
    }

    void noTimerWithoutTimeClaims()
    {
        TokenView view;
        view.show();
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", payloadWith({}))));
        QVERIFY(!view.findChild<ExpiryBadge*>(QStringLiteral("expiryBadge"))->isTicking());
    }

    void copyButtons_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("part");
        QTest::addColumn<ClipboardService::Sensitivity>("sensitivity");

        QTest::newRow("token") << QStringLiteral("copyToken") << QStringLiteral("Copy token") << -1
                               << ClipboardService::Sensitivity::Secret;
        QTest::newRow("header") << QStringLiteral("copyHeader") << QStringLiteral("Copy header") << 0
                                << ClipboardService::Sensitivity::Plain;
        QTest::newRow("payload") << QStringLiteral("copyPayload") << QStringLiteral("Copy payload") << 1
                                 << ClipboardService::Sensitivity::Plain;
    }

    void copyButtons()
    {
        QFETCH(QString, button);
        QFETCH(QString, label);
        QFETCH(int, part);
        QFETCH(ClipboardService::Sensitivity, sensitivity);

        // Raw JSON with odd spacing, key order and a big integer: copies must be byte-exact.
        const QByteArray header = R"({"typ":"JWT",  "alg":"HS256"})";
        const QByteArray payload = R"({ "z":1, "big":123456789012345678901234567890, "a":"\u00e9" })";
        const QString token = makeToken(header, payload);
        const QString expected = part < 0 ? token : QString::fromUtf8(part == 0 ? header : payload);

        TokenView view;
        view.setToken(Jwt::parse(QStringLiteral("Bearer ") + token));
        view.show();
        auto* copy = view.findChild<QPushButton*>(button);
        QVERIFY(copy);
        QCOMPARE(copy->text(), label);
        QSignalSpy spy(&view, &TokenView::copyRequested);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), expected);
        QCOMPARE(spy.at(0).at(1).value<ClipboardService::Sensitivity>(), sensitivity);
        QVERIFY(!spy.at(0).at(2).toString().isEmpty());
    }

    void selectionCopiesAreConcealed()
    {
        const QString token = makeToken(R"({"alg":"HS256"})", payloadWith({}));
        TokenView view;
        view.setToken(Jwt::parse(token));
        auto* raw = view.findChild<QPlainTextEdit*>(QStringLiteral("rawToken"));
        raw->selectAll();
        raw->copy();
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), token);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QGuiApplication::clipboard()->clear();
    }

    void clearAndInvalidReturnToEmptyState_data()
    {
        QTest::addColumn<bool>("useClear");
        QTest::newRow("clear()") << true;
        QTest::newRow("invalid token") << false;
    }

    void clearAndInvalidReturnToEmptyState()
    {
        QFETCH(bool, useClear);
        TokenView view;
        view.show();
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", payloadWith("\"exp\":" + num(Now + 60)))));
        QVERIFY(view.hasToken());
        if (useClear)
            view.clear();
        else
            view.setToken(Jwt::parse(QStringLiteral("not-a-token")));
        QVERIFY(!view.hasToken());
        QVERIFY(view.token().compact().isEmpty());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("tokenEmptyHint"))->isVisible());
        QVERIFY(view.findChild<QPlainTextEdit*>(QStringLiteral("rawToken"))->toPlainText().isEmpty());
        QVERIFY(!view.findChild<ExpiryBadge*>(QStringLiteral("expiryBadge"))->isTicking());
    }

    void tokenRoundTrips()
    {
        const QString token = makeToken(R"({"alg":"HS256"})", payloadWith({}));
        TokenView view;
        view.setToken(Jwt::parse(token));
        QCOMPARE(view.token().compact(), token);
    }
};

QTEST_MAIN(TestTokenView)
#include "tst_tokenview.moc"
