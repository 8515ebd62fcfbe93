// The Copy templates dialog as a person meets it: opened from the real main window (File → Copy
// templates…), driven through the window's dialog hook, accepted or cancelled; what it saves
// reaches the Copy as… menu and the settings file.
#include "GuiTestMain.h"
#include "core/TemplateStore.h"
#include "gui/CopyAsMenu.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestTemplatesDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    std::function<int(QDialog&)> m_answer;

    template<typename T>
    static T* child(QDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    static QStringList names(const QList<CopyTemplate>& templates)
    {
        QStringList result;
        for (const CopyTemplate& copyTemplate : templates)
            result << copyTemplate.name;
        return result;
    }

    void openTemplates()
    {
        m_window->findChild<QAction*>(QStringLiteral("templatesAction"))->trigger();
    }

    CopyAsMenu* copyAs() const
    {
        return m_window->findChild<CopyAsMenu*>(QStringLiteral("copyAsMenu"));
    }

private slots:
    void init()
    {
        QSettings().clear();
        QSettings().sync();
        m_window = std::make_unique<MainWindow>();
        MainWindowPrompts prompts;
        prompts.runDialog = [this](QDialog& dialog) {
            dialog.show();
            if (!QTest::qWaitForWindowExposed(&dialog))
                return int(QDialog::Rejected);
            return m_answer(dialog);
        };
        m_window->setPrompts(prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void addedTemplateReachesCopyAs()
    {
        const QStringList before = names(copyAs()->templates());
        QString preview;
        QString added;
        m_answer = [&preview, &added](QDialog& dialog) {
            auto* list = child<QListWidget>(dialog, "templateList");
            QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
            added = list->currentItem()->text();
            list->currentItem()->setText(QStringLiteral("Kotlin"));
            auto* text = child<QPlainTextEdit>(dialog, "templateText");
            text->selectAll();
            QTest::keyClicks(text, QStringLiteral("val token = \"${TOKEN}\""));
            preview = child<QPlainTextEdit>(dialog, "previewText")->toPlainText();
            dialog.accept();
            return dialog.result();
        };
        openTemplates();
        QCOMPARE(added, QStringLiteral("New template"));
        // The preview expands the placeholder with the sample token.
        QVERIFY2(preview.startsWith(QLatin1String("val token = \"ey")), qPrintable(preview));
        QVERIFY(!preview.contains(QLatin1String("${TOKEN}")));
        QCOMPARE(names(copyAs()->templates()), before + QStringList {QStringLiteral("Kotlin")});
        QCOMPARE(copyAs()->templates().last().text, QStringLiteral("val token = \"${TOKEN}\""));
        QCOMPARE(names(TemplateStore().templates()), before + QStringList {QStringLiteral("Kotlin")});
    }

    void cancelKeepsTemplates()
    {
        const QList<CopyTemplate> before = copyAs()->templates();
        m_answer = [](QDialog& dialog) {
            QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            return dialog.result();
        };
        openTemplates();
        QCOMPARE(names(copyAs()->templates()), names(before));
        QCOMPARE(names(TemplateStore().templates()), names(before));
    }

    void removedTemplateLeavesCopyAs()
    {
        const QStringList before = names(copyAs()->templates());
        QVERIFY(!before.isEmpty());
        m_answer = [](QDialog& dialog) {
            child<QListWidget>(dialog, "templateList")->setCurrentRow(0);
            QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
            dialog.accept();
            return dialog.result();
        };
        openTemplates();
        QCOMPARE(names(copyAs()->templates()), before.mid(1));
    }

    void takenNameIsRefusedInline()
    {
        const QStringList before = names(copyAs()->templates());
        QVERIFY(before.size() >= 2);
        QString error;
        QString kept;
        m_answer = [&](QDialog& dialog) {
            auto* list = child<QListWidget>(dialog, "templateList");
            list->item(1)->setText(before.first());
            auto* nameError = child<QLabel>(dialog, "nameError");
            error = nameError->isVisible() ? nameError->text() : QString();
            kept = list->item(1)->text();
            dialog.accept();
            return dialog.result();
        };
        openTemplates();
        QVERIFY2(error.contains(before.first()), qPrintable(error));
        QCOMPARE(kept, before.at(1));
        QCOMPARE(names(copyAs()->templates()), before);
    }

    void unknownPlaceholderIsNamed()
    {
        QString warning;
        m_answer = [&warning](QDialog& dialog) {
            QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
            auto* text = child<QPlainTextEdit>(dialog, "templateText");
            text->selectAll();
            QTest::keyClicks(text, QStringLiteral("${TOKEN} ${SESSION_ID}"));
            auto* unknown = child<QLabel>(dialog, "unknownWarning");
            warning = unknown->isVisible() ? unknown->text() : QString();
            QTest::keyClick(&dialog, Qt::Key_Escape);
            return dialog.result();
        };
        openTemplates();
        QVERIFY2(warning.contains(QLatin1String("${SESSION_ID}")), qPrintable(warning));
        QVERIFY(warning.contains(QLatin1String("${DISPLAY_NAME}")));
    }

    void displayNameIsSaved()
    {
        QString preview;
        m_answer = [&preview](QDialog& dialog) {
            QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
            auto* text = child<QPlainTextEdit>(dialog, "templateText");
            text->selectAll();
            QTest::keyClicks(text, QStringLiteral("${DISPLAY_NAME}"));
            QLineEdit* name = child<QLineEdit>(dialog, "displayNameEdit");
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("Trainer"));
            preview = child<QPlainTextEdit>(dialog, "previewText")->toPlainText();
            dialog.accept();
            return dialog.result();
        };
        openTemplates();
        QCOMPARE(preview, QStringLiteral("Trainer"));
        QCOMPARE(copyAs()->displayName(), QStringLiteral("Trainer"));
        QCOMPARE(TemplateStore().displayName(), QStringLiteral("Trainer"));
    }
};

int main(int argc, char* argv[])
{
    return guiTestMain<TestTemplatesDialog>(argc, argv, "cas-console-templates-test");
}

#include "tst_templatesdialog.moc"
