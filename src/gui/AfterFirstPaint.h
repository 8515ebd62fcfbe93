#pragma once

#include <QObject>

#include <functional>

class QWidget;

/// Runs work that the first frame does not need once that frame is on screen: the window icon
/// (an SVG, which loads Qt's SVG icon engine and renders it at several sizes), the keychain check
/// (which loads the keychain module and Qt D-Bus), the colour-scheme portal (a session-bus
/// connection). Each of them used to sit between starting the program and seeing its window.
///
/// The work runs from the event loop right after the window's first paint event, once the window
/// system has drawn that frame (WindowSystem::sync()), or at the latest after MaxWaitMs (a window
/// started minimized, or never shown, is not painted), once. If the window is destroyed first, it
/// does not run.
class AfterFirstPaint : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxWaitMs = 500;

    static void run(QWidget* window, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QWidget* window, std::function<void()> work);
    void fire();

    std::function<void()> m_work;
    bool m_fired = false;
};
