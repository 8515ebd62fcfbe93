#include "gui/ClipboardStatusLabel.h"

#include "gui/ClipboardService.h"

#include <QTimer>

ClipboardStatusLabel::ClipboardStatusLabel(ClipboardService* clipboard, QWidget* parent)
    : QLabel(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("clipboardStatus"));
    connect(m_clipboard, &ClipboardService::countdownChanged, this, &ClipboardStatusLabel::countdownChanged);
}

void ClipboardStatusLabel::countdownChanged(int seconds)
{
    if (seconds > 0) {
        setText(tr("Clipboard clears in %n s", nullptr, seconds));
    } else if (seconds == 0) {
        setText(tr("Clipboard cleared"));
        QTimer::singleShot(3000, this, [this] {
            if (m_clipboard->secondsUntilClear() < 0) {
                clear();
            }
        });
    } else {
        clear();
    }
}
