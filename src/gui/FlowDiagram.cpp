#include "gui/FlowDiagram.h"

#include "gui/FontRole.h"
#include "gui/TokenView.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace
{
QColor mix(const QColor& base, const QColor& accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}

constexpr qreal PillFactor = 0.9;
constexpr qreal PillHeight = 1.45;
constexpr qreal PillSpacing = 0.3;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor calmColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6c, 0xc4, 0x8a) : QColor(0x2e, 0x7d, 0x4f);
}

QColor errorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x6e, 0x61) : QColor(0xc6, 0x28, 0x28);
}

QColor textColor(FlowDiagram::State state, const QPalette& palette)
{
    switch (state) {
    case FlowDiagram::State::Pending:
        return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.55);
    case FlowDiagram::State::Active:
        return palette.color(QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Text);
    }
}
} // namespace

FlowDiagram::FlowDiagram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("flowDiagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Flow diagram"));
    for (State& state : m_boxStates)
        state = State::Pending;
    for (State& state : m_arrowStates)
        state = State::Pending;
    m_titles[BackendBox] = tr("Your backend");
    m_titles[CasBox] = tr("CAS");
    m_titles[TokenBox] = tr("JWT");
    m_titles[ClientBox] = tr("Client SDK");
    m_subtitles[BackendBox] = tr("CAS Console");
    updateAccessibility();
}

void FlowDiagram::setBoxState(int box, State state)
{
    m_boxStates[box] = state;
    updateAccessibility();
    update();
}

FlowDiagram::State FlowDiagram::boxState(int box) const
{
    return m_boxStates[box];
}

void FlowDiagram::setBoxSubtitle(int box, const QString& text)
{
    m_subtitles[box] = text;
    updateAccessibility();
    update();
}

void FlowDiagram::setBoxCaption(int box, const QString& text, bool error)
{
    m_captions[box] = text;
    m_captionErrors[box] = error;
    updateAccessibility();
    update();
}

QString FlowDiagram::boxCaption(int box) const
{
    return m_captions[box];
}

void FlowDiagram::setArrowState(int arrow, State state)
{
    m_arrowStates[arrow] = state;
    update();
}

FlowDiagram::State FlowDiagram::arrowState(int arrow) const
{
    return m_arrowStates[arrow];
}

void FlowDiagram::setArrowLabel(int arrow, const QString& text)
{
    m_arrowLabels[arrow] = text;
    updateAccessibility();
    update();
}

QString FlowDiagram::arrowLabel(int arrow) const
{
    return m_arrowLabels[arrow];
}

void FlowDiagram::setBoxPills(int box, const QStringList& pills, int emphasized)
{
    m_pills[box] = pills;
    m_emphasizedPill[box] = emphasized;
    update();
}

QStringList FlowDiagram::boxPills(int box) const
{
    return m_pills[box];
}

int FlowDiagram::emphasizedPill(int box) const
{
    return m_emphasizedPill[box];
}

void FlowDiagram::setTokenChips(const QStringList& chips)
{
    m_chips = chips;
    updateAccessibility();
    update();
}

QStringList FlowDiagram::tokenChips() const
{
    return m_chips;
}

void FlowDiagram::setScale(qreal scale)
{
    scale = qMax(1.0, scale);
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    updateGeometry();
    update();
}

qreal FlowDiagram::scale() const
{
    return m_scale;
}

QRectF FlowDiagram::boxRect(int box) const
{
    return geometry().boxes[box];
}

QRectF FlowDiagram::captionRect(int box) const
{
    return geometry().captions[box];
}

bool FlowDiagram::textFits() const
{
    return geometry().fits;
}

qreal FlowDiagram::effectiveScale() const
{
    return geometry().scale;
}

QSize FlowDiagram::sizeHint() const
{
    const int line = QFontMetrics(FontRole::scaled(font(), m_scale)).height();
    return QSize(56 * line, 15 * line);
}

QSize FlowDiagram::minimumSizeHint() const
{
    // What the smallest text needs; the layout fits the text to the size it gets.
    const int line = QFontMetrics(FontRole::scaled(font(), MinimumScale)).height();
    return QSize(40 * line, 17 * line);
}

