// The Settings dialog as a person meets it: opened from the real main window (Ctrl+,), filled in
// with the keyboard through the window's dialog hook, accepted or cancelled.
#include "GuiTestMain.h"
#include "gui/AppSettings.h"
#include "gui/ClipboardService.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    std::function<int(QDialog&)> m_answer;
    QStringList m_shownValues;

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>();
        MainWindowPrompts prompts;
        prompts.runDialog = [this](QDialog& dialog) {
            dialog.show();
            if (!QTest::qWaitForWindowExposed(&dialog))
                return int(QDialog::Rejected);
            for (const char* name : {"timeoutSpin", "clipboardSpin", "fontSpin"})
                m_shownValues << spin(dialog, name)->text();
            return m_answer(dialog);
        };
        prompts.unsavedChanges = [](const QString&) {
            return MainWindowPrompts::Unsaved::Discard;
        };
        m_window->setPrompts(prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    static QSpinBox* spin(QDialog& dialog, const char* name)
    {
        auto* box = dialog.findChild<QSpinBox*>(QLatin1String(name));
        if (!box)
            qWarning("no spin box named %s", name);
        return box;
    }

    /// Types a value into a spin box as a person would: select all, type.
    static void type(QDialog& dialog, const char* name, const QString& value)
    {
        QSpinBox* box = spin(dialog, name);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, value);
        box->interpretText();
    }

    void openSettings()
    {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

private slots:
    void init()
    {
        QSettings().clear();
        QSettings().sync();
        m_shownValues.clear();
        makeWindow();
    }

    void cleanup()
    {
        m_window.reset();
        AppSettings settings;
        settings.setFontScalePercent(100);
        settings.sync();
    }

    void showsTheCurrentValues()
    {
        m_answer = [](QDialog&) {
            return int(QDialog::Rejected);
        };
        openSettings();
        QCOMPARE(m_shownValues, (QStringList {QStringLiteral("15 s"), QStringLiteral("60 s"), QStringLiteral("100 %")}));
    }

    void acceptedValuesApplyAndPersist()
    {
        const qreal basePoint = QApplication::font().pointSizeF();
        m_answer = [](QDialog& dialog) {
            type(dialog, "timeoutSpin", QStringLiteral("42"));
            type(dialog, "clipboardSpin", QStringLiteral("7"));
            type(dialog, "fontSpin", QStringLiteral("125"));
            dialog.accept();
            return dialog.result();
        };
        openSettings();
        QCOMPARE(m_window->clipboard()->clearDelaySeconds(), 7);
        QCOMPARE(QApplication::font().pointSizeF(), basePoint * 1.25);
        // New profiles take the new default timeout.
        m_window->findChild<QAction*>(QStringLiteral("newProfileAction"))->trigger();
        QCOMPARE(m_window->findChild<QSpinBox*>(QStringLiteral("timeoutSpin"))->value(), 42);
        // Written to the settings file, read back by a new window.
        AppSettings stored;
        QCOMPARE(stored.defaultTimeoutSeconds(), 42);
        QCOMPARE(stored.clipboardClearSeconds(), 7);
        QCOMPARE(stored.fontScalePercent(), 125);
        m_window.reset();
        m_shownValues.clear();
        makeWindow();
        m_answer = [](QDialog&) {
            return int(QDialog::Rejected);
        };
        openSettings();
        QCOMPARE(m_shownValues, (QStringList {QStringLiteral("42 s"), QStringLiteral("7 s"), QStringLiteral("125 %")}));
    }

    void cancelChangesNothing()
    {
        const qreal basePoint = QApplication::font().pointSizeF();
        m_answer = [](QDialog& dialog) {
            type(dialog, "timeoutSpin", QStringLiteral("99"));
            type(dialog, "clipboardSpin", QStringLiteral("5"));
            type(dialog, "fontSpin", QStringLiteral("200"));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            return dialog.result();
        };
        openSettings();
        QCOMPARE(m_window->clipboard()->clearDelaySeconds(), AppSettings::DefaultClipboardClearSeconds);
        QCOMPARE(QApplication::font().pointSizeF(), basePoint);
        QCOMPARE(AppSettings().defaultTimeoutSeconds(), AppSettings::DefaultTimeoutSeconds);
    }

    void zeroMeansNeverClear()
    {
        QString shown;
        m_answer = [&shown](QDialog& dialog) {
            type(dialog, "clipboardSpin", QStringLiteral("0"));
            shown = spin(dialog, "clipboardSpin")->text();
            dialog.accept();
            return dialog.result();
        };
        openSettings();
        QCOMPARE(shown, QStringLiteral("Never"));
        QCOMPARE(m_window->clipboard()->clearDelaySeconds(), 0);
    }
};

int main(int argc, char* argv[])
{
    return guiTestMain<TestSettingsDialog>(argc, argv, "cas-console-settings-test");
}

#include "tst_settingsdialog.moc"
