#pragma once

#include "core/HistoryStore.h"

#include <QAbstractTableModel>
#include <QSet>

/// Rows for one profile's history, newest first: when it was fetched (local time and how long
/// ago), rid, a live expiry ("in 58 min", "expired 3 min ago"), the HTTP status and the pin.
/// The relative columns are recomputed from Clock::now() on refreshRelative().
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, RidColumn, ExpiresColumn, StatusColumn, PinnedColumn, ColumnCount };
    static constexpr int EntryIdRole = Qt::UserRole + 1;

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(const QList<HistoryEntry>& entries);
    const QList<HistoryEntry>& entries() const;
    std::optional<HistoryEntry> entryAt(int row) const;
    int rowOf(const QString& entryId) const;
    /// Marks an entry whose token the keychain did not give back; the mark stays until the token
    /// is read again successfully.
    void setUnavailable(const QString& entryId, bool unavailable);
    bool hasExpiry() const;

    /// "in 58 min 12 s", "expired 3 min ago", "no expiry"
    static QString describeExpiry(const std::optional<qint64>& exp, const QDateTime& now);
    /// "14:03:12 · 3 min ago" today (local), "2030-01-01 14:03" before
    static QString describeWhen(const QDateTime& fetchedAt, const QDateTime& now);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void refreshRelative();

private:
    QString statusText(const HistoryEntry& entry) const;

    QList<HistoryEntry> m_entries;
    QSet<QString> m_unavailable;
};
