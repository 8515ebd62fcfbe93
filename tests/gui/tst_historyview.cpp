// HistoryView over a real HistoryStore (gnome-keyring in the test's D-Bus session), offscreen, with
// a ManualClock: the table and its live expiry, open/copy from the keychain, the pin, clearing.
#include "ManualClock.h"
#include "gui/ClipboardService.h"
#include "gui/HistoryModel.h"
#include "core/SettingsFile.h"
#include "core/HistoryStore.h"
#include "gui/HistoryView.h"
#include "core/SecretStore.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace
{
const qint64 Now = 1893499200; // 2030-01-01 12:00:00 UTC

QString makeToken(const QString& rid, qint64 exp, const QByteArray& tag)
{
    const QByteArray payload =
        "{\"rid\":\"" + rid.toUtf8() + "\",\"exp\":" + QByteArray::number(exp) + ",\"iat\":" + QByteArray::number(Now) + "}";
    return ::makeToken("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", payload,
                       "sig-" + tag + '-' + QByteArray::number(QCoreApplication::applicationPid()));
}
} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc())};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsFile> m_settings;
    SecretStore m_secrets;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryView> m_view;
    QStringList m_ids;

    QTableView* table() const
    {
        return m_view->findChild<QTableView*>(QStringLiteral("historyTable"));
    }
    QPushButton* button(const char* name) const
    {
        return m_view->findChild<QPushButton*>(QLatin1String(name));
    }
    QLabel* status() const
    {
        return m_view->findChild<QLabel*>(QStringLiteral("historyStatus"));
    }
    QString cell(int row, int column) const
    {
        return table()->model()->index(row, column).data().toString();
    }

    HistoryEntry add(const QString& profile, const QString& token, int httpStatus = 200)
    {
        bool done = false;
        HistoryEntry added;
        m_store->add(profile, token, httpStatus, [&](const HistoryEntry& entry, const SecretError&) {
            added = entry;
            done = true;
        });
        if (QTest::qWaitFor(
                [&done]() {
                    return done;
                },
                60000)) {
            m_ids << added.id;
        }
        m_clock.advanceSeconds(60);
        return added;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(SecretStore::isKeychainReachable(), "needs gnome-keyring in a private D-Bus session (scripts/test.sh)");
    }

    void init()
    {
        m_clock.setNow(QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc()));
        Clock::setInstance(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<SettingsFile>(m_dir->filePath(QStringLiteral("h.ini")));
        m_store = std::make_unique<HistoryStore>(&m_secrets, m_settings.get());
        m_view = std::make_unique<HistoryView>();
        m_view->setStore(m_store.get());
        m_view->resize(800, 300);
    }

    void cleanup()
    {
        m_view.reset();
        for (const QString& id : std::as_const(m_ids)) {
            bool done = false;
            m_secrets.removeItem(HistoryStore::ServiceName, id, QStringLiteral("test item"), [&done](const SecretError&) {
                done = true;
            });
            QVERIFY(QTest::qWaitFor(
                [&done]() {
                    return done;
                },
                60000));
        }
        m_ids.clear();
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
        Clock::setInstance(nullptr);
    }

    void tableShowsEntriesWithLiveExpiry()
    {
        add(QStringLiteral("prod"), makeToken(QStringLiteral("rid-old"), Now + 600, "old"), 200);
        add(QStringLiteral("prod"), makeToken(QStringLiteral("rid-new"), Now + 3600, "new"), 201);
        add(QStringLiteral("other"), makeToken(QStringLiteral("rid-other"), Now + 3600, "other"));
        // Now = start + 180 s.
        QVERIFY(button("openHistoryEntry") && button("copyHistoryEntry") && button("pinHistoryEntry") && button("clearHistory"));
        QVERIFY(status());
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(status()->text().contains(QLatin1String("Select a profile")));
        QVERIFY(!button("clearHistory")->isEnabled());

        m_view->setProfile(QStringLiteral("prod"));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(table()->model()->rowCount(), 2);
        QCOMPARE(table()->model()->headerData(HistoryModel::ExpiresColumn, Qt::Horizontal).toString(), QStringLiteral("Expires"));
        QCOMPARE(cell(0, HistoryModel::RidColumn), QStringLiteral("rid-new"));
        QCOMPARE(cell(1, HistoryModel::RidColumn), QStringLiteral("rid-old"));
        QCOMPARE(cell(0, HistoryModel::ExpiresColumn), QStringLiteral("in 57 min"));
        QCOMPARE(cell(1, HistoryModel::ExpiresColumn), QStringLiteral("in 7 min"));
        QCOMPARE(cell(0, HistoryModel::StatusColumn), QStringLiteral("201 ok"));
        QVERIFY(cell(0, HistoryModel::WhenColumn).endsWith(QStringLiteral("· 2 min ago")));
        QVERIFY(cell(1, HistoryModel::WhenColumn).endsWith(QStringLiteral("· 3 min ago")));
        QVERIFY(cell(0, HistoryModel::PinnedColumn).isEmpty());
        QVERIFY(status()->text().contains(QLatin1String("2 tokens")));
        QCOMPARE(m_view->selectedEntryId(), m_store->entries(QStringLiteral("prod")).first().id); // newest selected
        QVERIFY(button("openHistoryEntry")->isEnabled());

        // Live: the view repaints the relative columns every second from Clock::now().
        QVERIFY(m_view->isTicking());
        QSignalSpy repainted(table()->model(), &QAbstractItemModel::dataChanged);
        m_clock.advanceSeconds(600);
        QTRY_VERIFY(repainted.count() >= 2);
        QCOMPARE(cell(1, HistoryModel::ExpiresColumn), QStringLiteral("expired 3 min ago"));
        QCOMPARE(cell(0, HistoryModel::ExpiresColumn), QStringLiteral("in 47 min"));
        m_view->hide();
        QVERIFY(!m_view->isTicking());

        m_view->setProfile(QStringLiteral("other"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(cell(0, HistoryModel::RidColumn), QStringLiteral("rid-other"));

        // A new token for the shown profile appears at the top.
        add(QStringLiteral("other"), makeToken(QStringLiteral("rid-later"), Now + 7200, "later"));
        QCOMPARE(table()->model()->rowCount(), 2);
        QCOMPARE(cell(0, HistoryModel::RidColumn), QStringLiteral("rid-later"));
    }

    void openAndCopyEmitTheToken()
    {
        const QString first = makeToken(QStringLiteral("r1"), Now + 3600, "first");
        const QString second = makeToken(QStringLiteral("r2"), Now + 3600, "second");
        const HistoryEntry a = add(QStringLiteral("prod"), first);
        add(QStringLiteral("prod"), second);
        m_view->setProfile(QStringLiteral("prod"));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

        QSignalSpy opened(m_view.get(), &HistoryView::openRequested);
        QSignalSpy copied(m_view.get(), &HistoryView::copyRequested);
        QTest::mouseClick(button("openHistoryEntry"), Qt::LeftButton);
        QVERIFY(opened.wait(60000));
        QVERIFY(opened.takeFirst().at(0).toString() == second);

        m_view->selectEntry(a.id);
        QTest::mouseClick(button("copyHistoryEntry"), Qt::LeftButton);
        QVERIFY(copied.wait(60000));
        const QList<QVariant> args = copied.takeFirst();
        QVERIFY(args.at(0).toString() == first);
        QCOMPARE(args.at(1).value<ClipboardService::Sensitivity>(), ClipboardService::Sensitivity::Secret);
        QVERIFY(!args.at(2).toString().isEmpty());

        // Enter on the table opens, like double-click.
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(1, 0));
        QTest::keyClick(table(), Qt::Key_Return);
        QVERIFY(opened.wait(60000));
        QVERIFY(opened.takeFirst().at(0).toString() == first);

        const QRect rect = table()->visualRect(table()->model()->index(0, HistoryModel::RidColumn));
        // QTest's double-click alone carries no press for the view to pair it with: click first.
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QVERIFY(opened.wait(60000));
        QVERIFY(opened.takeFirst().at(0).toString() == second);
    }

    void unavailableTokenIsReportedNotDropped()
    {
        const HistoryEntry entry = add(QStringLiteral("prod"), makeToken(QStringLiteral("gone"), Now + 3600, "gone"));
        m_view->setProfile(QStringLiteral("prod"));
        bool removed = false;
        m_secrets.removeItem(HistoryStore::ServiceName, entry.id, QStringLiteral("test item"), [&removed](const SecretError&) {
            removed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 60000);

        QSignalSpy opened(m_view.get(), &HistoryView::openRequested);
        QTest::mouseClick(button("openHistoryEntry"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status()->text().contains(QLatin1String("token not available (keychain locked?)")), 60000);
        QCOMPARE(cell(0, HistoryModel::StatusColumn), QStringLiteral("token not available (keychain locked?)"));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(table()->model()->rowCount(), 1);
        QVERIFY(m_store->entry(entry.id));
    }

    void pinToggles()
    {
        const HistoryEntry a = add(QStringLiteral("prod"), makeToken(QStringLiteral("pa"), Now + 3600, "pa"));
        const HistoryEntry b = add(QStringLiteral("prod"), makeToken(QStringLiteral("pb"), Now + 3600, "pb"));
        m_view->setProfile(QStringLiteral("prod"));
        QPushButton* pin = button("pinHistoryEntry");
        QVERIFY(pin->isCheckable());
        QVERIFY(!pin->isChecked());

        m_view->selectEntry(a.id);
        QTest::mouseClick(pin, Qt::LeftButton);
        QCOMPARE(m_store->pinned(QStringLiteral("prod"))->id, a.id);
        QVERIFY(pin->isChecked());
        QCOMPARE(m_view->selectedEntryId(), a.id); // the selection survives the reload
        QCOMPARE(cell(1, HistoryModel::PinnedColumn), QStringLiteral("Pinned"));
        QVERIFY(status()->text().contains(QLatin1String("Pinned for a second client: rid pa")));

        m_view->selectEntry(b.id);
        QVERIFY(!pin->isChecked());
        QTest::mouseClick(pin, Qt::LeftButton);
        QCOMPARE(m_store->pinned(QStringLiteral("prod"))->id, b.id);
        QVERIFY(cell(1, HistoryModel::PinnedColumn).isEmpty());
        QCOMPARE(cell(0, HistoryModel::PinnedColumn), QStringLiteral("Pinned"));

        QTest::mouseClick(pin, Qt::LeftButton);
        QVERIFY(!m_store->pinned(QStringLiteral("prod")));
        QVERIFY(!pin->isChecked());
    }

    void aLongPinnedRidIsShortenedInTheStatus()
    {
        const QString rid = QStringLiteral("start") + QString(300, QLatin1Char('r')) + QStringLiteral("end");
        const HistoryEntry entry = add(QStringLiteral("prod"), makeToken(rid, Now + 3600, "long"));
        m_view->setProfile(QStringLiteral("prod"));
        m_view->selectEntry(entry.id);
        QTest::mouseClick(button("pinHistoryEntry"), Qt::LeftButton);
        const QString stored = m_store->pinned(QStringLiteral("prod"))->rid; // kept at its capped size
        QVERIFY(stored.startsWith(QStringLiteral("startrrr")));
        QVERIFY(stored.size() > 100);
        const QString shown = stored.left(24) + QChar(0x2026) + stored.right(24);
        QVERIFY2(status()->text().contains(QStringLiteral("Pinned for a second client: rid ") + shown + QLatin1Char('.')),
                 qPrintable(status()->text()));
        QCOMPARE(cell(0, HistoryModel::RidColumn), stored); // the table has it whole
        QVERIFY(m_view->minimumSizeHint().width() < 800);
    }

    void clearAsksThroughTheHook()
    {
        const HistoryEntry a = add(QStringLiteral("prod"), makeToken(QStringLiteral("c1"), Now + 3600, "c1"));
        add(QStringLiteral("prod"), makeToken(QStringLiteral("c2"), Now + 3600, "c2"));
        add(QStringLiteral("kept"), makeToken(QStringLiteral("c3"), Now + 3600, "c3"));
        m_view->setProfile(QStringLiteral("prod"));

        QString askedProfile;
        int askedCount = -1;
        bool answer = false;
        m_view->setConfirmClear([&](const QString& profile, int count) {
            askedProfile = profile;
            askedCount = count;
            return answer;
        });
        QTest::mouseClick(button("clearHistory"), Qt::LeftButton);
        QCOMPARE(askedProfile, QStringLiteral("prod"));
        QCOMPARE(askedCount, 2);
        QCOMPARE(table()->model()->rowCount(), 2); // declined: nothing happens

        answer = true;
        QTest::mouseClick(button("clearHistory"), Qt::LeftButton);
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(m_store->entries(QStringLiteral("prod")).isEmpty());
        QCOMPARE(m_store->entries(QStringLiteral("kept")).size(), 1);
        QVERIFY(status()->text().contains(QLatin1String("History cleared")));
        QVERIFY(!button("clearHistory")->isEnabled());
        QVERIFY(!button("openHistoryEntry")->isEnabled());

        bool done = false;
        SecretError error;
        m_secrets.readItem(HistoryStore::ServiceName, a.id, QStringLiteral("test item"),
                           [&](std::optional<QByteArray>, const SecretError& readError) {
                               error = readError;
                               done = true;
                           });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QCOMPARE(error.kind, SecretError::Kind::NotFoundOrLocked);
    }

    void maskedIsHarmless()
    {
        add(QStringLiteral("prod"), makeToken(QStringLiteral("m"), Now + 3600, "m"));
        m_view->setProfile(QStringLiteral("prod"));
        m_view->setMasked(true);
        QVERIFY(m_view->isMasked());
        QCOMPARE(cell(0, HistoryModel::RidColumn), QStringLiteral("m"));
        // The table never carries the token, masked or not.
        for (int column = 0; column < table()->model()->columnCount(); ++column) {
            QVERIFY(!cell(0, column).contains(QLatin1String("eyJ")));
        }
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
