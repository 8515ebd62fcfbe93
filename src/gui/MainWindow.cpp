#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/CasClient.h"
#include "core/Clock.h"
#include "core/ClockCheck.h"
#include "core/Defaults.h"
#include "core/DemoCasServer.h"
#include "core/ExpiryGuard.h"
#include "core/HistoryStore.h"
#include "core/SettingsWarmUp.h"
#include "core/TemplateStore.h"
#include "core/Version.h"
#include "gui/AfterFirstPaint.h"
#include "gui/ClipboardStatusLabel.h"
#include "gui/CopyAsMenu.h"
#include "gui/DemoControl.h"
#include "gui/ErrorBanner.h"
#include "gui/FlowView.h"
#include "gui/FontDatabaseWarmUp.h"
#include "gui/FontRole.h"
#include "gui/HelpMenu.h"
#include "gui/Masking.h"
#include "gui/OutsideText.h"
#include "gui/PresentationMode.h"
#include "gui/ProfileEditor.h"
#include "gui/ProfilePanel.h"
#include "gui/SettingsDialog.h"
#include "gui/TemplatesDialog.h"
#include "gui/TokenRequestController.h"
#include "gui/WorkTabs.h"
#include "gui/WrapLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

const QString MainWindow::DemoProfileName = DemoControl::ProfileName;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_history(new HistoryStore(&m_secrets, &m_settingsFile, this))
    , m_requests(new TokenRequestController(m_history, this))
    , m_demo(new DemoControl(this))
    , m_profileStatus(new WrapLabel(this))
    , m_prompts(MainWindowPrompts::defaults(this))
{
    // On the other core while setupUi builds the window: the profiles, the settings file's
    // largest group, for reload() below (QSettings objects share what they parse of a file); the
    // font database and the fallbacks of the window's two fonts, for its first text.
    SettingsWarmUp profilesWarmUp(m_settingsFile.path(), ProfileStore::settingsGroup());
    FontDatabaseWarmUp fontsWarmUp({QApplication::font(), FontRole::monospace()});
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({220, 960});
    m_ui->requestLine->setFont(FontRole::monospace());
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    // Names profiles and quotes servers: never rich text.
    m_profileStatus->setTextFormat(Qt::PlainText);
    // Word-wrapped (a WrapLabel): a long message must not widen the window.
    statusBar()->addWidget(m_profileStatus, 1);
    statusBar()->addPermanentWidget(new ClipboardStatusLabel(&m_clipboard, this));
    m_ui->profilePanel->setup(m_ui->profileEditor, &m_profiles, &m_secrets, m_history, &m_prompts);
    m_tabs = new WorkTabs(
        m_ui->tabs,
        {m_ui->tokenTab, m_ui->decodedTab, m_ui->verifyTab, m_ui->responseTab, m_ui->flowTab, m_ui->historyTab, m_ui->qrTab,
         m_ui->serveTab},
        m_history, &m_clipboard,
        [this](const QString&, const ProfilePanel::SecretCallback& done) {
            m_ui->profilePanel->withSecret(done);
        },
        this);

    createActions();
    m_presentation->setStage({m_ui->profilePanel, m_ui->profileStack}, m_ui->requestBar, m_ui->stageProfileName);

    m_ui->requestControls->insertWidget(m_ui->requestControls->indexOf(m_ui->busyIndicator), m_demo->scenarioBox(this));
    m_copyAs = new CopyAsMenu(this);
    m_copyAs->loadFrom(TemplateStore(&m_settingsFile));
    m_ui->requestControls->addWidget(m_copyAs->makeButton(this));
    statusBar()->addPermanentWidget(m_ui->busyIndicator); // the request row keeps its width while busy

    connectViews();
    applySettings();
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_ui->mainSplitter->restoreState(m_settings.splitterState());
    m_ui->profilePanel->reload(m_profiles.lastUsed());
    // An empty page was the stack's front page while setupUi sized the window, so that neither
    // the welcome page nor the profile page was measured before reload() chose the one shown.
    delete m_ui->startPage;
    m_ui->startPage = nullptr;
    updateRequestLine();
    m_tabs->start();
    // Neither the icon, nor the keychain, nor the desktop's colour preference (the one remembered
    // from the last run colours the first frame) is needed for the first frame. Nothing at start
    // waits for D-Bus: the secret's location and the History note follow the keychain's answer.
    connect(&m_appearance, &Appearance::desktopPreferenceChanged, this, [this](ColorSchemePortal::Preference preference) {
        m_settings.setDesktopColorScheme(preference);
    });
    AfterFirstPaint::run(this, [this] {
        setWindowIcon(QIcon(QStringLiteral(":/icons/cas-console.svg")));
        m_appearance.followDesktop();
        SecretStore::checkKeychainReachable(this, [this](bool reachable) {
            m_history->setKeychainAvailable(reachable);
            m_ui->profilePanel->setKeychainReachable(reachable);
        });
        // A selectable label lays its text out as a text document, anew at each change of text,
        // width or option: the request line and the secret's location took 0.6 ms of the first
        // frame. Both start with a left-to-right word (GET, a sentence of ours), and such text
        // looks the same selectable or not (tst_wraplabel): they become selectable now, before
        // anyone can point at them.
        m_ui->requestLine->makeTextSelectable();
        m_ui->profileEditor->setSecretLocationSelectable();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::connectViews()
{
    ProfilePanel* panel = m_ui->profilePanel;
    connect(panel, &ProfilePanel::profileLoaded, this, &MainWindow::profileLoaded);
    connect(panel, &ProfilePanel::stateChanged, this, [this] {
        m_ui->stageProfileName->setText(m_ui->profilePanel->currentProfileName());
        updateServeProfile();
        updateRequestLine();
        updateEmptyState();
        m_saveAction->setEnabled(m_ui->profilePanel->canSave());
    });
    connect(panel, &ProfilePanel::statusMessage, m_profileStatus, &QLabel::setText);
    connect(panel, &ProfilePanel::problem, m_ui->errorBanner, &ErrorBanner::showMessage);
    connect(m_copyAs, &CopyAsMenu::copyRequested, this, &MainWindow::copy);
    connect(m_copyAs, &CopyAsMenu::editTemplatesRequested, this, &MainWindow::editTemplates);
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &MainWindow::getToken);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRequest);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(m_ui->emptyAddButton, &QPushButton::clicked, panel, &ProfilePanel::newProfile);
    connect(m_requests, &TokenRequestController::started, this, [this](const QString& host) {
        setBusy(true, tr("Requesting a token from %1…").arg(host));
    });
    connect(m_requests, &TokenRequestController::requestSent, this, [this](const QUrl& url, const QString& apiKey) {
        m_tabs->flow([url, apiKey](FlowView* flow) {
            flow->requestSent(QStringLiteral("GET"), url, apiKey);
        });
    });
    connect(m_requests, &TokenRequestController::finished, this, &MainWindow::onFinished);
    connect(m_tabs, &WorkTabs::openRequested, this, [this](const QString& token) {
        decodeText(token, tr("the history"));
    });
    connect(m_tabs, &WorkTabs::copyRequested, this, &MainWindow::copy);
}

void MainWindow::createActions()
{
    ProfilePanel* panel = m_ui->profilePanel;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* decode = file->addAction(tr("&Decode token…"), this, [this] {
        if (const std::optional<QString> text =
                m_prompts.askText(tr("Decode token"), tr("Paste a token, a Bearer header or a CAS response:"))) {
            decodeText(*text, tr("the pasted text"));
        }
    });
    decode->setObjectName(QStringLiteral("decodeAction"));
    decode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction* paste = new QAction(tr("Decode from clipboard"), this);
    paste->setObjectName(QStringLiteral("pasteDecodeAction"));
    paste->setShortcut(QKeySequence::Paste);
    // Text fields take Ctrl+V themselves (shortcut override), so this only fires outside them.
    paste->setShortcutContext(Qt::WindowShortcut);
    connect(paste, &QAction::triggered, this, [this] {
        decodeText(QGuiApplication::clipboard()->text(), tr("the clipboard"));
    });
    addAction(paste);
    file->addAction(paste);
    file->addSeparator();
    QAction* templates = file->addAction(tr("Copy &templates…"), this, &MainWindow::editTemplates);
    templates->setObjectName(QStringLiteral("templatesAction"));
    templates->setToolTip(tr("Edit the templates of Copy as… for Android, iOS or any sample app"));
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* profile = menuBar()->addMenu(tr("&Profile"));
    QAction* add = profile->addAction(tr("&New profile"), panel, &ProfilePanel::newProfile);
    add->setObjectName(QStringLiteral("newProfileAction"));
    add->setShortcut(QKeySequence::New);
    QAction* duplicate = profile->addAction(tr("D&uplicate profile"), panel, &ProfilePanel::duplicateProfile);
    duplicate->setObjectName(QStringLiteral("duplicateProfileAction"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* rename = profile->addAction(tr("&Rename profile…"), panel, &ProfilePanel::renameProfile);
    rename->setObjectName(QStringLiteral("renameProfileAction"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction* remove = profile->addAction(tr("Re&move profile…"), panel, &ProfilePanel::removeProfile);
    remove->setObjectName(QStringLiteral("removeProfileAction"));
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    // Themed icons read the icon theme from disk: looked up when the menu first opens, not at start-up.
    connect(
        profile, &QMenu::aboutToShow, this,
        [add, duplicate, remove] {
            add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
            duplicate->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
            remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
        },
        Qt::SingleShotConnection);
    profile->addSeparator();
    m_saveAction = profile->addAction(tr("&Save profile"), panel, &ProfilePanel::saveProfile);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    profile->addAction(tr("Re&vert profile"), panel, &ProfilePanel::revertProfile);
    QAction* demo = profile->addAction(tr("Start the &local demo"), this, &MainWindow::startDemo);
    demo->setObjectName(QStringLiteral("demoAction"));
    panel->setActions(add, duplicate, rename, remove);

    QMenu* token = menuBar()->addMenu(tr("&Request"));
    m_getTokenAction = token->addAction(tr("&Get token"), this, &MainWindow::getToken);
    m_getTokenAction->setObjectName(QStringLiteral("getTokenAction"));
    m_getTokenAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction = token->addAction(tr("&Cancel request"), this, &MainWindow::cancelRequest);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    addAction(m_getTokenAction);
    addAction(m_cancelAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QAction* tab = view->addAction(m_ui->tabs->tabText(i).remove(QLatin1Char('&')), this, [this, i] {
            m_ui->tabs->setCurrentIndex(i);
        });
        tab->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }

    view->addSeparator();
    QAction* presentation = view->addAction(tr("&Presentation mode"));
    presentation->setObjectName(QStringLiteral("presentationAction"));
    presentation->setShortcut(QKeySequence(Qt::Key_F11));
    presentation->setToolTip(tr("Larger type, high contrast, and secrets, API keys and tokens hidden: safe to share your screen"));
    addAction(presentation);
    m_presentation = new PresentationMode(presentation, this);
    connect(m_presentation, &PresentationMode::toggled, this, &MainWindow::presentationChanged);

    menuBar()->addMenu(new HelpMenu(this));
}

void MainWindow::setPrompts(const MainWindowPrompts& prompts)
{
    m_prompts = prompts;
}

ClipboardService* MainWindow::clipboard()
{
    return &m_clipboard;
}

DemoCasServer* MainWindow::demoServer() const
{
    return m_demo->server();
}

void MainWindow::applySettings()
{
    m_appearance.setColorScheme(m_settings.colorScheme());
    m_clipboard.setClearDelaySeconds(m_settings.clipboardClearSeconds());
    m_ui->profilePanel->setDefaultTimeout(m_settings.defaultTimeoutSeconds());
    m_presentation->applyFontScale(m_settings.fontScalePercent());
}

void MainWindow::profileLoaded(const QString& name)
{
    m_demo->scenarioBox(this)->setVisible(m_ui->profilePanel->isDemoProfile(name));
    m_tabs->setHistoryProfile(name);
    if (name != m_shownProfile) {
        // What is on screen belongs to the previous profile: no stale token or message under this one.
        m_shownProfile = name;
        clearToken();
        m_tabs->resetFlow();
        m_tabs->clearResult();
        m_ui->errorBanner->hideBanner();
    }
    updateServeProfile();
}

void MainWindow::updateServeProfile()
{
    const QString name = m_ui->profilePanel->fetchName();
    m_tabs->setServeProfile(name, TokenRequestController::requestFor(m_ui->profileEditor->profile(), {}, m_demo->trustFor(name)));
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_ui->profilePanel->isEmpty();
    if (empty && m_ui->emptyStateLabel->text().isEmpty()) {
        // Set only when shown. The wrapped text is plain: layouts ask a word-wrapped label its
        // height again at each pass, and rich text is laid out as a whole document each time.
        m_ui->emptyStateTitle->setText(tr("Welcome to CAS Console"));
        m_ui->emptyStateLabel->setText(
            tr("A profile holds a CAS URL and an API key; its API secret is kept in the system keychain.\n\n"
               "No account yet? The local demo runs a CAS on this computer, so you can get and inspect a real token "
               "right away."));
    }
    m_ui->profileStack->setCurrentWidget(empty ? m_ui->emptyStatePage : m_ui->profilePage);
    m_ui->getTokenButton->setEnabled(!empty && !m_requests->isBusy());
    m_getTokenAction->setEnabled(!empty && !m_requests->isBusy());
}

QString MainWindow::currentProfileName() const
{
    return m_ui->profilePanel->currentProfileName();
}

bool MainWindow::selectProfile(const QString& name)
{
    return m_ui->profilePanel->selectProfile(name);
}

void MainWindow::updateRequestLine()
{
    CasError error;
    const Profile profile = m_ui->profileEditor->profile();
    const std::optional<QUrl> url = CasClient::tokenUrl(profile.url, &error);
    m_copyAs->setRequestUrl(url.value_or(QUrl()));
    m_copyAs->setApiKey(profile.apiKey);
    m_copyAs->setCaFile(profile.caFile);
    if (url) {
        m_ui->requestLine->setText(QStringLiteral("GET ") + url->toString());
        const QString request = CasClient::describeRequest(*url, profile.apiKey);
        m_ui->requestLine->setToolTip(OutsideText::html(isPresentationMode() ? Masking::hide(request, {profile.apiKey}) : request));
    } else {
        m_ui->requestLine->setText(m_ui->profilePanel->isEmpty() ? QString() : error.message);
        m_ui->requestLine->setToolTip(QString());
    }
}

void MainWindow::setBusy(bool busy, const QString& what)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->getTokenButton->setEnabled(!busy);
    m_ui->getTokenButton->setHidden(busy); // Cancel takes its place: the row needs no more room
    m_getTokenAction->setEnabled(!busy);
    m_cancelAction->setEnabled(busy);
    m_profileStatus->setText(what);
}

void MainWindow::getToken()
{
    if (m_requests->isBusy() || !m_getTokenAction->isEnabled()) {
        return;
    }
    const Profile profile = m_ui->profileEditor->profile();
    if (const QString problem = m_ui->profilePanel->checkForm(); !problem.isEmpty()) {
        m_ui->errorBanner->showMessage(problem, QString());
        return;
    }
    m_ui->errorBanner->hideBanner();
    const QString name = m_ui->profilePanel->fetchName();
    const bool reading = m_ui->profilePanel->withSecret(
        [this, profile, name](std::optional<QByteArray> secret, const QString& problem, const QString& detail) {
            setBusy(false);
            if (!secret) {
                if (!problem.isEmpty()) {
                    m_ui->errorBanner->showMessage(problem, detail);
                }
                return;
            }
            m_tabs->setRequestContext(profile.apiKey, profile.caFile);
            m_tabs->resetFlow();
            m_requests->fetch(name, profile, *secret, m_demo->trustFor(name));
            secret->fill('\0');
        });
    if (reading) {
        setBusy(true, tr("Reading the API secret from the keychain…"));
    }
}

void MainWindow::cancelRequest()
{
    m_requests->cancel();
}

void MainWindow::updateBannerMasking()
{
    m_ui->errorBanner->setMasked(isPresentationMode(), {m_requests->apiKey(), m_ui->profileEditor->profile().apiKey});
}

void MainWindow::onFinished(const CasResult& result, const QString& profileName)
{
    setBusy(false);
    updateBannerMasking();
    if (profileName != m_ui->profilePanel->fetchName()) {
        // Another profile is shown now: the answer goes to its own profile's history only.
        m_profileStatus->setText(
            result.ok()
                ? tr("Token for profile \"%1\" received in %2 ms; it is in that profile's history.").arg(profileName).arg(result.elapsedMs)
                : tr("The request for profile \"%1\" failed: %2").arg(profileName, result.error.message));
        return;
    }
    m_tabs->setResult(result);
    if (result.httpStatus > 0) {
        m_tabs->flow([status = result.httpStatus, elapsed = result.elapsedMs](FlowView* flow) {
            flow->responseReceived(status, elapsed);
        });
    }
    if (!result.ok()) {
        m_tabs->flow([error = result.error](FlowView* flow) {
            flow->failed(error);
        });
        if (result.error.kind == CasError::Kind::Cancelled) {
            m_ui->errorBanner->showInfo(tr("The request was cancelled."));
        } else {
            // A token shown above a failed request would look like its result.
            clearToken();
            m_ui->errorBanner->showError(result.error);
        }
        return;
    }
    const Jwt jwt = Jwt::parse(result.token);
    m_tabs->flow([jwt](FlowView* flow) {
        flow->tokenDecoded(jwt);
    });
    m_ui->errorBanner->hideBanner();
    showToken(jwt, result.token);
    m_tabs->bringTokenForward();
    const ClockCheckResult clock = ClockCheck::compare(result.header("Date"), Clock::now(), jwt.numericClaim(QStringLiteral("iat")));
    if (clock.significant) {
        m_ui->errorBanner->showMessage(clock.message, QString());
    }
    m_profileStatus->setText(tr("Token received in %1 ms.").arg(result.elapsedMs));
}

void MainWindow::showToken(const Jwt& jwt, const QString& exactText)
{
    m_currentJwt = jwt;
    m_copyAs->setToken(jwt);
    m_tabs->showToken(jwt, exactText);
    emit tokenShown();
}

void MainWindow::clearToken()
{
    m_currentJwt.reset();
    m_copyAs->clearToken();
    m_tabs->clearToken();
}

void MainWindow::decodeText(const QString& text, const QString& source)
{
    // Parsing a megabyte takes tens of milliseconds: large texts are parsed off the GUI thread.
    constexpr qsizetype LargeText = 256 * Defaults::KiB;
    if (text.size() > LargeText) {
        auto* watcher = new QFutureWatcher<Jwt>(this);
        connect(watcher, &QFutureWatcher<Jwt>::finished, this, [this, watcher, text, source] {
            watcher->deleteLater();
            showDecoded(watcher->result(), text, source);
        });
        m_profileStatus->setText(tr("Decoding %1 characters…").arg(text.size()));
        watcher->setFuture(QtConcurrent::run([text] {
            return Jwt::parse(text);
        }));
        return;
    }
    showDecoded(Jwt::parse(text), text, source);
}

void MainWindow::showDecoded(const Jwt& jwt, const QString& text, const QString& source)
{
    if (!jwt.isValid()) {
        m_ui->errorBanner->showMessage(tr("The text from %1 is not a token: %2").arg(source, jwt.error().message), QString());
        return;
    }
    showToken(jwt, text.trimmed());
    m_tabs->clearResult();
    m_tabs->bringTokenForward();
    m_ui->errorBanner->showInfo(tr("Decoded from %1; no request was made.").arg(source));
    m_profileStatus->clear();
}

void MainWindow::copy(const QString& text, ClipboardService::Sensitivity sensitivity, const QString& what)
{
    if (m_currentJwt && text.contains(m_currentJwt->compact())) {
        const ExpiryCheck check = ExpiryGuard::check(*m_currentJwt, Clock::now());
        if (check.status != ExpiryCheck::Status::Ok) {
            switch (m_prompts.expiredToken(check.message)) {
            case MainWindowPrompts::ExpiredToken::FetchFresh:
                getToken();
                return;
            case MainWindowPrompts::ExpiredToken::Cancel:
                return;
            case MainWindowPrompts::ExpiredToken::CopyAnyway:
                break;
            }
        }
    }
    m_clipboard.copy(text, sensitivity);
    m_profileStatus->setText(tr("Copied %1.").arg(what));
    if (m_currentJwt && text.contains(m_currentJwt->compact())) {
        m_tabs->flow([how = tr("%1 copied for a client app").arg(what)](FlowView* flow) {
            flow->handedToClient(how);
        });
    }
}

void MainWindow::editTemplates()
{
    TemplatesDialog dialog(this);
    TemplateStore store(&m_settingsFile);
    dialog.loadFrom(store);
    if (m_prompts.runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    QString problem;
    if (!dialog.saveTo(store, &problem)) {
        m_ui->errorBanner->showMessage(problem, QString());
        return;
    }
    m_copyAs->loadFrom(store);
}

bool MainWindow::startDemo()
{
    QString problem;
    if (!m_demo->start(m_settings.defaultTimeoutSeconds(), &problem)) {
        m_ui->errorBanner->showMessage(tr("The local demo CAS could not start: %1").arg(problem), QString());
        return false;
    }
    m_ui->profilePanel->setDemoProfile(m_demo->profile(), DemoCasServer::ApiSecret);
    if (!m_ui->profilePanel->settleUnsavedChanges()) {
        return false;
    }
    m_ui->profilePanel->reload(DemoProfileName);
    m_ui->getTokenButton->setFocus();
    m_profileStatus->setText(tr("Local demo CAS running at %1. Press Ctrl+Return to get a token.").arg(m_demo->profile().url));
    return true;
}

bool MainWindow::isPresentationMode() const
{
    return m_presentation && m_presentation->isActive();
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation->setActive(on);
}

void MainWindow::presentationChanged(bool on)
{
    m_ui->profileEditor->setMasked(on);
    m_tabs->setMasked(on);
    updateBannerMasking();
    m_appearance.setHighContrast(on);
    applySettings();
    updateRequestLine();
    m_profileStatus->setText(on ? tr("Presentation mode: secrets, API keys and tokens are hidden (F11 to leave).")
                                : tr("Presentation mode off."));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setValues(m_settings.defaultTimeoutSeconds(), m_settings.clipboardClearSeconds(), m_settings.fontScalePercent());
    dialog.setColorScheme(m_settings.colorScheme());
    if (m_prompts.runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    m_settings.setDefaultTimeoutSeconds(dialog.defaultTimeoutSeconds());
    m_settings.setClipboardClearSeconds(dialog.clipboardClearSeconds());
    m_settings.setFontScalePercent(dialog.fontScalePercent());
    m_settings.setColorScheme(dialog.colorScheme());
    const QString problem = m_settings.sync();
    if (!problem.isEmpty()) {
        m_ui->errorBanner->showMessage(problem, QString());
    }
    applySettings();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_ui->profilePanel->settleUnsavedChanges()) {
        event->ignore();
        return;
    }
    m_requests->cancel();
    m_settings.saveWindow(saveGeometry(), saveState(), m_ui->mainSplitter->saveState());
    m_settings.sync();
    m_clipboard.clearIfOurs();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasText()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    decodeText(event->mimeData()->text(), tr("the dropped text"));
    event->acceptProposedAction();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QMainWindow::changeEvent(event);
}
