#include "gui/HeadingLabel.h"

#include "gui/FontRole.h"

#include <QApplication>
#include <QEvent>

HeadingLabel::HeadingLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    watchParent();
}

bool HeadingLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ParentAboutToChange && parentWidget()) {
        parentWidget()->removeEventFilter(this);
    }
    const bool handled = QLabel::event(event);
    if (event->type() == QEvent::ParentChange) {
        watchParent();
    }
    return handled;
}

// The heading's own font is set, so Qt no longer hands it the font around it: the parent's
// FontChange says when that font has changed.
bool HeadingLabel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::FontChange) {
        applyFont();
    }
    return QLabel::eventFilter(watched, event);
}

void HeadingLabel::watchParent()
{
    if (parentWidget()) {
        parentWidget()->installEventFilter(this);
    }
    applyFont();
}

void HeadingLabel::applyFont()
{
    setFont(FontRole::scaled(parentWidget() ? parentWidget()->font() : QApplication::font(this), Scale, true));
}
