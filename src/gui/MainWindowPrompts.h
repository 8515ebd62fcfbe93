#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QDialog;
class QWidget;

/// Questions the window asks a person. Tests replace them instead of answering modal dialogs.
struct MainWindowPrompts
{
    Q_DECLARE_TR_FUNCTIONS(MainWindowPrompts)

public:
    enum class Unsaved { Save, Discard, Cancel };
    std::function<Unsaved(const QString& profileName)> unsavedChanges;
    std::function<bool(const QString& profileName)> confirmRemove;
    /// A line of text (new name), or nullopt when cancelled.
    std::function<std::optional<QString>(const QString& title, const QString& label, const QString& initial)> askLine;
    /// Before handing out a token that expired or is about to: what to do.
    enum class ExpiredToken { FetchFresh, CopyAnyway, Cancel };
    std::function<ExpiredToken(const QString& message)> expiredToken;
    /// Multi-line text (a token to decode), or nullopt when cancelled.
    std::function<std::optional<QString>(const QString& title, const QString& label)> askText;
    /// A saved profile now points at another CAS origin or API key and no new secret was typed:
    /// true keeps the stored secret for the new host, false (the default answer) deletes it.
    std::function<bool(const QString& profileName, const QString& change)> keepSecretForNewHost;
    /// No keychain answers, so a secret saved earlier cannot be deleted: true removes the profile anyway.
    std::function<bool(const QString& profileName, const QString& problem)> removeWithoutKeychain;
    /// Runs a dialog (Settings, Copy templates) and returns its result code. Tests fill it in
    /// and accept or reject it instead of exec().
    std::function<int(QDialog& dialog)> runDialog;

    /// Message boxes and input dialogs over parent.
    static MainWindowPrompts defaults(QWidget* parent);
};
