#pragma once

#include "core/Jwt.h"
#include "gui/TabPage.h"

#include <QScopedPointer>
#include <QTimer>

class ClaimsModel;
class JsonHighlighter;

namespace Ui
{
class DecodedView;
}

/// The "Decoded" tab: header and payload as pretty JSON exactly as carried (highlighted from
/// the core's spans), a claims table with times, header parameter meanings and decode warnings.
class DecodedView : public TabPage
{
    Q_OBJECT
public:
    /// Longest JSON text shown (and highlighted); the rest is named, not laid out.
    static constexpr int MaxDisplayedChars = 64 * 1024;
    /// Header and payload JSON longer than this (together) are laid out only while the view is
    /// shown: set on a hidden view, they wait for its next show.
    static constexpr int LazyJsonChars = 16 * 1024;
    explicit DecodedView(QWidget* parent = nullptr);
    ~DecodedView() override;

    void setToken(const Jwt& jwt);
    void clear();
    bool hasToken() const;

    ClaimsModel* claimsModel() const;
    ClaimsModel* headerModel() const;
    bool isTicking() const; ///< the relative times refresh every second

public slots:
    /// Recomputes the relative times from Clock::now().
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    static QString displayedJson(const QString& pretty);
    void showJson();
    void clearJson();
    void updateTimer();
    void applyPalette();
    void fitColumns();
    void fitWarnings();

    const QScopedPointer<Ui::DecodedView> m_ui;
    ClaimsModel* m_claims;
    ClaimsModel* m_header;
    JsonHighlighter* m_headerHighlighter;
    JsonHighlighter* m_payloadHighlighter;
    Jwt m_jwt;
    bool m_hasToken = false;
    bool m_jsonPending = false; ///< m_jwt's JSON is not laid out yet (set while hidden)
    QTimer m_timer;
};
