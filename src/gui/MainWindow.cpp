#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/CasClient.h"
#include "core/Clock.h"
#include "core/ClockCheck.h"
#include "gui/CopyAsMenu.h"
#include "gui/DecodedView.h"
#include "core/DemoCasServer.h"
#include "gui/ErrorBanner.h"
#include "core/ExpiryGuard.h"
#include "gui/FlowView.h"
#include "gui/HelpMenu.h"
#include "core/HistoryStore.h"
#include "gui/HistoryView.h"
#include "core/Jwt.h"
#include "gui/Masking.h"
#include "gui/ProfileEditor.h"
#include "gui/ResponseView.h"
#include "gui/QrView.h"
#include "gui/SettingsDialog.h"
#include "core/TemplateStore.h"
#include "gui/TemplatesDialog.h"
#include "gui/TokenView.h"
#include "gui/VerifyView.h"
#include "core/Version.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>

const QString MainWindow::DemoProfileName = QStringLiteral("Local demo");

namespace
{
constexpr int DemoRole = Qt::UserRole + 1;

MainWindowPrompts defaultPrompts(QWidget* parent)
{
    MainWindowPrompts prompts;
    prompts.unsavedChanges = [parent](const QString& name) {
        const auto answer = QMessageBox::question(parent, MainWindow::tr("Unsaved changes"),
                                                  MainWindow::tr("The profile \"%1\" has changes that are not saved.").arg(name),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save   ? MainWindowPrompts::Unsaved::Save
            : answer == QMessageBox::Discard ? MainWindowPrompts::Unsaved::Discard
                                             : MainWindowPrompts::Unsaved::Cancel;
    };
    prompts.confirmRemove = [parent](const QString& name) {
        return QMessageBox::question(parent, MainWindow::tr("Remove profile"),
                                     MainWindow::tr("Remove the profile \"%1\" and its API secret from the keychain?").arg(name),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    prompts.askLine = [parent](const QString& title, const QString& label, const QString& initial) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    prompts.expiredToken = [parent](const QString& message) {
        QMessageBox box(QMessageBox::Warning, MainWindow::tr("Token expiry"), message, QMessageBox::NoButton, parent);
        QPushButton* fresh = box.addButton(MainWindow::tr("&Fetch a fresh token"), QMessageBox::AcceptRole);
        QPushButton* anyway = box.addButton(MainWindow::tr("Copy &anyway"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(fresh);
        box.exec();
        return box.clickedButton() == fresh ? MainWindowPrompts::ExpiredToken::FetchFresh
            : box.clickedButton() == anyway ? MainWindowPrompts::ExpiredToken::CopyAnyway
                                            : MainWindowPrompts::ExpiredToken::Cancel;
    };
    prompts.askText = [parent](const QString& title, const QString& label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    return prompts;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_client(new CasClient(&m_network, this))
    , m_history(new HistoryStore(&m_secrets, nullptr, this))
    , m_clipboardStatus(new QLabel(this))
    , m_profileStatus(new QLabel(this))
    , m_prompts(defaultPrompts(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/cas-console.svg")));
    setAcceptDrops(true);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({220, 960});
    m_ui->requestLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    statusBar()->addWidget(m_profileStatus, 1);
    statusBar()->addPermanentWidget(m_clipboardStatus);

    createActions();

    m_demoScenario = new QComboBox(this);
    m_demoScenario->setObjectName(QStringLiteral("demoScenario"));
    m_demoScenario->setAccessibleName(tr("Demo scenario"));
    m_demoScenario->setToolTip(tr("How the local demo CAS answers the next request: show the error handling live"));
    const QList<QPair<QString, DemoCasServer::Scenario>> scenarios {
        {tr("Demo answers: success"), DemoCasServer::Scenario::Success},
        {tr("Demo answers: wrong credentials (401)"), DemoCasServer::Scenario::WrongCredentials},
        {tr("Demo answers: server error (500)"), DemoCasServer::Scenario::ServerError},
        {tr("Demo answers: slowly (5 s)"), DemoCasServer::Scenario::Slow},
        {tr("Demo answers: an expired token"), DemoCasServer::Scenario::ExpiredToken},
        {tr("Demo answers: redirect to another host"), DemoCasServer::Scenario::RedirectOtherHost},
    };
    for (const auto& scenario : scenarios) {
        m_demoScenario->addItem(scenario.first, static_cast<int>(scenario.second));
    }
    m_demoScenario->hide();
    m_ui->requestBar->insertWidget(m_ui->requestBar->indexOf(m_ui->busyIndicator), m_demoScenario);
    m_copyAs = new CopyAsMenu(this);
    m_copyAs->setObjectName(QStringLiteral("copyAsMenu"));
    m_copyAs->loadFrom(TemplateStore());
    auto* copyAsButton = new QToolButton(this);
    copyAsButton->setObjectName(QStringLiteral("copyAsButton"));
    copyAsButton->setText(tr("Cop&y as…"));
    copyAsButton->setToolTip(tr("Copy the token for a sample app: JSON, env line, curl, Web SDK snippet or your templates"));
    copyAsButton->setMenu(m_copyAs);
    copyAsButton->setPopupMode(QToolButton::InstantPopup);
    m_ui->requestBar->addWidget(copyAsButton);
    connect(m_copyAs, &CopyAsMenu::copyRequested, this, &MainWindow::copy);
    connect(m_copyAs, &CopyAsMenu::editTemplatesRequested, this, &MainWindow::editTemplates);

    connect(m_demoScenario, &QComboBox::currentIndexChanged, this, [this] {
        if (m_demo) {
            m_demo->setScenario(static_cast<DemoCasServer::Scenario>(m_demoScenario->currentData().toInt()));
        }
    });

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current, QListWidgetItem* previous) {
        if (!current) {
            return;
        }
        const QString name = current->text();
        if (previous && name == m_ui->profileEditor->savedName()) {
            return;
        }
        if (!settleUnsavedChanges()) {
            const QSignalBlocker blocker(m_ui->profileList);
            m_ui->profileList->setCurrentItem(previous);
            return;
        }
        loadProfile(name);
    });
    connect(m_ui->profileEditor, &ProfileEditor::edited, this, [this] {
        updateRequestLine();
        m_saveAction->setEnabled(m_ui->profileEditor->isDirty() && !isDemoProfile(m_ui->profileEditor->savedName()));
    });
    connect(m_ui->profileEditor, &ProfileEditor::saveRequested, this, &MainWindow::saveProfile);
    connect(m_ui->profileEditor, &ProfileEditor::revertRequested, this, &MainWindow::revertProfile);
    connect(m_ui->profileEditor, &ProfileEditor::secretWanted, this, &MainWindow::revealSecret);
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &MainWindow::getToken);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRequest);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(m_ui->emptyAddButton, &QPushButton::clicked, this, &MainWindow::newProfile);
    connect(m_client, &CasClient::finished, this, &MainWindow::onFinished);
    m_ui->historyView->setStore(m_history);
    connect(m_ui->historyView, &HistoryView::openRequested, this, [this](const QString& token) {
        decodeText(token, tr("the history"));
    });
    connect(m_ui->historyView, &HistoryView::copyRequested, this, &MainWindow::copy);
    connect(m_client, &CasClient::requestSent, this, [this](const QUrl& url) {
        m_ui->flowView->requestSent(QStringLiteral("GET"), url, m_ui->profileEditor->profile().apiKey);
    });
    connect(m_ui->tokenView, &TokenView::copyRequested, this, &MainWindow::copy);
    connect(m_ui->responseView, &ResponseView::copyRequested, this, &MainWindow::copy);
    connect(&m_clipboard, &ClipboardService::countdownChanged, this, [this](int seconds) {
        if (seconds > 0) {
            m_clipboardStatus->setText(tr("Clipboard clears in %n s", nullptr, seconds));
        } else if (seconds == 0) {
            m_clipboardStatus->setText(tr("Clipboard cleared"));
            QTimer::singleShot(3000, m_clipboardStatus, [this] {
                if (m_clipboard.secondsUntilClear() < 0) {
                    m_clipboardStatus->clear();
                }
            });
        } else {
            m_clipboardStatus->clear();
        }
    });

    applySettings();
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_ui->mainSplitter->restoreState(m_settings.splitterState());
    reloadProfileList(m_profiles.lastUsed());
    updateRequestLine();
}

MainWindow::~MainWindow()
{
    for (QByteArray& secret : m_sessionSecrets) {
        secret.fill('\0');
    }
}

void MainWindow::createActions()
{
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
    QAction* add = profile->addAction(tr("&New profile"), this, &MainWindow::newProfile);
    add->setShortcut(QKeySequence::New);
    QAction* duplicate = profile->addAction(tr("D&uplicate profile"), this, &MainWindow::duplicateProfile);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* rename = profile->addAction(tr("&Rename profile…"), this, &MainWindow::renameProfile);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction* remove = profile->addAction(tr("Re&move profile…"), this, &MainWindow::removeProfile);
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
    m_saveAction = profile->addAction(tr("&Save profile"), this, &MainWindow::saveProfile);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    profile->addAction(tr("Re&vert profile"), this, &MainWindow::revertProfile);
    QAction* demo = profile->addAction(tr("Start the &local demo"), this, &MainWindow::startDemo);
    demo->setObjectName(QStringLiteral("demoAction"));

    m_ui->addProfileButton->setDefaultAction(add);
    m_ui->duplicateProfileButton->setDefaultAction(duplicate);
    m_ui->renameProfileButton->setDefaultAction(rename);
    m_ui->removeProfileButton->setDefaultAction(remove);
    m_ui->renameProfileButton->setText(tr("Rename"));
    m_ui->removeProfileButton->setText(tr("Remove"));
    for (QToolButton* button :
         {m_ui->addProfileButton, m_ui->duplicateProfileButton, m_ui->renameProfileButton, m_ui->removeProfileButton}) {
        button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(button->defaultAction()->text().remove(QLatin1Char('&')),
                                                         button->defaultAction()->shortcut().toString(QKeySequence::NativeText)));
    }
    if (m_ui->addProfileButton->icon().isNull()) {
        m_ui->addProfileButton->setText(tr("New"));
        m_ui->duplicateProfileButton->setText(tr("Duplicate"));
    }

    QMenu* token = menuBar()->addMenu(tr("Re&quest"));
    m_getTokenAction = token->addAction(tr("&Get token"), this, &MainWindow::getToken);
    m_getTokenAction->setObjectName(QStringLiteral("getTokenAction"));
    m_getTokenAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction = token->addAction(tr("&Cancel request"), this, &MainWindow::cancelRequest);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    addAction(m_getTokenAction);
    addAction(m_cancelAction);

    QMenu* view = menuBar()->addMenu(tr("V&iew"));
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QAction* tab = view->addAction(m_ui->tabs->tabText(i).remove(QLatin1Char('&')), this, [this, i] {
            m_ui->tabs->setCurrentIndex(i);
        });
        tab->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }

    view->addSeparator();
    m_presentationAction = view->addAction(tr("&Presentation mode"));
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setToolTip(tr("Larger type, high contrast, and secrets, API keys and tokens hidden: safe to share your screen"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    addAction(m_presentationAction);

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
    return m_demo.get();
}

void MainWindow::applySettings()
{
    m_appearance.setColorScheme(m_settings.colorScheme());
    m_clipboard.setClearDelaySeconds(m_settings.clipboardClearSeconds());
    static const qreal basePointSize = QApplication::font().pointSizeF();
    QFont font = QApplication::font();
    const qreal scale = m_settings.fontScalePercent() / 100.0 * (isPresentationMode() ? 1.5 : 1.0);
    font.setPointSizeF(basePointSize * scale);
    QApplication::setFont(font);
    // Monospace views set their own font, so the application font does not reach them. They are
    // built at scale 1; looking at each widget's font costs start-up time when nothing changes.
    if (scale == m_fixedFontScale)
        return;
    m_fixedFontScale = scale;
    static const char* const BaseSize = "casBasePointSize";
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (widget->testAttribute(Qt::WA_SetFont) && QFontInfo(widget->font()).fixedPitch()) {
            if (!widget->property(BaseSize).isValid()) {
                widget->setProperty(BaseSize, widget->font().pointSizeF());
            }
            QFont fixed = widget->font();
            fixed.setPointSizeF(widget->property(BaseSize).toReal() * scale);
            widget->setFont(fixed);
        }
    }
}

bool MainWindow::isDemoProfile(const QString& name) const
{
    return m_demo && name == DemoProfileName;
}

void MainWindow::reloadProfileList(const QString& select)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    if (m_demo) {
        auto* item = new QListWidgetItem(DemoProfileName, m_ui->profileList);
        item->setData(DemoRole, true);
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setToolTip(tr("The embedded demo CAS on this computer; kept for this session only"));
    }
    for (const Profile& profile : m_profiles.profiles()) {
        new QListWidgetItem(profile.name, m_ui->profileList);
    }
    QList<QListWidgetItem*> match = m_ui->profileList->findItems(select, Qt::MatchExactly);
    QListWidgetItem* current = !match.isEmpty() ? match.first() : m_ui->profileList->item(0);
    if (current) {
        m_ui->profileList->setCurrentItem(current);
        loadProfile(current->text());
    }
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_ui->profileList->count() == 0 && !m_ui->profileEditor->isNew();
    if (empty && m_ui->emptyStateLabel->text().isEmpty()) {
        // Set only when shown. The wrapped text is plain: layouts ask a word-wrapped label its
        // height again at each pass, and rich text is laid out as a whole document each time.
        m_ui->emptyStateTitle->setText(tr("<h2>Welcome to CAS Console</h2>"));
        m_ui->emptyStateLabel->setText(
            tr("A profile holds a CAS URL and an API key; its API secret is kept in the system keychain.\n\n"
               "No account yet? The local demo runs a CAS on this computer, so you can get and inspect a real token "
               "right away."));
    }
    m_ui->profileStack->setCurrentWidget(empty ? m_ui->emptyStatePage : static_cast<QWidget*>(m_ui->profileBox));
    m_ui->getTokenButton->setEnabled(!empty && !m_client->isBusy());
    m_getTokenAction->setEnabled(!empty && !m_client->isBusy());
}

void MainWindow::loadProfile(const QString& name)
{
    if (isDemoProfile(name)) {
        m_ui->profileEditor->setProfile(m_demoProfile);
        m_ui->profileEditor->showLoadedSecret(m_sessionSecrets.value(name));
        m_ui->profileEditor->setLocked(true);
    } else if (const std::optional<Profile> profile = m_profiles.profile(name)) {
        m_ui->profileEditor->setLocked(false);
        m_ui->profileEditor->setProfile(*profile);
        if (m_sessionSecrets.contains(name)) {
            m_ui->profileEditor->showLoadedSecret(m_sessionSecrets.value(name));
        }
        m_profiles.setLastUsed(name);
    } else {
        return;
    }
    m_demoScenario->setVisible(isDemoProfile(name));
    m_ui->historyView->setProfile(name);
    updateSecretLocation();
    updateRequestLine();
    updateEmptyState();
}

QString MainWindow::currentProfileName() const
{
    return m_ui->profileEditor->savedName();
}

bool MainWindow::selectProfile(const QString& name)
{
    const QList<QListWidgetItem*> match = m_ui->profileList->findItems(name, Qt::MatchExactly);
    if (match.isEmpty()) {
        return false;
    }
    m_ui->profileList->setCurrentItem(match.first());
    return currentProfileName() == name;
}

bool MainWindow::settleUnsavedChanges()
{
    ProfileEditor* editor = m_ui->profileEditor;
    if (!editor->isDirty() || isDemoProfile(editor->savedName())) {
        return true;
    }
    const QString name = editor->profile().name.isEmpty() ? tr("New profile") : editor->profile().name;
    switch (m_prompts.unsavedChanges(name)) {
    case MainWindowPrompts::Unsaved::Save:
        return saveProfile();
    case MainWindowPrompts::Unsaved::Discard:
        editor->clearProfile();
        return true;
    case MainWindowPrompts::Unsaved::Cancel:
        break;
    }
    return false;
}

bool MainWindow::saveProfile()
{
    ProfileEditor* editor = m_ui->profileEditor;
    const QString oldName = editor->savedName();
    if (isDemoProfile(oldName)) {
        return true;
    }
    const Profile profile = editor->profile();
    QString problem = ProfileStore::validateName(profile.name);
    if (problem.isEmpty() && profile.name != oldName && (m_profiles.contains(profile.name) || isDemoProfile(profile.name))) {
        problem = tr("A profile named \"%1\" exists already: choose another name.").arg(profile.name);
    }
    CasError urlError;
    if (problem.isEmpty() && !CasClient::tokenUrl(profile.url, &urlError)) {
        problem = urlError.message;
    }
    if (problem.isEmpty() && profile.apiKey.isEmpty()) {
        problem = tr("The API key is empty: copy it from your private area.");
    }
    if (!problem.isEmpty()) {
        m_ui->errorBanner->showMessage(tr("The profile was not saved: %1").arg(problem), QString());
        return false;
    }

    if (!oldName.isEmpty() && oldName != profile.name) {
        if (!m_profiles.rename(oldName, profile.name, &problem)) {
            m_ui->errorBanner->showMessage(problem, QString());
            return false;
        }
        m_history->renameProfile(oldName, profile.name);
        if (m_sessionSecrets.contains(oldName)) {
            m_sessionSecrets.insert(profile.name, m_sessionSecrets.take(oldName));
        } else if (!editor->secretEdited()) {
            m_secrets.move(oldName, profile.name, [this, oldName](const SecretError& error) {
                if (!error.ok() && error.kind != SecretError::Kind::NotFoundOrLocked) {
                    m_ui->errorBanner->showMessage(
                        tr("The profile was renamed, but its secret could not be moved in the keychain: %1").arg(error.message), QString());
                }
            });
        } else {
            m_secrets.remove(oldName, [](const SecretError&) {});
        }
    }
    if (!m_profiles.save(profile, &problem)) {
        m_ui->errorBanner->showMessage(problem, QString());
        return false;
    }
    if (editor->secretEdited()) {
        QByteArray secret = editor->secretText();
        const QString name = profile.name;
        // Usable at once, while the keychain job runs; dropped from memory once it is stored.
        m_sessionSecrets.insert(name, secret);
        m_pendingSecretWrites.insert(name);
        m_secrets.write(name, secret, [this, name, secret](const SecretError& error) mutable {
            m_pendingSecretWrites.remove(name);
            if (error.ok()) {
                m_sessionSecrets[name].fill('\0');
                m_sessionSecrets.remove(name);
            } else {
                // No plaintext fallback: the secret stays in this process only.
                m_sessionSecrets.insert(name, secret);
                m_ui->errorBanner->showMessage(tr("The API secret was not saved: %1 It is kept for this session only.").arg(error.message),
                                               QString());
                if (error.kind == SecretError::Kind::NoKeychain) {
                    m_keychainReachable = false;
                }
            }
            secret.fill('\0');
            updateSecretLocation();
        });
    }
    editor->markSaved();
    m_profiles.setLastUsed(profile.name);
    reloadProfileList(profile.name);
    m_profileStatus->setText(tr("Profile \"%1\" saved.").arg(profile.name));
    return true;
}

void MainWindow::revertProfile()
{
    const QString name = m_ui->profileEditor->savedName();
    if (!name.isEmpty()) {
        loadProfile(name);
    }
}

void MainWindow::newProfile()
{
    if (!settleUnsavedChanges()) {
        return;
    }
    Profile profile;
    profile.timeoutSeconds = m_settings.defaultTimeoutSeconds();
    profile.url = QStringLiteral("https://");
    m_ui->profileEditor->setLocked(false);
    m_ui->profileEditor->setProfile(profile, true);
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clearSelection();
        m_ui->profileList->setCurrentItem(nullptr);
    }
    updateEmptyState();
    updateSecretLocation();
    m_ui->profileEditor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setFocus();
}

void MainWindow::duplicateProfile()
{
    const QString source = currentProfileName();
    if (source.isEmpty() || !settleUnsavedChanges()) {
        return;
    }
    Profile copy = m_ui->profileEditor->profile();
    QString name = tr("%1 copy").arg(source);
    for (int i = 2; m_profiles.contains(name); ++i) {
        name = tr("%1 copy %2").arg(source).arg(i);
    }
    copy.name = name;
    const bool fromDemo = isDemoProfile(source);
    m_ui->profileEditor->setLocked(false);
    m_ui->profileEditor->setProfile(copy, true);
    updateEmptyState();
    updateSecretLocation();
    auto takeSecret = [this](const QByteArray& secret) {
        QLineEdit* secretEdit = m_ui->profileEditor->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
        secretEdit->setText(QString::fromUtf8(secret));
        emit secretEdit->textEdited(secretEdit->text());
    };
    if (fromDemo || m_sessionSecrets.contains(source)) {
        takeSecret(m_sessionSecrets.value(source));
        return;
    }
    m_secrets.read(source, [this, takeSecret, name](std::optional<QByteArray> secret, const SecretError& error) {
        if (m_ui->profileEditor->profile().name != name || !m_ui->profileEditor->isNew()) {
            return;
        }
        if (secret) {
            takeSecret(*secret);
            secret->fill('\0');
        } else {
            m_ui->errorBanner->showMessage(tr("The copy has no API secret yet: %1").arg(error.message), QString());
        }
    });
}

void MainWindow::renameProfile()
{
    const QString oldName = currentProfileName();
    if (oldName.isEmpty() || isDemoProfile(oldName)) {
        return;
    }
    const std::optional<QString> answer = m_prompts.askLine(tr("Rename profile"), tr("New name for \"%1\":").arg(oldName), oldName);
    if (!answer || answer->trimmed() == oldName) {
        return;
    }
    QLineEdit* nameEdit = m_ui->profileEditor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    nameEdit->setText(answer->trimmed());
    emit nameEdit->textEdited(nameEdit->text());
    saveProfile();
}

void MainWindow::removeProfile()
{
    const QString name = currentProfileName();
    if (name.isEmpty() || isDemoProfile(name) || !m_prompts.confirmRemove(name)) {
        return;
    }
    m_secrets.remove(name, [this, name](const SecretError& error) {
        if (!error.ok() && error.kind != SecretError::Kind::NotFoundOrLocked) {
            m_ui->errorBanner->showMessage(
                tr("The profile was removed, but its secret could not be deleted from the keychain: %1").arg(error.message), QString());
        }
    });
    m_sessionSecrets.remove(name);
    m_history->clearProfile(name);
    QString problem;
    if (!m_profiles.remove(name, &problem)) {
        m_ui->errorBanner->showMessage(problem, QString());
        return;
    }
    m_ui->profileEditor->clearProfile();
    reloadProfileList(QString());
    m_profileStatus->setText(tr("Profile \"%1\" removed.").arg(name));
}

void MainWindow::revealSecret()
{
    const QString name = currentProfileName();
    if (name.isEmpty() || m_ui->profileEditor->secretEdited()) {
        return;
    }
    if (m_sessionSecrets.contains(name)) {
        m_ui->profileEditor->showLoadedSecret(m_sessionSecrets.value(name));
        return;
    }
    m_secrets.read(name, [this, name](std::optional<QByteArray> secret, const SecretError& error) {
        if (currentProfileName() != name) {
            return;
        }
        if (secret) {
            m_ui->profileEditor->showLoadedSecret(*secret);
            secret->fill('\0');
        } else {
            m_ui->errorBanner->showMessage(error.message, QString());
        }
    });
}

void MainWindow::updateSecretLocation()
{
    const QString name = currentProfileName();
    QString text;
    if (isDemoProfile(name)) {
        text = tr("Public demo secret, kept for this session only");
    } else if (m_pendingSecretWrites.contains(name)) {
        text = tr("Saving to the %1…").arg(SecretStore::backendDescription());
    } else if (m_sessionSecrets.contains(name)) {
        text = tr("Not saved: no keychain available — kept for this session only");
    } else {
        if (!m_keychainReachable) {
            m_keychainReachable = SecretStore::isKeychainReachable();
        }
        text = *m_keychainReachable ? tr("Stored in the %1").arg(SecretStore::backendDescription())
                                    : tr("Not saved: no keychain available — kept for this session only");
    }
    m_ui->profileEditor->setSecretLocation(text);
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
        const QString request = CasClient::describeRequest(*url, m_ui->profileEditor->profile().apiKey);
        m_ui->requestLine->setToolTip(isPresentationMode() ? Masking::maskAll(request, {m_ui->profileEditor->profile().apiKey}) : request);
    } else {
        m_ui->requestLine->setText(m_ui->profileStack->currentWidget() == m_ui->emptyStatePage ? QString() : error.message);
        m_ui->requestLine->setToolTip(QString());
    }
}

void MainWindow::setBusy(bool busy, const QString& what)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->getTokenButton->setEnabled(!busy);
    m_getTokenAction->setEnabled(!busy);
    m_cancelAction->setEnabled(busy);
    m_profileStatus->setText(what);
}

