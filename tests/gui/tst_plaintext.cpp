// The real main window, offscreen, against a hostile CAS (MisbehavingServer on loopback) that puts
// markup and bidi controls into everything it sends: reason phrase, headers, body, error message,
// and a token whose header parameters, kid, claims and rid carry them too; and a profile whose
// name is markup. Every text the window then shows (labels, tooltips, table cells, text views,
// message boxes, dialog labels) must show the markup literally and the bidi controls as escapes.
#include "GuiTestMain.h"
#include "MisbehavingServer.h"

#include "core/SafeText.h"
#include "gui/FlowDiagram.h"
#include "gui/MainWindow.h"
#include "gui/VerifyView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

#include <functional>

// From TestSupport.h, which this test cannot include (its own base64Url).
void clearApplicationSettings();
namespace
{
// Server and token text: a tag, an image from a local file, a link.
const QString Markup = QStringLiteral("<b>MARK</b><img src=file:///etc/passwd><a href=https://evil.example/>link</a>");
// Profile names cannot hold '/': markup without it.
const QString NameMarkup = QStringLiteral("<b>PMARK<i>x<img src=y>");
const QString ProfileName = QStringLiteral("Prod ") + NameMarkup;
// Reads "login.exe" when the override is obeyed.
const QString Spoof = QString(QChar(0x202e)) + QStringLiteral("exe.nigol");
const QString SpoofShown = QStringLiteral("\\u202eexe.nigol");

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hostile(const char* where)
{
    return QByteArray(where) + ' ' + Markup.toUtf8() + Spoof.toUtf8();
}

QByteArray hostileToken()
{
    const QByteArray header =
        "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + hostile("kid") + "\",\"x-param\":\"" + hostile("param") + "\"}";
    const QByteArray payload = "{\"rid\":\"" + hostile("rid") + "\",\"sub\":\"" + hostile("sub") + " with enough text for a tooltip\","
        + "\"file\":\"" + Spoof.toUtf8() + "\",\"claim " + Markup.toUtf8() + "\":1,\"exp\":4102444800}";
    return base64Url(header) + '.' + base64Url(payload) + '.' + base64Url("signature");
}

// What a person sees for a text in the given format.
QString rendered(const QString& text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

struct Shown
{
    QString where;
    QString text;
};

void addModel(QList<Shown>& shown, const QString& where, const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QString at = QStringLiteral("%1[%2,%3]").arg(where).arg(row).arg(column);
            shown.append({at, index.data(Qt::DisplayRole).toString()});
            shown.append({at + QStringLiteral(" tooltip"), rendered(index.data(Qt::ToolTipRole).toString(), Qt::AutoText)});
            if (column == 0)
                addModel(shown, where, model, index);
        }
    }
}

// Every text shown in a widget tree, as a person sees it; editable fields excepted (what a
// person types there is theirs).
QList<Shown> shownTexts(const QWidget* root)
{
    QList<Shown> shown;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.append(const_cast<QWidget*>(root));
    for (const QWidget* widget : std::as_const(widgets)) {
        const QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
        // What a screen reader says counts too.
        shown.append({name + QStringLiteral(" accessible name"), widget->accessibleName()});
        shown.append({name + QStringLiteral(" accessible description"), widget->accessibleDescription()});
        if (!widget->toolTip().isEmpty())
            shown.append({name + QStringLiteral(" tooltip"), rendered(widget->toolTip(), Qt::AutoText)});
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            shown.append({name, rendered(label->text(), label->textFormat())});
        if (const auto* edit = qobject_cast<const QPlainTextEdit*>(widget); edit && edit->isReadOnly())
            shown.append({name, edit->toPlainText()});
        if (const auto* edit = qobject_cast<const QTextEdit*>(widget); edit && edit->isReadOnly())
            shown.append({name, edit->toPlainText()});
        if (const auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model())
            addModel(shown, name, view->model());
        if (const auto* diagram = qobject_cast<const FlowDiagram*>(widget))
            shown.append({name + QStringLiteral(" chips"), diagram->tokenChips().join(QLatin1Char('\n'))});
        if (const auto* box = qobject_cast<const QMessageBox*>(widget))
            shown.append({name + QStringLiteral(" text"), rendered(box->text(), box->textFormat())});
    }
    return shown;
}

