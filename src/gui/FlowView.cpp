#include "gui/FlowView.h"

#include "gui/FlowDiagram.h"
#include "gui/FontRole.h"
#include "gui/TokenView.h"
#include "gui/WrapLabel.h"
#include "core/SafeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace
{
const QString Dots = QStringLiteral("•••");
const QString SecretDots = QStringLiteral("•••••");

QColor mix(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}

QString headerString(const JsonFormatResult& header, const QString& key)
{
    for (const JsonMember& member : header.topLevel) {
        if (member.key == key)
            return member.type == JsonMember::Type::String ? member.stringValue : member.rawValue;
    }
    return QString();
}

QStringList memberNames(const JsonFormatResult& json)
{
    QStringList names;
    for (const JsonMember& member : json.topLevel)
        names << member.key;
    return names;
}

constexpr FlowView::Step Order[4] = {FlowView::Step::RequestSent, FlowView::Step::ResponseReceived, FlowView::Step::TokenDecoded,
                                     FlowView::Step::HandedToClient};
} // namespace

FlowView::FlowView(QWidget* parent)
    : TabPage(parent)
    , m_diagram(new FlowDiagram(this))
    , m_title(new WrapLabel(this))
    , m_pendingHint(new WrapLabel(this))
    , m_detail(new WrapLabel(this))
    , m_explanation(new WrapLabel(this))
    , m_stepThrough(new QToolButton(this))
    , m_reveal(new QToolButton(this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("flowView"));
    setFocusPolicy(Qt::StrongFocus);

    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setTextFormat(Qt::PlainText);

    m_pendingHint->setObjectName(QStringLiteral("pendingHint"));
    m_pendingHint->setTextFormat(Qt::PlainText);

    m_reveal->setObjectName(QStringLiteral("revealToggle"));
    m_reveal->setText(tr("R&eveal"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the API key and the token parts that presentation mode hides"));
    m_reveal->setVisible(false);
    connect(m_reveal, &QToolButton::toggled, this, &FlowView::render);

    m_stepThrough->setObjectName(QStringLiteral("stepThroughToggle"));
    m_stepThrough->setText(tr("S&tep through"));
    m_stepThrough->setCheckable(true);
    m_stepThrough->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stepThrough->setToolTip(tr("Pause at each step of the request and reveal the next one with Next step"));
    connect(m_stepThrough, &QToolButton::toggled, this, [this](bool on) {
        setStepThrough(on);
        if (on)
            setFocus(Qt::OtherFocusReason); // so Space advances at once
    });

    m_next->setObjectName(QStringLiteral("nextStepButton"));
    m_next->setText(tr("Ne&xt step"));
    m_next->setToolTip(tr("Reveal the next step (Space or Right arrow)"));
    m_next->setFocusPolicy(Qt::NoFocus);
    m_next->setVisible(false);
    connect(m_next, &QPushButton::clicked, this, &FlowView::nextStep);

    m_detail->setObjectName(QStringLiteral("stepDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAccessibleName(tr("Step detail"));

    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_explanation->setAccessibleName(tr("Explanation"));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title, 1);
    top->addWidget(m_reveal);
    top->addWidget(m_stepThrough);
    top->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pendingHint);
    layout->addWidget(m_diagram, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_explanation);

    applyScale();
    applyColours();
    render();
}

FlowView::~FlowView() = default;

void FlowView::reset()
{
    m_events.clear();
    m_shown = 0;
    m_method.clear();
    m_url.clear();
    m_apiKey.clear();
    m_hops = 0;
    m_httpStatus = 0;
    m_elapsedMs = 0;
    m_jwt = Jwt();
    m_error = CasError();
    m_how.clear();
    m_served.reset();
    render();
    emit stepShown(Step::Idle);
}

void FlowView::servedRequest(const TokenServiceLogEntry& entry)
{
    if (entry.session.isEmpty())
        return; // the test page, a preflight, or a request refused before it named a session
    reset();
    m_served = entry;
    render();
}

void FlowView::renderServed()
{
    using S = FlowDiagram::State;
    const int status = m_served->status;
    const bool ok = status == 200;
    const bool casFailed = status == 502 || status == 504;
    for (int i = 0; i < 4; ++i) {
        m_diagram->setBoxState(i, ok ? S::Done : S::Pending);
        m_diagram->setArrowState(i, ok ? S::Done : S::Pending);
    }
    if (casFailed) {
        m_diagram->setBoxState(FlowDiagram::BackendBox, S::Done);
        m_diagram->setArrowState(FlowDiagram::RequestArrow, S::Done);
        m_diagram->setBoxState(FlowDiagram::CasBox, S::Failed);
        m_diagram->setArrowState(FlowDiagram::ResponseArrow, S::Failed);
    } else if (!ok) {
        m_diagram->setBoxState(FlowDiagram::BackendBox, S::Failed);
    }
    const QString& client = m_served->client; // an IPv4 client over IPv6 is already given as IPv4
    const QString from = m_served->origin.isEmpty() ? client : client + QStringLiteral(" · ") + m_served->origin;
    m_diagram->setBoxSubtitle(FlowDiagram::ClientBox, tr("client app at %1").arg(from));
    m_diagram->setBoxSubtitle(FlowDiagram::CasBox, tr("Cluster Authentication Service"));
    m_diagram->setArrowLabel(FlowDiagram::RequestArrow, tr("only without a valid token"));
    m_diagram->setArrowLabel(FlowDiagram::ResponseArrow, casFailed ? tr("failed") : tr("response"));
    m_diagram->setArrowLabel(FlowDiagram::HandArrow, tr("HTTP %1 · %2 ms").arg(status).arg(m_served->elapsedMs));
    m_diagram->setBoxPills(FlowDiagram::BackendBox, {tr("API key"), tr("API secret")});
    m_diagram->setBoxPills(FlowDiagram::CasBox, {});
    m_diagram->setTokenChips({});
    m_diagram->setBoxCaption(FlowDiagram::BackendBox,
                             tr("Serves GET /token?session=%1 to the client app: client app → CAS Console (your backend) → CAS → "
                                "token → client. The secret stays here.")
                                 .arg(m_served->session));
    m_diagram->setBoxCaption(FlowDiagram::CasBox,
                             casFailed ? tr("CAS did not give a token (HTTP %1 to the client).").arg(status)
                                       : tr("Asked once per session while its token is valid."),
                             casFailed);
    m_diagram->setBoxCaption(FlowDiagram::ClientBox,
                             ok ? tr("Got the token of session \"%1\".").arg(m_served->session) : tr("Refused with HTTP %1.").arg(status),
                             !ok);
    const QString title = tr("Served to a client app · session %1 · HTTP %2").arg(m_served->session).arg(status);
    m_title->setText(title);
    m_detail->setText(QString());
    m_explanation->setText(tr("The Serve tab hands tokens to sample apps: the app asks CAS Console, CAS Console asks CAS with the "
                              "profile's key and secret, and the app gets only the token."));
    m_pendingHint->setText(QString());
    m_pendingHint->hide();
    setAccessibleName(tr("Token flow: %1").arg(title));
}

void FlowView::requestSent(const QString& method, const QUrl& url, const QString& apiKey)
{
    if (latestStep() == Step::RequestSent) {
        ++m_hops;
        m_url = url;
        render();
        return;
    }
    if (latestStep() != Step::Idle)
        reset();
    m_method = method.isEmpty() ? QStringLiteral("GET") : method;
    m_url = url;
    m_apiKey = apiKey;
    m_hops = 0;
    record(Step::RequestSent);
}

void FlowView::responseReceived(int httpStatus, qint64 elapsedMs)
{
    m_httpStatus = httpStatus;
    m_elapsedMs = elapsedMs;
    if (m_events.contains(Step::ResponseReceived) || m_events.contains(Step::Failed)) {
        render();
        return;
    }
    record(Step::ResponseReceived);
}

void FlowView::tokenDecoded(const Jwt& jwt)
{
    m_jwt = jwt;
    if (m_events.contains(Step::TokenDecoded) || m_events.contains(Step::Failed)) {
        render();
        return;
    }
    record(Step::TokenDecoded);
}

void FlowView::failed(const CasError& error)
{
    m_error = error;
    if (m_events.contains(Step::Failed)) {
        render();
        return;
    }
    record(Step::Failed);
}

void FlowView::handedToClient(const QString& how)
{
    if (!m_events.contains(Step::TokenDecoded) || m_events.contains(Step::Failed))
        return;
    m_how = how;
    if (m_events.contains(Step::HandedToClient)) {
        render();
        return;
    }
    record(Step::HandedToClient);
}

FlowView::Step FlowView::currentStep() const
{
    return m_shown == 0 ? Step::Idle : m_events.at(m_shown - 1);
}

FlowView::Step FlowView::latestStep() const
{
    return m_events.isEmpty() ? Step::Idle : m_events.last();
}

QString FlowView::explanation() const
{
    const Step step = currentStep();
    if (step == Step::TokenDecoded && m_jwt.isValid()) {
        const QStringList claims = memberNames(m_jwt.payload());
        const QString alg = m_jwt.algorithm().isEmpty() ? tr("no alg") : m_jwt.algorithm();
        return tr("The token is a JWT: a header, a payload (%1) and a signature (%2) made with CAS's own key.")
            .arg(claims.isEmpty() ? tr("no claims") : claims.join(QStringLiteral(", ")), alg);
    }
    if (step == Step::TokenDecoded)
        return tr("The response did not carry a readable JWT: %1").arg(m_jwt.error().message);
    return stepExplanation(step);
}

QString FlowView::stepDetail() const
{
    return detailFor(currentStep(), false);
}

int FlowView::pendingSteps() const
{
    return int(m_events.size()) - m_shown;
}

void FlowView::setStepThrough(bool on)
{
    m_stepThroughOn = on;
    if (m_stepThrough->isChecked() != on) {
        const QSignalBlocker blocker(m_stepThrough);
        m_stepThrough->setChecked(on);
    }
    const bool jump = !on && m_shown < m_events.size();
    if (jump)
        m_shown = int(m_events.size());
    render();
    if (jump)
        emit stepShown(currentStep());
}

bool FlowView::isStepThrough() const
{
    return m_stepThroughOn;
}

void FlowView::setMasked(bool masked)
{
    m_masked = masked;
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
    m_reveal->setVisible(masked);
    render();
}

bool FlowView::isMasked() const
{
    return m_masked;
}

QString FlowView::stepTitle(Step step)
{
    switch (step) {
    case Step::Idle:
        return tr("Ready");
    case Step::RequestSent:
        return tr("Request sent");
    case Step::ResponseReceived:
        return tr("Response received");
    case Step::TokenDecoded:
        return tr("Token decoded");
    case Step::HandedToClient:
        return tr("Handed to a client");
    case Step::Failed:
        return tr("Request failed");
    }
    return QString();
}

QString FlowView::stepExplanation(Step step)
{
    switch (step) {
    case Step::Idle:
        return tr("Get a token to watch the request travel from your backend through CAS to a client app.");
    case Step::RequestSent:
        return tr("Your backend asks CAS for a session token with its API key and secret. "
                  "The secret stays on the backend: a front end would leak it to every user.");
    case Step::ResponseReceived:
        return tr("CAS checks the key and secret and answers with {\"token\": …}, "
                  "or with an error such as 401 when they are wrong.");
    case Step::TokenDecoded:
        return tr("The token is a JWT: a header, a payload (rid, unct, iat, exp…) and a signature made with CAS's own key.");
    case Step::HandedToClient:
        return tr("The backend hands the token to the client app; with the Web SDK it joins the session with "
                  "WTSDK.Session.connect(token, displayName). Two clients join the same session only with the very same token.");
    case Step::Failed:
        return tr("No token came back, so the flow stops here: there is nothing to hand to a client.");
    }
    return QString();
}

void FlowView::nextStep()
{
    if (m_shown >= m_events.size())
        return;
    ++m_shown;
    render();
    emit stepShown(currentStep());
}

void FlowView::record(Step step)
{
    m_events.append(step);
    if (m_stepThroughOn && m_shown > 0) {
        render();
        return;
    }
    m_shown = m_stepThroughOn ? 1 : int(m_events.size());
    render();
    emit stepShown(currentStep());
}

bool FlowView::revealed(Step step) const
{
    for (int i = 0; i < m_shown; ++i) {
        if (m_events.at(i) == step)
            return true;
    }
    return false;
}

QString FlowView::maskedKey() const
{
    return m_masked && !m_reveal->isChecked() ? Dots : m_apiKey;
}

QString FlowView::tokenPartSnippet(const QString& part) const
{
    if (m_masked && !m_reveal->isChecked())
        return Dots;
    return part.size() > 12 ? part.left(10) + QStringLiteral("…") : part;
}

QStringList FlowView::chipTexts() const
{
    if (!m_jwt.isValid())
        return {tr("unreadable"), tr("unreadable"), tr("unreadable")};
    QStringList header;
    const QString alg = m_jwt.algorithm();
    const QString typ = headerString(m_jwt.header(), QStringLiteral("typ"));
    if (!alg.isEmpty())
        header << alg;
    if (!typ.isEmpty())
        header << typ;
    const QStringList claims = memberNames(m_jwt.payload());
    return {header.isEmpty() ? tr("no alg") : SafeText::visible(header.join(QStringLiteral(" · "))),
            claims.isEmpty() ? tr("no claims") : SafeText::visible(claims.join(QStringLiteral(" · "))),
            m_jwt.signature().size() == 1 ? tr("1 byte") : tr("%1 bytes").arg(m_jwt.signature().size())};
}

QString FlowView::detailFor(Step step, bool rich) const
{
    const auto esc = [rich](const QString& text) {
        const QString shown = SafeText::visible(text);
        return rich ? shown.toHtmlEscaped() : shown;
    };
    const QString sep = QStringLiteral("  ·  ");
    switch (step) {
    case Step::Idle:
        return QString();
    case Step::RequestSent: {
        QString line = esc(m_method + u' ' + m_url.toDisplayString()) + sep + esc(QStringLiteral("Auth-API-Key: ") + maskedKey()) + sep
            + esc(QStringLiteral("Auth-API-Secret: ") + SecretDots);
        if (m_hops > 0)
            line += sep + esc(m_hops == 1 ? tr("after 1 redirect") : tr("after %1 redirects").arg(m_hops));
        return line;
    }
    case Step::ResponseReceived:
        return esc(tr("HTTP %1  ·  %2 ms").arg(m_httpStatus).arg(m_elapsedMs));
    case Step::TokenDecoded: {
        if (!m_jwt.isValid())
            return esc(m_jwt.error().message);
        const QStringList chips = chipTexts();
        const QString parts[3] = {m_jwt.headerPart(), m_jwt.payloadPart(), m_jwt.signaturePart()};
        const QString names[3] = {tr("header"), tr("payload"), tr("signature")};
        QStringList items;
        for (int i = 0; i < 3; ++i) {
            const QString text = names[i] + u' ' + tokenPartSnippet(parts[i]) + QStringLiteral(": ") + chips.at(i);
            if (rich) {
                items << QStringLiteral("<span style=\"color:%1; font-weight:600\">■ %2</span>")
                             .arg(TokenView::partColor(i, palette()).name(), text.toHtmlEscaped());
            } else {
                items << text;
            }
        }
        return items.join(rich ? QStringLiteral("&nbsp;&nbsp;&nbsp; ") : QStringLiteral("   "));
    }
    case Step::HandedToClient:
        return esc(tr("Handed over: %1").arg(m_how));
    case Step::Failed: {
        QString message = m_error.message.isEmpty() ? tr("The request failed.") : SafeText::visible(m_error.message);
        if (!rich)
            return message;
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(FlowDiagram::lineColor(FlowDiagram::State::Failed, palette()).name(), message.toHtmlEscaped());
    }
    }
    return QString();
}

void FlowView::render()
{
    const Step current = currentStep();
    using S = FlowDiagram::State;

    for (int i = 0; i < 4; ++i) {
        const S state = current == Order[i] ? S::Active : revealed(Order[i]) ? S::Done : S::Pending;
        m_diagram->setBoxState(i, state);
        m_diagram->setArrowState(i, state);
    }
    if (m_shown == 0)
        m_diagram->setBoxState(FlowDiagram::BackendBox, S::Neutral);
    if (current == Step::Failed) {
        if (revealed(Step::ResponseReceived)) {
            m_diagram->setBoxState(FlowDiagram::CasBox, S::Failed);
            m_diagram->setArrowState(FlowDiagram::ResponseArrow, S::Failed);
        } else if (m_error.kind == CasError::Kind::InvalidUrl || m_error.kind == CasError::Kind::InsecureUrl
                   || m_error.kind == CasError::Kind::CaFile) {
            m_diagram->setBoxState(FlowDiagram::BackendBox, S::Failed);
        } else {
            // Connection, TLS or timeout failures: the request did not get through to CAS.
            m_diagram->setBoxState(FlowDiagram::BackendBox, S::Neutral);
            m_diagram->setBoxState(FlowDiagram::CasBox, S::Failed);
            m_diagram->setArrowState(FlowDiagram::RequestArrow, S::Failed);
        }
    }

    const bool sent = revealed(Step::RequestSent);
    const bool answered = revealed(Step::ResponseReceived);
    const bool decoded = revealed(Step::TokenDecoded);
    const bool handed = revealed(Step::HandedToClient);
    const bool failure = revealed(Step::Failed);

    m_diagram->setArrowLabel(FlowDiagram::RequestArrow, sent ? m_method + u' ' + m_url.path() : tr("request"));
    m_diagram->setArrowLabel(FlowDiagram::ResponseArrow,
                             answered      ? tr("HTTP %1 · %2 ms").arg(m_httpStatus).arg(m_elapsedMs)
                                 : failure ? tr("no response")
                                           : tr("response"));
    m_diagram->setArrowLabel(FlowDiagram::TokenArrow, tr("token"));
    m_diagram->setArrowLabel(FlowDiagram::HandArrow, tr("hand over"));
    m_diagram->setBoxSubtitle(FlowDiagram::CasBox, sent ? m_url.authority() : tr("Cluster Authentication Service"));
    m_diagram->setTokenChips(decoded ? chipTexts() : QStringList());
    m_diagram->setBoxPills(FlowDiagram::BackendBox,
                           sent ? QStringList {tr("key: %1").arg(maskedKey()), tr("secret: %1").arg(SecretDots)}
                                : QStringList {tr("API key"), tr("API secret")});
    m_diagram->setBoxPills(FlowDiagram::CasBox, answered ? QStringList {tr("HTTP %1").arg(m_httpStatus)} : QStringList());
    const QStringList platforms {tr("Web"), tr("Android"), tr("iOS")};
    int platform = -1;
    for (int i = 0; handed && i < platforms.size(); ++i) {
        if (m_how.contains(platforms.at(i), Qt::CaseInsensitive))
            platform = i;
    }
    m_diagram->setBoxPills(FlowDiagram::ClientBox, platforms, platform);

    m_diagram->setBoxCaption(FlowDiagram::BackendBox, tr("Keeps the API key and secret. The secret never leaves the backend."));
    if (failure)
        m_diagram->setBoxCaption(FlowDiagram::CasBox,
                                 m_error.message.isEmpty() ? tr("The request failed.") : SafeText::visible(m_error.message), true);
    else
        m_diagram->setBoxCaption(FlowDiagram::CasBox, tr("Checks the key and secret, then issues a session token."));
    m_diagram->setBoxCaption(FlowDiagram::TokenBox, tr("Header, payload and signature, signed with CAS's own key."));
    QString how = m_how;
    if (!how.isEmpty())
        how[0] = how.at(0).toUpper();
    m_diagram->setBoxCaption(FlowDiagram::ClientBox, handed ? how : tr("Joins the session with the token."));

    const int index = [current] {
        for (int i = 0; i < 4; ++i) {
            if (Order[i] == current)
                return i + 1;
        }
        return 0;
    }();
    const QString title = index > 0 ? tr("Step %1 of 4 · %2").arg(index).arg(stepTitle(current)) : stepTitle(current);
    m_title->setText(title);
    m_detail->setText(detailFor(current, true));
    m_explanation->setText(SafeText::visible(explanation(), SafeText::Lines::Multi)); // names claims and alg

    const int pending = pendingSteps();
    QString hint;
    if (m_stepThroughOn && pending > 0)
        hint = tr("Next step ready (Space)");
    else if (m_stepThroughOn && (current == Step::RequestSent || current == Step::ResponseReceived))
        hint = tr("Waiting for CAS…");
    else if (current == Step::TokenDecoded && pending == 0)
        hint = tr("Copy the token or show it as a QR code to hand it over");
    m_pendingHint->setText(hint);
    m_pendingHint->setVisible(!hint.isEmpty());
    m_next->setVisible(m_stepThroughOn);
    m_next->setEnabled(m_stepThroughOn && pending > 0);

    setAccessibleName(tr("Token flow: %1").arg(title));
    setAccessibleDescription(m_explanation->text());
    if (m_served)
        renderServed();
}

void FlowView::keyPressEvent(QKeyEvent* event)
{
    if (m_stepThroughOn && event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Right)) {
        nextStep();
        event->accept();
        return;
    }
    TabPage::keyPressEvent(event);
}

void FlowView::showEvent(QShowEvent* event)
{
    TabPage::showEvent(event);
    // Themed icons read the icon theme from disk: looked up on first show, not at start-up.
    if (m_next->icon().isNull())
        m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
}

void FlowView::resizeEvent(QResizeEvent* event)
{
    TabPage::resizeEvent(event);
    applyScale();
}

// Text grows with the view so a full-screen demo reads from the back of the room. The scale is
// relative to the view's own font (which presentation mode makes larger already), so the larger
// text never asks for more room than the view has.
void FlowView::applyScale()
{
    const qreal line = QFontMetricsF(font()).height();
    const qreal scale = qBound(1.0, qMin(width() / (64 * line), height() / (26 * line)), 2.6);
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    m_diagram->setScale(scale);
    const auto sized = [this, scale](qreal factor) {
        return FontRole::scaled(font(), scale * factor);
    };
    m_title->setFont(FontRole::scaled(font(), scale * 1.2, true));
    m_pendingHint->setFont(sized(0.95));
    for (QWidget* button : {static_cast<QWidget*>(m_reveal), static_cast<QWidget*>(m_stepThrough), static_cast<QWidget*>(m_next)})
        button->setFont(sized(1.0));
    QFont mono = FontRole::monospace();
    mono.setPointSizeF(sized(0.95).pointSizeF());
    m_detail->setFont(mono);
    m_explanation->setFont(sized(1.1));
    const int pad = qRound(8 * scale);
    m_explanation->setContentsMargins(pad + 4, pad, pad, pad);
    m_detail->setMinimumHeight(QFontMetrics(mono).lineSpacing() * 2);
    m_explanation->setMinimumHeight(QFontMetrics(m_explanation->font()).lineSpacing() * 2 + 2 * pad);
}

void FlowView::changeEvent(QEvent* event)
{
    TabPage::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
        applyColours();
        render();
        break;
    case QEvent::FontChange:
        m_scale = 0;
        applyScale();
        break;
    default:
        break;
    }
}

// The explanation sits on a tint of the highlight colour, so it reads on light and dark palettes.
void FlowView::applyColours()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QPalette explanation = pal;
    explanation.setColor(QPalette::Window, mix(base, pal.color(QPalette::Highlight), dark ? 0.18 : 0.09));
    m_explanation->setPalette(explanation);
    QPalette hint = pal;
    hint.setColor(QPalette::WindowText, mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.7));
    m_pendingHint->setPalette(hint);
}