void MainWindow::getToken()
{
    if (m_client->isBusy() || !m_getTokenAction->isEnabled()) {
        return;
    }
    ProfileEditor* editor = m_ui->profileEditor;
    const Profile profile = editor->profile();
    CasError error;
    if (!CasClient::tokenUrl(profile.url, &error)) {
        m_ui->errorBanner->showError(error);
        return;
    }
    m_ui->errorBanner->hideBanner();
    const QString name = editor->savedName();
    m_fetchProfile = name.isEmpty() ? profile.name : name;
    if (editor->secretEdited() || (!editor->secretText().isEmpty())) {
        sendRequest(profile, editor->secretText());
        return;
    }
    if (m_sessionSecrets.contains(name)) {
        sendRequest(profile, m_sessionSecrets.value(name));
        return;
    }
    if (name.isEmpty()) {
        m_ui->errorBanner->showMessage(tr("Enter the API secret of this profile first."), QString());
        return;
    }
    setBusy(true, tr("Reading the API secret from the keychain…"));
    m_secrets.read(name, [this, profile, name](std::optional<QByteArray> secret, const SecretError& error) {
        setBusy(false);
        if (!secret) {
            m_ui->errorBanner->showMessage(error.message, QString());
            return;
        }
        if (currentProfileName() == name) {
            sendRequest(profile, *secret);
        }
        secret->fill('\0');
    });
}

