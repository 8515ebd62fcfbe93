#pragma once

#include "core/Jwt.h"

#include <QLabel>

class VisibleTicker;

/// A badge with the token's validity state and a live countdown ("Valid · expires in 59 min 12 s"),
/// read from Clock::now() every second while a token with exp or nbf is shown.
class ExpiryBadge : public QLabel
{
    Q_OBJECT
public:
    explicit ExpiryBadge(QWidget* parent = nullptr);

    void setToken(const Jwt& jwt);
    void clear();

    Jwt::Expiry state() const;
    /// Tokens expiring within this many seconds are "Expires soon" (default 300).
    void setSoonSeconds(qint64 seconds);
    bool isTicking() const; ///< the one-second timer runs

    /// Background and text colours for a state, chosen for a light or a dark window.
    static QColor backgroundColor(Jwt::Expiry state, const QPalette& palette);
    static QColor textColor(Jwt::Expiry state, const QPalette& palette);

public slots:
    void refresh();

signals:
    void stateChanged(Jwt::Expiry state);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<qint64> m_exp;
    std::optional<qint64> m_nbf;
    bool m_hasToken = false;
    Jwt m_jwt;
    Jwt::Expiry m_state = Jwt::Expiry::NoExpiry;
    qint64 m_soonSeconds = 300;
    VisibleTicker* m_ticker;
};
