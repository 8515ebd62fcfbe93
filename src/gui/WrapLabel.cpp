#include "gui/WrapLabel.h"

#include <QEvent>

#include <algorithm>

WrapLabel::WrapLabel(QWidget* parent)
    : WrapLabel(QString(), parent)
{ }

WrapLabel::WrapLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrapLabel::Layout::operator==(const Layout& other) const
{
    return text == other.text && font == other.font && margins == other.margins && margin == other.margin && indent == other.indent
        && frameWidth == other.frameWidth && alignment == other.alignment && format == other.format && wordWrap == other.wordWrap;
}

WrapLabel::Layout WrapLabel::currentLayout() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), frameWidth(), alignment(), textFormat(), wordWrap()};
}

int WrapLabel::heightForWidth(int width) const
{
    Layout layout = currentLayout();
    if (!(layout == m_layout)) {
        m_layout = std::move(layout);
        m_answers.fill(Answer {});
    }
    const auto known = std::find_if(m_answers.begin(), m_answers.end(), [width](const Answer& answer) {
        return answer.width == width;
    });
    if (known != m_answers.end()) {
        return known->height;
    }
    const int height = layOutHeight(width);
    m_answers[static_cast<size_t>(m_next)] = {width, height};
    m_next = (m_next + 1) % Kept;
    return height;
}

QSize WrapLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    // Text only: a picture (the Serve tab's QR code) keeps its own size.
    if (wordWrap() && !text().isEmpty()) {
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
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        m_answers.fill(Answer {});
    }
}
