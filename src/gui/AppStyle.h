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

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr, const QWidget* widget = nullptr) const override;
};
