#pragma once

#include "core/JsonFormatter.h"

#include <QAbstractTableModel>

/// Rows for the top-level members of a token's payload (claims) or header (parameters), in
/// document order, values as carried. Claims also get local, UTC and relative time columns for
/// exp, nbf and iat; the relative column is recomputed from Clock::now() on refreshRelative().
class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Claims, HeaderParameters };
    enum Column { NameColumn, ValueColumn, MeaningColumn, LocalTimeColumn, UtcTimeColumn, RelativeColumn };

    explicit ClaimsModel(Kind kind = Kind::Claims, QObject* parent = nullptr);

    /// The Meaning column of a claim: a registered claim's meaning, or for CAS's own claims
    /// (rid, unct) that CAS defines them and its public docs do not explain them.
    static QString claimMeaning(const QString& name);

    void setMembers(const QList<JsonMember>& members);
    void clear();
    bool hasTimeClaims() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void refreshRelative();

private:
    struct Row
    {
        JsonMember member;
        QString meaning;
        bool isTime = false;
        qint64 seconds = 0;
    };
    QString displayValue(const Row& row) const;

    Kind m_kind;
    QList<Row> m_rows;
};
