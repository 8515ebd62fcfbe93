#pragma once

#include <QWidget>

/// A page of a QStackedWidget that is sized by the page in front. QStackedLayout asks every page,
/// hidden ones too, for its size and its height for a width at each layout pass, and a page of
/// word-wrapped labels lays its text out again for each question. A page behind another one
/// therefore reports no size and no height for width; its size is worked out when it comes to
/// the front (showing a page lays its stack out again). The page in front answers as any widget.
class StackPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool isBehindAnotherPage() const;
};
