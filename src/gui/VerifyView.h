#pragma once

#include "core/JwsVerifier.h"
#include "gui/TabPage.h"

#include <QScopedPointer>
#include <functional>

class Jwt;

namespace Ui
{
class VerifyView;
}

/// Checks the signature of the current token with a shared secret or a public key (PEM,
/// certificate, JWK, JWKS). The result resets whenever the token or the key changes.
class VerifyView : public TabPage
{
    Q_OBJECT
public:
    enum class KeyMode { SecretText, SecretBase64, PublicKey };

    explicit VerifyView(QWidget* parent = nullptr);
    ~VerifyView() override;

    /// Verifies the token's compact form (cleaned of what the decoder tolerated).
    void setToken(const Jwt& jwt);
    /// Verifies exactly this text, so a pasted token with whitespace inside fails as it should.
    void setTokenText(const QString& exactText);
    /// The same, with the text's parse the caller has already (parsing a large token twice would
    /// block the window).
    void setTokenText(const QString& exactText, const Jwt& parsed);
    /// Forgets the token, the secret and the key text.
    void clear();

    KeyMode keyMode() const;
    void setKeyMode(KeyMode mode);
    VerifyResult lastResult() const;
    bool hasResult() const; ///< false until Verify was pressed for the current token and key

    /// Returns the chosen file path, or an empty string when cancelled. Tests replace it.
    void setKeyFileChooser(std::function<QString()> chooser);
    /// Reads a key file into the key text and switches to the public key mode.
    bool loadKeyFromFile(const QString& path);

public slots:
    void verify();

signals:
    void verificationFinished(const VerifyResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setTokenInternal(const QString& text, const QString& algorithm, const QString& keyId);
    void chooseModeFor(const QString& algorithm);
    void updateKeyWidgets();
    void resetResult();
    void showResult();

    const QScopedPointer<Ui::VerifyView> m_ui;
    std::function<QString()> m_keyFileChooser;
    QString m_tokenText;
    VerifyResult m_lastResult;
    bool m_hasResult = false;
};
