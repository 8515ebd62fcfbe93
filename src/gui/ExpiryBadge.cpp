#include "gui/ExpiryBadge.h"
#include "core/Duration.h"

#include "core/Clock.h"
#include "gui/VisibleTicker.h"

#include <QPainter>

namespace
{
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

ExpiryBadge::ExpiryBadge(QWidget* parent)
    : QLabel(parent)
{
    setContentsMargins(10, 4, 10, 4);
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setAccessibleDescription(tr("Token expiry status, updated every second"));
    m_ticker = new VisibleTicker(this, [this] {
        return m_hasToken && (m_exp || m_nbf);
    });
    connect(m_ticker, &VisibleTicker::tick, this, &ExpiryBadge::refresh);
    clear();
}

void ExpiryBadge::setToken(const Jwt& jwt)
{
    m_jwt = jwt;
    m_hasToken = true;
    m_exp = jwt.numericClaim(QStringLiteral("exp"));
    m_nbf = jwt.numericClaim(QStringLiteral("nbf"));
    QStringList tip;
    for (const JwtTimeClaim& claim : jwt.timeClaims()) {
        if (claim.name == QLatin1String("iat"))
            continue;
        const QDateTime utc = claim.utc();
        tip << tr("%1: %2 (local) / %3 UTC")
                   .arg(claim.name, utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    setToolTip(tip.join(QLatin1Char('\n')));
    refresh();
    m_ticker->recheck();
}

void ExpiryBadge::clear()
{
    m_jwt = Jwt();
    m_hasToken = false;
    m_exp.reset();
    m_nbf.reset();
    setToolTip(QString());
    refresh();
    m_ticker->recheck();
}

Jwt::Expiry ExpiryBadge::state() const
{
    return m_state;
}

void ExpiryBadge::setSoonSeconds(qint64 seconds)
{
    m_soonSeconds = seconds;
    refresh();
}

bool ExpiryBadge::isTicking() const
{
    return m_ticker->isTicking();
}

void ExpiryBadge::refresh()
{
    const QDateTime now = Clock::now();
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const Jwt::Expiry state = m_hasToken ? m_jwt.expiry(now, m_soonSeconds) : Jwt::Expiry::NoExpiry;
    QString text;
    switch (state) {
    case Jwt::Expiry::NoExpiry:
        text = m_hasToken ? tr("No expiry") : QString();
        break;
    case Jwt::Expiry::NotYetValid:
        text = tr("Not yet valid · in %1").arg(Duration::precise(*m_nbf - nowSeconds));
        break;
    case Jwt::Expiry::Valid:
        text = tr("Valid · expires in %1").arg(Duration::precise(*m_exp - nowSeconds));
        break;
    case Jwt::Expiry::ExpiresSoon:
        text = tr("Expires soon · %1 left").arg(Duration::precise(*m_exp - nowSeconds));
        break;
    case Jwt::Expiry::Expired: {
        const qint64 ago = nowSeconds - *m_exp;
        text = ago == 0 ? tr("Expired · just now") : tr("Expired · %1 ago").arg(Duration::coarse(ago));
        break;
    }
    }
    setText(text);
    if (state != m_state) {
        m_state = state;
        update();
        emit stateChanged(state);
    }
}

QColor ExpiryBadge::backgroundColor(Jwt::Expiry state, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case Jwt::Expiry::Valid:
        return dark ? QColor(0x1e, 0x45, 0x26) : QColor(0xd7, 0xf0, 0xdb);
    case Jwt::Expiry::ExpiresSoon:
        return dark ? QColor(0x4d, 0x3b, 0x05) : QColor(0xff, 0xed, 0xb8);
    case Jwt::Expiry::Expired:
        return dark ? QColor(0x52, 0x1e, 0x1e) : QColor(0xfa, 0xd8, 0xd8);
    case Jwt::Expiry::NotYetValid:
        return dark ? QColor(0x1d, 0x33, 0x52) : QColor(0xd9, 0xe6, 0xfa);
    case Jwt::Expiry::NoExpiry:
        break;
    }
    return palette.color(QPalette::AlternateBase);
}

QColor ExpiryBadge::textColor(Jwt::Expiry state, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case Jwt::Expiry::Valid:
        return dark ? QColor(0xa8, 0xe6, 0xb0) : QColor(0x14, 0x5a, 0x1e);
    case Jwt::Expiry::ExpiresSoon:
        return dark ? QColor(0xff, 0xd8, 0x6b) : QColor(0x6e, 0x47, 0x00);
    case Jwt::Expiry::Expired:
        return dark ? QColor(0xff, 0xa8, 0xa8) : QColor(0x8c, 0x16, 0x16);
    case Jwt::Expiry::NotYetValid:
        return dark ? QColor(0x9e, 0xc9, 0xff) : QColor(0x12, 0x3c, 0x82);
    case Jwt::Expiry::NoExpiry:
        break;
    }
    return palette.color(QPalette::Text);
}

void ExpiryBadge::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    if (text().isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor background = backgroundColor(m_state, palette());
    const QColor foreground = textColor(m_state, palette());
    QColor border = foreground;
    border.setAlpha(90);
    painter.setPen(QPen(border, 1));
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter.setPen(foreground);
    painter.drawText(contentsRect(), int(alignment()), text());
}
