#include "GuiTestMain.h"
#include "TestSupport.h"
#include "core/DemoCasServer.h"
#include "core/ProfileStore.h"
#include "core/SettingsFile.h"
#include "gui/DecodedView.h"
#include "gui/FlowView.h"
#include "gui/HistoryView.h"
#include "gui/KeychainMessages.h"
#include "gui/MainWindow.h"
#include "gui/QrView.h"
#include "gui/ResponseView.h"
#include "gui/ServeView.h"
#include "gui/TokenView.h"
#include "gui/VerifyView.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUuid>

#include <sys/inotify.h>
#include <unistd.h>

#include <memory>

// What a start builds and reads. Runs without any D-Bus session (see main): the keychain is
// unreachable, and the window must not wait to find that out.
class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hiddenTabViewsAreBuiltWhenFirstShown();
    void viewsBuiltLaterShowWhatHappenedBefore();
    void presentationModeReachesViewsBuiltLater();
    void keychainAnswerComesAfterTheWindow();
    void settingsFileIsReadOnceAtStart();

private:
    MainWindow* makeWindow();
    void showTab(int ctrlDigit);
    QTabWidget* tabs() const;

    std::unique_ptr<MainWindow> m_window;
};

namespace
{
const QString Token = makeToken(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"startup","rid":"0123456789abcdef","exp":4102444800})");

void clearSettings()
{
    SettingsFile file;
    file.settings().clear();
    QVERIFY(file.commit(nullptr));
}
} // namespace

void TestStartup::init()
{
    clearSettings();
}

void TestStartup::cleanup()
{
    m_window.reset();
}

MainWindow* TestStartup::makeWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    [[maybe_unused]] const bool active = QTest::qWaitForWindowActive(m_window.get()); // for the Ctrl+N shortcuts
    return m_window.get();
}

QTabWidget* TestStartup::tabs() const
{
    return requireChild<QTabWidget>(m_window.get(), "tabs");
}

void TestStartup::showTab(int ctrlDigit)
{
    // The View menu's shortcuts, as a person switches tabs.
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + ctrlDigit), Qt::ControlModifier);
}

void TestStartup::hiddenTabViewsAreBuiltWhenFirstShown()
{
    makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->findChild<TokenView*>(QStringLiteral("tokenView")));
    QVERIFY(!m_window->findChild<DecodedView*>());
    QVERIFY(!m_window->findChild<VerifyView*>());
    QVERIFY(!m_window->findChild<ResponseView*>());
    QVERIFY(!m_window->findChild<FlowView*>());
    QVERIFY(!m_window->findChild<HistoryView*>());
    QVERIFY(!m_window->findChild<QrView*>());
    QVERIFY(!m_window->findChild<ServeView*>());

    showTab(2);
    auto* decoded = m_window->findChild<DecodedView*>(QStringLiteral("decodedView"));
    QVERIFY(decoded);
    QVERIFY(decoded->isVisible());
    QCOMPARE(tabs()->currentIndex(), 1);
    QVERIFY(!m_window->findChild<VerifyView*>());
    showTab(8);
    QVERIFY(m_window->findChild<ServeView*>(QStringLiteral("serveView")));
    // Shown again: the same view, not a second one.
    showTab(2);
    QCOMPARE(m_window->findChildren<DecodedView*>().size(), 1);
}

void TestStartup::viewsBuiltLaterShowWhatHappenedBefore()
{
    makeWindow();
    QVERIFY(m_window->startDemo());
    QSignalSpy shown(m_window.get(), &MainWindow::tokenShown);
    m_window->getToken();
    QVERIFY(shown.wait(20000));
    const QString token = m_window->findChild<TokenView*>()->token().compact();
    QVERIFY(!token.isEmpty());

    showTab(2); // Decoded
    QTRY_VERIFY(m_window->findChild<DecodedView*>()->hasToken());
    showTab(3); // Verify: the demo's public secret checks the token fetched before the tab existed
    auto* verify = m_window->findChild<VerifyView*>();
    QVERIFY(verify);
    requireChild<QLineEdit>(verify, "secretInput")->setText(QString::fromLatin1(DemoCasServer::SigningSecret));
    verify->verify();
    QVERIFY(verify->lastResult().verified());
    showTab(4); // Response
    QTRY_VERIFY(requireChild<QLabel>(m_window.get(), "statusLine")->text().contains(QLatin1String("200")));
    QCOMPARE(m_window->findChild<ResponseView*>()->result().token, token);
    showTab(5); // Flow: every step of the request, replayed into the new view
    QCOMPARE(m_window->findChild<FlowView*>()->latestStep(), FlowView::Step::TokenDecoded);
    showTab(6); // History of the demo profile, with the note that the keychain is missing
    auto* history = m_window->findChild<HistoryView*>();
    QVERIFY(history);
    QCOMPARE(history->profile(), MainWindow::DemoProfileName);
    QTRY_COMPARE(requireChild<QAbstractItemView>(history, "historyTable")->model()->rowCount(), 1);
    showTab(7);
    QVERIFY(m_window->findChild<QrView*>()->hasCode());
}

