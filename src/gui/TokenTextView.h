#pragma once

#include <QPlainTextEdit>

/// Read-only view of a token. A selection copied from it (Ctrl+C, the context menu, the X11
/// primary selection, a drag) is marked concealed for clipboard managers, like every token copy.
class TokenTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TokenTextView(QWidget* parent = nullptr);

protected:
    QMimeData* createMimeDataFromSelection() const override;
};
