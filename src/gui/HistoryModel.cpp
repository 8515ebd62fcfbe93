#include "gui/HistoryModel.h"
#include "core/Duration.h"

#include "core/Clock.h"
#include "gui/ExpiryBadge.h"
#include "core/SafeText.h"
#include "gui/FontRole.h"
#include "gui/OutsideText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTimeZone>

#include <algorithm>

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void HistoryModel::setEntries(const QList<HistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    QSet<QString> still;
    for (const HistoryEntry& entry : entries) {
        if (m_unavailable.contains(entry.id)) {
            still.insert(entry.id);
        }
    }
    m_unavailable = still;
    endResetModel();
}

const QList<HistoryEntry>& HistoryModel::entries() const
{
    return m_entries;
}

std::optional<HistoryEntry> HistoryModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size()) {
        return std::nullopt;
    }
    return m_entries.at(row);
}

int HistoryModel::rowOf(const QString& entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId) {
            return row;
        }
    }
    return -1;
}

void HistoryModel::setUnavailable(const QString& entryId, bool unavailable)
{
    const int row = rowOf(entryId);
    if (row < 0 || m_unavailable.contains(entryId) == unavailable) {
        return;
    }
    if (unavailable) {
        m_unavailable.insert(entryId);
    } else {
        m_unavailable.remove(entryId);
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool HistoryModel::hasExpiry() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const HistoryEntry& entry) {
        return entry.exp.has_value();
    });
}

QString HistoryModel::describeExpiry(const std::optional<qint64>& exp, const QDateTime& now)
{
    if (!exp) {
        return tr("no expiry");
    }
    const qint64 left = *exp - now.toSecsSinceEpoch();
    if (left > 0) {
        return tr("in %1").arg(Duration::precise(left));
    }
    return left == 0 ? tr("expired just now") : tr("expired %1 ago").arg(Duration::coarse(-left));
}

QString HistoryModel::describeWhen(const QDateTime& fetchedAt, const QDateTime& now)
{
    if (!fetchedAt.isValid()) {
        return tr("unknown");
    }
    const QDateTime local = fetchedAt.toLocalTime();
    if (local.date() != now.toLocalTime().date()) {
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    const qint64 ago = fetchedAt.secsTo(now);
    const QString relative = ago < 5 ? tr("just now") : tr("%1 ago").arg(Duration::coarse(ago));
    return tr("%1 · %2").arg(local.toString(QStringLiteral("HH:mm:ss")), relative);
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return QVariant();
    }
    const HistoryEntry& entry = m_entries.at(index.row());
    const QDateTime now = Clock::now();
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return describeWhen(entry.fetchedAt, now);
        case RidColumn:
            return entry.rid.isEmpty() ? tr("—") : SafeText::visible(entry.rid);
        case ExpiresColumn:
            return describeExpiry(entry.exp, now);
        case StatusColumn:
            return statusText(entry);
        case PinnedColumn:
            return entry.pinned ? tr("Pinned") : QString();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return tr("Fetched %1 (local) / %2 UTC")
                .arg(entry.fetchedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     entry.fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case RidColumn:
            return entry.rid.isEmpty() ? tr("The token carries no rid claim") : OutsideText::html(entry.rid);
        case ExpiresColumn:
            if (entry.exp) {
                const QDateTime utc = QDateTime::fromSecsSinceEpoch(*entry.exp, QTimeZone::utc());
                return tr("exp: %1 (local) / %2 UTC")
                    .arg(utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            }
            return tr("The token carries no exp claim");
        case StatusColumn:
            if (entry.sessionOnly) {
                return tr("No keychain: this token is kept in memory until the console quits");
            }
            return m_unavailable.contains(entry.id) ? tr("The keychain did not give this token back: it may be locked. The entry is kept.")
                                                    : QVariant();
        case PinnedColumn:
            return entry.pinned ? tr("The session token handed to a second client") : QVariant();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn && entry.exp && *entry.exp <= now.toSecsSinceEpoch()) {
            return ExpiryBadge::textColor(Jwt::Expiry::Expired, QGuiApplication::palette());
        }
        if (index.column() == StatusColumn && (m_unavailable.contains(entry.id) || entry.httpStatus < 200 || entry.httpStatus >= 300)) {
            return ExpiryBadge::textColor(Jwt::Expiry::Expired, QGuiApplication::palette());
        }
        break;
    case Qt::FontRole:
        if (index.column() == RidColumn || entry.pinned) {
            // rid is a hex id: fixed width keeps the ids comparable at a glance.
            QFont font = index.column() == RidColumn ? FontRole::monospace() : QFont();
            font.setBold(entry.pinned);
            return font;
        }
        break;
    case Qt::AccessibleDescriptionRole:
        if (index.column() == PinnedColumn) {
            return entry.pinned ? tr("pinned") : tr("not pinned");
        }
        break;
    }
    return QVariant();
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case RidColumn:
        return tr("rid");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    case PinnedColumn:
        return tr("Pin");
    }
    return QVariant();
}

void HistoryModel::refreshRelative()
{
    if (m_entries.isEmpty()) {
        return;
    }
    const int last = int(m_entries.size()) - 1;
    emit dataChanged(index(0, WhenColumn), index(last, WhenColumn), {Qt::DisplayRole});
    emit dataChanged(index(0, ExpiresColumn), index(last, ExpiresColumn), {Qt::DisplayRole, Qt::ForegroundRole});
}

QString HistoryModel::statusText(const HistoryEntry& entry) const
{
    if (m_unavailable.contains(entry.id)) {
        return HistoryStore::tokenUnavailableText();
    }
    // Session-only entries are said once, in the view's status line, and in this cell's tooltip.
    return entry.httpStatus >= 200 && entry.httpStatus < 300 ? tr("%1 ok").arg(entry.httpStatus) : tr("HTTP %1").arg(entry.httpStatus);
}
