#include "gui/WrapLabel.h"

#include <QEvent>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

WrapLabel::WrapLabel(QWidget* parent)
    : WrapLabel(QString(), parent)
{ }

WrapLabel::WrapLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

void WrapLabel::makeTextSelectable()
{
    if (textInteractionFlags() & Qt::TextSelectableByMouse) {
        return;
    }
    setTextInteractionFlags(textInteractionFlags() | Qt::TextSelectableByMouse);
    // Setting the word wrap (to what it is) makes QLabel work its sizes out anew and tell its
    // layout; a change of the interaction flags alone does neither.
    setWordWrap(wordWrap());
}

bool WrapLabel::Layout::operator==(const Layout& other) const
{
    return text == other.text && font == other.font && margins == other.margins && margin == other.margin && indent == other.indent
        && frameWidth == other.frameWidth && alignment == other.alignment && format == other.format && wordWrap == other.wordWrap
        && interaction == other.interaction && focusPolicy == other.focusPolicy && buddy == other.buddy && minimumSize == other.minimumSize
        && maximumWidth == other.maximumWidth && dpi == other.dpi;
}

WrapLabel::Layout WrapLabel::currentLayout() const
{
    // What QLabel's answers depend on besides the style (changeEvent): the interaction flags and
    // the focus policy decide whether it lays the text out as a text document, a buddy whether it
    // draws a shortcut, the minimum and maximum sizes bound the widths it tries.
    return {text(),       font(),     contentsMargins(),      margin(),      indent(),           frameWidth(),  alignment(),
            textFormat(), wordWrap(), textInteractionFlags(), focusPolicy(), buddy() != nullptr, minimumSize(), maximumWidth(),
            logicalDpiY()};
}

void WrapLabel::checkLayout() const
{
    Layout layout = currentLayout();
    if (!(layout == m_layout)) {
        m_layout = std::move(layout);
        forget();
    }
}

void WrapLabel::forget() const
{
    m_answers.fill(Answer {});
    m_hints.reset();
}

const WrapLabel::Hints& WrapLabel::hints() const
{
    ensurePolished(); // as QLabel does first: polishing may change the font
    checkLayout();
    if (!m_hints) {
        const QSize minimum = QLabel::minimumSizeHint();
        m_hints = Hints {QLabel::sizeHint(), minimum};
    }
    return *m_hints;
}

std::optional<int> WrapLabel::unwrappedHeight(int width) const
{
    // The height of QLabel's minimum size hint is its text's without a width limit: each
    // paragraph on one line. At a width where each paragraph fits on one line the lines are the
    // same, and so is the height. Only plain text qualifies: no shortcut (a buddy), tab or other
    // control character that QLabel would lay out differently from the paragraphs measured here.
    if (!m_hints || !wordWrap() || buddy() || text().isEmpty()) {
        return std::nullopt;
    }
    const QString& words = m_layout.text;
    const bool plain = textFormat() == Qt::PlainText || (textFormat() == Qt::AutoText && !Qt::mightBeRichText(words));
    const bool controls = std::any_of(words.cbegin(), words.cend(), [](QChar c) {
        return c != u'\n'
            && (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                || c.category() == QChar::Separator_Paragraph);
    });
    if (!plain || controls) {
        return std::nullopt;
    }
    // The width QLabel gives its text at this width, or less: its margins, and an indent even
    // where QLabel would not add it (an indent only on the other side).
    const QMargins margins = contentsMargins();
    int indent = this->indent();
    if (indent < 0 && frameWidth()) {
        indent = fontMetrics().horizontalAdvance(u'x') - 2 * margin();
    }
    const int textWidth = std::max(width, minimumWidth()) - 2 * margin() - std::max(indent, 0) - margins.left() - margins.right();
    // One pixel to spare for rounding: a line fits when its width is at most the line's.
    if (naturalWidth() + 1 > textWidth) {
        return std::nullopt;
    }
    return m_hints->minimum.height();
}

qreal WrapLabel::naturalWidth() const
{
    if (!m_hints->naturalWidth) {
        qreal widest = 0;
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        for (const QString& paragraph : m_layout.text.split(u'\n')) {
            QTextLayout layout(paragraph, font());
            layout.setTextOption(option);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            if (line.isValid()) {
                line.setLineWidth(QWIDGETSIZE_MAX);
                widest = std::max(widest, line.naturalTextWidth());
            }
            layout.endLayout();
        }
        m_hints->naturalWidth = widest;
    }
    return *m_hints->naturalWidth;
}

int WrapLabel::heightForWidth(int width) const
{
    checkLayout();
    const auto known = std::find_if(m_answers.begin(), m_answers.end(), [width](const Answer& answer) {
        return answer.width == width;
    });
    if (known != m_answers.end()) {
        return known->height;
    }
    if (const std::optional<int> height = unwrappedHeight(width)) {
        return *height;
    }
    const int height = layOutHeight(width);
    m_answers[static_cast<size_t>(m_next)] = {width, height};
    m_next = (m_next + 1) % Kept;
    return height;
}

QSize WrapLabel::sizeHint() const
{
    // A picture's size is not kept: a new picture leaves the (empty) text as it was.
    return text().isEmpty() ? QLabel::sizeHint() : hints().size;
}

QSize WrapLabel::minimumSizeHint() const
{
    if (text().isEmpty()) {
        // Text only: a picture (the Serve tab's QR code) keeps its own size.
        return QLabel::minimumSizeHint();
    }
    QSize size = hints().minimum;
    if (wordWrap()) {
        const QMargins margins = contentsMargins();
        const int cap = fontMetrics().averageCharWidth() * MinimumWidthChars + 2 * margin() + margins.left() + margins.right();
        size.setWidth(std::min(size.width(), cap));
    }
    return size;
}

int WrapLabel::layOutHeight(int width) const
{
    return QLabel::heightForWidth(width);
}

void WrapLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // A style or font change that the font() comparison would not see (the style's metrics).
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
}