void MainWindow::sendRequest(const Profile& profile, QByteArray secret)
{
    CasRequest request;
    request.baseUrl = profile.url;
    request.apiKey = profile.apiKey;
    request.apiSecret = secret;
    request.caFile = profile.caFile;
    request.timeoutMs = profile.timeoutSeconds * 1000;
    if (isDemoProfile(m_fetchProfile)) {
        request.extraCaCertificates = {m_demo->certificate()};
        request.trustSystemRoots = false;
    }
    m_ui->responseView->setRequestContext(profile.apiKey, profile.caFile);
    m_ui->flowView->reset();
    setBusy(true, tr("Requesting a token from %1…").arg(CasClient::tokenUrl(profile.url)->host()));
    m_client->fetch(request);
    request.apiSecret.fill('\0');
    secret.fill('\0');
}

void MainWindow::cancelRequest()
{
    if (m_client->isBusy()) {
        m_client->cancel();
    }
}

void MainWindow::onFinished(const CasResult& result)
{
    setBusy(false);
    m_ui->responseView->setResult(result);
    if (result.httpStatus > 0) {
        m_ui->flowView->responseReceived(result.httpStatus, result.elapsedMs);
    }
    if (result.ok()) {
        m_ui->flowView->tokenDecoded(Jwt::parse(result.token));
        m_history->add(m_fetchProfile, result.token, result.httpStatus);
    } else {
        m_ui->flowView->failed(result.error);
    }
    if (result.ok()) {
        m_ui->errorBanner->hideBanner();
        showToken(Jwt::parse(result.token), result.token);
        m_ui->tabs->setCurrentWidget(m_ui->tokenView);
        const ClockCheckResult clock =
            ClockCheck::compare(result.header("Date"), Clock::now(), m_currentJwt->numericClaim(QStringLiteral("iat")));
        if (clock.significant) {
            m_ui->errorBanner->showMessage(clock.message, QString());
        }
        m_profileStatus->setText(currentProfileName() == m_fetchProfile
                                     ? tr("Token received in %1 ms.").arg(result.elapsedMs)
                                     : tr("Token for profile \"%1\" received in %2 ms.").arg(m_fetchProfile).arg(result.elapsedMs));
        return;
    }
    if (result.error.kind == CasError::Kind::Cancelled) {
        m_ui->errorBanner->showInfo(tr("The request was cancelled."));
        return;
    }
    m_ui->errorBanner->showError(result.error);
}

