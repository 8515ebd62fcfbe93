#include "gui/TabPage.h"

bool TabPage::hasHeightForWidth() const
{
    return false;
}

QSize TabPage::sizeHint() const
{
    return isBehindAnotherPage() ? QSize(0, 0) : QWidget::sizeHint();
}

QSize TabPage::minimumSizeHint() const
{
    return isBehindAnotherPage() ? QSize(0, 0) : QWidget::minimumSizeHint();
}

bool TabPage::isBehindAnotherPage() const
{
    return !isWindow() && isHidden();
}
