#include "gui/ClaimsModel.h"

#include "core/Clock.h"
#include "core/Jwt.h"
#include "core/SafeText.h"
#include "gui/OutsideText.h"

#include <QTimeZone>

namespace
{
const int LongValue = 60;
const int MaxCellChars = 200;
const int MaxTooltipChars = 2000;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}
} // namespace

QString ClaimsModel::claimMeaning(const QString& name)
{
    // CAS's own claims: their name is all the public CAS docs give, so nothing more is claimed.
    if (name == QLatin1String("rid") || name == QLatin1String("unct"))
        return tr("Defined by CAS; the public CAS docs do not explain it");
    return Jwt::claimDescription(name);
}

ClaimsModel::ClaimsModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{ }

void ClaimsModel::setMembers(const QList<JsonMember>& members)
{
    beginResetModel();
    m_rows.clear();
    for (const JsonMember& member : members) {
        Row row;
        row.member = member;
        row.meaning = m_kind == Kind::Claims ? claimMeaning(member.key) : Jwt::claimDescription(member.key);
        if (m_kind == Kind::Claims && member.type == JsonMember::Type::Number
            && (member.key == QLatin1String("exp") || member.key == QLatin1String("nbf") || member.key == QLatin1String("iat"))) {
            bool ok = false;
            row.seconds = member.rawValue.toLongLong(&ok);
            row.isTime = ok;
        }
        m_rows.append(row);
    }
    endResetModel();
}

void ClaimsModel::clear()
{
    setMembers({});
}

bool ClaimsModel::hasTimeClaims() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row& row) {
        return row.isTime;
    });
}

int ClaimsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Claims ? RelativeColumn + 1 : MeaningColumn + 1;
}

QString ClaimsModel::displayValue(const Row& row) const
{
    return row.member.type == JsonMember::Type::String ? row.member.stringValue : row.member.rawValue;
}

QVariant ClaimsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const QDateTime utc = row.isTime ? QDateTime::fromSecsSinceEpoch(row.seconds, QTimeZone::utc()) : QDateTime();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return SafeText::visible(row.member.key);
        case ValueColumn: {
            // One line per row, and not more than a cell can show: measuring a 1 MiB value for
            // column sizing would stall the window. The tooltip and the JSON view keep more.
            QString value = displayValue(row).left(MaxCellChars + 1);
            value.replace(QLatin1Char('\n'), QChar(0x21b5));
            value = SafeText::visible(value);
            if (value.size() > MaxCellChars) {
                value = value.left(MaxCellChars) + QChar(0x2026);
            }
            return value;
        }
        case MeaningColumn:
            return row.meaning;
        case LocalTimeColumn:
            return row.isTime ? timeText(utc.toLocalTime()) : QString();
        case UtcTimeColumn:
            return row.isTime ? timeText(utc) : QString();
        case RelativeColumn:
            return row.isTime ? JwtTimeClaim {row.member.key, row.seconds}.describeRelative(Clock::now()) : QString();
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ValueColumn: {
            const QString value = displayValue(row);
            if (value.size() > MaxTooltipChars) {
                return OutsideText::html(
                    tr("%1… (%2 characters; the JSON view shows all)").arg(value.left(MaxTooltipChars)).arg(value.size()));
            }
            return value.size() > LongValue || value.contains(QLatin1Char('\n')) ? OutsideText::html(value) : QVariant();
        }
        case MeaningColumn:
            return row.meaning.isEmpty() ? QVariant() : row.meaning;
        default:
            break;
        }
    } else if (role == Qt::AccessibleTextRole && index.column() == MeaningColumn && row.meaning.isEmpty()) {
        return tr("No registered meaning");
    }
    return {};
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return m_kind == Kind::Claims ? tr("Claim") : tr("Parameter");
    case ValueColumn:
        return tr("Value");
    case MeaningColumn:
        return tr("Meaning");
    case LocalTimeColumn:
        return tr("Time (local)");
    case UtcTimeColumn:
        return tr("Time (UTC)");
    case RelativeColumn:
        return tr("Relative");
    }
    return {};
}

void ClaimsModel::refreshRelative()
{
    if (m_kind != Kind::Claims || m_rows.isEmpty())
        return;
    emit dataChanged(index(0, RelativeColumn), index(int(m_rows.size()) - 1, RelativeColumn), {Qt::DisplayRole});
}