QColor FlowDiagram::fillColor(State state, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    switch (state) {
    case State::Pending:
        return mix(palette.color(QPalette::Window), base, 0.5);
    case State::Neutral:
        return base;
    case State::Active:
        return palette.color(QPalette::Highlight);
    case State::Done:
        return mix(base, calmColor(palette), isDark(palette) ? 0.22 : 0.12);
    case State::Failed:
        return mix(base, errorColor(palette), isDark(palette) ? 0.28 : 0.13);
    }
    return base;
}

QColor FlowDiagram::lineColor(State state, const QPalette& palette)
{
    switch (state) {
    case State::Pending:
        return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.3);
    case State::Neutral:
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.5);
    case State::Active:
        return palette.color(QPalette::Highlight);
    case State::Done:
        return calmColor(palette);
    case State::Failed:
        return errorColor(palette);
    }
    return palette.color(QPalette::Text);
}

QFont FlowDiagram::Geometry::font(qreal factor, bool bold) const
{
    return FontRole::scaled(base, scale * factor, bold);
}

FlowDiagram::Geometry FlowDiagram::geometry() const
{
    Geometry g = layoutAt(m_scale);
    for (qreal scale = m_scale * 0.92; !g.fits && scale >= MinimumScale - 0.001; scale *= 0.92) {
        g = layoutAt(scale);
    }
    if (!g.fits)
        g = layoutAt(qMin(m_scale, MinimumScale));
    return g;
}

namespace
{
constexpr int Wrapped = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;

/// The height text needs wrapped in width; fits is cleared when a word is wider than width.
qreal wrappedHeight(const QFont& font, const QString& text, qreal width, bool* fits)
{
    if (text.isEmpty())
        return 0;
    const QRectF bound = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Wrapped, text);
    if (bound.width() > width + 0.5)
        *fits = false;
    return bound.height();
}
} // namespace

qreal FlowDiagram::contentHeight(const Geometry& g, int box, qreal width, bool* fits) const
{
    qreal height = wrappedHeight(g.font(1.15, true), m_titles[box], width, fits);
    height += wrappedHeight(g.font(0.92), m_subtitles[box], width, fits);
    qreal body = 0;
    if (box == TokenBox) {
        body = chipsHeight(g, width, fits);
    } else if (!m_pills[box].isEmpty()) {
        const QFontMetricsF metrics(g.font(PillFactor));
        for (const QString& pill : m_pills[box]) {
            if (metrics.horizontalAdvance(pill) + 1.4 * metrics.height() + 2 > width + 0.5)
                *fits = false;
        }
        body = m_pills[box].size() * metrics.height() * (PillHeight + PillSpacing) - metrics.height() * PillSpacing;
    }
    return height + (body > 0 ? 0.3 * g.line + body : 0);
}

