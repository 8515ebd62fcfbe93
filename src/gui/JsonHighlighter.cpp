#include "gui/JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setSpans(const QList<JsonSpan>& spans)
{
    m_spans = spans;
    rehighlight();
}

void JsonHighlighter::setPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    for (QTextCharFormat& format : m_formats)
        format = QTextCharFormat();
    m_formats[int(JsonSpan::Kind::Punctuation)].setForeground(palette.color(QPalette::Text));
    m_formats[int(JsonSpan::Kind::Key)].setForeground(dark ? QColor(0x8c, 0xc8, 0xff) : QColor(0x0b, 0x4f, 0x9c));
    m_formats[int(JsonSpan::Kind::String)].setForeground(dark ? QColor(0xa5, 0xdc, 0x8c) : QColor(0x2a, 0x6e, 0x12));
    m_formats[int(JsonSpan::Kind::Number)].setForeground(dark ? QColor(0xf5, 0xb8, 0x6e) : QColor(0x9c, 0x46, 0x00));
    m_formats[int(JsonSpan::Kind::Literal)].setForeground(dark ? QColor(0xe0, 0x9c, 0xf0) : QColor(0x7b, 0x1f, 0x8f));
    m_formats[int(JsonSpan::Kind::Literal)].setFontWeight(QFont::DemiBold);
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(JsonSpan::Kind kind) const
{
    return m_formats[int(kind)];
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    // First span that ends after the block starts; spans are in offset order.
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockStart, [](const JsonSpan& span, int offset) {
        return span.start + span.length <= offset;
    });
    for (; it != m_spans.cend() && it->start < blockEnd; ++it) {
        const int start = qMax(it->start, blockStart);
        const int end = qMin(it->start + it->length, blockEnd);
        if (end > start)
            QSyntaxHighlighter::setFormat(start - blockStart, end - start, m_formats[int(it->kind)]);
    }
}
