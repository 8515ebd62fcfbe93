#include "core/CasResult.h"
#include "gui/ErrorBanner.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

class TestErrorBanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hiddenByDefault();
    void showsError_data();
    void showsError();
    void detailsToggleRevealsDetail();
    void noDetailsButtonWithoutDetail();
    void closeHidesBanner();
    void infoIsNeutral();
    void showingAgainCollapsesDetails();

private:
    QLabel* label(const char* name) const
    {
        return m_banner->findChild<QLabel*>(QLatin1String(name));
    }
    QToolButton* button(const char* name) const
    {
        return m_banner->findChild<QToolButton*>(QLatin1String(name));
    }

    QWidget* m_host = nullptr;
    ErrorBanner* m_banner = nullptr;
};

void TestErrorBanner::init()
{
    m_host = new QWidget;
    auto* layout = new QVBoxLayout(m_host);
    m_banner = new ErrorBanner(m_host);
    layout->addWidget(m_banner);
    layout->addStretch();
    m_host->resize(500, 200);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host));
}

void TestErrorBanner::cleanup()
{
    delete m_host;
    m_host = nullptr;
    m_banner = nullptr;
}

void TestErrorBanner::hiddenByDefault()
{
    QVERIFY(!m_banner->isVisible());
    QVERIFY(label("bannerMessage"));
    QVERIFY(label("bannerDetails"));
    QVERIFY(button("bannerDetailsButton"));
    QVERIFY(button("bannerClose"));
}

void TestErrorBanner::showsError_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("tls") << int(CasError::Kind::Tls) << QStringLiteral("The server's certificate is not trusted.")
                         << QStringLiteral("The issuer certificate of a locally looked up certificate could not be found")
                         << QStringLiteral("The server's certificate is not trusted.");
    QTest::newRow("auth") << int(CasError::Kind::AuthRejected) << QStringLiteral("CAS rejected the API key or secret (HTTP 401).")
                          << QStringLiteral("HTTP 401 Unauthorized") << QStringLiteral("CAS rejected the API key or secret (HTTP 401).");
    QTest::newRow("no message") << int(CasError::Kind::Network) << QString() << QStringLiteral("Unknown error")
                                << QStringLiteral("The request failed.");
}

void TestErrorBanner::showsError()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    QFETCH(QString, expectedMessage);

    CasError error;
    error.kind = CasError::Kind(kind);
    error.message = message;
    error.detail = detail;
    m_banner->showError(error);

    QTRY_VERIFY(m_banner->isVisible());
    QCOMPARE(label("bannerMessage")->text(), expectedMessage);
    QVERIFY(label("bannerMessage")->wordWrap());
    QVERIFY(label("bannerMessage")->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(m_banner->accessibleName(), QStringLiteral("Error"));
    QCOMPARE(m_banner->kind(), ErrorBanner::Kind::Error);
    QVERIFY(!label("bannerDetails")->isVisible());
    QVERIFY(button("bannerDetailsButton")->isVisible());
    // The style's icons are looked up when the banner is first shown, not when it is built.
    QVERIFY(!button("bannerClose")->icon().isNull());
}

void TestErrorBanner::detailsToggleRevealsDetail()
{
    m_banner->showMessage(QStringLiteral("Could not reach CAS."), QStringLiteral("Connection refused"));
    QTRY_VERIFY(m_banner->isVisible());
    QLabel* details = label("bannerDetails");
    QVERIFY(!details->isVisible());

    QTest::mouseClick(button("bannerDetailsButton"), Qt::LeftButton);
    QTRY_VERIFY(details->isVisible());
    QCOMPARE(details->text(), QStringLiteral("Connection refused"));

    QTest::mouseClick(button("bannerDetailsButton"), Qt::LeftButton);
    QTRY_VERIFY(!details->isVisible());
}

void TestErrorBanner::noDetailsButtonWithoutDetail()
{
    m_banner->showMessage(QStringLiteral("Nothing to decode: the clipboard is empty."), QString());
    QTRY_VERIFY(m_banner->isVisible());
    QVERIFY(!button("bannerDetailsButton")->isVisible());
    QVERIFY(!label("bannerDetails")->isVisible());
}

void TestErrorBanner::closeHidesBanner()
{
    QSignalSpy closed(m_banner, &ErrorBanner::closed);
    m_banner->showMessage(QStringLiteral("Could not reach CAS."), QStringLiteral("Host not found"));
    QTRY_VERIFY(m_banner->isVisible());

    QTest::mouseClick(button("bannerClose"), Qt::LeftButton);
    QTRY_VERIFY(!m_banner->isVisible());
    QCOMPARE(closed.count(), 1);

    m_banner->showMessage(QStringLiteral("Again"), QString());
    QTRY_VERIFY(m_banner->isVisible());
    m_banner->hideBanner();
    QVERIFY(!m_banner->isVisible());
    QCOMPARE(closed.count(), 1);
}

void TestErrorBanner::infoIsNeutral()
{
    m_banner->showInfo(QStringLiteral("Decoded from the clipboard; no request was made."));
    QTRY_VERIFY(m_banner->isVisible());
    QCOMPARE(m_banner->kind(), ErrorBanner::Kind::Info);
    QCOMPARE(m_banner->accessibleName(), QStringLiteral("Information"));
    QCOMPARE(label("bannerMessage")->text(), QStringLiteral("Decoded from the clipboard; no request was made."));
    QVERIFY(!button("bannerDetailsButton")->isVisible());

    const QColor errorTint = [this] {
        m_banner->showMessage(QStringLiteral("x"), QString());
        return m_banner->palette().color(QPalette::Window);
    }();
    m_banner->showInfo(QStringLiteral("y"));
    QVERIFY(m_banner->palette().color(QPalette::Window) != errorTint);
}

void TestErrorBanner::showingAgainCollapsesDetails()
{
    m_banner->showMessage(QStringLiteral("First"), QStringLiteral("first detail"));
    QTRY_VERIFY(m_banner->isVisible());
    QTest::mouseClick(button("bannerDetailsButton"), Qt::LeftButton);
    QTRY_VERIFY(label("bannerDetails")->isVisible());

    m_banner->showMessage(QStringLiteral("Second"), QStringLiteral("second detail"));
    QVERIFY(!label("bannerDetails")->isVisible());
    QVERIFY(!button("bannerDetailsButton")->isChecked());
    QCOMPARE(m_banner->detail(), QStringLiteral("second detail"));
}

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
