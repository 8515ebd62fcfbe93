#include "gui/PlainRowDelegate.h"

#include "gui/AppStyle.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace
{
/// Text QTextLayout lays out on one line, the same way with or without wrapping: no line or
/// paragraph breaks, no control characters, no spaces at the ends (trailing spaces count
/// differently), and no U+009C (QFontMetrics::elidedText reads it as a separator of variants).
bool isOneLine(const QString& text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace()) {
        return false;
    }
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
    });
}

/// Lays text out on one line lineWidth wide, as QCommonStyle does for a row.
void layOut(QTextLayout& layout, const QTextOption& option, int lineWidth)
{
    // Keeps the shaped glyphs for draw(): without the cache, endLayout() drops them and draw()
    // shapes the text again.
    layout.setCacheEnabled(true);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(lineWidth);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
}
} // namespace

bool PlainRowDelegate::drawsItself(const QStyleOptionViewItem& option)
{
    constexpr auto Extras = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    const Qt::Alignment alignment = QStyle::visualAlignment(option.direction, option.displayAlignment);
    return option.features.testFlag(QStyleOptionViewItem::HasDisplay) && !(option.features & Extras) && option.icon.isNull()
        && !(option.state & (QStyle::State_HasFocus | QStyle::State_Editing)) && option.direction == Qt::LeftToRight
        && option.decorationPosition == QStyleOptionViewItem::Left
        && (alignment & ~Qt::AlignAbsolute & Qt::AlignHorizontal_Mask) == Qt::AlignLeft && isOneLine(option.text);
}

void PlainRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    const QWidget* widget = row.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    if (!drawsItself(row) || !AppStyle::drawsRowsAsQCommonStyle(style)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // What QCommonStyle's CE_ItemViewItem does for such a row, in the same order and with the
    // same arithmetic (QCommonStylePrivate::viewItemLayout, viewItemDrawText and
    // calculateElidedText). With the text aligned left and never wrapped, where it is drawn does
    // not depend on the line's width, so the layout that measures it also draws it.
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(row.direction);
    textOption.setAlignment(QStyle::visualAlignment(row.direction, row.displayAlignment));
    QTextLayout layout(row.text, row.font);
    layOut(layout, textOption, row.rect.width());
    const QTextLine line = layout.lineAt(0);

    // The text's rectangle: the whole row when the style selects it whole, else the text's size
    // with the focus frame's margins, aligned in the row.
    const int sizeMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &row, widget) + 1;
    const QSize textSize(int(std::ceil(line.naturalTextWidth())) + 2 * sizeMargin, int(std::ceil(line.height())));
    const QRect textRect = row.showDecorationSelected
        ? row.rect
        : QStyle::alignedRect(row.direction, row.displayAlignment, textSize.boundedTo(row.rect.size()), row.rect);
    const int drawMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect drawRect = textRect.adjusted(drawMargin, 0, -drawMargin, 0);
    const int top = QStyle::alignedRect(Qt::LayoutDirectionAuto, row.displayAlignment,
                                        QSize(0, layout.boundingRect().size().toSize().height()), drawRect)
                        .top();
    if (line.height() + top <= drawRect.top()) {
        // Qt would skip the line as above the row: too rare to copy.
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    painter->save();
    // As QCommonStyle: a clip the painter has already is kept.
    painter->setClipRegion(painter->hasClipping() ? (painter->clipRegion() & row.rect) : QRegion(row.rect));
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &row, painter, widget);
    QPalette::ColorGroup group = row.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(row.state & QStyle::State_Active)) {
        group = QPalette::Inactive;
    }
    painter->setPen(row.palette.color(group, row.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QPointF position(drawRect.x(), top);
    if (line.naturalTextWidth() > drawRect.width()) {
        QTextLayout elided(QFontMetrics(row.font).elidedText(row.text, row.textElideMode, drawRect.width()), row.font);
        layOut(elided, textOption, drawRect.width());
        elided.draw(painter, position);
    } else {
        layout.draw(painter, position);
    }
    painter->restore();
}
