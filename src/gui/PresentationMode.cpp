#include "gui/PresentationMode.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QWidget>

PresentationMode::PresentationMode(QAction* action, QWidget* window)
    : QObject(window)
    , m_action(action)
    , m_window(window)
{
    m_action->setCheckable(true);
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        if (on) {
            enterStage();
            emit toggled(true);
        } else {
            emit toggled(false);
            leaveStage();
        }
    });
}

void PresentationMode::setStage(const QList<QWidget*>& foldAway, QBoxLayout* requestBar, QWidget* stageLabel)
{
    m_foldAway.clear();
    for (QWidget* widget : foldAway)
        m_foldAway << widget;
    m_requestBar = requestBar;
    m_stageLabel = stageLabel;
}

bool PresentationMode::isActive() const
{
    return m_action->isChecked();
}

void PresentationMode::setActive(bool active)
{
    m_action->setChecked(active); // applies through toggled
}

void PresentationMode::enterStage()
{
    m_geometry = m_window->geometry();
    m_windowState = m_window->windowState();
    m_folded.clear();
    for (const QPointer<QWidget>& widget : std::as_const(m_foldAway)) {
        if (widget && !widget->isHidden()) {
            m_folded << widget;
            widget->hide();
        }
    }
    if (m_requestBar)
        m_requestBar->setDirection(QBoxLayout::BottomToTop);
    if (m_stageLabel)
        m_stageLabel->show();
}

void PresentationMode::leaveStage()
{
    if (m_stageLabel)
        m_stageLabel->hide();
    if (m_requestBar)
        m_requestBar->setDirection(QBoxLayout::LeftToRight);
    for (const QPointer<QWidget>& widget : std::as_const(m_folded)) {
        if (widget)
            widget->show();
    }
    m_folded.clear();
    // The normal layout needs no more room than it had before the stage, so the window's own
    // geometry fits again once the layout has taken the smaller type.
    if (QLayout* layout = m_window->layout())
        layout->activate();
    if (m_windowState & (Qt::WindowMaximized | Qt::WindowFullScreen))
        m_window->setWindowState(m_windowState);
    else
        m_window->setGeometry(m_geometry);
}

void PresentationMode::applyFontScale(int fontScalePercent)
{
    static const qreal basePointSize = QApplication::font().pointSizeF();
    QFont font = QApplication::font();
    const qreal scale = fontScalePercent / 100.0 * (isActive() ? FontFactor : 1.0);
    font.setPointSizeF(basePointSize * scale);
    QApplication::setFont(font);
}
