#pragma once

#include <QSplitter>

/// A QSplitter that measures its children when it is shown, not each time uic adds one.
///
/// A widget made with the splitter as its parent is in the splitter at once (QSplitter takes in
/// each child widget). uic's addWidget() after that child is built then only measures every
/// child again: the size hints of each whole subtree, every label's text laid out, before the
/// window has its texts. Showing the splitter measures them again. Here addWidget() of the
/// widget that is already last in the splitter does nothing, so a window's splitter measures
/// once, when it is shown: 0.9 M instructions less before the main window's first frame.
///
/// addWidget() hides QSplitter's, which is not virtual: it applies where the splitter is used as
/// a DeferredSplitter (uic's code), and QSplitter's own is right wherever else it is called.
class DeferredSplitter : public QSplitter
{
    Q_OBJECT
public:
    using QSplitter::QSplitter;

    void addWidget(QWidget* widget);
};
