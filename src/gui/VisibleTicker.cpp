#include "gui/VisibleTicker.h"

#include <QEvent>
#include <QWidget>

VisibleTicker::VisibleTicker(QWidget* widget, std::function<bool()> needed)
    : QObject(widget)
    , m_widget(widget)
    , m_needed(std::move(needed))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &VisibleTicker::tick);
    widget->installEventFilter(this);
}

void VisibleTicker::recheck()
{
    const bool needed = m_widget->isVisible() && m_needed();
    if (needed && !m_timer.isActive()) {
        m_timer.start();
    } else if (!needed) {
        m_timer.stop();
    }
}

bool VisibleTicker::isTicking() const
{
    return m_timer.isActive();
}

bool VisibleTicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget) {
        if (event->type() == QEvent::Show) {
            emit tick();
            recheck();
        } else if (event->type() == QEvent::Hide) {
            recheck();
        }
    }
    return QObject::eventFilter(watched, event);
}