FlowDiagram::Geometry FlowDiagram::layoutAt(qreal scale) const
{
    Geometry g;
    g.base = font();
    g.scale = scale;
    g.line = QFontMetricsF(g.font(1.0)).height();
    const qreal margin = qRound(0.6 * g.line);
    const qreal available = width() - 2 * margin;
    const qreal wideGap = available * 0.2;
    const qreal gap = available * 0.085;
    const qreal boxWidth = (available - wideGap - 2 * gap) / 4;
    const qreal gaps[BoxCount] = {0, wideGap, gap, gap};
    const qreal pad = 0.45 * g.line;

    qreal content = 0;
    for (int i = 0; i < BoxCount; ++i)
        content = qMax(content, contentHeight(g, i, boxWidth - 2 * pad, &g.fits) + 2 * pad);

    const QFont captionFont = g.font(0.9);
    qreal captionHeight = 0;
    qreal captionWidths[BoxCount];
    for (int i = 0; i < BoxCount; ++i) {
        const qreal left = i == 0 ? 0 : qMax(0.0, gaps[i] / 2 - 0.5 * g.line);
        const qreal right = i == BoxCount - 1 ? 0 : qMax(0.0, gaps[i + 1] / 2 - 0.5 * g.line);
        captionWidths[i] = boxWidth + left + right;
        captionHeight = qMax(captionHeight, wrappedHeight(captionFont, m_captions[i], captionWidths[i], &g.fits));
    }
    captionHeight = qMax(captionHeight, 2 * QFontMetricsF(captionFont).lineSpacing()) + 2;

    const qreal captionGap = 0.4 * g.line;
    const qreal room = height() - 2 * margin - captionHeight - captionGap;
    const qreal boxHeight = qMax(content, qMin(room, qMax(boxWidth * 1.1, 9.5 * g.line)));
    if (boxHeight > room + 0.5)
        g.fits = false;
    const qreal top = margin + qMax(0.0, (room - boxHeight) / 2);

    qreal x = margin;
    for (int i = 0; i < BoxCount; ++i) {
        x += gaps[i];
        g.boxes[i] = QRectF(x, top, boxWidth, boxHeight).toAlignedRect();
        x += boxWidth;
    }
    for (int i = 0; i < BoxCount; ++i) {
        const QRectF box = g.boxes[i];
        const qreal left = i == 0 ? 0 : qMax(0.0, gaps[i] / 2 - 0.5 * g.line);
        g.captions[i] = QRectF(box.left() - left, box.bottom() + captionGap, captionWidths[i], captionHeight);
    }
    const QRectF& first = g.boxes[BackendBox];
    g.requestY = qRound(first.top() + first.height() * 0.40) + 0.5;
    g.responseY = qRound(first.top() + first.height() * 0.68) + 0.5;
    g.middleY = qRound(first.top() + first.height() * 0.5) + 0.5;
    for (int i = 0; i < ArrowCount; ++i) {
        const QRectF area = arrowLabelArea(g, i);
        const QFont labelFont = g.font(i == RequestArrow || i == ResponseArrow ? 0.9 : 0.85, true);
        if (wrappedHeight(labelFont, m_arrowLabels[i], area.width(), &g.fits) > area.height() + 0.5)
            g.fits = false;
    }
    return g;
}

QRectF FlowDiagram::arrowLabelArea(const Geometry& g, int arrow) const
{
    const QRectF from = g.boxes[arrow == RequestArrow || arrow == ResponseArrow ? BackendBox : arrow == TokenArrow ? CasBox : TokenBox];
    const QRectF to = g.boxes[arrow == RequestArrow || arrow == ResponseArrow ? CasBox : arrow == TokenArrow ? TokenBox : ClientBox];
    const qreal pad = 0.3 * g.line;
    const qreal x1 = from.right() + pad;
    const qreal x2 = to.left() - pad;
    const qreal radius = 0.62 * g.line;
    const qreal spare = 0.15 * g.line;
    if (arrow == ResponseArrow)
        return QRectF(x1 - spare, g.responseY + radius + spare, x2 - x1 + 2 * spare, from.bottom() - (g.responseY + radius + spare));
    const qreal y = arrow == RequestArrow ? g.requestY : g.middleY;
    return QRectF(x1 - spare, from.top(), x2 - x1 + 2 * spare, y - radius - spare - from.top());
}

void FlowDiagram::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Geometry g = geometry();
    for (int i = 0; i < ArrowCount; ++i)
        paintArrow(painter, g, i);
    for (int i = 0; i < BoxCount; ++i)
        paintBox(painter, g, i);
}