// Markup shown literally, hidden characters only as escapes.
QStringList problems(const QList<Shown>& shown)
{
    QStringList found;
    for (const Shown& s : shown) {
        if (s.text.contains(QLatin1String("MARK")) && !s.text.contains(QLatin1String("PMARK")) && !s.text.contains(Markup))
            found << QStringLiteral("%1 renders markup: %2").arg(s.where, s.text);
        if (s.text.contains(QLatin1String("PMARK")) && !s.text.contains(NameMarkup))
            found << QStringLiteral("%1 renders the profile name's markup: %2").arg(s.where, s.text);
        if (SafeText::visible(s.text, SafeText::Lines::Multi) != s.text)
            found << QStringLiteral("%1 shows a hidden character: %2").arg(s.where, SafeText::visible(s.text));
    }
    return found;
}

bool anyShown(const QList<Shown>& shown, const QString& where, const QString& needle)
{
    return std::any_of(shown.cbegin(), shown.cend(), [&](const Shown& s) {
        return s.where.startsWith(where) && s.text.contains(needle);
    });
}
} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    MisbehavingServer m_server;
    QList<Shown> m_modalShown;

    template<typename T>
    T* find(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    void typeInto(const char* name, const QString& text)
    {
        QLineEdit* edit = find<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    // Runs action, which opens a modal dialog; records what the dialog shows, then dismisses it.
    void inspectModal(const std::function<void()>& action)
    {
        m_modalShown.clear();
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [this, &seen, &poll] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            poll.stop();
            seen = true;
            m_modalShown = shownTexts(modal);
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        poll.start();
        action();
        QTRY_VERIFY(seen);
    }

    void verifyModalShowsNameLiterally()
    {
        QVERIFY(anyShown(m_modalShown, QString(), NameMarkup));
        const QStringList found = problems(m_modalShown);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void fetch()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("getTokenButton")->isEnabled(), 20000);
    }

    void verifyAllShownLiterally()
    {
        // Each tab once in front, so views that fill lazily have filled.
        auto* tabs = find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }
        const QStringList found = problems(shownTexts(m_window.get()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        clearApplicationSettings();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        QTest::keySequence(m_window.get(), QKeySequence::New);
        typeInto("nameEdit", ProfileName);
        typeInto("urlEdit", m_server.baseUrl().toString());
        typeInto("keyEdit", QStringLiteral("key"));
        typeInto("secretEdit", QStringLiteral("secret"));
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE(m_window->currentProfileName(), ProfileName);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void hostileSuccess()
    {
        MisbehavingServer::Response response =
            MisbehavingServer::Response::json(200, "{\"token\":\"" + hostileToken() + "\",\"note\":\"" + hostile("body") + "\"}");
        response.reason = "OK " + hostile("reason");
        response.headers.append(qMakePair(QByteArray("X-Hostile"), hostile("header")));
        // Raw controls in a header are not HTTP and fail the request (tst_casclient); bytes that are
        // not UTF-8 are obs-text, reach the view and must show as escapes.
        response.headers.append(qMakePair(QByteArray("X-Hostile-Latin1"), QByteArray("\x9b\xff")));
        m_server.setResponse(response);
        fetch();
        verifyAllShownLiterally();

        // The spoof is shown, escaped, where a person reads the token and the response.
        const QList<Shown> shown = shownTexts(m_window.get());
        QVERIFY(anyShown(shown, QStringLiteral("claimsTable"), SpoofShown));
        QVERIFY(anyShown(shown, QStringLiteral("payloadJson"), QLatin1Char('"') + SpoofShown + QLatin1Char('"')));
        QVERIFY(anyShown(shown, QStringLiteral("headerTable"), QStringLiteral("kid ") + Markup + SpoofShown));
        QVERIFY(anyShown(shown, QStringLiteral("headerJson"), QStringLiteral("param ") + Markup + SpoofShown));
        QVERIFY(anyShown(shown, QStringLiteral("responseHeaders"), QStringLiteral("header ") + Markup + SpoofShown));
        QVERIFY(anyShown(shown, QStringLiteral("responseHeaders"), QStringLiteral("\\x9b\\xff")));
        QVERIFY(anyShown(shown, QStringLiteral("responseBody"), QStringLiteral("body ") + Markup + SpoofShown));
        QVERIFY(anyShown(shown, QStringLiteral("statusLine"), QStringLiteral("reason ") + Markup + SpoofShown));
        QVERIFY(anyShown(shown, QStringLiteral("historyTable"), QStringLiteral("rid ") + Markup + SpoofShown));
        // Tooltips and labels that carry outside text are never rich text by Qt's guess alone.
        auto* status = find<QLabel>("statusLine");
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY(status->text().contains(Markup));
    }

    void hostileError()
    {
        MisbehavingServer::Response response =
            MisbehavingServer::Response::json(500, "{\"message\":\"" + hostile("message") + "\\u001b]52;c;eA==\\u0007\"}");
        response.reason = "Oops " + hostile("reason");
        m_server.setResponse(response);
        fetch();
        QTRY_VERIFY(find<QWidget>("errorBanner")->isVisible());
        verifyAllShownLiterally();
        const QList<Shown> shown = shownTexts(m_window.get());
        QVERIFY(anyShown(shown, QStringLiteral("bannerMessage"),
                         QStringLiteral("message ") + Markup + SpoofShown + QStringLiteral("\\x1b]52;c;eA==\\x07")));
        QVERIFY(anyShown(shown, QStringLiteral("bannerDetails"), QStringLiteral("reason ") + Markup + SpoofShown));
        QCOMPARE(find<QLabel>("bannerMessage")->textFormat(), Qt::PlainText);
    }

    // The verifier echoes the token's alg, kid and crit in its message.
    void hostileAlgorithmInVerify_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("echoed");
        QTest::newRow("alg") << "{\"alg\":\"" + hostile("alg") + "\",\"kid\":\"" + hostile("kid") + "\"}" << QStringLiteral("alg ");
        QTest::newRow("crit") << "{\"alg\":\"HS256\",\"crit\":[\"" + hostile("crit") + "\"]}" << QStringLiteral("crit ");
    }

    void hostileAlgorithmInVerify()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, echoed);
        const QByteArray token = base64Url(header) + '.' + base64Url("{\"sub\":\"x\"}") + '.' + base64Url("signature");
        m_server.setResponse(MisbehavingServer::Response::json(200, "{\"token\":\"" + token + "\"}"));
        fetch();
        find<QTabWidget>("tabs")->setCurrentWidget(find<QWidget>("verifyTab"));
        auto* verifyView = find<VerifyView>("verifyView");
        verifyView->setKeyMode(VerifyView::KeyMode::SecretText);
        typeInto("secretInput", QStringLiteral("a shared secret of thirty-two bytes"));
        verifyView->verify();
        QTRY_VERIFY(verifyView->hasResult());
        QVERIFY2(anyShown(shownTexts(verifyView), QStringLiteral("verifyMessage"), echoed + Markup + SpoofShown),
                 qPrintable(find<QLabel>("verifyMessage")->text()));
        verifyAllShownLiterally();
    }

    void profileNameInMessageBoxes()
    {
        QVERIFY(m_window->selectProfile(ProfileName));
        inspectModal([this] {
            QTest::mouseClick(find<QAbstractButton>("removeProfileButton"), Qt::LeftButton);
        });
        verifyModalShowsNameLiterally();
        QVERIFY2(m_window->currentProfileName() == ProfileName, "Escape keeps the profile");

        inspectModal([this] {
            QTest::mouseClick(find<QAbstractButton>("renameProfileButton"), Qt::LeftButton);
        });
        verifyModalShowsNameLiterally();

        find<QTabWidget>("tabs")->setCurrentWidget(find<QWidget>("historyTab"));
        QTRY_VERIFY(find<QAbstractButton>("clearHistory")->isEnabled());
        inspectModal([this] {
            QTest::mouseClick(find<QAbstractButton>("clearHistory"), Qt::LeftButton);
        });
        verifyModalShowsNameLiterally();

        // Unsaved changes, then another profile: the question names this one.
        QTest::mouseClick(find<QAbstractButton>("addProfileButton"), Qt::LeftButton);
        typeInto("nameEdit", QStringLiteral("Other"));
        typeInto("urlEdit", m_server.baseUrl().toString());
        typeInto("keyEdit", QStringLiteral("key"));
        typeInto("secretEdit", QStringLiteral("secret"));
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE(m_window->currentProfileName(), QStringLiteral("Other"));
        QVERIFY(m_window->selectProfile(ProfileName));
        typeInto("keyEdit", QStringLiteral("changed"));
        inspectModal([this] {
            m_window->selectProfile(QStringLiteral("Other"));
        });
        verifyModalShowsNameLiterally();
        verifyAllShownLiterally();
    }
};

int main(int argc, char* argv[])
{
    return guiTestMain<TestPlainText>(argc, argv, "cas-console-plaintext-test");
}

#include "tst_plaintext.moc"
