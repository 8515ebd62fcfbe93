#pragma once

#include <QProxyStyle>

/// The application's style: the one Qt picked, or the one Appearance chose (its base style),
/// with one change. The overflow arrow of menu bars and tool bars is read when it is first drawn,
/// not when a menu bar is made. Qt's own styles read it from PNG files, and the first image file
/// a process reads makes Qt load every image format plugin to ask each whether it reads PNG (Qt
/// SVG, libjpeg, GIF, ICO): 1.3 ms of the window's start, for an arrow shown only when the menus
/// do not fit (bench/RESULTS.md, seventh round).
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

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr, const QWidget* widget = nullptr) const override;
};
