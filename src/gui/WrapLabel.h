#pragma once

#include <QFont>
#include <QLabel>

#include <array>

/// A word-wrapped label that remembers the heights it has worked out. Layouts ask a label for its
/// height at a width again and again (each pass, and for each width they try), and QLabel lays its
/// text out anew (line breaking and shaping with HarfBuzz) for every question: before the first
/// frame, the Token view's hint was laid out 35 times and the welcome text 21 times. The answers
/// are kept for the last few widths while the text, the font and the margins stay the same.
///
/// Its minimum width is at most MinimumWidthChars average characters. QLabel wraps only between
/// words, and asks for the widest word as its minimum width: one long word (a pasted URL without
/// a break, a capped rid, text from a server) made the window wider than the screen when a tab
/// was opened. Such a word is cut at the label's edge instead; the label's tooltip or the views
/// that own the text show it whole.
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget* parent = nullptr);
    explicit WrapLabel(const QString& text, QWidget* parent = nullptr);

    static constexpr int MinimumWidthChars = 20;

    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    /// Lays the text out at a width (QLabel's answer); called only for a width not kept.
    virtual int layOutHeight(int width) const;

private:
    struct Answer
    {
        int width = -1;
        int height = 0;
    };
    /// What a height depends on besides the width; the kept answers are dropped when it changes.
    struct Layout
    {
        QString text;
        QFont font;
        QMargins margins;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = true;

        bool operator==(const Layout& other) const;
    };
    Layout currentLayout() const;

    static constexpr int Kept = 4;
    mutable Layout m_layout;
    mutable std::array<Answer, Kept> m_answers {};
    mutable int m_next = 0;
};
