#pragma once

#include "gui/StackPage.h"

/// A page of the main window's tabs. QTabWidget sizes itself from all its pages at each layout
/// pass; the word-wrapped labels of seven pages made that a third of the start-up time. Besides
/// what a StackPage does, a tab page fills the space the tabs get, so it reports no height for
/// width even in front. Inside a page, layouts work as usual (a word-wrapped label still gets the
/// height its width needs).
class TabPage : public StackPage
{
    Q_OBJECT
public:
    using StackPage::StackPage;

    bool hasHeightForWidth() const override;
};
