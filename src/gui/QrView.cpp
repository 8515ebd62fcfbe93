#include "gui/QrView.h"
#include "core/Duration.h"

#include "core/Clock.h"
#include "gui/ExpiryBadge.h"
#include "gui/FontRole.h"
#include "core/SafeText.h"
#include "gui/VisibleTicker.h"
#include "gui/WrapLabel.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSaveFile>
#include <QPushButton>
#include <QSpacerItem>
#include <QVBoxLayout>

#include <cstring>

QrView::QrView(QWidget* parent)
    : TabPage(parent)
{
    setObjectName(QStringLiteral("qrView"));
    setAccessibleName(tr("Token as a QR code"));
    auto* layout = new QVBoxLayout(this);
    m_codeArea = new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Expanding);
    layout->addItem(m_codeArea);
    m_message = new WrapLabel(this);
    m_message->setObjectName(QStringLiteral("qrMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    m_belowMessage = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
    layout->addItem(m_belowMessage);
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("qrExpiry"));
    m_expiry->setAlignment(Qt::AlignCenter);
    m_expiry->setTextFormat(Qt::PlainText);
    m_expiry->setAccessibleDescription(tr("Token expiry, updated every second"));
    m_expiry->setFont(FontRole::scaled(font(), 1.15));
    layout->addWidget(m_expiry);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_reveal = new QPushButton(tr("Reveal the c&ode"), this);
    m_reveal->setObjectName(QStringLiteral("revealQrCode"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Presentation mode hides the QR code, since it carries the token; show it on screen"));
    m_reveal->hide();
    connect(m_reveal, &QPushButton::toggled, this, &QrView::updateCode);
    buttons->addWidget(m_reveal);
    m_save = new QPushButton(tr("Sav&e as PNG…"), this);
    m_save->setObjectName(QStringLiteral("qrSavePng"));
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &QrView::saveAs);
    m_ticker = new VisibleTicker(this, [this] {
        return m_hasToken && m_exp.has_value();
    });
    connect(m_ticker, &VisibleTicker::tick, this, &QrView::refresh);
    clear();
}

void QrView::setToken(const Jwt& jwt)
{
    m_hasToken = jwt.isValid();
    m_exp = jwt.numericClaim(QStringLiteral("exp"));
    m_code.reset();
    if (!m_hasToken) {
        m_problem = jwt.error().message.isEmpty() ? tr("No token to show.") : jwt.error().message;
    } else {
        m_code = QrCode::encode(jwt.compact().toUtf8(), &m_problem);
    }
    {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false);
    }
    updateCode();
    refresh();
    m_ticker->recheck();
}

void QrView::clear()
{
    m_hasToken = false;
    m_exp.reset();
    m_code.reset();
    m_problem = tr("No token yet. Get one (Ctrl+Return) or paste one to show it as a QR code.");
    updateCode();
    refresh();
    m_ticker->recheck();
}

void QrView::setMasked(bool masked)
{
    m_masked = masked;
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
    updateCode();
}

bool QrView::isCodeHidden() const
{
    return m_code && m_masked && !m_reveal->isChecked();
}

void QrView::updateCode()
{
    const bool shown = m_code && !isCodeHidden();
    if (!m_code) {
        m_message->setText(SafeText::visible(m_problem));
    } else if (!shown) {
        m_message->setText(tr("Presentation mode hides the QR code: it carries the token."));
    }
    m_message->setVisible(!shown);
    m_reveal->setVisible(m_masked && m_code);
    m_save->setEnabled(shown);
    updateLayout();
    setMinimumSize(shown ? QSize(1, 1) * (m_code->size() + 2 * QuietZone) * 2 : QSize(0, 0));
    update();
}

bool QrView::hasCode() const
{
    return m_code.has_value();
}

QImage QrView::codeImage(int moduleSize) const
{
    return m_code ? imageOf(*m_code, moduleSize) : QImage();
}

QImage QrView::imageOf(const QrCode& code, int moduleSize)
{
    if (moduleSize < 1)
        return {};
    const int side = code.rasterSide(moduleSize);
    const QByteArray pixels = code.raster(moduleSize);
    QImage image(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y)
        std::memcpy(image.scanLine(y), pixels.constData() + qsizetype(y) * side, size_t(side));
    return image;
}

int QrView::moduleSize() const
{
    if (!m_code)
        return 0;
    const QRect area = m_codeArea->geometry();
    return qMax(1, qMin(area.width(), area.height()) / (m_code->size() + 2 * QuietZone));
}

QString QrView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString QrView::expiryText() const
{
    return m_expiry->text();
}

bool QrView::savePng(const QString& path, QString* error) const
{
    if (!m_code) {
        if (error)
            *error = tr("There is no QR code to save.");
        return false;
    }
    const QByteArray png = m_code->toPng(8);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: check that the folder exists and is writable.").arg(path);
        return false;
    }
    return true;
}

void QrView::refresh()
{
    if (!m_hasToken) {
        m_expiry->clear();
        m_expiry->hide();
        return;
    }
    m_expiry->show();
    if (!m_exp) {
        m_expiry->setText(tr("No expiry"));
        return;
    }
    const QDateTime expUtc = QDateTime::fromSecsSinceEpoch(*m_exp, Qt::UTC);
    const QString when = expUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
    const qint64 left = *m_exp - Clock::now().toSecsSinceEpoch();
    if (left > 0)
        m_expiry->setText(tr("Expires %1 · in %2").arg(when, Duration::precise(left)));
    else if (left == 0)
        m_expiry->setText(tr("Expired %1 · just now").arg(when));
    else
        m_expiry->setText(tr("Expired %1 · %2 ago").arg(when, Duration::coarse(-left)));
    const Jwt::Expiry state = left <= 0 ? Jwt::Expiry::Expired : left <= 300 ? Jwt::Expiry::ExpiresSoon : Jwt::Expiry::Valid;
    QPalette palette = m_expiry->palette();
    palette.setColor(QPalette::WindowText,
                     state == Jwt::Expiry::Valid ? this->palette().color(QPalette::WindowText)
                                                 : ExpiryBadge::textColor(state, this->palette()));
    m_expiry->setPalette(palette);
}

QRect QrView::codeRect() const
{
    if (!m_code)
        return {};
    const QRect area = m_codeArea->geometry();
    const int side = moduleSize() * (m_code->size() + 2 * QuietZone);
    return QRect(area.x() + (area.width() - side) / 2, area.y() + (area.height() - side) / 2, side, side);
}

void QrView::changeEvent(QEvent* event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_expiry->setFont(FontRole::scaled(font(), 1.15));
}

void QrView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    if (!m_code || isCodeHidden())
        return;
    const QRect target = codeRect();
    QPainter painter(this);
    // One module = a whole number of device pixels, so edges stay sharp on scaled screens too.
    const qreal ratio = devicePixelRatioF();
    const int devicePixels = qMax(1, int(target.width() * ratio) / (m_code->size() + 2 * QuietZone));
    QImage image = codeImage(devicePixels);
    image.setDevicePixelRatio(ratio);
    painter.drawImage(target.topLeft(), image);
}

void QrView::updateLayout()
{
    // Without a code the message sits in the middle, not at the bottom of an empty square.
    m_belowMessage->changeSize(0, 0, QSizePolicy::Minimum, m_code && !isCodeHidden() ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    layout()->invalidate();
}

void QrView::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save QR Code"), QStringLiteral("cas-token-qr.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (savePng(path, &error)) {
        emit saved(path);
    } else {
        m_message->setText(error);
        m_message->show();
    }
}
