#pragma once

#include "core/JsonFormatter.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

/// Colours pretty JSON with the spans JsonFormatter computed; it never lexes JSON itself.
/// The document must hold exactly JsonFormatResult::pretty for the spans to line up.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* document);

    /// Spans over the whole text, in offset order. Rehighlights.
    void setSpans(const QList<JsonSpan>& spans);
    /// Picks colours that read on this palette's base colour. Rehighlights.
    void setPalette(const QPalette& palette);
    QTextCharFormat format(JsonSpan::Kind kind) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<JsonSpan> m_spans;
    QTextCharFormat m_formats[5];
};
