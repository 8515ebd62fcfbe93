// The real main window, offscreen, against the embedded demo CAS over HTTPS and the real
// Secret Service of the test session. Widgets are found by object name.
#include "GuiTestMain.h"
#include "gui/AppSettings.h"
#include "core/CasClient.h"
#include "gui/ClipboardService.h"
#include "core/DemoCasServer.h"
#include "ManualClock.h"
#include "gui/ErrorBanner.h"
#include "gui/FlowView.h"
#include "core/HistoryStore.h"
#include "gui/HistoryView.h"
#include "gui/KeychainMessages.h"
#include "gui/QrView.h"
#include "gui/TokenView.h"
#include "core/Jwt.h"
#include "gui/MainWindow.h"
#include "core/ProfileStore.h"
#include "core/SecretStore.h"
#include "gui/VerifyView.h"
#include "core/Translations.h"
#include "TabPages.h"
#include "TestSupport.h"

#include "KeyringItems.h"
#include "MisbehavingServer.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTranslator>
#include <QScopeGuard>
#include <QMenu>

#include <algorithm>

namespace
{
bool noKeychainMode()
{
    return qEnvironmentVariable("CAS_GUI_MODE") == QLatin1String("nokeychain");
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QStringList m_removedAsked;
    QStringList m_expiryWarnings;
    MainWindowPrompts::ExpiredToken m_expiryAnswer = MainWindowPrompts::ExpiredToken::Cancel;
    QStringList m_keepSecretAsked;
    bool m_keepSecretAnswer = false;
    QStringList m_removeWithoutKeychainAsked;
    bool m_removeWithoutKeychainAnswer = true;
    std::function<int(QDialog&)> m_dialogAnswer;

    template<typename T>
    T* find(const char* name) const
    {
        return requireChild<T>(m_window.get(), name);
    }

    QString bannerText() const
    {
        return find<QLabel>("bannerMessage")->text();
    }

    bool bannerShown() const
    {
        return find<ErrorBanner>("errorBanner")->isVisible();
    }

    QString rawToken() const
    {
        if (auto* text = m_window->findChild<QTextEdit*>(QStringLiteral("rawToken"))) {
            return text->toPlainText();
        }
        return requireChild<QPlainTextEdit>(m_window.get(), "rawToken")->toPlainText();
    }

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>();
        MainWindowPrompts prompts;
        prompts.unsavedChanges = [](const QString&) {
            return MainWindowPrompts::Unsaved::Discard;
        };
        prompts.confirmRemove = [this](const QString& name) {
            m_removedAsked << name;
            return true;
        };
        prompts.askLine = [](const QString&, const QString&, const QString& initial) -> std::optional<QString> {
            return initial + QStringLiteral(" renamed");
        };
        prompts.askText = [](const QString&, const QString&) -> std::optional<QString> {
            return std::nullopt;
        };
        prompts.expiredToken = [this](const QString& message) {
            m_expiryWarnings << message;
            return m_expiryAnswer;
        };
        prompts.keepSecretForNewHost = [this](const QString& name, const QString& change) {
            m_keepSecretAsked << name + QStringLiteral(": ") + change;
            return m_keepSecretAnswer;
        };
        prompts.removeWithoutKeychain = [this](const QString& name, const QString&) {
            m_removeWithoutKeychainAsked << name;
            return m_removeWithoutKeychainAnswer;
        };
        prompts.runDialog = [this](QDialog& dialog) {
            return m_dialogAnswer ? m_dialogAnswer(dialog) : int(QDialog::Rejected);
        };
        m_window->setPrompts(prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // These tests drive every view from the start; tst_startup checks that a view is built
        // when its tab is first shown and then shows what happened before.
        auto* tabs = find<QTabWidget>("tabs");
        for (int i = tabs->count() - 1; i >= 0; --i) {
            tabs->setCurrentIndex(i);
        }
    }

    void typeInto(const char* name, const QString& text)
    {
        QLineEdit* edit = find<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    /// Adds a profile through the form, as a person would.
    void addProfile(const QString& name, const QString& url, const QString& key, const QString& secret, const QString& caFile)
    {
        QTest::keySequence(m_window.get(), QKeySequence::New);
        typeInto("nameEdit", name);
        typeInto("urlEdit", url);
        typeInto("keyEdit", key);
        typeInto("secretEdit", secret);
        if (!caFile.isEmpty()) {
            typeInto("caFileEdit", caFile);
        }
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    }

    /// Hides the banner once the secret's write has ended: it is asynchronous, and without a
    /// keychain its message comes when the write fails, which a test must not race.
    void hideBannerAfterSaving()
    {
        QTRY_VERIFY(!find<QLabel>("secretLocation")->text().startsWith(QLatin1String("Saving")));
        find<ErrorBanner>("errorBanner")->hideBanner();
    }

    void getTokenAndWait()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("getTokenButton")->isEnabled(), 20000);
    }

    QString writeDemoCa()
    {
        const QString path = QDir(m_home.path()).filePath(QStringLiteral("demo-ca.pem"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(m_window->demoServer()->certificatePem());
        }
        return path;
    }

    /// The letter after a single "&", lower-cased; none for "&&" or no mnemonic.
    static QChar mnemonicOf(const QString& text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    /// Every mnemonic a person can reach with Alt now: the menu bar, visible and enabled buttons,
    /// labels of visible fields, visible tabs. Returns "letter: owners" for each letter that two
    /// of them share: Alt+letter would then not do what one of them shows.
    QStringList mnemonicClashes() const
    {
        QMultiMap<QChar, QString> owners;
        auto add = [&owners](const QString& text, const QString& owner) {
            const QChar letter = mnemonicOf(text);
            if (!letter.isNull())
                owners.insert(letter, owner + QStringLiteral(" \"") + text + u'"');
        };
        for (QAction* menu : m_window->menuBar()->actions())
            add(menu->text(), QStringLiteral("menu"));
        for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
            if (button->isVisible() && button->isEnabled())
                add(button->text(), button->objectName());
        }
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (label->isVisible() && label->buddy() && label->buddy()->isVisible())
                add(label->text(), label->objectName());
        }
        for (QTabBar* bar : m_window->findChildren<QTabBar*>()) {
            if (!bar->isVisible())
                continue;
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), QStringLiteral("tab"));
        }
        QStringList clashes;
        for (const QChar letter : owners.uniqueKeys()) {
            const QStringList named = owners.values(letter);
            if (named.size() > 1)
                clashes << QString(letter) + QStringLiteral(": ") + named.join(QStringLiteral(", "));
        }
        return clashes;
    }

    /// "menu: letter: items" for each letter two items of one menu share, in every menu of the
    /// window (the menu bar's, their submenus and the buttons' menus).
    QStringList menuMnemonicClashes() const
    {
        QList<QMenu*> menus = m_window->findChildren<QMenu*>();
        for (QAction* action : m_window->menuBar()->actions()) {
            if (action->menu() && !menus.contains(action->menu()))
                menus << action->menu();
        }
        QStringList clashes;
        for (QMenu* menu : menus) {
            QMultiMap<QChar, QString> owners;
            for (QAction* action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QChar letter = mnemonicOf(action->text());
                if (!letter.isNull())
                    owners.insert(letter, action->text());
            }
            for (const QChar letter : owners.uniqueKeys()) {
                if (owners.values(letter).size() > 1)
                    clashes << menu->title() + QStringLiteral(": ") + QString(letter) + QStringLiteral(": ")
                            + owners.values(letter).join(QStringLiteral(", "));
            }
        }
        return clashes;
    }

    /// Every text a person can see in the window now: the title, labels, fields as displayed,
    /// text views, table, tree and list cells (and their tooltips), buttons, combo items, tabs,
    /// tooltips.
    QStringList visibleTexts() const
    {
        QStringList texts {m_window->windowTitle()};
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            texts << widget->toolTip();
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                texts << label->text();
            } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
                texts << edit->displayText();
            } else if (auto* text = qobject_cast<QTextEdit*>(widget)) {
                texts << text->toPlainText();
            } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
                texts << plain->toPlainText();
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                texts << button->text();
            } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            } else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < bar->count(); ++i)
                    texts << bar->tabText(i) << bar->tabToolTip(i);
            } else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
                QList<QModelIndex> parents {QModelIndex()};
                while (!parents.isEmpty()) {
                    const QModelIndex parent = parents.takeFirst();
                    for (int row = 0; row < view->model()->rowCount(parent); ++row) {
                        for (int column = 0; column < view->model()->columnCount(parent); ++column) {
                            const QModelIndex index = view->model()->index(row, column, parent);
                            texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
                            if (column == 0)
                                parents << index;
                        }
                    }
                }
            }
        }
        return texts;
    }

    void forEveryTabPage(const std::function<void(const QString& where)>& visit) const
    {
        TestSupport::forEveryTabPage(find<QTabWidget>("tabs"), visit);
    }

    /// "where: text" for each visible text, on any tab, that holds one of the values.
    QStringList leaksOnEveryTab(const QStringList& values) const
    {
        QStringList leaks;
        forEveryTabPage([&](const QString& where) {
            for (const QString& text : visibleTexts()) {
                for (const QString& value : values) {
                    if (text.contains(value))
                        leaks << where + QStringLiteral(": ") + text.left(200);
                }
            }
        });
        return leaks;
    }

    QTemporaryDir m_home;
    DemoCasServer m_server; ///< outlives the windows, unlike a window's own demo
    QString m_serverCa;

