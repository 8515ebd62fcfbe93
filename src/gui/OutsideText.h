#pragma once

#include <QMessageBox>
#include <QString>

/// Text from outside (a server, a token, a key file, a profile read from the settings file) in
/// widgets: never interpreted as rich text, and with every control, bidi and invisible character
/// shown as an escape (SafeText). Labels that show such text use Qt::PlainText; where Qt guesses
/// the format itself (tooltips, dialog labels), these helpers give it text that renders literally.
namespace OutsideText
{
/// Rich text that renders as the given text, character for character, lines and spaces kept:
/// for tooltips, which Qt shows as HTML whenever the text looks like it (Qt::mightBeRichText).
QString html(const QString& text);

/// QMessageBox::question with the text shown as plain text: a profile name "<img src=…>" is
/// shown, not loaded.
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text, QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);
} // namespace OutsideText
