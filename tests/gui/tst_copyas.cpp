// CopyAsMenu (every action's exact text, sensitivity and label; templates in the menu) and
// TemplatesDialog (list editing, preview on a sample token, unknown-placeholder warning), offscreen.
#include "gui/ClipboardService.h"
#include "gui/CopyAsMenu.h"
#include "core/SettingsFile.h"
#include "core/Jwt.h"
#include "core/TemplateStore.h"
#include "gui/TemplatesDialog.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace
{
const qint64 Exp = 1893502800; // 2030-01-01 13:00:00 UTC

QString sampleToken()
{
    return makeToken(R"({"alg":"HS256","typ":"JWT"})", "{\"exp\":" + QByteArray::number(Exp) + '}');
}

struct Copy
{
    QString text;
    ClipboardService::Sensitivity sensitivity;
    QString what;
};

Copy takeCopy(QSignalSpy& spy)
{
    if (spy.size() != 1)
        return {QStringLiteral("<%1 signals>").arg(spy.size()), ClipboardService::Sensitivity::Plain, {}};
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(0).toString(), args.at(1).value<ClipboardService::Sensitivity>(), args.at(2).toString()};
}

QAction* action(QMenu& menu, const QString& name)
{
    return menu.findChild<QAction*>(name);
}
} // namespace

