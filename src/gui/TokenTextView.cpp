#include "gui/TokenTextView.h"

#include "gui/ClipboardService.h"

#include <QMimeData>

TokenTextView::TokenTextView(QWidget* parent)
    : QPlainTextEdit(parent)
{ }

QMimeData* TokenTextView::createMimeDataFromSelection() const
{
    return ClipboardService::makeMimeData(textCursor().selectedText(), ClipboardService::Sensitivity::Secret);
}