void FlowDiagram::paintBox(QPainter& painter, const Geometry& g, int box) const
{
    const QPalette& pal = palette();
    const State state = m_boxStates[box];
    const QRectF rect = g.boxes[box];
    const qreal radius = 0.5 * g.line;

    painter.save();
    if (state == State::Active) {
        QColor glow = pal.color(QPalette::Highlight);
        for (int ring = 3; ring >= 1; --ring) {
            glow.setAlphaF(0.10 * (4 - ring));
            painter.setPen(Qt::NoPen);
            painter.setBrush(glow);
            const qreal grow = ring * 0.16 * g.line;
            painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow, grow), radius + grow, radius + grow);
        }
    }
    QPen border(lineColor(state, pal), state == State::Active ? 2.0 : 1.5);
    if (state == State::Pending)
        border.setStyle(Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(fillColor(state, pal));
    painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);

    const QColor text = textColor(state, pal);
    const qreal pad = 0.45 * g.line;
    QRectF inner = rect.adjusted(pad, pad, -pad, -pad);

    if (state == State::Done || state == State::Failed) {
        const qreal size = 1.05 * g.line;
        const QRectF mark(rect.right() - size * 0.55, rect.top() - size * 0.45, size, size);
        painter.setPen(QPen(pal.color(QPalette::Base), 1.5));
        painter.setBrush(lineColor(state, pal));
        painter.drawEllipse(mark);
        QPen tick(pal.color(QPalette::Base), qMax(1.5, 0.11 * size), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(tick);
        painter.setBrush(Qt::NoBrush);
        const QPointF c = mark.center();
        const qreal k = size * 0.22;
        if (state == State::Done) {
            painter.drawPolyline(QList<QPointF> {c + QPointF(-k, 0), c + QPointF(-k * 0.3, k * 0.75), c + QPointF(k * 1.05, -k * 0.8)});
        } else {
            painter.drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
            painter.drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
        }
    }

    // Title, subtitle and pills (or the chips) as one block, centred in the box.
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    const QFont titleFont = g.font(1.15, true);
    const QFont subtitleFont = g.font(0.92);
    const qreal titleHeight = QFontMetricsF(titleFont).boundingRect(inner, flags, m_titles[box]).height();
    const qreal subtitleHeight =
        m_subtitles[box].isEmpty() ? 0.0 : QFontMetricsF(subtitleFont).boundingRect(inner, flags, m_subtitles[box]).height();
    const qreal gap = 0.3 * g.line;
    bool fits = true;
    const qreal total = contentHeight(g, box, inner.width(), &fits);
    inner.setTop(inner.top() + qMax(0.0, (inner.height() - total) * 0.45));

    painter.setPen(text);
    painter.setFont(titleFont);
    painter.drawText(inner, flags, m_titles[box]);
    inner.setTop(inner.top() + titleHeight);
    if (subtitleHeight > 0) {
        QColor sub = text;
        if (state != State::Active)
            sub.setAlphaF(0.8);
        painter.setPen(sub);
        painter.setFont(subtitleFont);
        painter.drawText(inner, flags, m_subtitles[box]);
        inner.setTop(inner.top() + subtitleHeight);
    }
    inner.setTop(inner.top() + gap);
    if (box == TokenBox)
        paintChips(painter, g, inner, state);
    else
        paintPills(painter, g, inner, box);

    if (!m_captions[box].isEmpty()) {
        painter.setFont(g.font(0.9));
        QColor caption = m_captionErrors[box] ? errorColor(pal) : pal.color(QPalette::WindowText);
        if (!m_captionErrors[box] && state == State::Pending && box != BackendBox)
            caption = textColor(State::Pending, pal);
        painter.setPen(caption);
        // A word too long for the caption (a URL in an error) breaks anywhere rather than being cut.
        const int wrap = g.fits ? Qt::TextWordWrap : Qt::TextWrapAnywhere;
        painter.drawText(g.captions[box], Qt::AlignHCenter | Qt::AlignTop | wrap, m_captions[box]);
    }
    painter.restore();
}

