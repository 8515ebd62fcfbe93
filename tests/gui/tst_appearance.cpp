// Light and dark: the desktop's preference read from a settings portal on the real (private)
// session bus, followed as it changes, and overridden by the Settings choice.
#include "FakeSettingsPortal.h"
#include "GuiTestMain.h"
#include "gui/AppSettings.h"
#include "gui/AppStyle.h"
#include "gui/Appearance.h"
#include "gui/ColorSchemePortal.h"
#include "gui/MainWindow.h"
#include "gui/MainWindowPrompts.h"
#include "gui/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDBusConnection>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace
{
constexpr uint PortalDark = 1;
constexpr uint PortalLight = 2;

bool paletteIsDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}
} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private:
    QPalette m_startPalette;

    // A portal of the given scheme; a listener of our own knows when its signals have arrived.
    std::unique_ptr<FakeSettingsPortal> startPortal(uint value)
    {
        auto portal = std::make_unique<FakeSettingsPortal>(value);
        if (!portal->problem().isEmpty()) {
            qWarning("%s", qPrintable(portal->problem()));
            return nullptr;
        }
        return portal;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "these tests need a session bus (scripts/test.sh starts one)");
        m_startPalette = QApplication::palette();
    }

    void cleanup()
    {
        QApplication::setPalette(m_startPalette);
        QSettings().clear();
    }

    void followsThePortalAtStartAndWhenItChanges()
    {
        const std::unique_ptr<FakeSettingsPortal> portal = startPortal(PortalDark);
        QVERIFY(portal);
        Appearance appearance;
        QCOMPARE(appearance.colorScheme(), ColorScheme::System);
        QTRY_VERIFY(paletteIsDark());
        QVERIFY(appearance.isDark());
        QCOMPARE(AppStyle::currentName().toLower(), QStringLiteral("fusion"));
        QVERIFY(qobject_cast<AppStyle*>(QApplication::style()));

        portal->setColorScheme(PortalLight);
        QTRY_VERIFY(!paletteIsDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), Appearance::lightPalette().color(QPalette::Window));

        portal->setColorScheme(PortalDark);
        QTRY_VERIFY(paletteIsDark());
        QCOMPARE(QApplication::palette().color(QPalette::Base), Appearance::darkPalette().color(QPalette::Base));
    }

    void startsWithTheRememberedPreferenceThenAsksThePortal()
    {
        const std::unique_ptr<FakeSettingsPortal> portal = startPortal(PortalLight);
        QVERIFY(portal);
        Appearance appearance(ColorSchemePortal::Preference::Dark);
        QSignalSpy changed(&appearance, &Appearance::desktopPreferenceChanged);
        // Dark at once, without asking the bus...
        QVERIFY(paletteIsDark());
        QTest::qWait(100);
        QCOMPARE(portal->reads(), 0);
        QVERIFY(paletteIsDark());
        // ...until the portal is asked: the desktop is light now.
        appearance.followDesktop();
        QTRY_VERIFY(!paletteIsDark());
        QCOMPARE(portal->reads(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ColorSchemePortal::Preference>(), ColorSchemePortal::Preference::Light);
        // Followed from then on.
        portal->setColorScheme(PortalDark);
        QTRY_VERIFY(paletteIsDark());
        QCOMPARE(changed.size(), 2);
        appearance.followDesktop(); // once is enough
        QTest::qWait(100);
        QCOMPARE(portal->reads(), 1);
    }

    void aRememberedPreferenceWithoutAPortalIsDropped()
    {
        // No portal on the bus any more: the remembered dark holds only until the read fails.
        Appearance appearance(ColorSchemePortal::Preference::Dark);
        QSignalSpy changed(&appearance, &Appearance::desktopPreferenceChanged);
        QVERIFY(paletteIsDark());
        appearance.followDesktop();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ColorSchemePortal::Preference>(), ColorSchemePortal::Preference::NoPreference);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_startPalette.color(QPalette::Window));
    }

    void theWindowRemembersTheDesktopPreference()
    {
        const std::unique_ptr<FakeSettingsPortal> portal = startPortal(PortalDark);
        QVERIFY(portal);
        QCOMPARE(AppSettings().desktopColorScheme(), ColorSchemePortal::Preference::NoPreference);
        {
            MainWindow window;
            window.show();
            QTRY_VERIFY(paletteIsDark()); // asked after the first frame
        }
        QCOMPARE(AppSettings().desktopColorScheme(), ColorSchemePortal::Preference::Dark);
        QApplication::setPalette(m_startPalette);

        // The next start is dark from its first frame, before the portal is asked.
        const int reads = portal->reads();
        MainWindow window;
        QVERIFY(paletteIsDark());
        QCOMPARE(portal->reads(), reads);
        portal->setColorScheme(PortalLight);
        window.show();
        QTRY_VERIFY(!paletteIsDark());
        QTRY_COMPARE(AppSettings().desktopColorScheme(), ColorSchemePortal::Preference::Light);
    }

    void aHandEditedRememberedPreferenceIsNone()
    {
        for (const QVariant& value :
             {QVariant(7), QVariant(-1), QVariant(QStringLiteral("dark")), QVariant(QStringLiteral("1; rm -rf ~"))}) {
            QSettings().setValue(QStringLiteral("state/desktopColorScheme"), value);
            QSettings().sync();
            QCOMPARE(AppSettings().desktopColorScheme(), ColorSchemePortal::Preference::NoPreference);
        }
        QSettings().setValue(QStringLiteral("state/desktopColorScheme"), 2);
        QSettings().sync();
        QCOMPARE(AppSettings().desktopColorScheme(), ColorSchemePortal::Preference::Light);
    }

    void theSettingOverridesThePortal()
    {
        const std::unique_ptr<FakeSettingsPortal> portal = startPortal(PortalDark);
        QVERIFY(portal);
        Appearance appearance;
        appearance.setColorScheme(ColorScheme::Light);
        ColorSchemePortal listener; // hears the portal after the appearance's own portal does
        QVERIFY(!paletteIsDark());
        QTRY_COMPARE(listener.preference(), ColorSchemePortal::Preference::Dark);
        QVERIFY(!paletteIsDark());

        portal->setColorScheme(PortalLight);
        QTRY_COMPARE(listener.preference(), ColorSchemePortal::Preference::Light);
        appearance.setColorScheme(ColorScheme::Dark);
        QVERIFY(paletteIsDark());

        // Back to System: the portal's current preference (light) again.
        appearance.setColorScheme(ColorScheme::System);
        QVERIFY(!paletteIsDark());
        portal->setColorScheme(PortalDark);
        QTRY_VERIFY(paletteIsDark());
    }

    void withoutAPortalSystemIsThePlatformPalette()
    {
        // No service on the bus: the read fails and the palette stays the platform's.
        Appearance appearance;
        ColorSchemePortal listener;
        appearance.setColorScheme(ColorScheme::Dark);
        QVERIFY(paletteIsDark());
        appearance.setColorScheme(ColorScheme::System);
        QCOMPARE(listener.preference(), ColorSchemePortal::Preference::NoPreference);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_startPalette.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), m_startPalette.color(QPalette::Text));
    }

    void highContrastWinsOverDarkAndGivesItBack()
    {
        Appearance appearance;
        appearance.setColorScheme(ColorScheme::Dark);
        appearance.setHighContrast(true);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
        appearance.setHighContrast(false);
        QVERIFY(paletteIsDark());
    }

    void darkPaletteIsReadable()
    {
        const QPalette dark = Appearance::darkPalette();
        for (const auto& [back, fore] :
             {std::pair {QPalette::Window, QPalette::WindowText}, std::pair {QPalette::Base, QPalette::Text},
              std::pair {QPalette::Button, QPalette::ButtonText}, std::pair {QPalette::Highlight, QPalette::HighlightedText}}) {
            const int contrast = qAbs(dark.color(fore).lightness() - dark.color(back).lightness());
            QVERIFY2(contrast > 100, qPrintable(QStringLiteral("role %1 on %2: %3").arg(fore).arg(back).arg(contrast)));
        }
    }

    void settingsDialogOffersTheThreeChoices()
    {
        SettingsDialog dialog;
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("colorSchemeCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        for (ColorScheme scheme : {ColorScheme::Dark, ColorScheme::Light, ColorScheme::System}) {
            dialog.setColorScheme(scheme);
            QCOMPARE(dialog.colorScheme(), scheme);
        }
        combo->setCurrentIndex(2);
        QCOMPARE(dialog.colorScheme(), ColorScheme::Dark);
    }

    void theWindowStartsWithTheSavedChoiceOverTheSystem()
    {
        const std::unique_ptr<FakeSettingsPortal> portal = startPortal(PortalLight);
        QVERIFY(portal);
        {
            AppSettings settings;
            settings.setColorScheme(ColorScheme::Dark);
            QVERIFY(settings.sync().isEmpty());
        }
        QCOMPARE(AppSettings().colorScheme(), ColorScheme::Dark);
        MainWindow window;
        ColorSchemePortal listener;
        QVERIFY(paletteIsDark());
        QTRY_COMPARE(listener.preference(), ColorSchemePortal::Preference::Light);
        QVERIFY(paletteIsDark());
        QVERIFY(window.palette().color(QPalette::Window).lightness() < 128);
    }

    void choosingInSettingsOverridesTheSystemAndIsKept()
    {
        const std::unique_ptr<FakeSettingsPortal> portal = startPortal(PortalLight);
        QVERIFY(portal);
        MainWindow window;
        MainWindowPrompts prompts = MainWindowPrompts::defaults(&window);
        int chosen = 2; // Dark
        prompts.runDialog = [&chosen](QDialog& dialog) {
            auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("colorSchemeCombo"));
            if (!combo) {
                return int(QDialog::Rejected);
            }
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Home);
            for (int i = 0; i < chosen; ++i) {
                QTest::keyClick(combo, Qt::Key_Down);
            }
            return int(QDialog::Accepted);
        };
        window.setPrompts(prompts);
        ColorSchemePortal listener;
        QTRY_COMPARE(listener.preference(), ColorSchemePortal::Preference::Light);
        QTRY_VERIFY(!paletteIsDark());

        window.showSettings();
        QVERIFY(paletteIsDark());
        QCOMPARE(AppSettings().colorScheme(), ColorScheme::Dark);

        chosen = 0; // back to the system's light
        window.showSettings();
        QVERIFY(!paletteIsDark());
        QCOMPARE(AppSettings().colorScheme(), ColorScheme::System);
    }

    void theWindowFollowsTheSystemByDefault()
    {
        const std::unique_ptr<FakeSettingsPortal> portal = startPortal(PortalDark);
        QVERIFY(portal);
        QCOMPARE(AppSettings().colorScheme(), ColorScheme::System);
        MainWindow window;
        QTRY_VERIFY(paletteIsDark());
        QVERIFY(window.palette().color(QPalette::Window).lightness() < 128);
        portal->setColorScheme(PortalLight);
        QTRY_VERIFY(!paletteIsDark());
    }
};

int main(int argc, char* argv[])
{
    Q_INIT_RESOURCE(resources); // the window icon and the eye buttons
    return guiTestMain<TestAppearance>(argc, argv, "cas-console-appearance-test");
}

#include "tst_appearance.moc"
