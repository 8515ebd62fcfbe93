#include "gui/HistoryView.h"
#include "ui_HistoryView.h"

#include "gui/HistoryModel.h"
#include "core/HistoryStore.h"
#include "core/SafeText.h"
#include "gui/OutsideText.h"
#include "gui/VisibleTicker.h"

#include <QAction>
#include <QHeaderView>
#include <QTimeZone>
#include <QMessageBox>

namespace
{
/// A rid as the status line names it: a long one (the history keeps up to
/// HistoryStore::MaxRidChars) keeps its start and its end; the table has it whole.
QString elidedRid(const QString& rid)
{
    constexpr qsizetype Kept = 24;
    if (rid.size() <= 2 * Kept + 1) {
        return rid;
    }
    // Not between the two halves of a character outside the BMP.
    const qsizetype head = rid.at(Kept - 1).isHighSurrogate() ? Kept - 1 : Kept;
    const qsizetype tail = rid.at(rid.size() - Kept).isLowSurrogate() ? Kept - 1 : Kept;
    return rid.left(head) + QChar(0x2026) + rid.right(tail);
}
} // namespace

HistoryView::HistoryView(QWidget* parent)
    : TabPage(parent)
    , m_ui(new Ui::HistoryView)
    , m_model(new HistoryModel(this))
{
    m_ui->setupUi(this);
    m_ui->historyTable->setModel(m_model);
    QHeaderView* header = m_ui->historyTable->horizontalHeader();
    // The relative columns change every second: fixed widths wide enough for their longest texts
    // keep the table from jittering; pinned rows are bold, so measure bold.
    QFont bold = m_ui->historyTable->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const auto widthFor = [&metrics](const QStringList& samples) {
        int width = 0;
        for (const QString& sample : samples) {
            width = qMax(width, metrics.horizontalAdvance(sample));
        }
        return width + 2 * metrics.averageCharWidth() + 8;
    };
    const QDateTime sampleNow = QDateTime::fromSecsSinceEpoch(1893499200, QTimeZone::utc());
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(HistoryModel::WhenColumn,
                          widthFor({HistoryModel::describeWhen(sampleNow.addSecs(-3599), sampleNow),
                                    HistoryModel::describeWhen(sampleNow.addSecs(-3 * qint64(3600)), sampleNow),
                                    HistoryModel::describeWhen(sampleNow.addDays(-29), sampleNow)}));
    header->resizeSection(
        HistoryModel::ExpiresColumn,
        widthFor({HistoryModel::describeExpiry(1893499200 + 3599, sampleNow), HistoryModel::describeExpiry(1893499200 + 86399, sampleNow),
                  HistoryModel::describeExpiry(1893499200 - 3599, sampleNow),
                  HistoryModel::describeExpiry(1893499200 - 29 * 86400, sampleNow)}));
    // rid takes what is left and elides in the middle, so status and pin stay in view when narrow.
    header->setSectionResizeMode(HistoryModel::RidColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HistoryModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::PinnedColumn, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("000…000")));
    m_ui->historyTable->setTextElideMode(Qt::ElideMiddle);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_confirmClear = [this](const QString& profile, int count) {
        return OutsideText::question(this, tr("Clear history"),
                                     (count == 1 ? tr("Forget the token fetched for profile \"%1\"? It is also "
                                                      "deleted from the keychain.")
                                                 : tr("Forget the %n tokens fetched for profile \"%1\"? They are also "
                                                      "deleted from the keychain.",
                                                      nullptr, count))
                                         .arg(profile),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    // activated: Enter, and double-click (or single click where the platform activates on one).
    connect(m_ui->historyTable, &QAbstractItemView::activated, this, [this](const QModelIndex&) {
        openSelected();
    });
    connect(m_ui->historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_message.clear();
        updateButtons();
        updateStatus();
    });
    auto* copyAction = new QAction(tr("Copy token"), m_ui->historyTable);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &HistoryView::copySelected);
    m_ui->historyTable->addAction(copyAction);

    connect(m_ui->openHistoryEntry, &QPushButton::clicked, this, &HistoryView::openSelected);
    connect(m_ui->copyHistoryEntry, &QPushButton::clicked, this, &HistoryView::copySelected);
    connect(m_ui->clearHistory, &QPushButton::clicked, this, &HistoryView::clearHistory);
    connect(m_ui->pinHistoryEntry, &QPushButton::clicked, this, [this](bool checked) {
        const QString id = selectedEntryId();
        if (m_store && !id.isEmpty()) {
            m_store->setPinned(id, checked);
        }
        updateButtons();
    });

    m_ticker = new VisibleTicker(this, [this] {
        return m_model->rowCount() > 0;
    });
    connect(m_ticker, &VisibleTicker::tick, this, &HistoryView::refresh);
    reload();
}

HistoryView::~HistoryView() = default;

void HistoryView::setStore(HistoryStore* store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (m_store) {
        connect(m_store, &HistoryStore::changed, this, [this](const QString& profile) {
            if (profile == m_profile) {
                reload();
            }
        });
        connect(m_store, &HistoryStore::statusChanged, this, &HistoryView::updateStatus);
    }
    reload();
}

