#include "CountingWrapLabel.h"
#include "GuiTestMain.h"
#include "TestSupport.h"
#include "core/DemoCasServer.h"
#include "core/ProfileStore.h"
#include "core/SettingsFile.h"
#include "gui/DecodedView.h"
#include "gui/AfterFirstPaint.h"
#include "gui/AppStyle.h"
#include "gui/FlowView.h"
#include "gui/HeadingLabel.h"
#include "gui/HistoryView.h"
#include "gui/KeychainMessages.h"
#include "gui/MainWindow.h"
#include "gui/ProfilePanel.h"
#include "gui/QrView.h"
#include "gui/ResponseView.h"
#include "gui/ServeView.h"
#include "gui/StackPage.h"
#include "gui/TokenView.h"
#include "gui/VerifyView.h"
#include "gui/WrapLabel.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QTabWidget>
#include <QTextDocument>
#include <QUuid>

#include <link.h>
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
    void iconAndKeychainWaitForTheFirstPaint(); // first: nothing before it has loaded the keychain module
    void labelsBecomeSelectableAfterTheFirstPaint();
    void afterFirstPaintWaitsForThePaint();
    void afterFirstPaintRunsForAWindowNeverPainted();
    void afterFirstPaintDropsTheWorkOfAClosedWindow();
    void pageBehindAnotherIsNotMeasured();
    void welcomePageIsNotMeasuredWhileProfilesExist();
    void wrapLabelLaysEachWidthOutOnce();
    void wrapLabelAnswersAnewAfterAChange();
    void wrapLabelAsksForNoMoreThanTwentyCharacters();
    void headingIsPlainTextThatFollowsTheApplicationFont();
    void hiddenTabViewsAreBuiltWhenFirstShown();
    void viewsBuiltLaterShowWhatHappenedBefore();
    void presentationModeReachesViewsBuiltLater();
    void keychainAnswerComesAfterTheWindow();
    void settingsFileIsReadOnceAtStart();
    void aProfileLoadUpdatesTheWindowOnce();

private:
    MainWindow* makeWindow();
    void showTab(int ctrlDigit);
    QTabWidget* tabs() const;

    std::unique_ptr<MainWindow> m_window;
};

namespace
{
bool keychainModuleLoaded()
{
    return dl_iterate_phdr(
               [](dl_phdr_info* info, size_t, void*) {
                   return QByteArray(info->dlpi_name).endsWith("/libcasconsole_keychain.so") ? 1 : 0;
               },
               nullptr)
        != 0;
}

/// Calls a function at the first paint event of the widget it watches.
class AtFirstPaint : public QObject
{
public:
    AtFirstPaint(QWidget* widget, std::function<void()> seen)
        : m_seen(std::move(seen))
    {
        widget->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            m_seen();
        }
        return false;
    }

private:
    std::function<void()> m_seen;
};

/// A word-wrapped label that counts the layout questions that make it lay its text out.
class CountingLabel : public QLabel
{
public:
    explicit CountingLabel(const QString& text)
        : QLabel(text)
    {
        setWordWrap(true);
    }
    mutable int questions = 0;
    int heightForWidth(int width) const override
    {
        ++questions;
        return QLabel::heightForWidth(width);
    }
    QSize minimumSizeHint() const override
    {
        ++questions;
        return QLabel::minimumSizeHint();
    }
};

/// The application's style, recording which push buttons it was asked to size. The window keeps
/// an AppStyle around the style it would choose, so it keeps this one.
class ButtonSizeRecorder : public AppStyle
{
public:
    ButtonSizeRecorder()
        : AppStyle(AppStyle::currentName())
    { }
    QStringList sized;
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size, const QWidget* widget) const override
    {
        if (type == CT_PushButton && widget) {
            const_cast<ButtonSizeRecorder*>(this)->sized << widget->objectName();
        }
        return AppStyle::sizeFromContents(type, option, size, widget);
    }
};

bool saveProfile(const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.url = QStringLiteral("https://cas.example.com/");
    profile.apiKey = QStringLiteral("key");
    return ProfileStore().save(profile).ok();
}

const QString Paragraph = QStringLiteral("A profile holds a CAS URL and an API key; its API secret is kept in the system keychain. ");

const QString Token = makeToken(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"startup","rid":"0123456789abcdef","exp":4102444800})");

