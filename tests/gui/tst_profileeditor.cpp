#include "GuiTestMain.h"
#include "gui/ProfileEditor.h"

#include <QLineEdit>

// The editor holds the API secret as text while a person edits it. A secret that comes in as
// bytes (from the keychain, or from a pasted curl command) must come out as the same bytes, or
// saving the profile would change the secret without anyone having touched it.
class TestProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadedSecretComesBackByteForByte_data();
    void loadedSecretComesBackByteForByte();
    void secretFromCurlKeepsEveryCharacter();

private:
    QLineEdit* secretEdit() const
    {
        return m_editor->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    }

    std::unique_ptr<ProfileEditor> m_editor;
};

void TestProfileEditor::init()
{
    m_editor = std::make_unique<ProfileEditor>();
    QVERIFY(secretEdit());
}

void TestProfileEditor::cleanup()
{
    m_editor.reset();
}

void TestProfileEditor::loadedSecretComesBackByteForByte_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("ascii") << QByteArray("demo-secret");
    QTest::newRow("byte order mark first") << QByteArray("\xEF\xBB\xBF"
                                                         "demo-secret");
    QTest::newRow("byte order mark only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("two marks") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                             "s");
    QTest::newRow("beyond latin-1") << QByteArray("s\xC5\x81\xF0\x9F\x94\x91");
}

void TestProfileEditor::loadedSecretComesBackByteForByte()
{
    QFETCH(QByteArray, secret);
    m_editor->showLoadedSecret(secret);
    QCOMPARE(m_editor->secretText(), secret);

    m_editor->setSecret(secret);
    QCOMPARE(m_editor->secretText(), secret);
}

void TestProfileEditor::secretFromCurlKeepsEveryCharacter()
{
    const QString command = QStringLiteral("curl --url https://cas.example/stream/token/v2/ --header 'Auth-Api-Key: k' "
                                           "--header 'Auth-Api-Secret: \uFEFFs3cret'");
    QVERIFY(m_editor->fillFromCurl(command));
    QCOMPARE(secretEdit()->text(), QStringLiteral("\uFEFFs3cret"));
    QCOMPARE(m_editor->secretText(),
             QByteArray("\xEF\xBB\xBF"
                        "s3cret"));
}

int main(int argc, char** argv)
{
    return guiTestMain<TestProfileEditor>(argc, argv, "cas-console-profileeditor-test");
}

#include "tst_profileeditor.moc"
