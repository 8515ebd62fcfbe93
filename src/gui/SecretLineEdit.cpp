#include "gui/SecretLineEdit.h"

#include <QAction>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace
{
// Drawn rather than shipped, so it follows the palette and needs no image plugin.
QIcon eyeIcon(bool open, const QColor& colour)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath outline;
    outline.moveTo(6, 32);
    outline.quadTo(32, 4, 58, 32);
    outline.quadTo(32, 60, 6, 32);
    painter.drawPath(outline);
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(32, 32), 8, 8);
    if (!open)
        painter.drawLine(QPointF(10, 54), QPointF(54, 10));
    painter.end();
    return QIcon(pixmap);
}
} // namespace

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(this))
    , m_showText(tr("Show"))
    , m_hideText(tr("Hide"))
{
    m_reveal->setCheckable(true);
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, [this](bool on) {
        refreshReveal();
        emit revealToggled(on);
    });
    refreshReveal();
}

QAction* SecretLineEdit::revealAction() const
{
    return m_reveal;
}

bool SecretLineEdit::isRevealed() const
{
    return m_reveal->isChecked();
}

void SecretLineEdit::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

void SecretLineEdit::setMasking(bool masking)
{
    m_masking = masking;
    m_reveal->setChecked(false);
    refreshReveal();
}

bool SecretLineEdit::isMasking() const
{
    return m_masking;
}

void SecretLineEdit::setRevealTexts(const QString& show, const QString& hide)
{
    m_showText = show;
    m_hideText = hide;
    refreshReveal();
}

void SecretLineEdit::setRevealShortcut(const QKeySequence& shortcut, Qt::ShortcutContext context)
{
    m_reveal->setShortcut(shortcut);
    m_reveal->setShortcutContext(context);
    refreshReveal();
}

void SecretLineEdit::showEvent(QShowEvent* event)
{
    QLineEdit::showEvent(event);
    refreshReveal();
}

void SecretLineEdit::paintEvent(QPaintEvent* event)
{
    QLineEdit::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &SecretLineEdit::refreshReveal);
    }
}

void SecretLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        refreshReveal();
    }
}

void SecretLineEdit::refreshReveal()
{
    const bool shown = !m_masking || m_reveal->isChecked();
    setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setVisible(m_masking);
    // The icon shows what a click does: an open eye to show, a crossed one to hide. A themed icon
    // means reading the icon theme from disk (a third of a start-up), so the drawn eye is shown
    // until the field has been painted once.
    if (isVisible()) {
        const QColor colour = palette().color(QPalette::Text);
        const QIcon drawn = eyeIcon(!m_reveal->isChecked(), colour);
        const QString themed = m_reveal->isChecked() ? QStringLiteral("view-hidden") : QStringLiteral("view-visible");
        m_reveal->setIcon(m_painted ? QIcon::fromTheme(themed, drawn) : drawn);
    }
    const QString text = m_reveal->isChecked() ? m_hideText : m_showText;
    const QString shortcut = m_reveal->shortcut().toString(QKeySequence::NativeText);
    m_reveal->setText(text);
    m_reveal->setToolTip(shortcut.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, shortcut));
}