void clearSettings()
{
    clearApplicationSettings();
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

void TestStartup::iconAndKeychainWaitForTheFirstPaint()
{
    QVERIFY(saveProfile(QStringLiteral("Saved")));
    QVERIFY(!keychainModuleLoaded());

    m_window = std::make_unique<MainWindow>();
    bool iconAtFirstPaint = true;
    bool keychainAtFirstPaint = true;
    const AtFirstPaint watch(m_window.get(), [&] {
        iconAtFirstPaint = !m_window->windowIcon().isNull();
        keychainAtFirstPaint = keychainModuleLoaded();
    });
    m_window->show();
    QTRY_VERIFY(watch.painted);
    // Neither the SVG icon nor the keychain module (QtKeychain, Qt D-Bus) was loaded for the first frame...
    QVERIFY(!iconAtFirstPaint);
    QVERIFY(!keychainAtFirstPaint);
    // ...and both follow it.
    QTRY_VERIFY(!m_window->windowIcon().isNull());
    QTRY_VERIFY(keychainModuleLoaded());
    QTRY_COMPARE(requireChild<QLabel>(m_window.get(), "secretLocation")->text(), KeychainMessages::keptForSession(SecretError::Kind::None));
}

void TestStartup::labelsBecomeSelectableAfterTheFirstPaint()
{
    // The request line and the secret's location are drawn for the first frame as plain labels
    // (a selectable one lays its text out as a text document, again and again), and can be
    // selected with the mouse right after it.
    QVERIFY(saveProfile(QStringLiteral("Saved")));
    m_window = std::make_unique<MainWindow>();
    const QList<QLabel*> labels {requireChild<QLabel>(m_window.get(), "requestLine"),
                                 requireChild<QLabel>(m_window.get(), "secretLocation")};
    QList<bool> selectableAtFirstPaint;
    QList<bool> documentAtFirstPaint;
    const AtFirstPaint watch(m_window.get(), [&] {
        for (const QLabel* label : labels) {
            selectableAtFirstPaint << bool(label->textInteractionFlags() & Qt::TextSelectableByMouse);
            documentAtFirstPaint << (label->findChild<QTextDocument*>() != nullptr);
        }
    });
    m_window->show();
    QTRY_VERIFY(watch.painted);
    QCOMPARE(selectableAtFirstPaint, QList<bool>({false, false}));
    QCOMPARE(documentAtFirstPaint, QList<bool>({false, false}));
    QVERIFY(labels[0]->text().startsWith(QLatin1String("GET https://")));
    for (const QLabel* label : labels) {
        QTRY_VERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QCOMPARE(label->focusPolicy(), Qt::ClickFocus);
    }
}

void TestStartup::afterFirstPaintWaitsForThePaint()
{
    QWidget window;
    window.resize(200, 100);
    int runs = 0;
    bool paintedBeforeRun = false;
    const AtFirstPaint watch(&window, [] {});
    AfterFirstPaint::run(&window, [&] {
        ++runs;
        paintedBeforeRun = watch.painted;
    });
    window.show();
    QCoreApplication::processEvents(); // whatever the event loop does before the window is painted
    QTRY_COMPARE(runs, 1);
    QVERIFY(paintedBeforeRun);
    window.update();
    QTest::qWait(AfterFirstPaint::MaxWaitMs + 100); // neither a later paint nor the time limit runs it again
    QCOMPARE(runs, 1);
}

void TestStartup::afterFirstPaintRunsForAWindowNeverPainted()
{
    QWidget window; // a window started minimized is not painted either
    int runs = 0;
    AfterFirstPaint::run(&window, [&] {
        ++runs;
    });
    QTest::qWait(AfterFirstPaint::MaxWaitMs / 2);
    QCOMPARE(runs, 0);
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, AfterFirstPaint::MaxWaitMs * 4);
    QTest::qWait(100);
    QCOMPARE(runs, 1);
}

void TestStartup::afterFirstPaintDropsTheWorkOfAClosedWindow()
{
    auto window = std::make_unique<QWidget>();
    int runs = 0;
    AfterFirstPaint::run(window.get(), [&] {
        ++runs;
    });
    window.reset();
    QTest::qWait(AfterFirstPaint::MaxWaitMs + 200);
    QCOMPARE(runs, 0);
}

void TestStartup::headingIsPlainTextThatFollowsTheApplicationFont()
{
    const QFont original = QApplication::font();
    QWidget page;
    auto& heading = *new HeadingLabel(&page);
    heading.setText(QStringLiteral("<b>Welcome</b> & more"));
    page.show();
    // What it shows is the text as given: a heading never reads markup (no document is made).
    QCOMPARE(heading.textFormat(), Qt::PlainText);
    QVERIFY(!heading.findChild<QTextDocument*>());
    QVERIFY(heading.font().bold());
    QCOMPARE(heading.font().pointSizeF(), original.pointSizeF() * HeadingLabel::Scale);

    // Settings and presentation mode scale the application's font: the heading follows.
    QFont larger = original;
    larger.setPointSizeF(original.pointSizeF() * 2);
    QApplication::setFont(larger);
    QCoreApplication::processEvents(); // Qt hands the new font down to the widgets later
    const qreal followed = heading.font().pointSizeF();
    const bool bold = heading.font().bold();
    QApplication::setFont(original);
    QCoreApplication::processEvents();
    QCOMPARE(followed, original.pointSizeF() * 2 * HeadingLabel::Scale);
    QVERIFY(bold);
    QCOMPARE(heading.font().pointSizeF(), original.pointSizeF() * HeadingLabel::Scale);
}

