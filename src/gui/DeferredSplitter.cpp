#include "gui/DeferredSplitter.h"

void DeferredSplitter::addWidget(QWidget* widget)
{
    const int last = count() - 1;
    if (widget != nullptr && last >= 0 && QSplitter::widget(last) == widget) {
        return;
    }
    QSplitter::addWidget(widget);
}
