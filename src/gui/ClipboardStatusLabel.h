#pragma once

#include <QLabel>

class ClipboardService;

/// The status bar's note on the clipboard: the countdown until a copied token or secret is
/// cleared, then "Clipboard cleared" for a moment.
class ClipboardStatusLabel : public QLabel
{
    Q_OBJECT
public:
    ClipboardStatusLabel(ClipboardService* clipboard, QWidget* parent = nullptr);

private:
    void countdownChanged(int seconds);

    ClipboardService* m_clipboard;
};
