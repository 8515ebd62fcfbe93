#pragma once

#include <QObject>
#include <QTimer>

class QClipboard;
class QMimeData;

/// The one way the app copies text. Tokens and secrets are marked "concealed" for clipboard
/// managers (x-kde-passwordManagerHint: secret, and the Windows/macOS equivalents) and cleared
/// after a delay, only if the clipboard still holds what we put there; also cleared on quit.
class ClipboardService : public QObject
{
    Q_OBJECT
public:
    enum class Sensitivity { Plain, Secret };

    explicit ClipboardService(QObject* parent = nullptr);
    ~ClipboardService() override;

    /// Seconds before a secret copy is cleared; 0 turns clearing off.
    void setClearDelaySeconds(int seconds);
    int clearDelaySeconds() const;

    void copy(const QString& text, Sensitivity sensitivity);
    /// Clears now if the clipboard still holds our last secret copy.
    void clearIfOurs();
    int secondsUntilClear() const; ///< -1 when nothing is pending

    static QMimeData* makeMimeData(const QString& text, Sensitivity sensitivity);

signals:
    /// Every second while a clear is pending (secondsLeft > 0), and 0 once cleared or -1 when
    /// the pending clear was dropped (clipboard changed by someone else, or a plain copy).
    void countdownChanged(int secondsLeft);
    void copied(const QString& description);

private:
    void tick();
    bool holdsOurText(QClipboard* clipboard) const;

    int m_clearDelaySeconds = 60;
    int m_secondsLeft = -1;
    QString m_lastSecret;
    QTimer m_timer;
};
