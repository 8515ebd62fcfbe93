#pragma once

#include <QStyledItemDelegate>

/// QStyledItemDelegate for a list of one-line text rows (the profile list), drawing the same
/// pixels with the row's text laid out once instead of three times.
///
/// Qt's style draws a row (QCommonStyle's CE_ItemViewItem) by laying its text out to size it,
/// again to see whether it must be elided, and a third time to draw it: in the window's first
/// frame, with 50 profiles, 48 rows cost 11.6 M instructions, the largest part of that frame.
/// Here the row is drawn as QCommonStyle does, in the same places and colours, from one
/// QTextLayout (two when the text is elided): 7.5 M instructions, and the first frame 0.37 ms
/// sooner (bench/RESULTS.md, tenth round). The layout keeps its shaped glyphs for drawing, so
/// each row's text is shaped once: 5.7 M (twelfth round).
///
/// Rows it cannot draw exactly as Qt would are left to QStyledItemDelegate: a style other than
/// Fusion or Windows under AppStyle (another style may draw rows its own way), and a row with an
/// icon, a check box, focus, an editor, wrapping, right-to-left or non-default alignment, text
/// over more than one line, or spaces at its ends. tst_plainrowdelegate compares the pixels with
/// Qt's.
class PlainRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Whether paint() draws a row with this option (after initStyleOption) itself.
    static bool drawsItself(const QStyleOptionViewItem& option);
};