void TestStartup::pageBehindAnotherIsNotMeasured()
{
    QStackedWidget stack;
    auto* front = new StackPage;
    auto* frontLabel = new CountingLabel(QStringLiteral("Short."));
    (new QVBoxLayout(front))->addWidget(frontLabel);
    auto* behind = new StackPage;
    auto* behindLabel = new CountingLabel(QStringLiteral("A long paragraph that wraps. ").repeated(40));
    (new QVBoxLayout(behind))->addWidget(behindLabel);
    stack.addWidget(front);
    stack.addWidget(behind);
    stack.resize(300, 100);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));
    for (const int width : {200, 300, 400}) {
        stack.resize(width, 100);
        QCoreApplication::processEvents();
        [[maybe_unused]] const int height = stack.heightForWidth(width);
    }
    // The page behind reports nothing, so the stack never lays out its text...
    QCOMPARE(behindLabel->questions, 0);
    QVERIFY(frontLabel->questions > 0);
    QCOMPARE(behind->sizeHint(), QSize(0, 0));
    QCOMPARE(behind->minimumSizeHint(), QSize(0, 0));
    QVERIFY(!behind->hasHeightForWidth());
    const int frontHeight = stack.heightForWidth(200);

    // ...until it comes to the front: then the stack is as tall as its text needs.
    stack.setCurrentWidget(behind);
    QCoreApplication::processEvents();
    QVERIFY(behindLabel->questions > 0);
    QVERIFY(behind->hasHeightForWidth());
    QCOMPARE(front->sizeHint(), QSize(0, 0));
    QVERIFY(stack.heightForWidth(200) > frontHeight);
    QCOMPARE(stack.heightForWidth(200), behind->heightForWidth(200));
}

void TestStartup::welcomePageIsNotMeasuredWhileProfilesExist()
{
    // The welcome page and the profile page share a stack. Until the window knows which one it
    // shows, neither is in front: the page behind is not measured, so a window with profiles
    // never lays out the welcome page (its heading is the only text in a larger font).
    auto* recorder = new ButtonSizeRecorder;
    QApplication::setStyle(recorder);
    QVERIFY(saveProfile(QStringLiteral("first")));
    makeWindow();
    QCOMPARE(QApplication::style(), recorder);
    QVERIFY(recorder->sized.contains(QStringLiteral("getTokenButton"))); // what it records: buttons sized
    QVERIFY(!recorder->sized.contains(QStringLiteral("tryDemoButton")));
    QVERIFY(!recorder->sized.contains(QStringLiteral("emptyAddButton")));
    QVERIFY(requireChild<QWidget>(m_window.get(), "profilePage")->isVisible());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("startPage")));

    // Without profiles the welcome page is in front, and measured.
    m_window.reset();
    clearSettings();
    recorder->sized.clear();
    makeWindow();
    QVERIFY(requireChild<QWidget>(m_window.get(), "emptyStatePage")->isVisible());
    QVERIFY(recorder->sized.contains(QStringLiteral("tryDemoButton")));
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestStartup::wrapLabelLaysEachWidthOutOnce()
{
    CountingWrapLabel label(Paragraph.repeated(3));
    QLabel plain(label.text());
    plain.setWordWrap(true);
    QVERIFY(label.wordWrap());
    for (const int width : {120, 200, 300}) {
        QCOMPARE(label.heightForWidth(width), plain.heightForWidth(width));
    }
    QCOMPARE(label.layouts, 3);
    // The layouts' repeated questions cost nothing more...
    for (int pass = 0; pass < 5; ++pass) {
        for (const int width : {120, 200, 300}) {
            QCOMPARE(label.heightForWidth(width), plain.heightForWidth(width));
        }
    }
    QCOMPARE(label.layouts, 3);
    // ...and a few widths are kept, not all of them.
    for (int width = 100; width < 140; ++width) {
        QCOMPARE(label.heightForWidth(width), plain.heightForWidth(width));
    }
    QCOMPARE(label.layouts, 3 + 40); // 120 had made way for the newer widths by then
}

