#pragma once

#include "gui/ClipboardService.h"
#include "gui/TabPage.h"

#include <QPointer>
#include <QScopedPointer>
#include <functional>

class HistoryModel;
class VisibleTicker;
class HistoryStore;
struct SecretError;

namespace Ui
{
class HistoryView;
}

/// The tokens fetched for one profile (HistoryStore): re-open one in the inspector, copy it
/// again, pin one as the session token for a second client, clear the profile's history.
/// Tokens are read from the keychain only when opened or copied; the table never shows one.
class HistoryView : public TabPage
{
    Q_OBJECT
public:
    /// Asked before "Clear history"; true goes ahead. The default asks with a message box.
    using ConfirmClear = std::function<bool(const QString& profile, int count)>;

    explicit HistoryView(QWidget* parent = nullptr);
    ~HistoryView() override;

    void setStore(HistoryStore* store);
    void setProfile(const QString& profile);
    QString profile() const;
    void setConfirmClear(ConfirmClear confirm);
    /// Presentation mode. The table shows no secret (rid is not one), so this changes nothing
    /// today; kept so the window can treat every view alike.
    void setMasked(bool masked);
    bool isMasked() const;

    QString selectedEntryId() const;
    void selectEntry(const QString& entryId);
    bool isTicking() const; ///< the one-second refresh of the relative times runs

public slots:
    void openSelected();
    void copySelected();
    void clearHistory();
    void refresh();

signals:
    void openRequested(const QString& token);
    void copyRequested(const QString& text, ClipboardService::Sensitivity sensitivity, const QString& what);

protected:
private:
    void reload();
    void updateButtons();
    void updateStatus();
    void setMessage(const QString& message);
    void withToken(const std::function<void(const QString& token)>& use);

    const QScopedPointer<Ui::HistoryView> m_ui;
    HistoryModel* m_model;
    QPointer<HistoryStore> m_store;
    QString m_profile;
    QString m_message;
    ConfirmClear m_confirmClear;
    bool m_masked = false;
    VisibleTicker* m_ticker = nullptr;
};
