#pragma once

#include "gui/ClipboardService.h"
#include "core/Jwt.h"
#include "gui/TabPage.h"

#include <QPushButton>
#include <QScopedPointer>

namespace Ui
{
class TokenView;
}

/// The "Token" tab: the compact token with its three parts coloured apart, a live expiry badge,
/// a one-line summary and copy buttons. Copies go out through copyRequested, never to the clipboard.
class TokenView : public TabPage
{
    Q_OBJECT
public:
    /// Longest part shown on screen; copies always carry the whole token.
    static constexpr int MaxDisplayedPartChars = 32 * 1024;
    explicit TokenView(QWidget* parent = nullptr);
    ~TokenView() override;

    void setToken(const Jwt& jwt);
    void clear();
    Jwt token() const;
    bool hasToken() const;

    /// Presentation mode: the token text is hidden unless revealed with the "Reveal" toggle.
    void setMasked(bool masked);
    bool isTokenHidden() const;

    /// Colours of the header, payload and signature text for a light or a dark palette.
    static QColor partColor(int part, const QPalette& palette);

public slots:
    void refresh();

signals:
    void copyRequested(const QString& text, ClipboardService::Sensitivity sensitivity, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void renderToken();
    QString summary() const;

    const QScopedPointer<Ui::TokenView> m_ui;
    Jwt m_jwt;
    bool m_hasToken = false;
    bool m_masked = false;
    QPushButton* m_revealButton;
};
