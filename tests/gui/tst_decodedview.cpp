// DecodedView offscreen: pretty JSON as carried, highlighting from the core's spans, the claims
// and header tables, relative times from a ManualClock, and decode warnings.
#include "gui/ClaimsModel.h"
#include "ManualClock.h"
#include "gui/DecodedView.h"
#include "core/Jwt.h"
#include "TestSupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>

namespace
{
const qint64 Now = 1893499200; // 2030-01-01 12:00:00 UTC

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

/// Foreground colour the highlighter gave the text at `offset` of the line that contains `needle`.
QColor colorAt(const QTextDocument* document, const QString& needle, int offsetInNeedle = 0)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int at = int(block.text().indexOf(needle));
        if (at < 0)
            continue;
        const int position = at + offsetInNeedle;
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange& range : ranges) {
            if (position >= range.start && position < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    }
    return QColor();
}

QString cell(QTableView* table, int row, int column, int role = Qt::DisplayRole)
{
    return table->model()->index(row, column).data(role).toString();
}
} // namespace

class TestDecodedView : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

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

    void emptyState()
    {
        DecodedView view;
        view.show();
        auto* hint = view.findChild<QLabel*>(QStringLiteral("decodedEmptyHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(!hint->text().isEmpty());
        QVERIFY(!view.findChild<QPlainTextEdit*>(QStringLiteral("payloadJson"))->isVisible());
    }

    void prettyJsonAsCarried()
    {
        const QByteArray payload = R"({"z":"last first","big":123456789012345678901234567890,"a":1.50,"esc":"\u00e9\n"})";
        const Jwt jwt = Jwt::parse(makeToken(R"({"typ":"JWT","alg":"HS256"})", payload));
        QVERIFY(jwt.isValid());
        DecodedView view;
        view.setToken(jwt);
        view.show();

        auto* headerJson = view.findChild<QPlainTextEdit*>(QStringLiteral("headerJson"));
        auto* payloadJson = view.findChild<QPlainTextEdit*>(QStringLiteral("payloadJson"));
        QVERIFY(headerJson && payloadJson);
        QVERIFY(payloadJson->isVisible());
        QVERIFY(payloadJson->isReadOnly());
        QCOMPARE(headerJson->toPlainText(), jwt.header().pretty);
        QCOMPARE(payloadJson->toPlainText(), jwt.payload().pretty);

        const QString text = payloadJson->toPlainText();
        QVERIFY(text.contains(QStringLiteral("123456789012345678901234567890")));
        QVERIFY(text.contains(QStringLiteral("1.50")));
        QVERIFY(text.contains(QStringLiteral(R"("\u00e9\n")")));
        QVERIFY(text.indexOf(QStringLiteral("\"z\"")) < text.indexOf(QStringLiteral("\"big\"")));
        QVERIFY(text.indexOf(QStringLiteral("\"big\"")) < text.indexOf(QStringLiteral("\"a\"")));
        QVERIFY(headerJson->toPlainText().indexOf(QStringLiteral("\"typ\""))
                < headerJson->toPlainText().indexOf(QStringLiteral("\"alg\"")));
        QVERIFY(QFontInfo(payloadJson->font()).fixedPitch());
    }

    void largeJsonLaidOutWhenShown()
    {
        const QByteArray payload = "{\"sub\":\"x\",\"pad\":\"" + QByteArray(DecodedView::LazyJsonChars, 'x') + "\"}";
        const Jwt jwt = Jwt::parse(makeToken(R"({"alg":"HS256"})", payload));
        QVERIFY(jwt.isValid());
        DecodedView view;
        auto* payloadJson = view.findChild<QPlainTextEdit*>(QStringLiteral("payloadJson"));
        auto* headerJson = view.findChild<QPlainTextEdit*>(QStringLiteral("headerJson"));

        // Hidden: the claims are there at once, the large JSON text waits.
        view.setToken(jwt);
        QVERIFY(view.hasToken());
        QCOMPARE(view.claimsModel()->rowCount(), 2);
        QVERIFY(payloadJson->toPlainText().isEmpty());
        QVERIFY(headerJson->toPlainText().isEmpty());

        view.show();
        QCOMPARE(payloadJson->toPlainText(), jwt.payload().pretty);
        QCOMPARE(headerJson->toPlainText(), jwt.header().pretty);

        // Shown: laid out at once. Cleared while a text waits: nothing comes back on show.
        view.clear();
        view.setToken(jwt);
        QCOMPARE(payloadJson->toPlainText(), jwt.payload().pretty);
        view.hide();
        view.setToken(jwt);
        view.clear();
        view.show();
        QVERIFY(payloadJson->toPlainText().isEmpty());
    }

    void highlighterUsesSpans()
    {
        const QByteArray payload = R"({"sub":"alice","n":12345678901234567890,"ok":true,"nested":{"key":"v"}})";
        const Jwt jwt = Jwt::parse(makeToken(R"({"alg":"HS256"})", payload));
        DecodedView view;
        view.setToken(jwt);
        const QTextDocument* document = view.findChild<QPlainTextEdit*>(QStringLiteral("payloadJson"))->document();
        QVERIFY(document->blockCount() > 3);

        const QColor key = colorAt(document, QStringLiteral("\"sub\""));
        const QColor string = colorAt(document, QStringLiteral("\"alice\""));
        const QColor number = colorAt(document, QStringLiteral("12345678901234567890"));
        const QColor literal = colorAt(document, QStringLiteral("true"));
        const QColor nestedKey = colorAt(document, QStringLiteral("\"key\""));
        const QColor colon = colorAt(document, QStringLiteral("\"sub\":"), 5);
        QVERIFY(key.isValid() && string.isValid() && number.isValid() && literal.isValid());
        QVERIFY(key != string);
        QVERIFY(key != number);
        QVERIFY(string != number);
        QVERIFY(literal != number && literal != string && literal != key);
        QCOMPARE(nestedKey, key); // a later block: span offsets mapped through the block position
        QVERIFY(colon != key);
        // The whole number literal, to its last digit, is one number-coloured range.
        QCOMPARE(colorAt(document, QStringLiteral("12345678901234567890"), 19), number);
        QCOMPARE(colorAt(document, QStringLiteral("\"alice\""), 6), string);
    }

    void claimsTableInDocumentOrder()
    {
        const QByteArray payload = "{\"iss\":\"cas.example\",\"rid\":\"room-1\",\"exp\":" + num(Now + 3600)
            + ",\"unct\":7,\"iat\":" + num(Now - 120) + ",\"sub\":\"user-1\",\"nbf\":" + num(Now - 60) + "}";
        DecodedView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", payload)));
        auto* table = view.findChild<QTableView*>(QStringLiteral("claimsTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->columnCount(), 6);
        QCOMPARE(table->model()->headerData(ClaimsModel::RelativeColumn, Qt::Horizontal).toString(), QStringLiteral("Relative"));

        const QStringList expectedOrder = {QStringLiteral("iss"), QStringLiteral("rid"), QStringLiteral("exp"), QStringLiteral("unct"),
                                           QStringLiteral("iat"), QStringLiteral("sub"), QStringLiteral("nbf")};
        QCOMPARE(table->model()->rowCount(), int(expectedOrder.size()));
        for (int row = 0; row < expectedOrder.size(); ++row)
            QCOMPARE(cell(table, row, ClaimsModel::NameColumn), expectedOrder.at(row));

        QCOMPARE(cell(table, 0, ClaimsModel::ValueColumn), QStringLiteral("cas.example"));
        QCOMPARE(cell(table, 0, ClaimsModel::MeaningColumn), Jwt::claimDescription(QStringLiteral("iss")));
        QVERIFY(!cell(table, 0, ClaimsModel::MeaningColumn).isEmpty());
        // rid and unct: CAS's own, undocumented; said so, and nothing invented.
        const QString casOwn = QStringLiteral("Defined by CAS; the public CAS docs do not explain it");
        QCOMPARE(cell(table, 1, ClaimsModel::MeaningColumn), casOwn);
        QCOMPARE(cell(table, 3, ClaimsModel::MeaningColumn), casOwn);
        QVERIFY(cell(table, 5, ClaimsModel::MeaningColumn).startsWith(QLatin1String("Subject"))); // sub
        QCOMPARE(cell(table, 3, ClaimsModel::ValueColumn), QStringLiteral("7"));
        QVERIFY(cell(table, 0, ClaimsModel::UtcTimeColumn).isEmpty());
        QVERIFY(cell(table, 3, ClaimsModel::RelativeColumn).isEmpty());

        QCOMPARE(cell(table, 2, ClaimsModel::UtcTimeColumn), QStringLiteral("2030-01-01 13:00:00"));
        QCOMPARE(cell(table, 2, ClaimsModel::LocalTimeColumn),
                 QDateTime::fromSecsSinceEpoch(Now + 3600, QTimeZone::utc()).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(cell(table, 2, ClaimsModel::RelativeColumn), QStringLiteral("expires in 1 h"));
        QCOMPARE(cell(table, 4, ClaimsModel::UtcTimeColumn), QStringLiteral("2030-01-01 11:58:00"));
        QCOMPARE(cell(table, 4, ClaimsModel::RelativeColumn), QStringLiteral("issued 2 min ago"));
        QVERIFY(!cell(table, 6, ClaimsModel::LocalTimeColumn).isEmpty());
    }

    void relativeTimesRefresh()
    {
        DecodedView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", "{\"exp\":" + num(Now + 90) + "}")));
        auto* table = view.findChild<QTableView*>(QStringLiteral("claimsTable"));
        QCOMPARE(cell(table, 0, ClaimsModel::RelativeColumn), QStringLiteral("expires in 1 min"));
        QSignalSpy changed(table->model(), &QAbstractItemModel::dataChanged);
        m_clock.advanceSeconds(120);
        view.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(table, 0, ClaimsModel::RelativeColumn), QStringLiteral("expired 30 s ago"));
    }

    void ticksOnlyWhileVisible()
    {
        DecodedView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", "{\"exp\":" + num(Now + 3600) + "}")));
        QVERIFY(!view.isTicking());
        view.show();
        QVERIFY(view.isTicking());
        auto* table = view.findChild<QTableView*>(QStringLiteral("claimsTable"));
        // The model computes on demand; the timer's job is to tell the view to repaint.
        QSignalSpy changed(table->model(), &QAbstractItemModel::dataChanged);
        m_clock.advanceSeconds(3600 + 5);
        QTRY_VERIFY(changed.count() > 0);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(ClaimsModel::RelativeColumn));
        QCOMPARE(cell(table, 0, ClaimsModel::RelativeColumn), QStringLiteral("expired 5 s ago"));
        view.hide();
        QVERIFY(!view.isTicking());
        view.show();
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", R"({"sub":"x"})")));
        QVERIFY(!view.isTicking());
    }

    void valuesAsCarried_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<QString>("value");

        QTest::newRow("string decoded") << QByteArray("\"name\":\"a\\\"b\\u00e9\"") << QStringLiteral("a\"b\u00e9");
        QTest::newRow("number raw") << QByteArray(R"("n":1.50)") << QStringLiteral("1.50");
        QTest::newRow("big integer") << QByteArray(R"("n":123456789012345678901234567890)")
                                     << QStringLiteral("123456789012345678901234567890");
        QTest::newRow("object raw") << QByteArray(R"("o":{"b":1,"a":2})") << QStringLiteral(R"({"b":1,"a":2})");
        QTest::newRow("array raw") << QByteArray(R"("aud":["x","y"])") << QStringLiteral(R"(["x","y"])");
        QTest::newRow("null") << QByteArray(R"("n":null)") << QStringLiteral("null");
        QTest::newRow("non-integer exp") << QByteArray(R"("exp":1.5)") << QStringLiteral("1.5");
    }

    void valuesAsCarried()
    {
        QFETCH(QByteArray, member);
        QFETCH(QString, value);
        DecodedView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", "{" + member + "}")));
        auto* table = view.findChild<QTableView*>(QStringLiteral("claimsTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(table, 0, ClaimsModel::ValueColumn), value);
        if (member.startsWith("\"exp\""))
            QVERIFY(cell(table, 0, ClaimsModel::UtcTimeColumn).isEmpty());
    }

    void longValuesHaveTooltips()
    {
        const QString longValue(200, QLatin1Char('x'));
        DecodedView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", "{\"short\":\"s\",\"long\":\"" + longValue.toLatin1() + "\"}")));
        auto* table = view.findChild<QTableView*>(QStringLiteral("claimsTable"));
        QVERIFY(cell(table, 0, ClaimsModel::ValueColumn, Qt::ToolTipRole).isEmpty());
        // Tooltips are rich text that shows the value literally.
        QTextDocument shown;
        shown.setHtml(cell(table, 1, ClaimsModel::ValueColumn, Qt::ToolTipRole));
        QCOMPARE(shown.toPlainText(), longValue);
    }

    void headerParametersTable()
    {
        DecodedView view;
        view.setToken(Jwt::parse(makeToken(R"({"alg":"RS256","kid":"k1","x-custom":1,"rid":"h"})", R"({"sub":"x"})")));
        auto* table = view.findChild<QTableView*>(QStringLiteral("headerTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->columnCount(), 3);
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(cell(table, 0, ClaimsModel::NameColumn), QStringLiteral("alg"));
        QCOMPARE(cell(table, 0, ClaimsModel::ValueColumn), QStringLiteral("RS256"));
        QCOMPARE(cell(table, 0, ClaimsModel::MeaningColumn), Jwt::claimDescription(QStringLiteral("alg")));
        QCOMPARE(cell(table, 1, ClaimsModel::MeaningColumn), Jwt::claimDescription(QStringLiteral("kid")));
        QVERIFY(cell(table, 2, ClaimsModel::MeaningColumn).isEmpty());
        QVERIFY(cell(table, 3, ClaimsModel::MeaningColumn).isEmpty()); // a header "rid" is not CAS's claim
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("shown");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("duplicate keys") << QByteArray(R"({"sub":"a","rid":"r","sub":"b"})") << true << QStringLiteral("\"sub\"");
        QTest::newRow("clean") << QByteArray(R"({"sub":"a"})") << false << QString();
    }

    void warnings()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, shown);
        QFETCH(QString, mentions);
        const Jwt jwt = Jwt::parse(makeToken(R"({"alg":"HS256"})", payload));
        DecodedView view;
        view.show();
        view.setToken(jwt);
        auto* area = view.findChild<QWidget*>(QStringLiteral("decodeWarnings"));
        auto* text = view.findChild<QLabel*>(QStringLiteral("decodeWarningsText"));
        QVERIFY(area && text);
        QCOMPARE(area->isVisible(), shown);
        if (shown) {
            // The warning icon is looked up when warnings are first shown, not at start-up.
            auto* icon = view.findChild<QLabel*>(QStringLiteral("decodeWarningsIcon"));
            QVERIFY(icon && !icon->pixmap().isNull());
            QCOMPARE(jwt.warnings().isEmpty(), false);
            QVERIFY(text->text().contains(mentions));
            QVERIFY(text->text().contains(jwt.warnings().first()));
            // Both rows of the duplicate stay visible, as carried.
            auto* table = view.findChild<QTableView*>(QStringLiteral("claimsTable"));
            QCOMPARE(table->model()->rowCount(), 3);
            QCOMPARE(cell(table, 2, ClaimsModel::ValueColumn), QStringLiteral("b"));
        }
        view.clear();
        QVERIFY(!area->isVisible());
    }

    void clearEmptiesEverything()
    {
        DecodedView view;
        view.show();
        view.setToken(Jwt::parse(makeToken(R"({"alg":"HS256"})", R"({"sub":"x","sub":"y"})")));
        QVERIFY(view.hasToken());
        view.clear();
        QVERIFY(!view.hasToken());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("decodedEmptyHint"))->isVisible());
        QVERIFY(view.findChild<QPlainTextEdit*>(QStringLiteral("payloadJson"))->toPlainText().isEmpty());
        QCOMPARE(view.findChild<QTableView*>(QStringLiteral("claimsTable"))->model()->rowCount(), 0);
        QCOMPARE(view.findChild<QTableView*>(QStringLiteral("headerTable"))->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestDecodedView)
#include "tst_decodedview.moc"
