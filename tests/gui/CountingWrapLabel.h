#pragma once

#include "gui/WrapLabel.h"

/// A WrapLabel that counts how often it lays its text out for a height.
class CountingWrapLabel : public WrapLabel
{
public:
    using WrapLabel::WrapLabel;
    mutable int layouts = 0;

protected:
    int layOutHeight(int width) const override
    {
        ++layouts;
        return WrapLabel::layOutHeight(width);
    }
};
