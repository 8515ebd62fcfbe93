#include "gui/TokenView.h"
#include "gui/FontRole.h"
#include "gui/Masking.h"
#include "ui_TokenView.h"
#include "core/SafeText.h"

#include <QKeySequence>
#include <QTextCharFormat>
#include <QTextCursor>

namespace
{
QString headerString(const JsonFormatResult& header, const QString& key)
{
    QString value;
    for (const JsonMember& member : header.topLevel) {
        if (member.key == key && member.type == JsonMember::Type::String)
            value = member.stringValue;
    }
    return value;
}
} // namespace

TokenView::TokenView(QWidget* parent)
    : TabPage(parent)
    , m_ui(new Ui::TokenView)
    , m_revealButton(new QPushButton(tr("Reveal to&ken"), this))
{
    m_ui->setupUi(this);
    // One line, cut at the view's edge when it is too long: the header's alg, typ and kid are
    // anyone's text, and a label asks for its whole line as its minimum width otherwise (a
    // 3000-character kid made the window 63,000 px wide).
    m_ui->tokenSummary->setMinimumWidth(1);
    m_revealButton->setObjectName(QStringLiteral("revealToken"));
    m_revealButton->setCheckable(true);
    m_revealButton->setToolTip(tr("Presentation mode hides the token; show it on screen"));
    m_revealButton->hide();
    m_ui->buttonRow->insertWidget(m_ui->buttonRow->indexOf(m_ui->copyPayload) + 1, m_revealButton);
    connect(m_revealButton, &QPushButton::toggled, this, [this] {
        renderToken();
    });

    m_ui->tokenEmptyHint->setText(tr("No token yet. Press %1 to get one, or paste a token (%2) to decode it.")
                                      .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                                           QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));

    m_ui->rawToken->setFont(FontRole::monospace());
    m_ui->rawToken->setWordWrapMode(QTextOption::WrapAnywhere);
    m_ui->rawToken->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->rawToken->setReadOnly(true);
    m_ui->rawToken->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ui->rawToken->setTabChangesFocus(true);

    connect(m_ui->copyToken, &QPushButton::clicked, this, [this] {
        emit copyRequested(m_jwt.compact(), ClipboardService::Sensitivity::Secret, tr("Token"));
    });
    connect(m_ui->copyHeader, &QPushButton::clicked, this, [this] {
        emit copyRequested(QString::fromUtf8(m_jwt.headerJson()), ClipboardService::Sensitivity::Plain, tr("Header JSON"));
    });
    connect(m_ui->copyPayload, &QPushButton::clicked, this, [this] {
        emit copyRequested(QString::fromUtf8(m_jwt.payloadJson()), ClipboardService::Sensitivity::Plain, tr("Payload JSON"));
    });
    clear();
}

TokenView::~TokenView() = default;

void TokenView::setToken(const Jwt& jwt)
{
    if (!jwt.isValid() || jwt.compact().isEmpty()) {
        clear();
        return;
    }
    m_jwt = jwt;
    m_hasToken = true;
    {
        const QSignalBlocker blocker(m_revealButton);
        m_revealButton->setChecked(false);
    }
    m_revealButton->setVisible(m_masked);
    renderToken();
    m_ui->tokenSummary->setText(summary());
    m_ui->expiryBadge->setToken(jwt);
    m_ui->tokenStack->setCurrentWidget(m_ui->tokenPage);
}

void TokenView::clear()
{
    m_jwt = Jwt();
    m_hasToken = false;
    m_revealButton->hide();
    m_ui->rawToken->clear();
    m_ui->tokenSummary->clear();
    m_ui->expiryBadge->clear();
    m_ui->tokenStack->setCurrentWidget(m_ui->emptyPage);
}

Jwt TokenView::token() const
{
    return m_jwt;
}

bool TokenView::hasToken() const
{
    return m_hasToken;
}

void TokenView::refresh()
{
    m_ui->expiryBadge->refresh();
}

QColor TokenView::partColor(int part, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (part) {
    case 0:
        return dark ? QColor(0xff, 0x7a, 0xa8) : QColor(0xb0, 0x12, 0x4f);
    case 1:
        return dark ? QColor(0xd4, 0xa5, 0xff) : QColor(0x6a, 0x1b, 0x9a);
    default:
        return dark ? QColor(0x5c, 0xd6, 0xe8) : QColor(0x00, 0x6b, 0x7a);
    }
}

void TokenView::changeEvent(QEvent* event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasToken)
        renderToken();
}

void TokenView::setMasked(bool masked)
{
    m_masked = masked;
    m_revealButton->setChecked(false);
    m_revealButton->setVisible(masked && m_hasToken);
    if (m_hasToken) {
        renderToken();
    }
}

bool TokenView::isTokenHidden() const
{
    return m_masked && !m_revealButton->isChecked();
}

void TokenView::renderToken()
{
    QPlainTextEdit* view = m_ui->rawToken;
    view->clear();
    if (isTokenHidden()) {
        // Three masked parts keep the shape of a JWT visible without showing the credential.
        const QString parts[3] = {Masking::mask(), Masking::mask(), Masking::mask()};
        QTextCursor cursor(view->document());
        for (int i = 0; i < 3; ++i) {
            if (i > 0)
                cursor.insertText(QStringLiteral("."));
            QTextCharFormat format;
            format.setForeground(partColor(i, view->palette()));
            cursor.insertText(parts[i], format);
        }
        QTextCharFormat hint;
        hint.setForeground(view->palette().brush(QPalette::PlaceholderText));
        cursor.insertText(QLatin1Char('\n') + tr("Hidden in presentation mode: press Reveal token to show it."), hint);
        return;
    }
    // One insert and formats applied inside one edit block: the (possibly huge) line is laid out
    // once, not once per part.
    QString parts[3] = {m_jwt.headerPart(), m_jwt.payloadPart(), m_jwt.signaturePart()};
    // A megabyte token would take a second to lay out: show its start, say how much is left out.
    qsizetype hidden = 0;
    for (QString& part : parts) {
        if (part.size() > MaxDisplayedPartChars) {
            hidden += part.size() - MaxDisplayedPartChars;
            part = part.left(MaxDisplayedPartChars) + QChar(0x2026);
        }
    }
    QTextCursor cursor(view->document());
    cursor.beginEditBlock();
    cursor.insertText(parts[0] + QLatin1Char('.') + parts[1] + QLatin1Char('.') + parts[2]);
    int start = 0;
    for (int i = 0; i < 3; ++i) {
        QTextCharFormat format;
        format.setForeground(partColor(i, view->palette()));
        cursor.setPosition(start);
        cursor.setPosition(start + int(parts[i].size()), QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
        start += int(parts[i].size()) + 1;
    }
    if (hidden > 0) {
        QTextCharFormat hint;
        hint.setForeground(view->palette().brush(QPalette::PlaceholderText));
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QLatin1Char('\n') + tr("%1 characters are not shown; Copy token copies the whole token.").arg(hidden), hint);
    }
    cursor.endEditBlock();
    view->moveCursor(QTextCursor::Start);
}

QString TokenView::summary() const
{
    QStringList items;
    const QString alg = m_jwt.algorithm();
    items << (alg.isEmpty() ? tr("no alg") : alg);
    const QString typ = headerString(m_jwt.header(), QStringLiteral("typ"));
    if (!typ.isEmpty())
        items << typ;
    const QString kid = m_jwt.keyId();
    if (!kid.isEmpty())
        items << tr("kid %1").arg(kid);
    items << tr("%1 bytes").arg(m_jwt.compact().toUtf8().size());
    return SafeText::visible(items.join(QStringLiteral(" · ")));
}
