#include "gui/StackPage.h"

bool StackPage::hasHeightForWidth() const
{
    return !isBehindAnotherPage() && QWidget::hasHeightForWidth();
}

int StackPage::heightForWidth(int width) const
{
    return isBehindAnotherPage() ? 0 : QWidget::heightForWidth(width);
}

QSize StackPage::sizeHint() const
{
    return isBehindAnotherPage() ? QSize(0, 0) : QWidget::sizeHint();
}

QSize StackPage::minimumSizeHint() const
{
    return isBehindAnotherPage() ? QSize(0, 0) : QWidget::minimumSizeHint();
}

bool StackPage::isBehindAnotherPage() const
{
    return !isWindow() && isHidden();
}
