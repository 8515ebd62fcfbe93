#pragma once

#include <QObject>

class QAction;
class QWidget;

/// Presentation mode (F11): larger type for a shared screen, and high contrast through the
/// window's Appearance; the views it is connected to mask every secret, API key and token. Also
/// owns the window's font scale, since the mode scales type on top of the person's own setting.
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    static constexpr qreal FontFactor = 1.5;

    /// action: the checkable F11 action this mode follows and drives.
    explicit PresentationMode(QAction* action, QObject* parent = nullptr);

    bool isActive() const;
    void setActive(bool active);
    /// Sets the application font to fontScalePercent (times FontFactor while active), and the
    /// monospace fonts of window's children with it.
    void applyFontScale(QWidget* window, int fontScalePercent);
    /// Gives the monospace fonts under root (a view built after the window) the scale in use.
    void scaleNewWidgets(QWidget* root);

signals:
    void toggled(bool active);

private:
    void scaleFixedFonts(QWidget* root) const;

    QAction* m_action;
    qreal m_fixedFontScale = 1.0; ///< the scale the monospace views' fonts are at
};