private slots:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_server.start(0, true, &problem), qPrintable(problem));
        m_serverCa = QDir(m_home.path()).filePath(QStringLiteral("server-ca.pem"));
        QFile file(m_serverCa);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_server.certificatePem());
    }

    void init()
    {
        clearApplicationSettings();
        QSettings().sync();
        makeWindow();
    }

    void cleanup()
    {
        m_window.reset();
        Clock::setInstance(nullptr);
        m_expiryWarnings.clear();
        m_keepSecretAsked.clear();
        m_keepSecretAnswer = false;
        m_removeWithoutKeychainAsked.clear();
        m_removeWithoutKeychainAnswer = true;
        m_dialogAnswer = {};
        m_removedAsked.clear();
    }

    void titleAndEmptyState()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("CAS Console"));
        QVERIFY(find<QWidget>("emptyStatePage")->isVisible());
        QVERIFY(find<QPushButton>("tryDemoButton")->isVisible());
        QVERIFY(!find<QPushButton>("getTokenButton")->isEnabled());
        QVERIFY(find<QLabel>("emptyStateTitle")->text().contains(QLatin1String("Welcome")));
        // Wrapped and plain: a rich-text label is laid out as a whole document at each layout pass.
        auto* welcome = find<QLabel>("emptyStateLabel");
        QVERIFY(welcome->wordWrap());
        QCOMPARE(welcome->textFormat(), Qt::PlainText);
        QVERIFY(welcome->text().contains(QLatin1String("local demo")));
    }

    void unreadableSecretSaysWhatTheKeychainSaid()
    {
        // A saved profile whose secret is in no keychain entry (removed by another tool, or no
        // keychain here): the banner has the plain sentence, and what the keychain said under Details.
        Profile profile;
        profile.name = QStringLiteral("No secret %1").arg(QCoreApplication::applicationPid());
        profile.url = m_server.baseUrl().toString();
        profile.apiKey = QStringLiteral("demo-key");
        profile.caFile = m_serverCa;
        QVERIFY(ProfileStore().save(profile).ok());
        SecretError expected;
        QVERIFY(!SecretStore().readBlocking(profile.name, &expected));
        QVERIFY(!expected.detail.isEmpty());
        makeWindow();
        QVERIFY(m_window->selectProfile(profile.name));

        getTokenAndWait();
        QTRY_VERIFY(bannerShown());
        QCOMPARE(bannerText(), KeychainMessages::notRead(expected));
        QCOMPARE(find<ErrorBanner>("errorBanner")->detail(), expected.detail);
        QVERIFY(!bannerText().contains(expected.detail));
        QVERIFY(find<QToolButton>("bannerDetailsButton")->isVisible());
    }

    void tabPagesReportNoHeightForWidth()
    {
        // Otherwise the tabs ask every page, hidden ones too, for its height at each layout pass.
        auto* tabs = find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(!tabs->widget(i)->hasHeightForWidth(), qPrintable(tabs->widget(i)->objectName()));
        QVERIFY(!tabs->hasHeightForWidth());
        // Inside a page, a word-wrapped hint still gets the height its width needs.
        auto* hint = find<QLabel>("tokenEmptyHint");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->wordWrap());
        QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
    }

    void mnemonicsAreUnambiguous_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        for (const QString& language : Translations::available())
            QTest::newRow(qPrintable(language)) << language;
    }

    // Alt+letter reaches one control only, in every language, whichever tab (and Response sub-tab)
    // is in front, on the welcome page and on the stage; within each menu, and across the menu bar,
    // each letter is used once. The tabs have no letters: Ctrl+1 to Ctrl+8 reach them.
    void mnemonicsAreUnambiguous()
    {
        QFETCH(QString, language);
        m_window.reset();
        if (!language.isEmpty())
            QVERIFY(!Translations::install(QLocale(language)).isEmpty());
        const auto removeTranslators = qScopeGuard([] {
            for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        });
        makeWindow();
        if (!language.isEmpty()) // the window speaks that language
            QVERIFY(m_window->menuBar()->actions().constFirst()->text() != QLatin1String("&File"));

        QStringList found = menuMnemonicClashes();
        auto check = [this, &found](const QString& where) {
            for (const QString& clash : mnemonicClashes())
                found << where + QStringLiteral(": ") + clash;
        };
        check(QStringLiteral("welcome"));
        QTest::mouseClick(find<QPushButton>("tryDemoButton"), Qt::LeftButton);
        getTokenAndWait();
        find<ErrorBanner>("errorBanner")->showMessage(QStringLiteral("A message"), QStringLiteral("with details"));
        forEveryTabPage(check);
        m_window->setPresentationMode(true);
        forEveryTabPage([&check](const QString& where) {
            check(QStringLiteral("stage ") + where);
        });
        m_window->setPresentationMode(false);
        found << menuMnemonicClashes();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        auto* tabs = find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(mnemonicOf(tabs->tabText(i)).isNull(), qPrintable(tabs->tabText(i)));
    }

    void demoTokenWithOneKeystroke()
    {
        QTest::mouseClick(find<QPushButton>("tryDemoButton"), Qt::LeftButton);
        QCOMPARE(m_window->currentProfileName(), MainWindow::DemoProfileName);
        QVERIFY(find<QLabel>("requestLine")->text().startsWith(QLatin1String("GET https://127.0.0.1:")));
        QVERIFY(find<QLabel>("requestLine")->text().endsWith(QLatin1String("/stream/token/v2/")));

        getTokenAndWait();
        QVERIFY2(!bannerShown(), qPrintable(bannerText()));
        const Jwt jwt = Jwt::parse(rawToken());
        QVERIFY(jwt.isValid());
        QCOMPARE(jwt.algorithm(), QStringLiteral("HS256"));
        QCOMPARE(find<QTabWidget>("tabs")->currentWidget()->objectName(), QStringLiteral("tokenTab"));

        // Decoded: header and payload exactly as carried, pretty-printed.
        QCOMPARE(find<QPlainTextEdit>("headerJson")->toPlainText(), jwt.header().pretty);
        QVERIFY(find<QPlainTextEdit>("payloadJson")->toPlainText().contains(QLatin1String("\"rid\"")));
        QVERIFY(find<QPlainTextEdit>("payloadJson")->toPlainText().indexOf(QLatin1String("\"rid\""))
                < find<QPlainTextEdit>("payloadJson")->toPlainText().indexOf(QLatin1String("\"exp\"")));

        // Response: status line and the request as sent, without the secret.
        QVERIFY(find<QLabel>("statusLine")->text().contains(QLatin1String("200")));
        const QString asSent = m_window->findChild<QWidget*>(QStringLiteral("requestAsSent"))->property("plainText").toString();
        QVERIFY(asSent.contains(QLatin1String("demo-key")));
        QVERIFY(!asSent.contains(QLatin1String("demo-secret")));
    }

    void createProfileAndFetch()
    {
        const QString url = m_server.baseUrl().toString();
        const QString ca = m_serverCa;
        const QString name = QStringLiteral("Sandbox %1").arg(QCoreApplication::applicationPid());
        addProfile(name, url, QStringLiteral("demo-key"), QStringLiteral("demo-secret"), ca);
        QVERIFY2(!bannerShown() || noKeychainMode(), qPrintable(bannerText()));
        QCOMPARE(m_window->currentProfileName(), name);
        QVERIFY(!find<QListWidget>("profileList")->findItems(name, Qt::MatchExactly).isEmpty());

        const std::optional<Profile> stored = ProfileStore().profile(name);
        QVERIFY(stored);
        QCOMPARE(stored->url, url);
        QCOMPARE(stored->caFile, ca);

        // The secret is where the label says, and in no settings file.
        const QString location = find<QLabel>("secretLocation")->text();
        QSettings settings;
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("demo-secret"));
        if (noKeychainMode()) {
            // One plain sentence, the same in the banner and under the field; what D-Bus said is
            // under Details only.
            const QString kept = QStringLiteral("Not saved: no keychain is available, so the API secret is kept for this session only.");
            QTRY_COMPARE(find<QLabel>("secretLocation")->text(), kept);
            QTRY_COMPARE(bannerText(), kept);
            const QString detail = find<ErrorBanner>("errorBanner")->detail();
            QVERIFY(!detail.isEmpty());
            QVERIFY(!bannerText().contains(detail));
            QVERIFY(!detail.contains(QLatin1String("demo-secret")));
            QVERIFY(find<QToolButton>("bannerDetailsButton")->isVisible());
        } else {
            QCOMPARE(location, QStringLiteral("Saving to the system keychain (Secret Service)…"));
            QTRY_COMPARE(find<QLabel>("secretLocation")->text(), QStringLiteral("Stored in the system keychain (Secret Service)"));
            SecretStore secrets;
            SecretError error;
            QTRY_COMPARE(secrets.readBlocking(name, &error).value_or(QByteArray()), QByteArrayLiteral("demo-secret"));
        }

        // The secret field is not loaded until needed; the fetch reads it.
        hideBannerAfterSaving();
        getTokenAndWait();
        QVERIFY2(!bannerShown(), qPrintable(bannerText()));
        QVERIFY(Jwt::parse(rawToken()).isValid());

        // A new window reads the profile back (and, with a keychain, the secret on demand).
        m_window.reset();
        makeWindow();
        QVERIFY(m_window->selectProfile(name));
        if (!noKeychainMode()) {
            QVERIFY(find<QLineEdit>("secretEdit")->text().isEmpty());
            getTokenAndWait();
            QVERIFY2(!bannerShown(), qPrintable(bannerText()));
            QVERIFY(Jwt::parse(rawToken()).isValid());
        }

        // Rename moves the keychain entry; remove deletes it.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        const QString renamed = name + QStringLiteral(" renamed");
        QTRY_COMPARE(m_window->currentProfileName(), renamed);
        QVERIFY(!ProfileStore().contains(name));
        if (!noKeychainMode()) {
            SecretStore secrets;
            SecretError error;
            QTRY_COMPARE(secrets.readBlocking(renamed, &error).value_or(QByteArray()), QByteArrayLiteral("demo-secret"));
            QVERIFY(!secrets.readBlocking(name, &error));
        }
        QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(m_removedAsked, QStringList {renamed});
        QTRY_VERIFY(!ProfileStore().contains(renamed));
        if (!noKeychainMode()) {
            SecretStore secrets;
            SecretError error;
            QTRY_VERIFY(!secrets.readBlocking(renamed, &error));
        }
    }

    // Issue 12: the curl command of the CAS docs, pasted into a new profile's URL field, fills it.
    void newProfileFromPastedCurlCommand()
    {
        const QString url = m_server.baseUrl().toString();
        const QString name = QStringLiteral("From curl %1").arg(QCoreApplication::applicationPid());
        QTest::keySequence(m_window.get(), QKeySequence::New);
        typeInto("nameEdit", name);
        QGuiApplication::clipboard()->setText(
            QStringLiteral("curl -iL \\\n  --request GET \\\n  --url %1/stream/token/v2/ \\\n"
                           "  --header 'Auth-Api-Key: demo-key' \\\n  --header 'AUTH-API-SECRET: demo-secret'\n")
                .arg(url));
        QLineEdit* urlEdit = find<QLineEdit>("urlEdit");
        urlEdit->setFocus();
        urlEdit->selectAll();
        QTest::keySequence(urlEdit, QKeySequence::Paste);
        QCOMPARE(urlEdit->text(), url);
        QCOMPARE(find<QLineEdit>("keyEdit")->text(), QStringLiteral("demo-key"));
        QCOMPARE(find<QLineEdit>("secretEdit")->text(), QStringLiteral("demo-secret"));
        QGuiApplication::clipboard()->clear();
        typeInto("caFileEdit", m_serverCa);
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE(m_window->currentProfileName(), name);
        hideBannerAfterSaving();
        getTokenAndWait();
        QVERIFY2(!bannerShown(), qPrintable(bannerText()));
        QVERIFY(Jwt::parse(rawToken()).isValid());
        QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier);
        QTRY_VERIFY(!ProfileStore().contains(name));
    }

    void wrongSecretShows401Banner()
    {
        QVERIFY(m_window->startDemo());
        addProfile(QStringLiteral("Wrong"), m_window->demoServer()->baseUrl().toString(), QStringLiteral("demo-key"),
                   QStringLiteral("not-the-secret"), writeDemoCa());
        hideBannerAfterSaving();
        getTokenAndWait();
        QVERIFY(bannerShown());
        QVERIFY2(bannerText().contains(QLatin1String("401")), qPrintable(bannerText()));
        QVERIFY(bannerText().contains(QLatin1String("key and secret")));
        QVERIFY(!bannerText().contains(QLatin1String("not-the-secret")));
    }

    void untrustedCertificateBanner()
    {
        QVERIFY(m_window->startDemo());
        addProfile(QStringLiteral("No CA"), m_window->demoServer()->baseUrl().toString(), QStringLiteral("demo-key"),
                   QStringLiteral("demo-secret"), QString());
        hideBannerAfterSaving();
        getTokenAndWait();
        QVERIFY(bannerShown());
        QVERIFY2(bannerText().contains(QLatin1String("127.0.0.1")), qPrintable(bannerText()));
        QVERIFY(bannerText().contains(QLatin1String("CA file")));
        // The technical detail is one click away.
        QAbstractButton* details = find<QAbstractButton>("bannerDetailsButton");
        QVERIFY(details->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("bannerDetails"))->isVisible());
    }

    void cancelWithEscape()
    {
        QVERIFY(m_window->startDemo());
        m_window->demoServer()->setScenario(DemoCasServer::Scenario::Slow);
        m_window->demoServer()->setSlowDelayMs(10000);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(find<QPushButton>("cancelButton")->isVisible());
        QVERIFY(!find<QPushButton>("getTokenButton")->isEnabled());
        QTRY_VERIFY(m_window->demoServer()->requestCount() > 0);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_VERIFY(find<QPushButton>("getTokenButton")->isEnabled());
        QVERIFY(!find<QPushButton>("cancelButton")->isVisible());
        QVERIFY(bannerShown());
        QVERIFY(bannerText().contains(QLatin1String("cancelled")));
        QVERIFY(rawToken().isEmpty());
    }

    void pasteToDecode()
    {
        const QString token = makeToken(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"alice","big":12345678901234567890})");
        QGuiApplication::clipboard()->setText(QStringLiteral("Bearer ") + token);
        find<QListWidget>("profileList")->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QTRY_COMPARE(rawToken(), token);
        QVERIFY(find<QPlainTextEdit>("payloadJson")->toPlainText().contains(QLatin1String("12345678901234567890")));
        QVERIFY(bannerText().contains(QLatin1String("no request was made")));

        // Not a token: an error that says what is wrong, views untouched.
        QGuiApplication::clipboard()->setText(QStringLiteral("hello world"));
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QTRY_VERIFY(bannerText().contains(QLatin1String("not a token")));
        QCOMPARE(rawToken(), token);

        // Dropping text decodes too.
        const QString dropped = makeToken(R"({"alg":"none"})", R"({"a":1})");
        m_window->decodeText(dropped, QStringLiteral("the dropped text"));
        QCOMPARE(rawToken(), dropped);
    }

    void verifyRightAndWrongSecret()
    {
        QVERIFY(m_window->startDemo());
        getTokenAndWait();
        QVERIFY(Jwt::parse(rawToken()).isValid());
        find<QTabWidget>("tabs")->setCurrentIndex(2);
        auto* verify = find<VerifyView>("verifyView");
        QLineEdit* secret = find<QLineEdit>("secretInput");
        QTest::keyClicks(secret, QString::fromLatin1(DemoCasServer::SigningSecret));
        QTest::mouseClick(find<QPushButton>("verifyButton"), Qt::LeftButton);
        QTRY_VERIFY(verify->hasResult());
        QCOMPARE(verify->lastResult().status, VerifyResult::Status::Verified);
        QVERIFY(find<QLabel>("verifyHeadline")->text().contains(QLatin1String("Verified")));

        secret->clear();
        QTest::keyClicks(secret, QStringLiteral("wrong-secret"));
        QTest::mouseClick(find<QPushButton>("verifyButton"), Qt::LeftButton);
        QTRY_VERIFY(verify->hasResult());
        QCOMPARE(verify->lastResult().status, VerifyResult::Status::NotVerified);
    }

    void copyMarksConcealedAndClears()
    {
        m_window->clipboard()->setClearDelaySeconds(1);
        const QString token = makeToken(R"({"alg":"HS256"})", R"({"a":1})");
        m_window->decodeText(token, QStringLiteral("test"));
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        QClipboard* clipboard = QGuiApplication::clipboard();
        QCOMPARE(clipboard->text(), token);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QVERIFY(find<QLabel>("clipboardStatus")->text().contains(QLatin1String("Clipboard clears in")));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
        QTRY_COMPARE(find<QLabel>("clipboardStatus")->text(), QStringLiteral("Clipboard cleared"));

        // Something else copied meanwhile is left alone.
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        clipboard->setText(QStringLiteral("the user's own text"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->clipboard()->secondsUntilClear() < 0, 5000);
        QCOMPARE(clipboard->text(), QStringLiteral("the user's own text"));
    }

    void settingsAndWindowStatePersist()
    {
        {
            AppSettings settings;
            settings.setClipboardClearSeconds(7);
            settings.setDefaultTimeoutSeconds(42);
            settings.setFontScalePercent(125);
            QVERIFY(settings.sync().isEmpty());
        }
        QVERIFY(m_window->startDemo());
        m_window.reset();
        const qreal basePoint = QApplication::font().pointSizeF();
        makeWindow();
        QCOMPARE(m_window->clipboard()->clearDelaySeconds(), 7);
        QVERIFY(QApplication::font().pointSizeF() > basePoint);

        // New profiles take the default timeout.
        QTest::keySequence(m_window.get(), QKeySequence::New);
        QCOMPARE(m_window->findChild<QSpinBox*>(QStringLiteral("timeoutSpin"))->value(), 42);

        // Splitter sizes and geometry come back.
        m_window->resize(1300, 900);
        QTRY_COMPARE(m_window->size(), QSize(1300, 900));
        auto* splitter = find<QSplitter>("mainSplitter");
        splitter->setSizes({300, 700});
        const QList<int> sizes = splitter->sizes();
        m_window->close();
        m_window.reset();
        makeWindow();
        QCOMPARE(find<QSplitter>("mainSplitter")->sizes(), sizes);
        QCOMPARE(m_window->size(), QSize(1300, 900));
        AppSettings().setFontScalePercent(100);
    }

    void lastProfileRestored()
    {
        ProfileStore store;
        QVERIFY(store.save(Profile {QStringLiteral("Alpha"), QStringLiteral("https://a.example"), QStringLiteral("ka"), {}, 15}).ok());
        QVERIFY(store.save(Profile {QStringLiteral("Beta"), QStringLiteral("https://b.example"), QStringLiteral("kb"), {}, 15}).ok());
        m_window.reset();
        makeWindow();
        QVERIFY(m_window->selectProfile(QStringLiteral("Beta")));
        m_window->close();
        m_window.reset();
        makeWindow();
        QCOMPARE(m_window->currentProfileName(), QStringLiteral("Beta"));
        QCOMPARE(find<QLabel>("requestLine")->text(), QStringLiteral("GET https://b.example/stream/token/v2/"));
    }

    void aLongWordDoesNotWidenTheWindow()
    {
        // A word-wrapped label wraps only between words: a pasted URL without a break used to make
        // the window wider than a projector's screen once another tab was opened.
        const QString url = QStringLiteral("https://cas.example/") + QString(400, QLatin1Char('p')) + QLatin1Char('/');
        QVERIFY(ProfileStore().save(Profile {QStringLiteral("Long"), url, QStringLiteral("key"), {}, 15}).ok());
        m_window.reset();
        makeWindow();
        QVERIFY(m_window->selectProfile(QStringLiteral("Long")));
        QVERIFY(find<QLabel>("requestLine")->text().contains(url));
        m_window->resize(1024, 768);
        auto* tabs = find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QCOMPARE(m_window->width(), 1024);
        }
        QVERIFY(m_window->minimumSizeHint().width() <= 1024);
    }

    void aLongTokenHeaderDoesNotWidenTheWindow()
    {
        // A token's header is anyone's text: a long alg, typ or kid, shown in the Token and Verify
        // views' summaries, must not widen the window either.
        m_window->resize(1024, 768);
        auto* tabs = find<QTabWidget>("tabs");
        const QByteArray word(3000, 'k');
        const QString hostile = makeToken("{\"alg\":\"" + word + "\",\"typ\":\"" + word + "\",\"kid\":\"" + word + "\"}", R"({"a":1})");
        m_window->decodeText(hostile, QStringLiteral("the pasted text"));
        QCOMPARE(rawToken(), hostile);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QCOMPARE(m_window->width(), 1024);
        }
    }

    void unsavedEditsAreNotLostSilently()
    {
        ProfileStore store;
        QVERIFY(store.save(Profile {QStringLiteral("Alpha"), QStringLiteral("https://a.example"), QStringLiteral("ka"), {}, 15}).ok());
        QVERIFY(store.save(Profile {QStringLiteral("Beta"), QStringLiteral("https://b.example"), QStringLiteral("kb"), {}, 15}).ok());
        m_window.reset();
        makeWindow();
        QStringList asked;
        MainWindowPrompts prompts;
        MainWindowPrompts::Unsaved answer = MainWindowPrompts::Unsaved::Cancel;
        prompts.unsavedChanges = [&](const QString& name) {
            asked << name;
            return answer;
        };
        prompts.keepSecretForNewHost = [](const QString&, const QString&) {
            return false;
        };
        m_window->setPrompts(prompts);
        QVERIFY(m_window->selectProfile(QStringLiteral("Alpha")));
        typeInto("keyEdit", QStringLiteral("changed-key"));

        // Cancel keeps the edit and the selection.
        QVERIFY(!m_window->selectProfile(QStringLiteral("Beta")));
        QCOMPARE(asked, QStringList {QStringLiteral("Alpha")});
        QCOMPARE(find<QLineEdit>("keyEdit")->text(), QStringLiteral("changed-key"));

        // Save writes it before switching.
        answer = MainWindowPrompts::Unsaved::Save;
        QVERIFY(m_window->selectProfile(QStringLiteral("Beta")));
        QCOMPARE(ProfileStore().profile(QStringLiteral("Alpha"))->apiKey, QStringLiteral("changed-key"));

        // Closing with unsaved edits asks too.
        typeInto("keyEdit", QStringLiteral("other"));
        answer = MainWindowPrompts::Unsaved::Cancel;
        QVERIFY(!m_window->close());
        QCOMPARE(asked.size(), 3);
    }

    void flowFollowsTheRealRequest()
    {
        QVERIFY(m_window->startDemo());
        auto* flow = find<FlowView>("flowView");
        QCOMPARE(flow->latestStep(), FlowView::Step::Idle);
        getTokenAndWait();
        QCOMPARE(flow->latestStep(), FlowView::Step::TokenDecoded);
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        QCOMPARE(flow->latestStep(), FlowView::Step::HandedToClient);

        m_window->demoServer()->setScenario(DemoCasServer::Scenario::WrongCredentials);
        getTokenAndWait();
        QCOMPARE(flow->latestStep(), FlowView::Step::Failed);
    }

    void presentationModeMasksEverything()
    {
        QVERIFY(m_window->startDemo());
        getTokenAndWait();
        const QString token = Jwt::parse(rawToken()).compact();
        QVERIFY(!token.isEmpty());
        const QFont before = QApplication::font();

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(m_window->isPresentationMode());
        QVERIFY(QApplication::font().pointSizeF() > before.pointSizeF());
        // Fields: the API key and the secret are masked.
        QCOMPARE(find<QLineEdit>("keyEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(find<QLineEdit>("secretEdit")->echoMode(), QLineEdit::Password);
        // The token, the request as sent, the body and the request line's tooltip hide them too.
        QVERIFY(!rawToken().contains(token.left(20)));
        const QString asSent = m_window->findChild<QWidget*>(QStringLiteral("requestAsSent"))->property("plainText").toString();
        QVERIFY(!asSent.contains(QLatin1String("demo-key")));
        const QString body = m_window->findChild<QWidget*>(QStringLiteral("responseBody"))->property("plainText").toString();
        QVERIFY(!body.contains(token.left(20)));
        QVERIFY(!find<QLabel>("requestLine")->toolTip().contains(QLatin1String("demo-key")));
        QVERIFY(find<FlowView>("flowView")->isMasked());

        // A new token stays hidden; revealing is one place at a time.
        getTokenAndWait();
        QVERIFY(find<TokenView>("tokenView")->isTokenHidden());
        QTest::mouseClick(find<QPushButton>("revealToken"), Qt::LeftButton);
        QVERIFY(!find<TokenView>("tokenView")->isTokenHidden());
        QVERIFY(Jwt::parse(rawToken()).isValid());
        QCOMPARE(find<QLineEdit>("keyEdit")->echoMode(), QLineEdit::Password);

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(!m_window->isPresentationMode());
        QCOMPARE(find<QLineEdit>("keyEdit")->echoMode(), QLineEdit::Normal);
        QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF());
    }

    // A server that echoes the API key, the secret and the token in its headers and body, on
    // success and in an error: in presentation mode none of them is readable anywhere.
    void presentationModeHidesWhatAServerEchoes()
    {
        const QString key = QStringLiteral("echo-key-5e1f0a");
        const QString secret = QStringLiteral("echo-secret-9c4d27");
        const QByteArray exp = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600);
        const QString token = makeToken(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"trainer","exp":)" + exp + '}');
        MisbehavingServer server; // plain HTTP: allowed to loopback
        QVERIFY(server.start());
        const QByteArray echo = "key " + key.toLatin1() + " secret " + secret.toLatin1() + " token " + token.toLatin1();
        MisbehavingServer::Response answer =
            MisbehavingServer::Response::json(200, "{\"token\":\"" + token.toLatin1() + "\",\"echo\":\"" + echo + "\"}");
        answer.headers.append(qMakePair(QByteArray("X-Echo"), echo));
        server.setResponse(answer);

        addProfile(QStringLiteral("Echo"), server.baseUrl().toString(), key, secret, QString());
        // Without a keychain the save ends in a banner of its own: wait for it before hiding it.
        hideBannerAfterSaving();
        getTokenAndWait();
        QVERIFY2(!bannerShown(), qPrintable(bannerText()));
        QCOMPARE(Jwt::parse(rawToken()).compact(), token);
        // The secret a server echoes is never shown, presentation mode or not.
        QStringList leaks = leaksOnEveryTab({secret});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(m_window->isPresentationMode());
        leaks = leaksOnEveryTab({key, secret, token});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        // The QR code carries the token: a placeholder until revealed.
        auto* qr = find<QrView>("qrView");
        QVERIFY(qr->isCodeHidden());
        QVERIFY(!qr->message().isEmpty());
        QTest::mouseClick(find<QPushButton>("revealQrCode"), Qt::LeftButton);
        QVERIFY(!qr->isCodeHidden());

        // An error whose message and details echo them too.
        MisbehavingServer::Response rejected = MisbehavingServer::Response::json(401, "{\"message\":\"" + echo + "\"}");
        rejected.reason = "Unauthorized " + key.toLatin1();
        rejected.headers.append(qMakePair(QByteArray("X-Echo"), echo));
        server.setResponse(rejected);
        getTokenAndWait();
        QVERIFY(bannerShown());
        QTest::mouseClick(find<QAbstractButton>("bannerDetailsButton"), Qt::LeftButton);
        leaks = leaksOnEveryTab({key, secret, token});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QTest::keyClick(m_window.get(), Qt::Key_F11);
    }

    void expiryGuardBeforeCopy()
    {
        QVERIFY(m_window->startDemo());
        getTokenAndWait();
        QGuiApplication::clipboard()->clear();
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
        Clock::setInstance(&clock);

        m_expiryAnswer = MainWindowPrompts::ExpiredToken::Cancel;
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        QCOMPARE(m_expiryWarnings.size(), 1);
        QVERIFY(m_expiryWarnings.first().contains(QLatin1String("expired")));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        m_expiryAnswer = MainWindowPrompts::ExpiredToken::CopyAnyway;
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), Jwt::parse(rawToken()).compact());

        // "Fetch a fresh one" requests a new token instead of copying.
        const int before = m_window->demoServer()->requestCount();
        m_expiryAnswer = MainWindowPrompts::ExpiredToken::FetchFresh;
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        QTRY_COMPARE(m_window->demoServer()->requestCount(), before + 1);
        QTRY_VERIFY(find<QPushButton>("getTokenButton")->isEnabled());
    }

    void clockSkewIsShown()
    {
        QVERIFY(m_window->startDemo());
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(10 * 60));
        Clock::setInstance(&clock);
        getTokenAndWait();
        QVERIFY(bannerShown());
        QVERIFY2(bannerText().contains(QLatin1String("ahead")), qPrintable(bannerText()));
    }

    void historyKeepsFetchedTokens()
    {
        QVERIFY(m_window->startDemo());
        getTokenAndWait();
        const QString first = Jwt::parse(rawToken()).compact();
        getTokenAndWait();
        auto* table = find<QAbstractItemView>("historyTable");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        // Re-open the older one in the inspector.
        find<QTabWidget>("tabs")->setCurrentWidget(find<QWidget>("historyTab"));
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::mouseClick(find<QPushButton>("openHistoryEntry"), Qt::LeftButton);
        QTRY_COMPARE(Jwt::parse(rawToken()).compact(), first);
        // The values are not in the settings file.
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(first.toLatin1()));
    }

    void qrCodeOfTheToken()
    {
        QVERIFY(m_window->startDemo());
        getTokenAndWait();
        auto* qr = find<QrView>("qrView");
        QVERIFY(qr->hasCode());
        QVERIFY(!qr->codeImage(4).isNull());
    }

    void answerLandsOnTheProfileThatAsked()
    {
        ProfileStore store;
        QVERIFY(store.save(Profile {QStringLiteral("Other"), QStringLiteral("https://other.example"), QStringLiteral("ko"), {}, 15}).ok());
        QVERIFY(m_window->startDemo());
        m_window->demoServer()->setScenario(DemoCasServer::Scenario::Slow);
        m_window->demoServer()->setSlowDelayMs(1500);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_window->demoServer()->requestCount() > 0);
        // A second request while one runs is not started.
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_window->selectProfile(QStringLiteral("Other")));
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("getTokenButton")->isEnabled(), 20000);
        QCOMPARE(m_window->demoServer()->requestCount(), 1);
        QCOMPARE(m_window->currentProfileName(), QStringLiteral("Other"));
        QVERIFY(find<QLabel>("profileStatus")->text().contains(MainWindow::DemoProfileName));
        auto* table = find<QAbstractItemView>("historyTable");
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(m_window->selectProfile(MainWindow::DemoProfileName));
        QTRY_COMPARE(table->model()->rowCount(), 1);
    }

    void hugeTokenPasted()
    {
        const QString token = makeToken(R"({"alg":"HS256"})", "{\"pad\":\"" + QByteArray(1024 * 1024, 'x') + "\"}");
        QGuiApplication::clipboard()->setText(token);
        find<QListWidget>("profileList")->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        // Shown in part, with a note; the copy is the whole token.
        QTRY_VERIFY(rawToken().startsWith(token.left(1000)));
        QVERIFY(rawToken().contains(QLatin1String("characters are not shown")));
        // The Decoded tab is behind: its JSON is laid out when it is shown.
        QVERIFY(find<QPlainTextEdit>("payloadJson")->toPlainText().isEmpty());
        find<QTabWidget>("tabs")->setCurrentWidget(find<QWidget>("decodedTab"));
        QVERIFY(find<QPlainTextEdit>("payloadJson")->toPlainText().contains(QLatin1String("more characters are not shown")));
        find<QTabWidget>("tabs")->setCurrentWidget(find<QWidget>("tokenTab"));
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        // Too long for a QR code: the view says so instead of drawing one.
        QVERIFY(!find<QrView>("qrView")->hasCode());
        QVERIFY(find<QrView>("qrView")->message().contains(QLatin1String("QR code")));
    }

    void fullSessionLeavesNoSecretOnDisk()
    {
        const QString name = QStringLiteral("Scan %1").arg(QCoreApplication::applicationPid());
        addProfile(name, m_server.baseUrl().toString(), QStringLiteral("demo-key"), QStringLiteral("demo-secret"), m_serverCa);
        hideBannerAfterSaving();
        getTokenAndWait();
        const QString token = Jwt::parse(rawToken()).compact();
        QVERIFY(!token.isEmpty());
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        find<QTabWidget>("tabs")->setCurrentWidget(find<QWidget>("historyTab"));
        QTRY_VERIFY(find<QAbstractItemView>("historyTable")->model()->rowCount() > 0);
        m_window->close();
        m_window.reset();

        int files = 0;
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"}) {
            QDirIterator it(qEnvironmentVariable(variable), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                QVERIFY2(!bytes.contains("demo-secret"), qPrintable(file.fileName()));
                QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(file.fileName()));
                QVERIFY2(!bytes.contains(token.section(QLatin1Char('.'), 2).toLatin1()), qPrintable(file.fileName()));
                ++files;
            }
        }
        QVERIFY(files > 0); // the settings file at least
        makeWindow();
        QVERIFY(m_window->selectProfile(name));
        QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier);
    }

    // A saved secret goes only to the CAS origin and API key it was saved for.
    void secretStaysWithItsOrigin()
    {
        const QString name = QStringLiteral("Moved %1").arg(QCoreApplication::applicationPid());
        addProfile(name, m_server.baseUrl().toString(), QStringLiteral("demo-key"), QStringLiteral("demo-secret"), m_serverCa);
        hideBannerAfterSaving();
        const int before = m_server.requestCount();

        // An edited, unsaved URL does not get the saved secret.
        const QString otherOrigin = QStringLiteral("https://localhost:%1").arg(m_server.baseUrl().port());
        typeInto("urlEdit", otherOrigin);
        getTokenAndWait();
        QVERIFY2(bannerText().contains(QLatin1String("not sent there")), qPrintable(bannerText()));
        QCOMPARE(m_server.requestCount(), before);

        // Saving asks; the default answer deletes the saved secret.
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QCOMPARE(m_keepSecretAsked.size(), 1);
        QVERIFY2(m_keepSecretAsked.first().contains(QLatin1String("localhost")), qPrintable(m_keepSecretAsked.first()));
        QCOMPARE(ProfileStore().profile(name)->url, otherOrigin);
        if (!noKeychainMode()) {
            SecretStore secrets;
            SecretError error;
            QTRY_VERIFY(!secrets.readBlocking(name, &error));
        }
        // Back to the first origin: the secret is gone, nothing is sent.
        typeInto("urlEdit", m_server.baseUrl().toString());
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QCOMPARE(m_keepSecretAsked.size(), 2);
        hideBannerAfterSaving();
        getTokenAndWait();
        QVERIFY(bannerShown());
        QCOMPARE(m_server.requestCount(), before);

        // A new secret typed with the change is not asked about; keeping one on a key change works.
        typeInto("secretEdit", QStringLiteral("demo-secret"));
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QCOMPARE(m_keepSecretAsked.size(), 2);
        QTRY_VERIFY(!find<QLabel>("secretLocation")->text().startsWith(QLatin1String("Saving")));
        m_keepSecretAnswer = true;
        typeInto("keyEdit", QStringLiteral("demo-key "));
        typeInto("keyEdit", QStringLiteral("other-key"));
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QCOMPARE(m_keepSecretAsked.size(), 3);
        QVERIFY(m_keepSecretAsked.last().contains(QLatin1String("API key")));
        typeInto("keyEdit", QStringLiteral("demo-key"));
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        hideBannerAfterSaving();
        getTokenAndWait();
        QVERIFY2(!bannerShown(), qPrintable(bannerText()));
        QCOMPARE(m_server.requestCount(), before + 1);
        QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier);
        QTRY_VERIFY(!ProfileStore().contains(name));
    }

    // Remove deletes the secret and the history tokens from the keychain, or keeps the profile.
    void removeDeletesKeychainEntriesOrKeepsTheProfile()
    {
        const QString name = QStringLiteral("Gone %1").arg(QCoreApplication::applicationPid());
        addProfile(name, m_server.baseUrl().toString(), QStringLiteral("demo-key"), QStringLiteral("demo-secret"), m_serverCa);
        hideBannerAfterSaving();
        getTokenAndWait();
        auto* table = find<QAbstractItemView>("historyTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const auto historyIds = [&name] {
            SecretStore secrets;
            const HistoryStore history(&secrets);
            QStringList ids;
            for (const HistoryEntry& entry : history.entries(name))
                ids << entry.id;
            return ids;
        };
        QStringList stored;
        if (!noKeychainMode()) {
            QTRY_COMPARE(historyIds().size(), 1);
            stored = historyIds();
            QTRY_COMPARE(KeyringItems::users(HistoryStore::ServiceName, stored.first()), stored);
        }
        m_removeWithoutKeychainAnswer = false;
        QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier);
        if (noKeychainMode()) {
            // No keychain answers: asked, and "no" keeps the profile with a message that says so.
            QTRY_COMPARE(m_removeWithoutKeychainAsked, QStringList {name});
            QVERIFY(ProfileStore().contains(name));
            QCOMPARE(m_window->currentProfileName(), name);
            QVERIFY2(bannerText().contains(QLatin1String("kept")), qPrintable(bannerText()));
            m_removeWithoutKeychainAnswer = true;
            QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier);
            QTRY_VERIFY(!ProfileStore().contains(name));
            return;
        }
        QTRY_VERIFY(!ProfileStore().contains(name));
        QVERIFY(m_removeWithoutKeychainAsked.isEmpty());
        SecretStore secrets;
        SecretError error;
        QVERIFY(!secrets.readBlocking(name, &error));
        QTRY_VERIFY(KeyringItems::users(HistoryStore::ServiceName, stored.first()).isEmpty());
        // A new profile of the same name inherits nothing.
        QVERIFY(ProfileStore().save(Profile {name, m_server.baseUrl().toString(), QStringLiteral("demo-key"), m_serverCa, 15}).ok());
        QVERIFY(!secrets.readBlocking(name, &error));
    }

    // A key or secret with a line break or another control character is refused at its field
    // before anything is sent (a copy from a file or a terminal often brings one along).
    void controlCharactersAreRefusedInline()
    {
        QTest::keySequence(m_window.get(), QKeySequence::New);
        typeInto("nameEdit", QStringLiteral("Pasted"));
        typeInto("urlEdit", m_server.baseUrl().toString());
        typeInto("caFileEdit", m_serverCa);
        auto paste = [this](const char* field, const QString& text) {
            QGuiApplication::clipboard()->setText(text);
            QLineEdit* edit = find<QLineEdit>(field);
            edit->setFocus();
            edit->selectAll();
            QTest::keySequence(edit, QKeySequence::Paste);
            return edit->text() == text;
        };
        QVERIFY(paste("keyEdit", QStringLiteral("demo-key\r\ndemo-secret")));
        QVERIFY(paste("secretEdit", QStringLiteral("demo-\x1bsecret")));
        const int before = m_server.requestCount();
        getTokenAndWait();
        QCOMPARE(m_server.requestCount(), before);
        auto* keyError = find<QLabel>("keyError");
        auto* secretError = find<QLabel>("secretError");
        QVERIFY(keyError->isVisible());
        QVERIFY2(keyError->text().contains(QLatin1String("CR")), qPrintable(keyError->text()));
        QVERIFY(secretError->isVisible());
        QVERIFY2(secretError->text().contains(QLatin1String("U+001B")), qPrintable(secretError->text()));
        QVERIFY(!secretError->text().contains(QLatin1String("secret\x1b")));
        // Saving is refused the same way.
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY(!ProfileStore().contains(QStringLiteral("Pasted")));
        // Fixed fields: the errors go when edited, and the token comes.
        typeInto("keyEdit", QStringLiteral("demo-key"));
        QVERIFY(!keyError->isVisible());
        typeInto("secretEdit", QStringLiteral("demo-secret"));
        QVERIFY(!secretError->isVisible());
        find<ErrorBanner>("errorBanner")->hideBanner();
        getTokenAndWait();
        QVERIFY2(!bannerShown(), qPrintable(bannerText()));
        QCOMPARE(m_server.requestCount(), before + 1);
    }

    // Ctrl+H anywhere in the profile form shows or hides the secret; the Verify tab's own field
    // has its own toggle.
    void ctrlHRevealsTheSecret()
    {
        QVERIFY(m_window->startDemo());
        auto* secret = find<QLineEdit>("secretEdit");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        find<QLineEdit>("urlEdit")->setFocus();
        QTest::keyClick(find<QLineEdit>("urlEdit"), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(secret->displayText(), QStringLiteral("demo-secret"));
        QTest::keyClick(find<QLineEdit>("urlEdit"), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        find<QTabWidget>("tabs")->setCurrentWidget(find<QWidget>("verifyTab"));
        auto* verifySecret = find<QLineEdit>("secretInput");
        verifySecret->setFocus();
        QTest::keyClick(verifySecret, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(verifySecret->echoMode(), QLineEdit::Normal);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void profileActionsNeedAProfile()
    {
        for (const char* name : {"duplicateProfileAction", "renameProfileAction", "removeProfileAction"})
            QVERIFY2(!find<QAction>(name)->isEnabled(), name);
        QVERIFY(!find<QToolButton>("removeProfileButton")->isEnabled());
        QVERIFY(find<QAction>("newProfileAction")->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier);
        QVERIFY(m_removedAsked.isEmpty());

        // The demo can be duplicated, not renamed or removed.
        QVERIFY(m_window->startDemo());
        QVERIFY(find<QAction>("duplicateProfileAction")->isEnabled());
        QVERIFY(!find<QAction>("renameProfileAction")->isEnabled());
        QVERIFY(!find<QAction>("removeProfileAction")->isEnabled());

        // A saved profile: all three, until it is removed and none is left.
        QVERIFY(
            ProfileStore().save(Profile {QStringLiteral("Alpha"), QStringLiteral("https://a.example"), QStringLiteral("ka"), {}, 15}).ok());
        m_window.reset();
        makeWindow();
        QCOMPARE(m_window->currentProfileName(), QStringLiteral("Alpha"));
        for (const char* name : {"duplicateProfileAction", "renameProfileAction", "removeProfileAction"})
            QVERIFY2(find<QAction>(name)->isEnabled(), name);
        QVERIFY(find<QToolButton>("removeProfileButton")->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Delete, Qt::ControlModifier);
        QTRY_VERIFY(!ProfileStore().contains(QStringLiteral("Alpha")));
        QTRY_VERIFY(find<QWidget>("emptyStatePage")->isVisible());
        for (const char* name : {"duplicateProfileAction", "renameProfileAction", "removeProfileAction"})
            QVERIFY2(!find<QAction>(name)->isEnabled(), name);
    }

    void demoScenarioOnlyForTheDemo()
    {
        QVERIFY(ProfileStore()
                    .save(Profile {QStringLiteral("Other"), QStringLiteral("https://other.example"), QStringLiteral("ko"), {}, 15})
                    .ok());
        m_window.reset();
        makeWindow();
        auto* scenario = find<QComboBox>("demoScenario");
        QVERIFY(!scenario->isVisible());
        QVERIFY(m_window->startDemo());
        QVERIFY(scenario->isVisible());
        QVERIFY(m_window->selectProfile(QStringLiteral("Other")));
        QVERIFY(!scenario->isVisible());
        QVERIFY(m_window->selectProfile(MainWindow::DemoProfileName));
        QVERIFY(scenario->isVisible());
    }

    // A token, a response and a message stay with the profile they came from.
    void switchingProfileClearsTheToken()
    {
        QVERIFY(ProfileStore()
                    .save(Profile {QStringLiteral("Other"), QStringLiteral("https://other.example"), QStringLiteral("ko"), {}, 15})
                    .ok());
        m_window.reset();
        makeWindow();
        QVERIFY(m_window->startDemo());
        getTokenAndWait();
        auto* qr = find<QrView>("qrView");
        auto* flow = find<FlowView>("flowView");
        QVERIFY(Jwt::parse(rawToken()).isValid());
        QVERIFY(qr->hasCode());
        QCOMPARE(flow->latestStep(), FlowView::Step::TokenDecoded);
        m_window->decodeText(rawToken(), QStringLiteral("test")); // a banner too
        QVERIFY(bannerShown());

        QVERIFY(m_window->selectProfile(QStringLiteral("Other")));
        QVERIFY(rawToken().isEmpty());
        QVERIFY(!find<TokenView>("tokenView")->hasToken());
        QVERIFY(find<QPlainTextEdit>("payloadJson")->toPlainText().isEmpty());
        QVERIFY(!qr->hasCode());
        QCOMPARE(flow->latestStep(), FlowView::Step::Idle);
        QVERIFY(!find<QLabel>("statusLine")->text().contains(QLatin1String("200")));
        QVERIFY(!bannerShown());
    }

    void errorClearsTheToken()
    {
        QVERIFY(m_window->startDemo());
        getTokenAndWait();
        QVERIFY(Jwt::parse(rawToken()).isValid());
        m_window->demoServer()->setScenario(DemoCasServer::Scenario::WrongCredentials);
        getTokenAndWait();
        QVERIFY(bannerShown());
        QVERIFY(bannerText().contains(QLatin1String("401")));
        QVERIFY(rawToken().isEmpty());
        QVERIFY(find<QPlainTextEdit>("payloadJson")->toPlainText().isEmpty());
        QVERIFY(!find<QrView>("qrView")->hasCode());
        QCOMPARE(find<FlowView>("flowView")->latestStep(), FlowView::Step::Failed);
    }

    void lateAnswerStaysWithItsProfile()
    {
        QVERIFY(ProfileStore()
                    .save(Profile {QStringLiteral("Other"), QStringLiteral("https://other.example"), QStringLiteral("ko"), {}, 15})
                    .ok());
        m_window.reset();
        makeWindow();
        QVERIFY(m_window->startDemo());
        m_window->demoServer()->setScenario(DemoCasServer::Scenario::Slow);
        m_window->demoServer()->setSlowDelayMs(1500);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_window->demoServer()->requestCount() > 0);
        QVERIFY(m_window->selectProfile(QStringLiteral("Other")));
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("getTokenButton")->isEnabled(), 20000);
        QVERIFY(rawToken().isEmpty());
        QVERIFY(!find<QrView>("qrView")->hasCode());
        QVERIFY(!bannerShown());
        QVERIFY(find<QLabel>("profileStatus")->text().contains(MainWindow::DemoProfileName));
    }

    void invalidProfileIsNotSaved()
    {
        addProfile(QStringLiteral("Bad"), QStringLiteral("http://cas.example.com"), QStringLiteral("k"), QStringLiteral("s"), QString());
        QVERIFY(bannerShown());
        QVERIFY(bannerText().contains(QLatin1String("http")));
        QVERIFY(!ProfileStore().contains(QStringLiteral("Bad")));
    }
};

int main(int argc, char* argv[])
{
    return guiTestMain<TestMainWindow>(argc, argv, "cas-console-test");
}

#include "tst_mainwindow.moc"
