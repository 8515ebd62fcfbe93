#include "gui/AfterFirstPaint.h"

#include "gui/WindowSystem.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

void AfterFirstPaint::run(QWidget* window, std::function<void()> work)
{
    new AfterFirstPaint(window, std::move(work)); // a child of the window, deleted once it has fired
}

AfterFirstPaint::AfterFirstPaint(QWidget* window, std::function<void()> work)
    : QObject(window)
    , m_work(std::move(work))
{
    window->installEventFilter(this);
    QTimer::singleShot(MaxWaitMs, this, &AfterFirstPaint::fire);
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched == parent()) {
        // The rest of the frame (children, flush to the screen) is painted in this same pass: the
        // work waits for the event loop.
        QTimer::singleShot(0, this, &AfterFirstPaint::fire);
    }
    return false;
}

void AfterFirstPaint::fire()
{
    if (m_fired) {
        return;
    }
    m_fired = true;
    parent()->removeEventFilter(this);
    const std::function<void()> work = std::move(m_work);
    deleteLater();
    // The frame has been sent to the X server, not necessarily drawn: work started now would take
    // the CPU from the server while it draws the frame (bench/RESULTS.md, tenth round).
    WindowSystem::sync();
    work();
}
