#pragma once

#include <QFont>
#include <QLabel>

#include <array>
#include <optional>

/// A word-wrapped label that remembers its sizes. Layouts ask a label for its size hints and its
/// height at a width again and again (each pass, and for each width they try), and QLabel lays
/// its text out anew (line breaking and shaping with HarfBuzz) for every question: before the
/// first frame, the Token view's hint was laid out 35 times and the welcome text 21 times. A
/// selectable label pays three layouts of its text document for each question (it lays the
/// document out at the width asked, then back at its own). The answers are QLabel's own; they
/// are kept while the text, the font, the margins and the rest of what they depend on stay the
/// same: the size hints, the heights at the last few widths, and every height at a width where
/// the text needs no more lines than without a limit.
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

    /// Lets the text be selected with the mouse from now on, and measures the label again: QLabel
    /// keeps the sizes it worked out for its text as plain text, and an empty text is one line
    /// tall once it is a text document.
    void makeTextSelectable();

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    /// Lays the text out at a width (QLabel's answer); called only for a width not kept.
    virtual int layOutHeight(int width) const;

private:
    /// QLabel's sizeHint() and minimumSizeHint() (before the width cap).
    struct Hints
    {
        QSize size;
        QSize minimum;
        /// The widest paragraph's width on one line, once asked for.
        std::optional<qreal> naturalWidth;
    };
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
        Qt::TextInteractionFlags interaction;
        Qt::FocusPolicy focusPolicy = Qt::NoFocus;
        bool buddy = false;
        QSize minimumSize;
        int maximumWidth = 0;
        int dpi = 0;

        bool operator==(const Layout& other) const;
    };
    Layout currentLayout() const;
    /// Drops what is kept when anything it depends on has changed.
    void checkLayout() const;
    const Hints& hints() const;
    /// The height at a width where every paragraph fits on one line, or std::nullopt when that
    /// is not known without laying the text out at that width.
    std::optional<int> unwrappedHeight(int width) const;
    qreal naturalWidth() const;
    void forget() const;

    static constexpr int Kept = 4;
    mutable Layout m_layout;
    mutable std::optional<Hints> m_hints;
    mutable std::array<Answer, Kept> m_answers {};
    mutable int m_next = 0;
};
