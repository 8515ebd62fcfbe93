#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <optional>

/// An icon made when it is first drawn, measured or asked for its sizes, not when it is handed
/// to a widget (AppStyle uses it for icons that are read from image files).
///
/// Until then isNull() is false: give it only icons that exist.
class DeferredIconEngine : public QIconEngine
{
public:
    using Make = std::function<QIcon()>;

    explicit DeferredIconEngine(Make make);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    bool isNull() override;
    QIconEngine* clone() const override;

    /// Whether the icon has been made (tests).
    bool isMade() const;

private:
    const QIcon& icon();

    Make m_make;
    std::optional<QIcon> m_icon;
};
