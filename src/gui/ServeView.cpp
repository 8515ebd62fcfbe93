#include "gui/ServeView.h"

#include "core/Clock.h"
#include "core/Jwt.h"
#include "core/NetModule.h"
#include "core/QrCode.h"
#include "gui/ClipboardService.h"
#include "gui/Masking.h"
#include "gui/OutsideText.h"
#include "gui/QrView.h"

#include "ui_ServeView.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
constexpr int MaxLogLines = 500;
constexpr int QrModuleSize = 4;
constexpr int QrMinimumSide = 160;

QString lanAddress()
{
    const QStringList addresses = NetModule::instance().lanAddresses();
    return addresses.isEmpty() ? QStringLiteral("THIS-COMPUTER") : addresses.first();
}
} // namespace

ServeView::ServeView(QWidget* parent)
    : TabPage(parent)
    , m_ui(new Ui::ServeView)
    , m_countdown(new QTimer(this))
{
    // Below a panel on a 1024x768 projector the settings, the address and the sessions can need
    // more room than the tab has: the page scrolls then instead of squeezing them.
    auto* content = new QWidget;
    m_ui->setupUi(content);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("serveScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    m_ui->bindCombo->addItem(tr("This computer only (127.0.0.1)"), LoopbackOnly);
    m_ui->bindCombo->addItem(tr("Local network, with an access code"), LocalNetwork);
    m_ui->minValiditySpin->setValue(TokenServiceConfig::DefaultMinValiditySeconds);
    m_ui->sessionsTable->setHorizontalHeaderLabels({tr("Session"), tr("Token"), tr("Clients")});
    m_ui->sessionsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->sessionsTable->verticalHeader()->hide();
    m_countdown->setInterval(1000);

    connect(m_ui->startButton, &QPushButton::clicked, this, &ServeView::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ServeView::stop);
    connect(m_ui->bindCombo, &QComboBox::currentIndexChanged, this, &ServeView::onBindChanged);
    connect(m_countdown, &QTimer::timeout, this, &ServeView::updateSessions);
    connect(m_ui->sessionsTable, &QTableWidget::itemSelectionChanged, this, &ServeView::updateState);
    connect(m_ui->renewButton, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->renewSession(selectedSession());
    });
    connect(m_ui->endButton, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->endSession(selectedSession());
    });
    connect(m_ui->copyUrlButton, &QToolButton::clicked, this, [this] {
        if (m_clipboard && !addressForApps().isEmpty())
            m_clipboard->copy(addressForApps(), ClipboardService::Sensitivity::Plain);
    });
    connect(m_ui->copyCodeButton, &QToolButton::clicked, this, [this] {
        if (m_clipboard && !m_accessCode.isEmpty())
            m_clipboard->copy(m_accessCode, ClipboardService::Sensitivity::Secret);
    });
    createService();
    updateState();
    updateAddress();
}

void ServeView::createService()
{
    m_service = new TokenService(this);
    m_service->setApprovalHook([this](const TokenServiceApprovalRequest& request, const std::function<void(bool)>& decide) {
        decide(!m_ui->askCheck->isChecked() || askPerson(request));
    });
    connect(m_service, &TokenService::sessionsChanged, this, &ServeView::updateSessions);
    connect(m_service, &TokenService::requestLogged, this, [this](const TokenServiceLogEntry& entry) {
        m_logLines.append(entry.toLine());
        while (m_logLines.size() > MaxLogLines)
            m_logLines.removeFirst();
        updateLog();
        emit requestAnswered(entry);
    });
    connect(m_service, &TokenService::stopped, this, [this] {
        m_servingProfile.clear();
        updateState();
        updateAddress();
    });
}

ServeView::~ServeView()
{
    if (m_service) {
        m_service->disconnect(this);
        delete m_service; // before the form it reports to goes
    }
}

void ServeView::setClipboard(ClipboardService* clipboard)
{
    m_clipboard = clipboard;
}

void ServeView::setProfile(const QString& name, const CasRequest& request)
{
    m_profile = name;
    m_request = request;
    m_request.apiSecret.clear();
    updateState();
}

void ServeView::setSecretProvider(SecretProvider provider)
{
    m_secretProvider = std::move(provider);
}

