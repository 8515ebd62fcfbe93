#include "gui/AppStyle.h"

#include "gui/DeferredIconEngine.h"

#include <QApplication>
#include <qdrawutil.h>
#include <QFile>
#include <QGroupBox>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleOption>

#include <png.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <vector>

namespace
{
/// The styles built into Qt Widgets, whose extension arrows are QCommonStyle's PNG files
/// whatever the widget. Other styles may draw them from the widget, which a later call could not
/// give them: their icons are made at once, as before.
bool isQtsOwn(const QString& name)
{
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
}

bool isFusion(const QString& name)
{
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

/// A PNG decoded with libpng's simplified API, without QImageReader (which would ask every image
/// plugin first). Null when the bytes are not a PNG libpng reads.
QImage decodePng(const QByteArray& bytes)
{
    png_image png {};
    png.version = PNG_IMAGE_VERSION;
    if (png_image_begin_read_from_memory(&png, bytes.constData(), size_t(bytes.size())) == 0) {
        return {};
    }
    // QImage::Format_ARGB32 holds each pixel as 0xAARRGGBB: B, G, R, A in memory on little-endian.
    png.format = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? PNG_FORMAT_BGRA : PNG_FORMAT_ARGB;
    QImage image(int(png.width), int(png.height), QImage::Format_ARGB32);
    // The stride counts components, which are bytes in an 8-bit format.
    if (image.isNull() || png_image_finish_read(&png, nullptr, image.bits(), png_int_32(image.bytesPerLine()), nullptr) == 0) {
        png_image_free(&png);
        return {};
    }
    return image;
}

/// Rows drawn at a time: Qt's raster engine hands a fill of 96 spans or more to its thread pool.
/// A frame's side is one span per row; an antialiased edge may add one more.
constexpr int BandRows = 40;

/// Whether painter is Qt's raster engine and puts a rectangle on whole device pixels (it does not
/// scale or rotate, nor move by a fraction of a pixel).
bool drawsWholePixels(QPainter* painter)
{
    const QTransform device = painter->deviceTransform();
    return device.type() <= QTransform::TxTranslate && device.dx() == qRound(device.dx()) && device.dy() == qRound(device.dy())
        && painter->paintEngine() != nullptr && painter->paintEngine()->type() == QPaintEngine::Raster;
}

/// Whether drawing on rect a band of rows at a time gains something and gives the same pixels:
/// not when the bands would not fall on whole device pixels (a painter that scales or rotates)
/// or the painter is not Qt's raster engine.
bool drawsInBands(QPainter* painter, const QRect& rect)
{
    return rect.height() >= 2 * BandRows && drawsWholePixels(painter);
}

/// Draws what draw() paints on rect a band of rows at a time, each band a clip that the next
/// one continues: the same pixels, but no fill is large enough for Qt's thread pool. At once when
/// drawsInBands() says no.
template<typename Draw>
void drawInBands(QPainter* painter, const QRect& rect, Draw draw)
{
    if (!drawsInBands(painter, rect)) {
        draw();
        return;
    }
    // The first band reaches up to the top of what the painter paints on and the last down to
    // its bottom, and every band is as wide: whatever draw() paints outside rect is kept, once.
    const QRect area = rect.united(painter->window());
    for (int top = rect.top(); top <= rect.bottom(); top += BandRows) {
        const int from = top == rect.top() ? area.top() : top;
        const int to = top + BandRows > rect.bottom() ? area.bottom() + 1 : top + BandRows;
        painter->save();
        painter->setClipRect(QRect(area.left(), from, area.width(), to - from),
                             painter->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
        draw();
        painter->restore();
    }
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
/// Rows top to bottom (inclusive) of what a painter paints.
struct RowRun
{
    int top = 0;
    int bottom = 0;

    int height() const
    {
        return bottom - top + 1;
    }
};

/// Draws what draw(painter) paints, drawing each run of rows in repeats (rows that draw() paints
/// alike; the caller knows which) once: one row of the run is drawn into an image, whose copies
/// are put down the run. The other rows are drawn at once under one clip, in bands when there
/// are many. The same pixels as draw() at once when each run's rows are indeed alike, and each
/// of their pixels is opaque or one layer over nothing (a copy of such a pixel put over another
/// blends as the pixel drawn there would). Nothing is copied when the painter blends otherwise
/// than a fresh one would (an opacity, another composition mode). Only for a painter that
/// drawsInBands() says yes to.
template<typename Draw>
void drawRepeatingRows(QPainter* painter, const QRect& rect, std::vector<RowRun> repeats, Draw draw)
{
    if (painter->opacity() != 1.0 || painter->compositionMode() != QPainter::CompositionMode_SourceOver) {
        repeats.clear();
    }
    const QRect area = rect.united(painter->window());
    const auto rows = [&](int top, int bottom) {
        return QRect(area.left(), top, area.width(), bottom - top + 1);
    };
    const auto drawClipped = [&](const QRegion& region) {
        painter->save();
        painter->setClipRegion(region, painter->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
        draw(painter);
        painter->restore();
    };
    QRegion rest(area);
    for (const RowRun& run : repeats) {
        QImage band(area.width(), std::min(run.height(), BandRows), QImage::Format_ARGB32_Premultiplied);
        band.fill(Qt::transparent);
        {
            QPainter row(&band);
            row.setRenderHints(painter->renderHints());
            row.setPen(painter->pen());
            row.setBrush(painter->brush());
            row.setFont(painter->font());
            row.translate(-area.left(), -run.top);
            row.setClipRect(rows(run.top, run.top));
            draw(&row);
        }
        for (int y = 1; y < band.height(); ++y) {
            std::memcpy(band.scanLine(y), band.constScanLine(0), size_t(band.bytesPerLine()));
        }
        for (int top = run.top; top <= run.bottom; top += band.height()) {
            painter->drawImage(QPoint(area.left(), top), band, QRect(0, 0, band.width(), std::min(band.height(), run.bottom - top + 1)));
        }
        rest -= rows(run.top, run.bottom);
    }
    // The rest in as few fills as stay under Qt's thread pool's threshold.
    int restRows = 0;
    for (const QRect& part : rest) {
        restRows += part.height();
    }
    if (restRows < 2 * BandRows) {
        if (!rest.isEmpty()) {
            drawClipped(rest);
        }
        return;
    }
    for (int top = area.top(); top <= area.bottom(); top += BandRows) {
        const QRegion band = rest & rows(top, std::min(top + BandRows - 1, area.bottom()));
        if (!band.isEmpty()) {
            drawClipped(band);
        }
    }
}

/// The rows of a vertical scroll bar that Fusion 6.4 draws alike (the groove's gradient and the
/// slider's run across, their outlines down): all but a few at each end of the groove and of the
/// slider (tst_appstyle compares the pixels, at many heights, positions and states).
std::vector<RowRun> fusionRepeatingRows(const QRect& groove, const std::optional<QRect>& slider)
{
    constexpr int Edge = 4; // rows at an end of the groove or the slider that differ (3), and one more
    constexpr int Shortest = 8; // a shorter run is drawn as it is
    const int top = groove.top() + Edge;
    const int bottom = groove.bottom() - Edge;
    std::vector<RowRun> runs;
    const auto add = [&](int from, int to) {
        from = std::max(from, top);
        to = std::min(to, bottom);
        if (to - from + 1 >= Shortest) {
            runs.push_back({from, to});
        }
    };
    if (!slider) {
        add(top, bottom);
    } else {
        add(top, slider->top() - Edge);
        add(slider->top() + Edge, slider->bottom() - Edge);
        add(slider->bottom() + Edge, bottom);
    }
    return runs;
}

/// Fusion 6.4's groove of a vertical scroll bar that is not transient, as Fusion draws it but for
/// its clip: Fusion replaces the painter's clip (a band's) with the groove for its edge, which
/// would draw the translucent edge once per band; here the clips intersect.
void drawFusionGroove(QPainter* painter, const QStyleOptionSlider& bar, const QRect& groove)
{
    // QFusionStylePrivate::buttonColor() and outline().
    QColor button = bar.palette.button().color();
    button = button.lighter(100 + std::max(1, (180 - qGray(button.rgb())) / 6));
    button.setHsv(button.hue(), int(button.saturation() * 0.75), button.value());
    QColor outline = bar.palette.window().style() == Qt::TexturePattern ? QColor(0, 0, 0, 160) : bar.palette.window().color().darker(140);
    outline.setAlpha(180);
    QColor subtleEdge = outline;
    subtleEdge.setAlpha(40);

    const QRect& rect = bar.rect;
    QLinearGradient gradient(rect.left(), rect.center().y(), rect.right(), rect.center().y());
    gradient.setColorAt(0, button.darker(107));
    gradient.setColorAt(0.1, button.darker(105));
    gradient.setColorAt(0.9, button.darker(105));
    gradient.setColorAt(1, button.darker(107));

    painter->save();
    painter->fillRect(rect, gradient);
    painter->setPen(outline);
    painter->drawLine(rect.topLeft(), rect.bottomLeft());
    painter->setPen(subtleEdge);
    painter->setBrush(Qt::NoBrush);
    painter->setClipRect(groove.adjusted(1, 0, -1, -3), Qt::IntersectClip);
    painter->drawRect(groove.adjusted(1, 0, -1, -1));
    painter->restore();
}
#endif

/// The margins of the group box frame image that Fusion keeps unstretched.
const QMargins GroupBoxMargins(6, 6, 6, 6);

/// The image Fusion draws a group box's frame with, from Qt's own resources (null if
/// unreadable), and the colour inside its margins when that part is of one colour (premultiplied).
struct GroupBoxImage
{
    QPixmap pixmap;
    std::optional<QRgb> inside;
};

std::optional<QRgb> uniformInside(const QImage& image, const QMargins& margins)
{
    const QImage premultiplied = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QRect inside = premultiplied.rect().marginsRemoved(margins);
    if (inside.isEmpty()) {
        return std::nullopt;
    }
    const QRgb colour = premultiplied.pixel(inside.topLeft());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(premultiplied.constScanLine(y));
        if (!std::all_of(line + inside.left(), line + inside.right() + 1, [colour](QRgb pixel) {
                return pixel == colour;
            })) {
            return std::nullopt;
        }
    }
    // A fill premultiplies its colour again: only a colour that comes back the same qualifies.
    if (qPremultiply(qUnpremultiply(colour)) != colour) {
        return std::nullopt;
    }
    return colour;
}

GroupBoxImage fusionGroupBoxImage()
{
    static const QString key = QStringLiteral("cas-console/fusion_groupbox");
    static std::optional<QRgb> inside;
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        QFile file(QStringLiteral(":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png"));
        if (file.open(QIODevice::ReadOnly)) {
            const QImage image = decodePng(file.readAll());
            inside = uniformInside(image, GroupBoxMargins);
            pixmap = QPixmap::fromImage(image);
        }
        QPixmapCache::insert(key, pixmap);
    }
    return {pixmap, inside};
}

/// qDrawBorderPixmap(painter, target, GroupBoxMargins, image.pixmap): when the image is of one
/// colour inside its margins, the stretched inside is a fill of that colour (the same pixels: every
/// sample of a stretched image of one colour is that colour, blended the same way), a fraction of
/// the work of sampling a scaled image over most of the box.
void drawGroupBoxImage(QPainter* painter, const QRect& target, const GroupBoxImage& image)
{
    const QRect inside = target.marginsRemoved(GroupBoxMargins);
    if (!image.inside || inside.isEmpty()) {
        qDrawBorderPixmap(painter, target, GroupBoxMargins, image.pixmap);
        return;
    }
    painter->save();
    painter->setClipRegion(QRegion(target).subtracted(QRegion(inside)), painter->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    qDrawBorderPixmap(painter, target, GroupBoxMargins, image.pixmap);
    painter->restore();
    painter->fillRect(inside, QColor::fromRgba(qUnpremultiply(*image.inside)));
}
} // namespace

AppStyle::AppStyle(const QString& key)
    : QProxyStyle(key)
{ }

QString AppStyle::baseName() const
{
    return baseStyle()->name();
}

QString AppStyle::currentName()
{
    const QStyle* style = QApplication::style();
    const auto* app = qobject_cast<const AppStyle*>(style);
    return app ? app->baseName() : style->name();
}

void AppStyle::install(const QString& key)
{
    const QString name = key.isEmpty() ? currentName() : key;
    const auto* app = qobject_cast<const AppStyle*>(QApplication::style());
    if (!app || app->baseName().compare(name, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(new AppStyle(name));
    }
}

bool AppStyle::drawsRowsAsQCommonStyle(const QStyle* style)
{
    const auto* app = qobject_cast<const AppStyle*>(style);
    return app && isQtsOwn(app->baseName());
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    const bool extensionArrow = standardIcon == SP_ToolBarHorizontalExtensionButton || standardIcon == SP_ToolBarVerticalExtensionButton;
    if (!extensionArrow || !isQtsOwn(baseName())) {
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    // The arrow points the other way right to left: the direction is the one asked for now.
    QStyleOption direction;
    direction.direction = option ? option->direction : QGuiApplication::layoutDirection();
    return QIcon(new DeferredIconEngine([standardIcon, direction] {
        // Made by the style in use when it is first drawn (this one may be gone by then).
        const QStyle* style = QApplication::style();
        if (const auto* app = qobject_cast<const AppStyle*>(style)) {
            style = app->baseStyle();
        }
        return style->standardIcon(standardIcon, &direction);
    }));
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    if (element == PE_FrameLineEdit && isFusion(baseName()) && drawLineEditFrame(option, painter, widget)) {
        return;
    }
#endif
    if (element == PE_FrameTabWidget || element == PE_FrameGroupBox) {
        drawInBands(painter, option->rect, [&] {
            drawWhole(element, option, painter, widget);
        });
        return;
    }
    drawWhole(element, option, painter, widget);
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter, const QWidget* widget) const
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // A tall scroll bar (a list of profiles): Fusion's groove drawn here (above) and its slider
    // by Fusion, each run of rows in repeats once, the other rows under one clip; then the two
    // arrow buttons, once (they are short, and Fusion draws them last).
    const auto* bar = qstyleoption_cast<const QStyleOptionSlider*>(option);
    if (control == CC_ScrollBar && bar && bar->orientation == Qt::Vertical && isFusion(baseName())
        && !proxy()->styleHint(SH_ScrollBar_Transient, option, widget) && drawsInBands(painter, option->rect)) {
        const QRect groove = proxy()->subControlRect(CC_ScrollBar, bar, SC_ScrollBarGroove, widget);
        constexpr SubControls Arrows = SC_ScrollBarSubLine | SC_ScrollBarAddLine;
        QStyleOptionSlider slider = *bar;
        slider.subControls &= ~(SC_ScrollBarGroove | Arrows);
        std::optional<QRect> sliderRect;
        if (slider.subControls & SC_ScrollBarSlider) {
            sliderRect = proxy()->subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget);
        }
        // The groove and the slider are mostly rows in repeats: each run is drawn once.
        drawRepeatingRows(painter, option->rect, fusionRepeatingRows(groove, sliderRect), [&](QPainter* on) {
            if (bar->subControls & SC_ScrollBarGroove) {
                drawFusionGroove(on, *bar, groove);
            }
            if (slider.subControls != SC_None) {
                QProxyStyle::drawComplexControl(control, &slider, on, widget);
            }
        });
        if (bar->subControls & Arrows) {
            QStyleOptionSlider arrows = *bar;
            arrows.subControls &= Arrows;
            QProxyStyle::drawComplexControl(control, &arrows, painter, widget);
        }
        return;
    }
#endif
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool AppStyle::drawLineEditFrame(const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    // Fusion strokes an antialiased rounded rectangle, 1 pixel wide and 2 pixels in radius,
    // around the whole field, then a translucent shadow line inside its top edge: 0.8 M
    // instructions for a form's line edit. Only the four corners are curved. Each is drawn here
    // by Fusion itself, as the same corner of a small frame clipped to it (a pixel's coverage
    // depends on the outline around it only); the straight sides between the corners lie on
    // whole pixels, which the stroke covers completely, so they are fills of its colours. Focus
    // (a second, softer ring), a brush, a texture or a painter that scales leave it to Fusion.
    constexpr int Corner = 4; // a corner's square, from its arc to where the sides are straight
    constexpr int Piece = 3 * Corner; // the small frame: far from its other corners
    const QRect r = option->rect;
    if ((option->state & State_HasFocus) || r.width() < Piece || r.height() < Piece || painter->brush().style() != Qt::NoBrush
        || option->palette.window().style() != Qt::SolidPattern || !drawsWholePixels(painter)) {
        return false;
    }
    QStyleOptionFrame piece;
    if (const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option)) {
        piece = *frame;
    } else {
        static_cast<QStyleOption&>(piece) = *option;
    }
    const QSize size(Piece, Piece);
    const QSize square(Corner, Corner);
    const std::array<std::pair<QRect, QRect>, 4> corners {{
        {QRect(r.topLeft(), size), QRect(r.topLeft(), square)},
        {QRect(QPoint(r.right() - Piece + 1, r.top()), size), QRect(QPoint(r.right() - Corner + 1, r.top()), square)},
        {QRect(QPoint(r.left(), r.bottom() - Piece + 1), size), QRect(QPoint(r.left(), r.bottom() - Corner + 1), square)},
        {QRect(QPoint(r.right() - Piece + 1, r.bottom() - Piece + 1), size),
         QRect(QPoint(r.right() - Corner + 1, r.bottom() - Corner + 1), square)},
    }};
    for (const auto& [frame, clip] : corners) {
        painter->save();
        painter->setClipRect(clip, painter->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
        piece.rect = frame;
        QProxyStyle::drawPrimitive(PE_FrameLineEdit, &piece, painter, widget);
        painter->restore();
    }
    // QFusionStylePrivate::outline() and topShadow.
    const QColor outline = option->palette.window().color().darker(140);
    const QColor shadow(0, 0, 0, 18);
    const int across = r.width() - 2 * Corner;
    const int down = r.height() - 2 * Corner;
    painter->fillRect(QRect(r.left() + Corner, r.top(), across, 1), outline);
    painter->fillRect(QRect(r.left() + Corner, r.bottom(), across, 1), outline);
    painter->fillRect(QRect(r.left(), r.top() + Corner, 1, down), outline);
    painter->fillRect(QRect(r.right(), r.top() + Corner, 1, down), outline);
    painter->fillRect(QRect(r.left() + Corner, r.top() + 1, across, 1), shadow);
    return true;
}
#endif

void AppStyle::drawWhole(PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // What Fusion 6.4 draws (tst_appstyle compares the pixels): the frame image stretched over
    // the box below the title line (the taller of a line of text and a radio indicator), or
    // below a 3-pixel gap when the box has neither title nor check box.
    if (element == PE_FrameGroupBox && isFusion(baseName())) {
        const GroupBoxImage frame = fusionGroupBoxImage();
        if (!frame.pixmap.isNull()) {
            constexpr int Gap = 3;
            const auto* box = qobject_cast<const QGroupBox*>(widget);
            const bool bare = box && !box->isCheckable() && box->title().isEmpty();
            const int top =
                bare ? Gap : std::max(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight), option->fontMetrics.height()) + Gap;
            drawGroupBoxImage(painter, option->rect.adjusted(0, top, 0, 0), frame);
            return;
        }
    }
#endif
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}