class TestCopyAs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    static void setUp(CopyAsMenu& menu)
    {
        menu.setToken(Jwt::parse(sampleToken()));
        menu.setRequestUrl(QUrl(QStringLiteral("https://cas.example.com/stream/token/v2/")));
        menu.setApiKey(QStringLiteral("my-key"));
        menu.setCaFile(QString());
        menu.setDisplayName(QStringLiteral("Ann \"QA\""));
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("secret");
        QTest::addColumn<QString>("what");
        const QString token = sampleToken();
        QTest::newRow("raw") << QStringLiteral("copyAsRaw") << token << true << QStringLiteral("Token");
        QTest::newRow("json") << QStringLiteral("copyAsJson") << QStringLiteral("{\"token\": \"") + token + QStringLiteral("\"}") << true
                              << QStringLiteral("Token as JSON");
        QTest::newRow("env") << QStringLiteral("copyAsEnv") << QStringLiteral("CAS_TOKEN=") + token << true
                             << QStringLiteral("CAS_TOKEN line");
        QTest::newRow("web sdk") << QStringLiteral("copyAsWebSdk")
                                 << QStringLiteral("WTSDK.Session.connect(\"") + token + QStringLiteral("\", \"Ann \\\"QA\\\"\");") << true
                                 << QStringLiteral("Web SDK snippet");
        QTest::newRow("curl") << QStringLiteral("copyAsCurl")
                              << QStringLiteral("curl -sS --proto =https -H 'Auth-API-Key: my-key' -H \"Auth-API-Secret: "
                                                "$CAS_API_SECRET\" -H 'Accept: application/json' "
                                                "'https://cas.example.com/stream/token/v2/'")
                              << false << QStringLiteral("curl command");
    }

    void formats()
    {
        QFETCH(QString, objectName);
        QFETCH(QString, text);
        QFETCH(bool, secret);
        QFETCH(QString, what);
        CopyAsMenu menu;
        setUp(menu);
        QSignalSpy spy(&menu, &CopyAsMenu::copyRequested);
        QAction* item = action(menu, objectName);
        QVERIFY(item);
        QVERIFY(menu.actions().contains(item));
        QVERIFY(item->isEnabled());
        item->trigger();
        const Copy copy = takeCopy(spy);
        QCOMPARE(copy.text, text);
        QCOMPARE(copy.sensitivity, secret ? ClipboardService::Sensitivity::Secret : ClipboardService::Sensitivity::Plain);
        QCOMPARE(copy.what, what);
    }

    void curlCarriesCaFileButNeverTheSecret()
    {
        CopyAsMenu menu;
        setUp(menu);
        menu.setCaFile(QStringLiteral("/tmp/demo ca.pem"));
        QSignalSpy spy(&menu, &CopyAsMenu::copyRequested);
        action(menu, QStringLiteral("copyAsCurl"))->trigger();
        const Copy copy = takeCopy(spy);
        QVERIFY(copy.text.contains(QStringLiteral("--cacert '/tmp/demo ca.pem'")));
        QVERIFY(copy.text.contains(QStringLiteral("$CAS_API_SECRET")));
    }

    void disabledWithoutToken()
    {
        CopyAsMenu menu;
        for (const char* name : {"copyAsRaw", "copyAsJson", "copyAsEnv", "copyAsWebSdk", "copyAsCurl", "copyAsTemplate0"})
            QVERIFY2(!action(menu, QString::fromLatin1(name)) || !action(menu, QString::fromLatin1(name))->isEnabled(), name);
        menu.setRequestUrl(QUrl(QStringLiteral("https://cas.example.com/")));
        QVERIFY(action(menu, QStringLiteral("copyAsCurl"))->isEnabled());
        setUp(menu);
        QVERIFY(action(menu, QStringLiteral("copyAsRaw"))->isEnabled());
        menu.clearToken();
        QVERIFY(!action(menu, QStringLiteral("copyAsRaw"))->isEnabled());
        QSignalSpy spy(&menu, &CopyAsMenu::copyRequested);
        action(menu, QStringLiteral("copyAsRaw"))->trigger();
        QCOMPARE(spy.size(), 0);
    }

    void templatesAppearInMenu()
    {
        CopyAsMenu menu;
        setUp(menu);
        QVERIFY(action(menu, QStringLiteral("copyAsNoTemplates"))->isVisible());
        menu.setTemplates({{QStringLiteral("Kotlin & co"), QStringLiteral("val t = \"${TOKEN}\" // ${EXPIRES_AT} ${DISPLAY_NAME}")},
                           {QStringLiteral("Room"), QStringLiteral("room=${ROOM} name=${DISPLAY_NAME}")}});
        QVERIFY(!action(menu, QStringLiteral("copyAsNoTemplates"))->isVisible());
        QAction* first = action(menu, QStringLiteral("copyAsTemplate0"));
        QAction* second = action(menu, QStringLiteral("copyAsTemplate1"));
        QVERIFY(first && second);
        QCOMPARE(first->text(), QStringLiteral("Kotlin && co"));
        QCOMPARE(second->text(), QStringLiteral("Room"));
        QVERIFY(first->toolTip().isEmpty() || !first->toolTip().contains(QStringLiteral("Unknown")));
        QVERIFY(second->toolTip().contains(QStringLiteral("${ROOM}")));
        const QList<QAction*> actions = menu.actions();
        QVERIFY(actions.indexOf(first) > actions.indexOf(action(menu, QStringLiteral("copyAsCurl"))));
        QVERIFY(actions.indexOf(second) < actions.indexOf(action(menu, QStringLiteral("editTemplates"))));

        QSignalSpy spy(&menu, &CopyAsMenu::copyRequested);
        first->trigger();
        Copy copy = takeCopy(spy);
        QCOMPARE(copy.text, QStringLiteral("val t = \"") + sampleToken() + QStringLiteral("\" // 2030-01-01T13:00:00Z Ann \"QA\""));
        QCOMPARE(copy.sensitivity, ClipboardService::Sensitivity::Secret);
        QCOMPARE(copy.what, QStringLiteral("Template \"Kotlin & co\""));

        second->trigger();
        copy = takeCopy(spy);
        QCOMPARE(copy.text, QStringLiteral("room=${ROOM} name=Ann \"QA\""));
        QCOMPARE(copy.sensitivity, ClipboardService::Sensitivity::Plain); // no token in it

        menu.setTemplates({});
        QVERIFY(!action(menu, QStringLiteral("copyAsTemplate0")));
        QVERIFY(action(menu, QStringLiteral("copyAsNoTemplates"))->isVisible());
    }

    void loadFromStore()
    {
        SettingsFile settings(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter)));
        TemplateStore store(&settings);
        CopyAsMenu menu;
        menu.loadFrom(store);
        QCOMPARE(menu.displayName(), QStringLiteral("Tester"));
        QCOMPARE(action(menu, QStringLiteral("copyAsTemplate0"))->text(), QStringLiteral("Android sample (edit me)"));
        QCOMPARE(action(menu, QStringLiteral("copyAsTemplate1"))->text(), QStringLiteral("iOS sample (edit me)"));
        store.setDisplayName(QStringLiteral("Bob"));
        QVERIFY(store.setTemplates({{QStringLiteral("Only"), QStringLiteral("${TOKEN}")}}));
        menu.loadFrom(store);
        QCOMPARE(menu.displayName(), QStringLiteral("Bob"));
        QCOMPARE(action(menu, QStringLiteral("copyAsTemplate0"))->text(), QStringLiteral("Only"));
        QVERIFY(!action(menu, QStringLiteral("copyAsTemplate1")));
    }

    void editTemplatesAction()
    {
        CopyAsMenu menu;
        QSignalSpy spy(&menu, &CopyAsMenu::editTemplatesRequested);
        QAction* edit = action(menu, QStringLiteral("editTemplates"));
        QVERIFY(edit && edit->isEnabled());
        edit->trigger();
        QCOMPARE(spy.size(), 1);
    }

    void dialogEditsAndPreviews()
    {
        TemplatesDialog dialog;
        dialog.setTemplates({{QStringLiteral("A"), QStringLiteral("token=${TOKEN}")}, {QStringLiteral("B"), QStringLiteral("x")}});
        dialog.setDisplayName(QStringLiteral("Tester"));
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("templateList"));
        auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("templateText"));
        auto* preview = dialog.findChild<QPlainTextEdit*>(QStringLiteral("previewText"));
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("unknownWarning"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit"));
        QVERIFY(list && text && preview && warning && name);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(text->toPlainText(), QStringLiteral("token=${TOKEN}"));
        QCOMPARE(preview->toPlainText(), QStringLiteral("token=") + dialog.sampleToken());
        QVERIFY(Jwt::parse(dialog.sampleToken()).isValid());
        QVERIFY(!warning->isVisible());
        QVERIFY(name->text().isEmpty()); // the default shows as the placeholder

        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("${DISPLAY_NAME} in ${ROOM} until ${EXPIRES_AT}"));
        QCOMPARE(dialog.templates().at(0).text, QStringLiteral("${DISPLAY_NAME} in ${ROOM} until ${EXPIRES_AT}"));
        QVERIFY(preview->toPlainText().startsWith(QStringLiteral("Tester in ${ROOM} until 20")));
        QVERIFY(preview->toPlainText().endsWith(u'Z'));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("${ROOM}")));

        QTest::keyClicks(name, QStringLiteral("Zoe"));
        QVERIFY(preview->toPlainText().startsWith(QStringLiteral("Zoe in ${ROOM}")));
        QCOMPARE(dialog.displayName(), QStringLiteral("Zoe"));

        list->setCurrentRow(1);
        QCOMPARE(text->toPlainText(), QStringLiteral("x"));
        QVERIFY(!warning->isVisible());
        QCOMPARE(dialog.templates().at(0).text, QStringLiteral("${DISPLAY_NAME} in ${ROOM} until ${EXPIRES_AT}"));
    }

    void dialogAddRenameRemove()
    {
        TemplatesDialog dialog;
        dialog.setTemplates({{QStringLiteral("A"), QStringLiteral("a")}});
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("templateList"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("nameError"));
        auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeButton"));

        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(dialog.templates().size(), 3);
        QCOMPARE(dialog.templates().at(1), (CopyTemplate {QStringLiteral("New template"), QStringLiteral("${TOKEN}\n")}));
        QCOMPARE(dialog.templates().at(2).name, QStringLiteral("New template 2"));
        QCOMPARE(list->currentRow(), 2);

        list->item(2)->setText(QStringLiteral("A")); // taken
        QCOMPARE(list->item(2)->text(), QStringLiteral("New template 2"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("There is already a template named \"A\"."));
        list->item(2)->setText(QStringLiteral("  Swift  "));
        QVERIFY(!error->isVisible());
        QCOMPARE(list->item(2)->text(), QStringLiteral("Swift"));
        QCOMPARE(dialog.templates().at(2).name, QStringLiteral("Swift"));

        list->setCurrentRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.templates().size(), 2);
        QCOMPARE(dialog.templates().at(0).name, QStringLiteral("New template"));
        QCOMPARE(list->count(), 2);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(dialog.templates().isEmpty());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!dialog.findChild<QPlainTextEdit*>(QStringLiteral("templateText"))->isEnabled());
    }

    void dialogSavesToStore()
    {
        SettingsFile settings(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter)));
        TemplateStore store(&settings);
        TemplatesDialog dialog;
        dialog.loadFrom(store);
        QCOMPARE(dialog.templates(), TemplateStore::starterTemplates());
        QCOMPARE(dialog.displayName(), QString());
        dialog.findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral("Trainer"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
        QString error;
        QVERIFY2(dialog.saveTo(store, &error), qPrintable(error));
        QCOMPARE(store.displayName(), QStringLiteral("Trainer"));
        QCOMPARE(store.templates().size(), 1);
        QCOMPARE(store.templates().at(0).name, QStringLiteral("iOS sample (edit me)"));
    }
};

QTEST_MAIN(TestCopyAs)
#include "tst_copyas.moc"
