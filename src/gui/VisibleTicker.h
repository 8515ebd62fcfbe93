#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

class QWidget;

/// A once-a-second refresh that runs only while its widget is shown and something on it changes
/// with time (an expiry countdown, relative times): tick() fires each second and whenever the
/// widget is shown again. The owner calls recheck() when what it shows changes.
class VisibleTicker : public QObject
{
    Q_OBJECT
public:
    /// needed: whether the widget shows something that changes with time now.
    VisibleTicker(QWidget* widget, std::function<bool()> needed);

    void recheck();
    bool isTicking() const;

signals:
    void tick();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget;
    std::function<bool()> m_needed;
    QTimer m_timer;
};