void FlowDiagram::paintPills(QPainter& painter, const Geometry& g, const QRectF& area, int box) const
{
    const QStringList& pills = m_pills[box];
    if (pills.isEmpty())
        return;
    const QPalette& pal = palette();
    const State state = m_boxStates[box];
    const QFont pillFont = g.font(PillFactor);
    const QFontMetricsF metrics(pillFont);
    const qreal height = metrics.height() * PillHeight;
    const qreal spacing = PillSpacing * metrics.height();
    const QColor ink = textColor(state, pal);
    painter.save();
    painter.setFont(pillFont);
    qreal y = area.top();
    for (int i = 0; i < pills.size(); ++i) {
        const qreal width = qMin(area.width(), std::ceil(metrics.horizontalAdvance(pills.at(i))) + 1.4 * metrics.height() + 2);
        const QRectF pill(area.center().x() - width / 2, y, width, height);
        const bool emphasized = i == m_emphasizedPill[box];
        QColor fill = ink;
        fill.setAlphaF(emphasized ? 0.9 : 0.07);
        QColor edge = ink;
        edge.setAlphaF(emphasized ? 0.9 : 0.35);
        painter.setPen(QPen(edge, 1.0, state == State::Pending ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(fill);
        painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2);
        painter.setPen(emphasized ? fillColor(state, pal) : ink);
        const QRectF text = pill.adjusted(0.7 * metrics.height(), 0, -0.7 * metrics.height(), 0);
        painter.drawText(text, Qt::AlignCenter, metrics.elidedText(pills.at(i), Qt::ElideRight, text.width() + 1));
        y += height + spacing;
    }
    painter.restore();
}

namespace
{
struct ChipMetrics
{
    QFont nameFont;
    QFont valueFont;
    qreal nameLine;
    qreal spacing;
    qreal padding;
};

ChipMetrics chipMetrics(const QFont& nameFont, const QFont& valueFont)
{
    const qreal nameLine = QFontMetricsF(nameFont).height();
    return {nameFont, valueFont, nameLine, qMax(2.0, 0.2 * nameLine), 0.5 * nameLine};
}

constexpr int ValueFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

// Each chip: its name, then its value wrapped at its words (" · "), so nothing is cut.
qreal FlowDiagram::chipsHeight(const Geometry& g, qreal width, bool* fits) const
{
    const ChipMetrics m = chipMetrics(g.font(0.78, true), g.font(0.85));
    const qreal textWidth = width - 2 * m.padding;
    static const char* const names[3] = {QT_TR_NOOP("header"), QT_TR_NOOP("payload"), QT_TR_NOOP("signature")};
    qreal total = 2 * m.spacing;
    for (int i = 0; i < 3; ++i) {
        const QString value = m_chips.value(i);
        if (QFontMetricsF(m.nameFont).horizontalAdvance(tr(names[i]).toUpper()) > textWidth + 0.5)
            *fits = false;
        total += m.nameLine + 0.6 * m.nameLine;
        if (!value.isEmpty()) {
            const QRectF bound = QFontMetricsF(m.valueFont).boundingRect(QRectF(0, 0, textWidth, 1e6), ValueFlags, value);
            if (bound.width() > textWidth + 0.5)
                *fits = false;
            total += bound.height();
        }
    }
    return total;
}

void FlowDiagram::paintChips(QPainter& painter, const Geometry& g, const QRectF& area, State boxState) const
{
    const QPalette& pal = palette();
    static const char* const names[3] = {QT_TR_NOOP("header"), QT_TR_NOOP("payload"), QT_TR_NOOP("signature")};
    const ChipMetrics m = chipMetrics(g.font(0.78, true), g.font(0.85));
    const bool filled = !m_chips.isEmpty();
    const bool dark = isDark(pal);

    qreal y = area.top();
    for (int i = 0; i < 3; ++i) {
        const QString name = tr(names[i]).toUpper();
        const QString value = filled ? m_chips.value(i) : QString();
        const qreal textWidth = area.width() - 2 * m.padding;
        const qreal valueHeight =
            value.isEmpty() ? 0.0 : QFontMetricsF(m.valueFont).boundingRect(QRectF(0, 0, textWidth, 1e6), ValueFlags, value).height();
        const qreal chipHeight = m.nameLine + valueHeight + 0.6 * m.nameLine;
        const QRectF chip(area.left(), y, area.width(), chipHeight);
        y += chipHeight + m.spacing;
        const QColor colour = TokenView::partColor(i, pal);
        painter.save();
        if (filled) {
            painter.setPen(boxState == State::Active ? QPen(pal.color(QPalette::HighlightedText), 1.0) : Qt::NoPen);
            painter.setBrush(colour);
        } else {
            QColor outline = colour;
            outline.setAlphaF(0.45);
            painter.setPen(QPen(outline, 1.2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
        }
        const qreal radius = qMin(chipHeight, 1.6 * m.nameLine) * 0.3;
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

        const QColor ink = filled ? (dark ? QColor(0x14, 0x14, 0x1a) : QColor(Qt::white)) : textColor(State::Pending, pal);
        painter.setPen(ink);
        const QRectF text = chip.adjusted(m.padding, 0.3 * m.nameLine, -m.padding, -0.3 * m.nameLine);
        painter.setFont(m.nameFont);
        painter.drawText(QRectF(text.left(), text.top(), text.width(), m.nameLine),
                         (value.isEmpty() ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, name);
        if (!value.isEmpty()) {
            painter.setFont(m.valueFont);
            painter.drawText(QRectF(text.left(), text.top() + m.nameLine, text.width(), valueHeight), ValueFlags, value);
        }
        painter.restore();
    }
}

void FlowDiagram::paintArrow(QPainter& painter, const Geometry& g, int arrow) const
{
    const QPalette& pal = palette();
    const State state = m_arrowStates[arrow];
    QRectF from;
    QRectF to;
    qreal y = g.middleY;
    bool backwards = false;
    switch (arrow) {
    case RequestArrow:
        from = g.boxes[BackendBox];
        to = g.boxes[CasBox];
        y = g.requestY;
        break;
    case ResponseArrow:
        from = g.boxes[BackendBox];
        to = g.boxes[CasBox];
        y = g.responseY;
        backwards = true;
        break;
    case TokenArrow:
        from = g.boxes[CasBox];
        to = g.boxes[TokenBox];
        break;
    default:
        from = g.boxes[TokenBox];
        to = g.boxes[ClientBox];
        break;
    }
    const qreal pad = 0.3 * g.line;
    const qreal x1 = from.right() + pad;
    const qreal x2 = to.left() - pad;
    const qreal head = 0.55 * g.line;
    const QColor colour = lineColor(state, pal);
    const qreal width = state == State::Active ? qMax(3.0, 0.17 * g.line) : qMax(1.8, 0.1 * g.line);

    painter.save();
    QPen pen(colour, width, state == State::Pending ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    painter.setPen(pen);
    const qreal tip = backwards ? x1 : x2;
    const qreal tail = backwards ? x2 : x1;
    const qreal dir = backwards ? -1 : 1;
    painter.drawLine(QPointF(tail, y), QPointF(tip - dir * head * 0.8, y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    QPainterPath arrowHead;
    arrowHead.moveTo(tip, y);
    arrowHead.lineTo(tip - dir * head, y - head * 0.55);
    arrowHead.lineTo(tip - dir * head, y + head * 0.55);
    arrowHead.closeSubpath();
    painter.drawPath(arrowHead);

    const qreal radius = 0.62 * g.line;
    const QPointF centre((x1 + x2) / 2 - dir * head * 0.3, y);
    const QRectF badge(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    painter.setPen(QPen(state == State::Pending ? colour : pal.color(QPalette::Base), 1.5));
    painter.setBrush(state == State::Pending ? pal.color(QPalette::Window) : colour);
    painter.drawEllipse(badge);
    painter.setFont(g.font(0.8, true));
    painter.setPen(state == State::Pending      ? textColor(State::Pending, pal)
                       : state == State::Active ? pal.color(QPalette::HighlightedText)
                                                : pal.color(QPalette::Base));
    painter.drawText(badge, Qt::AlignCenter, QString::number(arrow + 1));

    const QString label = m_arrowLabels[arrow];
    if (!label.isEmpty()) {
        painter.setFont(g.font(arrow == RequestArrow || arrow == ResponseArrow ? 0.9 : 0.85, state == State::Active));
        painter.setPen(state == State::Failed        ? errorColor(pal)
                           : state == State::Pending ? textColor(State::Pending, pal)
                                                     : pal.color(QPalette::WindowText));
        const QRectF area = arrowLabelArea(g, arrow);
        const int align = Qt::AlignHCenter | Qt::TextWordWrap | (arrow == ResponseArrow ? Qt::AlignTop : Qt::AlignBottom);
        painter.drawText(area, align, label);
    }
    painter.restore();
}

void FlowDiagram::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
}

void FlowDiagram::updateAccessibility()
{
    const auto stateName = [](State state) {
        switch (state) {
        case State::Pending:
            return tr("pending");
        case State::Neutral:
            return tr("ready");
        case State::Active:
            return tr("in progress");
        case State::Done:
            return tr("done");
        case State::Failed:
            return tr("failed");
        }
        return QString();
    };
    QStringList parts;
    for (int i = 0; i < BoxCount; ++i) {
        QString part = tr("%1: %2").arg(m_titles[i], stateName(m_boxStates[i]));
        if (!m_captions[i].isEmpty())
            part += QStringLiteral(" (") + m_captions[i] + u')';
        parts << part;
    }
    const QString description = parts.join(QStringLiteral("; "));
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}