void HistoryView::setProfile(const QString& profile)
{
    if (profile == m_profile) {
        return;
    }
    m_profile = profile;
    m_message.clear();
    reload();
    if (m_model->rowCount() > 0) {
        m_ui->historyTable->selectRow(0);
    }
}

QString HistoryView::profile() const
{
    return m_profile;
}

void HistoryView::setConfirmClear(ConfirmClear confirm)
{
    m_confirmClear = std::move(confirm);
}

void HistoryView::setMasked(bool masked)
{
    m_masked = masked;
}

bool HistoryView::isMasked() const
{
    return m_masked;
}

QString HistoryView::selectedEntryId() const
{
    const QModelIndexList rows = m_ui->historyTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(HistoryModel::EntryIdRole).toString();
}

void HistoryView::selectEntry(const QString& entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row >= 0) {
        m_ui->historyTable->selectRow(row);
    } else {
        m_ui->historyTable->clearSelection();
    }
}

bool HistoryView::isTicking() const
{
    return m_ticker->isTicking();
}

void HistoryView::openSelected()
{
    withToken([this](const QString& token) {
        emit openRequested(token);
    });
}

void HistoryView::copySelected()
{
    withToken([this](const QString& token) {
        emit copyRequested(token, ClipboardService::Sensitivity::Secret, tr("Token from history"));
    });
}

void HistoryView::clearHistory()
{
    const int count = m_model->rowCount();
    if (!m_store || m_profile.isEmpty() || count == 0) {
        return;
    }
    if (m_confirmClear && !m_confirmClear(m_profile, count)) {
        return;
    }
    const QPointer<HistoryView> self(this);
    const QString profile = m_profile;
    m_store->clearProfile(profile, [self, profile](const SecretError& error) {
        if (self && self->m_profile == profile && !error.ok()) {
            self->setMessage(tr("History cleared, but the keychain could not delete every token: %1").arg(error.message));
        }
    });
    setMessage(tr("History cleared."));
}

void HistoryView::refresh()
{
    m_model->refreshRelative();
}

void HistoryView::reload()
{
    const QString selected = selectedEntryId();
    m_model->setEntries(m_store && !m_profile.isEmpty() ? m_store->entries(m_profile) : QList<HistoryEntry>());
    if (!selected.isEmpty()) {
        selectEntry(selected);
    }
    updateButtons();
    updateStatus();
    m_ticker->recheck();
}

void HistoryView::updateButtons()
{
    const QString id = selectedEntryId();
    const std::optional<HistoryEntry> entry = m_model->entryAt(m_model->rowOf(id));
    const bool selected = entry.has_value();
    m_ui->openHistoryEntry->setEnabled(selected);
    m_ui->copyHistoryEntry->setEnabled(selected);
    m_ui->pinHistoryEntry->setEnabled(selected);
    m_ui->pinHistoryEntry->setChecked(selected && entry->pinned);
    m_ui->clearHistory->setEnabled(m_store && m_model->rowCount() > 0);
}

void HistoryView::updateStatus()
{
    QStringList lines;
    if (m_store && !m_store->statusText().isEmpty()) {
        lines << m_store->statusText();
    }
    if (!m_message.isEmpty()) {
        lines << m_message;
    } else if (m_profile.isEmpty()) {
        lines << tr("Select a profile to see the tokens fetched for it.");
    } else if (m_model->rowCount() == 0) {
        lines << tr("No token fetched yet for profile \"%1\".").arg(m_profile);
    } else {
        const std::optional<HistoryEntry> pinned = m_store ? m_store->pinned(m_profile) : std::nullopt;
        if (pinned) {
            lines << tr("Pinned for a second client: rid %1. Copy it and give the second device this same token: "
                        "two clients share a session only with the very same token.")
                         .arg(pinned->rid.isEmpty() ? tr("(none)") : elidedRid(SafeText::visible(pinned->rid)));
        } else {
            const int count = m_model->rowCount();
            const QString text = count == 1 ? tr("1 token fetched for profile \"%1\" (the last %2 are kept).")
                                            : tr("%n tokens fetched for profile \"%1\" (the last %2 are kept).", nullptr, count);
            lines << text.arg(m_profile).arg(HistoryStore::MaxPerProfile);
        }
    }
    const QString text = lines.join(QLatin1Char('\n'));
    m_ui->historyStatus->setText(text);
    m_ui->historyStatus->setAccessibleDescription(text);
}

void HistoryView::setMessage(const QString& message)
{
    m_message = message;
    updateStatus();
}

void HistoryView::withToken(const std::function<void(const QString& token)>& use)
{
    const QString id = selectedEntryId();
    if (!m_store || id.isEmpty()) {
        return;
    }
    const QPointer<HistoryView> self(this);
    m_store->readToken(id, [self, id, use](std::optional<QString> token, const SecretError& error) {
        if (!self) {
            return;
        }
        if (token) {
            self->m_model->setUnavailable(id, false);
            use(*token);
            token->fill(QLatin1Char('\0'));
            return;
        }
        self->m_model->setUnavailable(id, true);
        self->setMessage(error.message);
    });
}
