#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QAction;
class QBoxLayout;
class QWidget;

/// Presentation mode (F11): the window becomes a stage for a shared screen or a projector. The
/// parts it is given fold away (the profile list and form) and one line with the profile name
/// and the Get-token button stays, the request line below it; type is larger (the application
/// font, which every view follows by itself) and the contrast high through the window's
/// Appearance; the views it is connected to mask every secret, API key and token. Leaving it
/// gives the window back the geometry it had. Also owns the window's font scale, since the mode
/// scales type on top of the person's own setting.
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    static constexpr qreal FontFactor = 1.35;

    /// action: the checkable F11 action this mode follows and drives; window: the one whose
    /// geometry is given back on leaving.
    PresentationMode(QAction* action, QWidget* window);

    /// The stage: foldAway hides while active; requestBar (the request line, then a box of the
    /// controls) turns into two rows with the controls on top; stageLabel (the profile name in
    /// that row) shows only while active.
    void setStage(const QList<QWidget*>& foldAway, QBoxLayout* requestBar, QWidget* stageLabel);

    bool isActive() const;
    void setActive(bool active);
    /// Sets the application font to fontScalePercent (times FontFactor while active). Views
    /// that set a font of their own (monospace text, larger headings) set only what differs, so
    /// they follow it without being told.
    void applyFontScale(int fontScalePercent);

signals:
    /// After the stage is set up (on) or before it is taken down (off): connected views apply
    /// masking and the font scale here.
    void toggled(bool active);

private:
    void enterStage();
    void leaveStage();

    QAction* m_action;
    QWidget* m_window;
    QList<QPointer<QWidget>> m_foldAway;
    QList<QPointer<QWidget>> m_folded; ///< what was shown when the stage was set up
    QBoxLayout* m_requestBar = nullptr;
    QPointer<QWidget> m_stageLabel;
    QRect m_geometry; ///< the window's geometry before the stage
    Qt::WindowStates m_windowState;
};
