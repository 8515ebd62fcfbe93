#pragma once

#include <QWidget>

/// A page of the main window's tabs. QTabWidget sizes itself from all its pages, asking hidden
/// ones too, at each layout pass; the word-wrapped labels of seven pages made that a third of the
/// start-up time. A page fills the space the tabs get, so it reports no height for width, and a
/// page behind another one reports no size: the tabs fit the page in front, and a page's size
/// is worked out when it comes to the front. Inside a page, layouts work as usual (a word-wrapped
/// label still gets the height its width needs).
class TabPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    bool hasHeightForWidth() const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    bool isBehindAnotherPage() const;
};