void TestStartup::wrapLabelAsksForNoMoreThanTwentyCharacters()
{
    // QLabel asks for its widest word as its minimum width; a WrapLabel for at most 20 average
    // characters, so that one long word cannot widen the window.
    const QString word(400, QLatin1Char('p'));
    WrapLabel label(QStringLiteral("GET https://cas.example/") + word);
    QLabel plain(label.text());
    plain.setWordWrap(true);
    const int cap = label.fontMetrics().averageCharWidth() * WrapLabel::MinimumWidthChars;
    QVERIFY(plain.minimumSizeHint().width() > 10 * cap);
    QCOMPARE(label.minimumSizeHint().width(), cap);
    QCOMPARE(label.minimumSizeHint().height(), plain.minimumSizeHint().height());
    // Short words: QLabel's own answer.
    label.setText(Paragraph);
    plain.setText(Paragraph);
    QCOMPARE(label.minimumSizeHint(), plain.minimumSizeHint());
    // A picture keeps its size.
    QPixmap picture(300, 300);
    picture.fill(Qt::black);
    label.setPixmap(picture);
    plain.setPixmap(picture);
    QCOMPARE(label.minimumSizeHint(), plain.minimumSizeHint());
    QVERIFY(label.minimumSizeHint().width() >= 300);
}

void TestStartup::wrapLabelAnswersAnewAfterAChange()
{
    CountingWrapLabel label(Paragraph);
    QLabel plain(Paragraph);
    plain.setWordWrap(true);
    const int width = 150;
    const int before = label.heightForWidth(width);
    QCOMPARE(before, plain.heightForWidth(width));

    const auto same = [&](const char* what) {
        const int layouts = label.layouts;
        const int height = label.heightForWidth(width);
        if (label.layouts != layouts + 1 || height != plain.heightForWidth(width)) {
            qWarning("after %s: %d layouts (was %d), height %d against %d", what, label.layouts, layouts, height,
                     plain.heightForWidth(width));
            return false;
        }
        return true;
    };
    label.setText(Paragraph.repeated(2));
    plain.setText(label.text());
    QVERIFY(same("a new text"));
    QVERIFY(label.heightForWidth(width) > before);

    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    plain.setFont(larger);
    QVERIFY(same("a larger font"));
    label.setContentsMargins(20, 10, 20, 10);
    plain.setContentsMargins(20, 10, 20, 10);
    QVERIFY(same("new margins"));
    label.setIndent(30);
    plain.setIndent(30);
    QVERIFY(same("an indent"));
    label.setFrameStyle(QFrame::Box | QFrame::Plain);
    label.setLineWidth(6);
    plain.setFrameStyle(QFrame::Box | QFrame::Plain);
    plain.setLineWidth(6);
    QVERIFY(same("a frame"));
    label.setWordWrap(false);
    plain.setWordWrap(false);
    QVERIFY(same("no word wrap"));
}

void TestStartup::keychainAnswerComesAfterTheWindow()
{
    QVERIFY(saveProfile(QStringLiteral("Saved")));

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
    Q_INIT_RESOURCE(resources); // the window icon
    return guiTestMain<TestStartup>(argc, argv, "cas-console-startup-test");
}

#include "tst_startup.moc"

void TestStartup::aProfileLoadUpdatesTheWindowOnce()
{
    // Filling the form field by field used to tell the window after each field (and the reload
    // again after that): the request line and its wrapped label were laid out each time.
    for (const char* name : {"First", "Second", "Third"}) {
        Profile profile;
        profile.name = QString::fromLatin1(name);
        profile.url = QStringLiteral("https://%1.example.com/").arg(QString::fromLatin1(name).toLower());
        profile.apiKey = QStringLiteral("key");
        QVERIFY(ProfileStore().save(profile).ok());
    }
    makeWindow();
    auto* panel = requireChild<ProfilePanel>(m_window.get(), "profilePanel");
    auto* list = requireChild<QListWidget>(m_window.get(), "profileList");
    auto* requestLine = requireChild<QLabel>(m_window.get(), "requestLine");
    QSignalSpy state(panel, &ProfilePanel::stateChanged);

    list->setCurrentRow(2); // as a click selects it
    QCOMPARE(state.count(), 1);
    QCOMPARE(m_window->currentProfileName(), QStringLiteral("Third"));
    QCOMPARE(requestLine->text(), QStringLiteral("GET https://third.example.com/stream/token/v2/"));

    state.clear();
    panel->reload(QStringLiteral("Second"));
    QCOMPARE(state.count(), 1);
    QCOMPARE(requestLine->text(), QStringLiteral("GET https://second.example.com/stream/token/v2/"));

    // Typing is not batched: each edit updates the window at once.
    state.clear();
    auto* url = requireChild<QLineEdit>(m_window.get(), "urlEdit");
    url->setFocus();
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://x.example.com/"));
    QVERIFY(state.count() >= 22);
    QCOMPARE(requestLine->text(), QStringLiteral("GET https://x.example.com/stream/token/v2/"));
}
