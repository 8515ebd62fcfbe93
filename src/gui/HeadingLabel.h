#pragma once

#include <QLabel>

/// A heading: plain text, bold, 1.5 times the size of the font around it (what rich text's <h2>
/// shows, to the pixel), and following that font when Settings or presentation mode change it.
/// A rich-text label lays its text out as a whole document, through the HTML parser: the welcome
/// page's heading cost 7 M instructions before the first frame (bench/RESULTS.md).
class HeadingLabel : public QLabel
{
    Q_OBJECT
public:
    static constexpr qreal Scale = 1.5;

    explicit HeadingLabel(QWidget* parent = nullptr);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchParent();
    void applyFont();
};
