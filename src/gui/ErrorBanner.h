#pragma once

#include <QFrame>
#include <QStringList>

struct CasError;
class QLabel;
class QToolButton;

/// An inline banner above the content: what went wrong in plain language, the technical detail
/// behind a "Details" toggle, and a close button. Hidden until something is shown.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Info };

    explicit ErrorBanner(QWidget* parent = nullptr);
    ~ErrorBanner() override;

    void showError(const CasError& error);
    void showMessage(const QString& message, const QString& detail = {});
    /// A neutral note, e.g. "Decoded from the clipboard; no request was made".
    void showInfo(const QString& message);
    void hideBanner();
    /// Presentation mode: these values (an API key, a secret) and anything shaped like a token
    /// are masked in the message and the details.
    void setMasked(bool masked, const QStringList& hiddenValues = {});

    Kind kind() const;
    QString message() const;
    QString detail() const;

signals:
    void closed(); ///< the user closed the banner

protected:
    void changeEvent(QEvent* event) override;

private:
    void present(Kind kind, const QString& message, const QString& detail);
    void showTexts();
    void applyColours();
    void setDetailsVisible(bool visible);

    Kind m_kind = Kind::Error;
    QLabel* m_icon;
    QLabel* m_message;
    QLabel* m_details;
    QToolButton* m_detailsButton;
    QToolButton* m_closeButton;
    bool m_applyingColours = false;
    bool m_masked = false;
    QStringList m_hiddenValues;
    QString m_rawMessage;
    QString m_rawDetail;
};