void TestStartup::presentationModeReachesViewsBuiltLater()
{
    makeWindow();
    m_window->decodeText(Token, QStringLiteral("the test"));
    m_window->setPresentationMode(true);
    showTab(7);
    auto* qr = m_window->findChild<QrView*>();
    QVERIFY(qr);
    QVERIFY(qr->hasCode());
    QVERIFY(qr->isCodeHidden());
    showTab(5);
    QVERIFY(m_window->findChild<FlowView*>()->isMasked());
    m_window->setPresentationMode(false);
    QVERIFY(!qr->isCodeHidden());
    QVERIFY(!m_window->findChild<FlowView*>()->isMasked());
}

void TestStartup::keychainAnswerComesAfterTheWindow()
{
    Profile profile;
    profile.name = QStringLiteral("Saved");
    profile.url = QStringLiteral("https://cas.example.com/");
    profile.apiKey = QStringLiteral("key");
    QVERIFY(ProfileStore().save(profile).ok());

    m_window = std::make_unique<MainWindow>();
    auto* location = requireChild<QLabel>(m_window.get(), "secretLocation");
    // Built without asking D-Bus: the profile's secret is taken to be where profiles keep it...
    QCOMPARE(location->text(), QStringLiteral("Stored in the system keychain (Secret Service)"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // ...until the asynchronous check answers that there is no keychain here.
    QTRY_COMPARE(location->text(), KeychainMessages::keptForSession(SecretError::Kind::None));
    showTab(6);
    QTRY_VERIFY(requireChild<QLabel>(m_window.get(), "historyStatus")->text().contains(QLatin1String("no keychain available")));
}

void TestStartup::settingsFileIsReadOnceAtStart()
{
    // A used settings file, written as another process would (this process's QSettings keeps
    // files it read in a cache, which would hide a second read): profiles, the last one selected,
    // and history entries in the layout HistoryStore writes.
    const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/cas-console-test/cas-console-startup-test.conf");
    QCOMPARE(SettingsFile().path(), path);
    {
        QByteArray ini = "[history]\n";
        for (int i = 0; i < 30; ++i) {
            const QByteArray entry = "Profile3\\entries\\" + QByteArray::number(i + 1) + "\\";
            ini += entry + "id=" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '\n';
            ini += entry + "fetchedAt=2026-11-29T10:00:00.000Z\n";
            ini += entry + "rid=" + QByteArray(256, 'r') + '\n';
            ini += entry + "status=200\n";
            ini += entry + "pinned=" + (i == 0 ? "true" : "false") + '\n';
        }
        ini += "Profile3\\entries\\size=30\n\n[profiles]\n";
        for (int i = 0; i < 20; ++i) {
            const QByteArray name = "Profile" + QByteArray::number(i) + "\\";
            ini += name + "url=https://cas-" + QByteArray::number(i) + ".example.com/\n";
            ini += name + "apiKey=key-" + QByteArray::number(i) + '\n';
        }
        ini += "\n[state]\nlastProfile=Profile3\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(ini), ini.size());
    }
    const QByteArray encoded = QFile::encodeName(path);
    const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(watch >= 0);
    QVERIFY(inotify_add_watch(watch, encoded.constData(), IN_OPEN | IN_MODIFY) >= 0);

    makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentProfileName(), QStringLiteral("Profile3"));
    QTest::qWait(100); // what the start left for the event loop (the keychain answer) runs too

    int opens = 0;
    int writes = 0;
    alignas(inotify_event) char buffer[4096];
    ssize_t length = 0;
    while ((length = ::read(watch, buffer, sizeof buffer)) > 0) {
        for (char* at = buffer; at < buffer + length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(at);
            opens += (event->mask & IN_OPEN) ? 1 : 0;
            writes += (event->mask & IN_MODIFY) ? 1 : 0;
            at += sizeof(inotify_event) + event->len;
        }
    }
    ::close(watch);
    QCOMPARE(opens, 1);
    QCOMPARE(writes, 0);
}

int main(int argc, char* argv[])
{
    // No session bus at all: a synchronous keychain check at start would find out at once, so the
    // tests can tell that the answer arrives later.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    return guiTestMain<TestStartup>(argc, argv, "cas-console-startup-test");
}

#include "tst_startup.moc"
