#include "gui/ClipboardService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace
{
const QString KdeHint = QStringLiteral("x-kde-passwordManagerHint");
const QString WindowsExclude = QStringLiteral("ExcludeClipboardContentFromMonitorProcessing");
const QString MacConcealed = QStringLiteral("application/x-nspasteboard-concealed-type");
} // namespace

ClipboardService::ClipboardService(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardService::tick);
}

ClipboardService::~ClipboardService()
{
    clearIfOurs();
}

void ClipboardService::setClearDelaySeconds(int seconds)
{
    m_clearDelaySeconds = qMax(0, seconds);
    if (m_clearDelaySeconds == 0 && m_secondsLeft > 0) {
        m_timer.stop();
        m_secondsLeft = -1;
        emit countdownChanged(-1);
    }
}

int ClipboardService::clearDelaySeconds() const
{
    return m_clearDelaySeconds;
}

QMimeData* ClipboardService::makeMimeData(const QString& text, Sensitivity sensitivity)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    if (sensitivity == Sensitivity::Secret) {
        mime->setData(KdeHint, QByteArrayLiteral("secret"));
        mime->setData(WindowsExclude, QByteArray(4, '\0'));
        mime->setData(MacConcealed, QByteArray());
    }
    return mime;
}

void ClipboardService::copy(const QString& text, Sensitivity sensitivity)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setMimeData(makeMimeData(text, sensitivity), QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        clipboard->setMimeData(makeMimeData(text, sensitivity), QClipboard::Selection);
    }
    if (sensitivity == Sensitivity::Secret && m_clearDelaySeconds > 0) {
        m_lastSecret = text;
        m_secondsLeft = m_clearDelaySeconds;
        m_timer.start();
        emit countdownChanged(m_secondsLeft);
    } else if (m_secondsLeft > 0) {
        m_timer.stop();
        m_secondsLeft = -1;
        m_lastSecret.clear();
        emit countdownChanged(-1);
    }
}

bool ClipboardService::holdsOurText(QClipboard* clipboard) const
{
    return !m_lastSecret.isEmpty() && clipboard->text(QClipboard::Clipboard) == m_lastSecret;
}

void ClipboardService::clearIfOurs()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || m_lastSecret.isEmpty()) {
        return;
    }
    if (holdsOurText(clipboard)) {
        clipboard->clear(QClipboard::Clipboard);
    }
    if (clipboard->supportsSelection() && clipboard->text(QClipboard::Selection) == m_lastSecret) {
        clipboard->clear(QClipboard::Selection);
    }
    m_lastSecret.clear();
}

int ClipboardService::secondsUntilClear() const
{
    return m_secondsLeft;
}

void ClipboardService::tick()
{
    if (!holdsOurText(QGuiApplication::clipboard())) {
        // Someone else owns the clipboard now: leave it alone.
        m_timer.stop();
        m_secondsLeft = -1;
        m_lastSecret.clear();
        emit countdownChanged(-1);
        return;
    }
    --m_secondsLeft;
    if (m_secondsLeft <= 0) {
        m_timer.stop();
        clearIfOurs();
        m_secondsLeft = -1;
        emit countdownChanged(0);
        return;
    }
    emit countdownChanged(m_secondsLeft);
}
