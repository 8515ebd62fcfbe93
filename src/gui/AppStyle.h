#pragma once

#include <QProxyStyle>

/// The application's style: the one Qt picked, or the one Appearance chose (its base style),
/// drawing the same pixels without reading image files on the way to the first frame. The first
/// image file a process reads makes QImageReader load every image format plugin to ask each
/// whether it reads PNG (Qt SVG, libjpeg, GIF, ICO): 1.2-1.6 ms of the window's start
/// (bench/RESULTS.md, seventh round). Two of Qt's own styles' images were read for it:
///  - the overflow arrow of menu bars and tool bars, read when a menu bar is made: it is now read
///    when it is first drawn (only when the menus do not fit);
///  - Fusion's group box frame (the profile form's box), a PNG in Qt's resources: Fusion 6.4's
///    drawing is done here from the same PNG, decoded with libpng, which Qt Gui uses for PNG.
///
/// It also draws tall frames (a tab widget's pane, a group box, a scroll bar) a band of rows at a
/// time. Qt's raster engine hands a fill of 96 spans or more (a frame's side is a span per row)
/// to Qt's global thread pool in pieces and waits for them: for a 1-pixel line that wakes threads
/// for nothing, and on two cores, beside the X server, the window's first frame waited about 1 ms
/// for it (bench/RESULTS.md, eighth round). A tall scroll bar's groove and slider are rows in
/// repeats: each run of them is drawn once and copied down (fifteenth round). The pixels are the
/// same (tst_appstyle compares them).
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// The base style made by QStyleFactory from key; Qt's default style when there is none.
    explicit AppStyle(const QString& key);

    /// The base style's name, as QStyle::name() gives it for a style QStyleFactory made.
    QString baseName() const;
    /// The name of the application's style, seen through an AppStyle.
    static QString currentName();
    /// Makes the application's style an AppStyle around the style named key (or around the
    /// current one when key is empty), unless it is one around that style already.
    static void install(const QString& key = QString());
    /// Whether style draws an item view's rows as QCommonStyle does: an AppStyle around one of
    /// Qt's own styles (Fusion, Windows), which leave rows to QCommonStyle. PlainRowDelegate
    /// draws such rows itself.
    static bool drawsRowsAsQCommonStyle(const QStyle* style);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr, const QWidget* widget = nullptr) const override;

private:
    /// drawPrimitive() without the bands.
    void drawWhole(PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const;
    /// Fusion 6.4's line edit frame, drawn in parts; false (nothing drawn) where that would not
    /// give Fusion's pixels.
    bool drawLineEditFrame(const QStyleOption* option, QPainter* painter, const QWidget* widget) const;
};
