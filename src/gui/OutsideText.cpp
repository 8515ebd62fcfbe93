#include "gui/OutsideText.h"

#include "core/SafeText.h"

namespace OutsideText
{
QString html(const QString& text)
{
    if (text.isEmpty())
        return QString();
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + SafeText::visible(text, SafeText::Lines::Multi).toHtmlEscaped()
        + QStringLiteral("</p>");
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text, QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, SafeText::visible(text, SafeText::Lines::Multi), buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
} // namespace OutsideText
