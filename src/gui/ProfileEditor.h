#pragma once

#include "core/ProfileStore.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui
{
class ProfileEditor;
}
class QLabel;

/// Edits one profile. The secret field starts empty: the secret is read from the keychain only
/// when needed (reveal, or a token request), by the main window.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    /// Fields that show their own problem under them.
    enum class Field { Url, ApiKey, Secret };

    explicit ProfileEditor(QWidget* parent = nullptr);
    ~ProfileEditor() override;

    /// Loads a profile; isNew marks one that is not saved yet (so it is dirty).
    void setProfile(const Profile& profile, bool isNew = false);
    /// Empties the form: no profile, nothing to save.
    void clearProfile();
    Profile profile() const; ///< the fields as they are now
    Profile savedProfile() const; ///< the fields as last loaded or saved
    QString savedName() const; ///< the name it was loaded under (empty when new)
    bool isNew() const;
    bool isDirty() const;
    void markSaved(); ///< the current fields are now the saved state

    /// Sets the name as if typed (a rename): the profile becomes dirty.
    void setName(const QString& name);
    /// Sets the secret as if typed (a duplicate takes its source's secret): not saved yet.
    void setSecret(const QByteArray& secret);
    void focusName();
    /// Takes the URL, API key and secret from a curl command as the CAS docs print it (what a
    /// person pastes into the URL field); false, with nothing changed, when it is not one.
    bool fillFromCurl(const QString& text);

    bool secretEdited() const; ///< the user typed a secret that is not saved yet
    QByteArray secretText() const;
    /// Shows a secret read from the keychain (not an edit).
    void showLoadedSecret(const QByteArray& secret);
    void setSecretLocation(const QString& text);
    /// Lets the secret's location be selected with the mouse (see MainWindow: after the first frame).
    void setSecretLocationSelectable();
    bool isSecretRevealed() const;
    void setSecretRevealed(bool revealed);
    /// Presentation mode: the API key is masked like the secret; each can be revealed on its own.
    void setMasked(bool masked);
    bool isApiKeyHidden() const;
    /// Fixed profiles (the local demo) cannot be renamed or saved.
    void setLocked(bool locked);

    /// Shows a problem under a field, in the error colour; an empty message hides it. Cleared
    /// when the field is edited or another profile is loaded.
    void setFieldError(Field field, const QString& message);
    QString fieldError(Field field) const;

    /// Chooses a CA file; replaceable in tests.
    void setCaFileChooser(std::function<QString()> chooser);

signals:
    void edited();
    void saveRequested();
    void revertRequested();
    /// The reveal toggle was switched on while the secret is not loaded yet.
    void secretWanted();

private:
    QLabel* errorLabel(Field field) const;

    const QScopedPointer<Ui::ProfileEditor> m_ui;
    Profile m_saved;
    QString m_savedName;
    bool m_new = false;
    bool m_secretEdited = false;
    bool m_secretLoaded = false;
    bool m_locked = false;
    std::function<QString()> m_caFileChooser;
};
