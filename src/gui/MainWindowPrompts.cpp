#include "gui/MainWindowPrompts.h"

#include "gui/OutsideText.h"

#include <QDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

MainWindowPrompts MainWindowPrompts::defaults(QWidget* parent)
{
    MainWindowPrompts prompts;
    prompts.unsavedChanges = [parent](const QString& name) {
        const auto answer =
            OutsideText::question(parent, tr("Unsaved changes"), tr("The profile \"%1\" has changes that are not saved.").arg(name),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save ? Unsaved::Save : answer == QMessageBox::Discard ? Unsaved::Discard : Unsaved::Cancel;
    };
    prompts.confirmRemove = [parent](const QString& name) {
        return OutsideText::question(parent, tr("Remove profile"),
                                     tr("Remove the profile \"%1\" and its API secret from the keychain?").arg(name),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    prompts.askLine = [parent](const QString& title, const QString& label, const QString& initial) -> std::optional<QString> {
        bool ok = false;
        // The label names the profile: escaped, since Qt would take "<b>…" for rich text.
        const QString text = QInputDialog::getText(parent, title, OutsideText::html(label), QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    prompts.expiredToken = [parent](const QString& message) {
        QMessageBox box(QMessageBox::Warning, tr("Token expiry"), message, QMessageBox::NoButton, parent);
        box.setTextFormat(Qt::PlainText);
        QPushButton* fresh = box.addButton(tr("&Fetch a fresh token"), QMessageBox::AcceptRole);
        QPushButton* anyway = box.addButton(tr("Copy &anyway"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(fresh);
        box.exec();
        return box.clickedButton() == fresh ? ExpiredToken::FetchFresh
            : box.clickedButton() == anyway ? ExpiredToken::CopyAnyway
                                            : ExpiredToken::Cancel;
    };
    prompts.askText = [parent](const QString& title, const QString& label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    prompts.keepSecretForNewHost = [parent](const QString& name, const QString& change) {
        QMessageBox box(QMessageBox::Question, tr("Keep the API secret?"),
                        tr("The profile \"%1\" now %2. Keep its saved API secret and send it there?\n\n"
                           "No deletes the saved secret: type the secret for the new host.")
                            .arg(name, change),
                        QMessageBox::Yes | QMessageBox::No, parent);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };
    prompts.removeWithoutKeychain = [parent](const QString& name, const QString& problem) {
        QMessageBox box(
            QMessageBox::Warning, tr("Remove profile"),
            tr("%1\n\nRemove the profile \"%2\" anyway? A secret saved for it earlier stays in the keychain.").arg(problem, name),
            QMessageBox::Yes | QMessageBox::Cancel, parent);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
    prompts.runDialog = [](QDialog& dialog) {
        return dialog.exec();
    };
    return prompts;
}
