#pragma once

#include "core/Jwt.h"
#include "core/QrCode.h"
#include "gui/TabPage.h"

#include <QImage>
#include <optional>

class QLabel;
class VisibleTicker;
class QPushButton;
class QSpacerItem;

/// The token as a QR code to scan from a phone: modules scaled to fill the widget on whole
/// pixels, black on white with a 4-module white quiet zone whatever the palette, and the expiry
/// under it, updated every second from Clock::now(). A token too long for one QR code gets a
/// message instead of a code.
class QrView : public TabPage
{
    Q_OBJECT
public:
    static constexpr int QuietZone = QrCode::QuietZone;

    explicit QrView(QWidget* parent = nullptr);

    void setToken(const Jwt& jwt);
    void clear();
    bool hasCode() const;
    /// The code with its quiet zone, moduleSize pixels per module; null without a code.
    QImage codeImage(int moduleSize) const;
    /// Any QR code as a black-on-white image with the quiet zone, moduleSize pixels per module.
    static QImage imageOf(const QrCode& code, int moduleSize);
    /// Pixels per module the widget paints with now (0 without a code).
    int moduleSize() const;
    QString message() const; ///< the text shown instead of a code, empty when there is a code
    /// Presentation mode: the code carries the token, so a placeholder shows until revealed.
    void setMasked(bool masked);
    bool isCodeHidden() const;
    QString expiryText() const;
    /// Writes codeImage() as PNG; false with *error naming the file on failure.
    bool savePng(const QString& path, QString* error = nullptr) const;

public slots:
    void refresh();

signals:
    void saved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QRect codeRect() const;
    void saveAs();
    void updateLayout();
    void updateCode();

    std::optional<QrCode> m_code;
    std::optional<qint64> m_exp;
    bool m_hasToken = false;
    QSpacerItem* m_codeArea = nullptr;
    QSpacerItem* m_belowMessage = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_expiry = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reveal = nullptr;
    QString m_problem; ///< why there is no code
    bool m_masked = false;
    VisibleTicker* m_ticker = nullptr;
};