void MainWindow::showToken(const Jwt& jwt, const QString& exactText)
{
    m_currentJwt = jwt;
    m_copyAs->setToken(jwt);
    m_ui->qrView->setToken(jwt);
    m_ui->tokenView->setToken(jwt);
    m_ui->decodedView->setToken(jwt);
    m_ui->verifyView->setTokenText(exactText, jwt);
    emit tokenShown();
}

void MainWindow::decodeText(const QString& text, const QString& source)
{
    // Parsing a megabyte takes tens of milliseconds: large texts are parsed off the GUI thread.
    constexpr qsizetype LargeText = 256 * 1024;
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
    m_ui->responseView->clear();
    m_ui->tabs->setCurrentWidget(m_ui->tokenView);
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
        m_ui->flowView->handedToClient(tr("%1 copied for a client app").arg(what));
    }
}

void MainWindow::editTemplates()
{
    TemplatesDialog dialog(this);
    TemplateStore store;
    dialog.loadFrom(store);
    if (dialog.exec() != QDialog::Accepted) {
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
    if (!m_demo) {
        auto demo = std::make_unique<DemoCasServer>();
        QString problem;
        if (!demo->start(0, true, &problem)) {
            m_ui->errorBanner->showMessage(tr("The local demo CAS could not start: %1").arg(problem), QString());
            return false;
        }
        m_demo = std::move(demo);
        m_demoProfile.name = DemoProfileName;
        m_demoProfile.url = m_demo->baseUrl().toString();
        m_demoProfile.apiKey = DemoCasServer::ApiKey;
        m_demoProfile.timeoutSeconds = m_settings.defaultTimeoutSeconds();
        m_sessionSecrets.insert(DemoProfileName, DemoCasServer::ApiSecret);
    }
    if (!settleUnsavedChanges()) {
        return false;
    }
    reloadProfileList(DemoProfileName);
    m_ui->getTokenButton->setFocus();
    m_profileStatus->setText(tr("Local demo CAS running at %1. Press Ctrl+Return to get a token.").arg(m_demoProfile.url));
    return true;
}

bool MainWindow::isPresentationMode() const
{
    return m_presentationAction && m_presentationAction->isChecked();
}

void MainWindow::setPresentationMode(bool on)
{
    if (m_presentationAction->isChecked() != on) {
        m_presentationAction->setChecked(on); // re-enters through toggled
        return;
    }
    m_ui->profileEditor->setMasked(on);
    m_ui->tokenView->setMasked(on);
    m_ui->responseView->setMasked(on);
    m_ui->flowView->setMasked(on);
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
    if (dialog.exec() != QDialog::Accepted) {
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
    if (!settleUnsavedChanges()) {
        event->ignore();
        return;
    }
    m_client->cancel();
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
