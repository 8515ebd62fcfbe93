#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

/// The painted part of the flow view: four boxes (your backend, CAS, the JWT, the client SDK)
/// left to right, the arrows between them and a caption under each box. It only draws what it
/// is told; FlowView decides which element is pending, active, done or failed.
class FlowDiagram : public QWidget
{
    Q_OBJECT
public:
    enum class State { Pending, Neutral, Active, Done, Failed };
    enum Box { BackendBox, CasBox, TokenBox, ClientBox, BoxCount };
    enum Arrow { RequestArrow, ResponseArrow, TokenArrow, HandArrow, ArrowCount };

    explicit FlowDiagram(QWidget* parent = nullptr);

    void setBoxState(int box, State state);
    State boxState(int box) const;
    void setBoxSubtitle(int box, const QString& text);
    void setBoxCaption(int box, const QString& text, bool error = false);
    QString boxCaption(int box) const;
    void setArrowState(int arrow, State state);
    State arrowState(int arrow) const;
    void setArrowLabel(int arrow, const QString& text);
    QString arrowLabel(int arrow) const;
    /// Small rounded labels inside a box under its subtitle; emphasized = the index drawn filled.
    void setBoxPills(int box, const QStringList& pills, int emphasized = -1);
    QStringList boxPills(int box) const;
    int emphasizedPill(int box) const;
    /// Header, payload and signature chip texts; empty for the greyed placeholders.
    void setTokenChips(const QStringList& chips);
    QStringList tokenChips() const;

    /// Text size relative to the widget font (presentation sizes), at least 1.
    void setScale(qreal scale);
    qreal scale() const;

    /// Where a box is painted, in widget coordinates.
    QRectF boxRect(int box) const;
    /// Where a box's caption is painted (wrapped to as many lines as it needs).
    QRectF captionRect(int box) const;
    /// Whether every title, pill, chip, caption and arrow label fits where it is painted, whole
    /// and unelided. The diagram lays out for the size it has: when the text at the scale asked
    /// for does not fit, it is drawn smaller, down to MinimumScale of the widget font.
    bool textFits() const;
    /// The text size in use, relative to the widget font (at most scale()).
    qreal effectiveScale() const;
    static constexpr qreal MinimumScale = 0.7;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The colour of a box or arrow in a state, for a palette.
    static QColor fillColor(State state, const QPalette& palette);
    static QColor lineColor(State state, const QPalette& palette);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry
    {
        QFont base;
        qreal scale = 1.0;
        QRectF boxes[BoxCount];
        QRectF captions[BoxCount];
        qreal requestY = 0;
        qreal responseY = 0;
        qreal middleY = 0;
        qreal line = 0;
        bool fits = true;
        QFont font(qreal factor, bool bold = false) const;
    };
    /// The layout at the largest scale up to m_scale at which everything fits.
    Geometry geometry() const;
    Geometry layoutAt(qreal scale) const;
    /// The height a box's content needs in width (title, subtitle, pills or chips); fits is
    /// cleared when a word or a pill is wider than width.
    qreal contentHeight(const Geometry& g, int box, qreal width, bool* fits) const;
    QRectF arrowLabelArea(const Geometry& g, int arrow) const;
    void paintBox(QPainter& painter, const Geometry& g, int box) const;
    void paintPills(QPainter& painter, const Geometry& g, const QRectF& area, int box) const;
    qreal chipsHeight(const Geometry& g, qreal width, bool* fits) const;
    void paintChips(QPainter& painter, const Geometry& g, const QRectF& area, State boxState) const;
    void paintArrow(QPainter& painter, const Geometry& g, int arrow) const;
    void updateAccessibility();

    State m_boxStates[BoxCount];
    State m_arrowStates[ArrowCount];
    QString m_titles[BoxCount];
    QString m_subtitles[BoxCount];
    QString m_captions[BoxCount];
    bool m_captionErrors[BoxCount] = {};
    QString m_arrowLabels[ArrowCount];
    QStringList m_pills[BoxCount];
    int m_emphasizedPill[BoxCount] = {-1, -1, -1, -1};
    QStringList m_chips;
    qreal m_scale = 1.0;
};