void ServeView::setApprovalPrompt(ApprovalPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void ServeView::setMasked(bool masked)
{
    m_masked = masked;
    updateAddress();
    updateLog();
}

TokenService* ServeView::service() const
{
    return m_service;
}

QString ServeView::accessCode() const
{
    return m_accessCode;
}

QString ServeView::addressForApps() const
{
    if (!m_service || !m_service->isRunning())
        return {};
    if (m_service->url().host() == QLatin1String("0.0.0.0"))
        return QStringLiteral("http://%1:%2").arg(lanAddress()).arg(m_service->port());
    return m_service->url().toString();
}

void ServeView::onBindChanged()
{
    // A fresh code for every LAN setup, shown before starting so the phone can be set up first.
    m_accessCode =
        m_ui->bindCombo->currentData().toInt() == LocalNetwork ? QString::fromLatin1(TokenService::generateAccessCode()) : QString();
    updateAddress();
}

void ServeView::start()
{
    if (!m_service || m_service->isRunning() || m_starting)
        return;
    if (m_profile.isEmpty() || !m_secretProvider) {
        m_ui->statusLabel->setText(tr("Select a saved profile first: the service asks CAS with its key and secret."));
        return;
    }
    TokenServiceConfig config;
    config.cas = m_request;
    config.port = static_cast<quint16>(m_ui->portSpin->value());
    config.minValiditySeconds = m_ui->minValiditySpin->value();
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    config.allowedOrigins = m_ui->originsEdit->text().split(separators, Qt::SkipEmptyParts);
    if (m_ui->bindCombo->currentData().toInt() == LocalNetwork) {
        if (m_accessCode.isEmpty())
            onBindChanged();
        config.bindAddress = QStringLiteral("0.0.0.0");
        config.accessCode = m_accessCode.toLatin1();
    }
    m_starting = true;
    updateState();
    m_ui->statusLabel->setText(tr("Reading the API secret of \"%1\"…").arg(m_profile));
    m_ui->statusLabel->setToolTip(QString());
    const QString profile = m_profile;
    QPointer<ServeView> self(this);
    m_secretProvider(
        profile, [self, config, profile](std::optional<QByteArray> secret, const QString& problem, const QString& detail) mutable {
            if (!self)
                return;
            self->m_starting = false;
            if (!secret) {
                self->m_ui->statusLabel->setText(problem.isEmpty() ? tr("Another profile was selected before the secret was read: "
                                                                        "press Start serving again.")
                                                                   : problem);
                self->m_ui->statusLabel->setToolTip(detail.isEmpty() ? QString() : OutsideText::html(detail));
                self->updateState();
                return;
            }
            config.cas.apiSecret = *secret;
            secret->fill('\0');
            const TokenServiceError error = self->m_service->start(config);
            config.cas.apiSecret.fill('\0');
            if (error.kind != TokenServiceError::Kind::None) {
                self->m_ui->statusLabel->setText(error.message);
            } else {
                self->m_servingProfile = profile;
                self->m_ui->statusLabel->setText(tr("Serving tokens of profile \"%1\".").arg(profile));
            }
            self->updateState();
            self->updateAddress();
        });
}

void ServeView::stop()
{
    if (!m_service || !m_service->isRunning())
        return;
    m_service->stop();
    m_ui->statusLabel->setText(tr("Stopped. Sample apps get no more tokens from here."));
}

void ServeView::updateState()
{
    const bool running = m_service && m_service->isRunning();
    const bool busy = running || m_starting;
    m_ui->startButton->setEnabled(!busy && !m_profile.isEmpty());
    m_ui->stopButton->setEnabled(running);
    for (QWidget* setting : {static_cast<QWidget*>(m_ui->portSpin), static_cast<QWidget*>(m_ui->bindCombo),
                             static_cast<QWidget*>(m_ui->originsEdit), static_cast<QWidget*>(m_ui->minValiditySpin)})
        setting->setEnabled(!busy);
    const bool selected = running && !selectedSession().isEmpty();
    m_ui->renewButton->setEnabled(selected);
    m_ui->endButton->setEnabled(selected);
    if (running)
        m_countdown->start();
    else
        m_countdown->stop();
}

void ServeView::updateAddress()
{
    const QString url = addressForApps();
    const bool running = !url.isEmpty();
    m_ui->urlLabel->setText(running ? url : tr("(not serving)"));
    m_ui->copyUrlButton->setEnabled(running);
    m_ui->codeCaption->setVisible(!m_accessCode.isEmpty());
    m_ui->codeLabel->setVisible(!m_accessCode.isEmpty());
    m_ui->copyCodeButton->setVisible(!m_accessCode.isEmpty());
    m_ui->codeLabel->setText(m_masked ? Masking::mask() : m_accessCode);
    m_ui->copyCodeButton->setEnabled(!m_accessCode.isEmpty());

    if (!running) {
        m_ui->hintsLabel->setText(tr("Start serving, then give the URL to the app. A browser on an allowed origin can open the "
                                     "URL itself for a test page."));
        showQr({}, QString());
        return;
    }
    const quint16 port = m_service->port();
    m_ui->hintsLabel->setText(tr("Apps ask GET %1/token?session=NAME (open %1/ in a browser for a test page).\n"
                                 "Android emulator: http://10.0.2.2:%2 is this computer.\n"
                                 "Phone on USB: run adb reverse tcp:%2 tcp:%2, then use http://127.0.0.1:%2 on the phone.")
                                  .arg(url)
                                  .arg(port));
    if (m_masked) {
        showQr({}, QString()); // it carries the URL and the access code
        return;
    }
    QByteArray payload = url.toUtf8();
    if (!m_accessCode.isEmpty()) {
        payload = QJsonDocument(QJsonObject {{QStringLiteral("url"), url}, {QStringLiteral("access_code"), m_accessCode}})
                      .toJson(QJsonDocument::Compact);
    }
    QString problem;
    const std::optional<QrCode> code = QrCode::encode(payload, &problem);
    showQr(code ? QPixmap::fromImage(QrView::imageOf(*code, QrModuleSize)) : QPixmap(), code ? QString() : problem);
}

// The code's square is kept only while there is a code: without one (not serving, presentation
// mode) the label takes no room, so the settings beside it fit a projector's width.
void ServeView::showQr(const QPixmap& code, const QString& text)
{
    m_ui->qrLabel->setPixmap(code);
    if (code.isNull())
        m_ui->qrLabel->setText(text);
    m_ui->qrLabel->setMinimumSize(code.isNull() ? QSize(0, 0) : QSize(QrMinimumSide, QrMinimumSide));
    m_ui->qrLabel->setVisible(!code.isNull() || !text.isEmpty());
}

void ServeView::updateSessions()
{
    const QString selected = selectedSession();
    const QList<TokenServiceSession> sessions = m_service ? m_service->sessions() : QList<TokenServiceSession>();
    m_ui->sessionsTable->setRowCount(static_cast<int>(sessions.size()));
    const QDateTime now = Clock::now();
    for (int row = 0; row < sessions.size(); ++row) {
        const TokenServiceSession& session = sessions.at(row);
        QString state;
        if (session.fetching)
            state = tr("fetching from CAS…");
        else if (!session.hasToken)
            state = tr("no token");
        else if (!session.expiresAt)
            state = tr("no expiry");
        else
            state = JwtTimeClaim {QStringLiteral("exp"), session.expiresAt->toSecsSinceEpoch()}.describeRelative(now);
        const QStringList cells {session.name, state, QString::number(session.clientCount)};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* item = m_ui->sessionsTable->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_ui->sessionsTable->setItem(row, column, item);
            }
            item->setText(cells.at(column));
        }
        if (session.name == selected)
            m_ui->sessionsTable->selectRow(row);
    }
    updateState();
}

void ServeView::updateLog()
{
    QString text = m_logLines.join(QLatin1Char('\n'));
    if (m_masked)
        text = Masking::hide(text, {m_request.apiKey, m_accessCode});
    if (m_ui->logView->toPlainText() != text) {
        m_ui->logView->setPlainText(text);
        m_ui->logView->moveCursor(QTextCursor::End);
    }
}

QString ServeView::selectedSession() const
{
    const QList<QTableWidgetItem*> items = m_ui->sessionsTable->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem* name = m_ui->sessionsTable->item(items.first()->row(), 0);
    return name ? name->text() : QString();
}

bool ServeView::askPerson(const TokenServiceApprovalRequest& request)
{
    if (m_prompt)
        return m_prompt(request);
    QMessageBox box(QMessageBox::Question, tr("Hand out a token?"),
                    tr("%1 asks for the token of session \"%2\"%3. Hand it out?")
                        .arg(request.client, request.session,
                             request.origin.isEmpty() ? QString() : tr(" from the web page at %1").arg(request.origin)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}
