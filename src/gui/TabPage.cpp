#include "gui/TabPage.h"

bool TabPage::hasHeightForWidth() const
{
    return false;
}
