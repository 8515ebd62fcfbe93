#include "CountingWrapLabel.h"
#include "GuiTestMain.h"
#include "gui/FontRole.h"
#include "gui/WrapLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

// WrapLabel keeps QLabel's answers (its size hints and its heights at a width) and skips laying
// its text out at a width where every paragraph fits on one line. Its answers must be QLabel's
// own at every width, for plain and selectable labels (a selectable one is laid out as a text
// document), with margins, indents, frames, alignments, fonts and scripts, and after changes.
class TestWrapLabel : public QObject
{
    Q_OBJECT

private slots:
    void answersAreQLabels_data();
    void answersAreQLabels();
    void widthsWhereTheTextFitsAreNotLaidOut_data();
    void widthsWhereTheTextFitsAreNotLaidOut();
    void answersFollowChanges();
    void picturesAreLeftToQLabel();
    void selectableTextLooksTheSame_data();
    void selectableTextLooksTheSame();
    void becomingSelectableMeasuresAgain_data();
    void becomingSelectableMeasuresAgain();
};

namespace
{
enum Setup {
    Plain = 0,
    Selectable = 1,
    Margin = 2,
    Indent = 4,
    Frame = 8,
    Centered = 16,
    RightAligned = 32,
    Monospace = 64,
    Large = 128,
    MinimumWidth = 256,
    ContentsMargins = 512,
    ClickFocus = 1024,
};

void setUp(QLabel& label, int setup)
{
    label.setWordWrap(true);
    label.setTextFormat(Qt::PlainText);
    if (setup & Selectable) {
        label.setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    if (setup & ClickFocus) {
        label.setFocusPolicy(Qt::ClickFocus); // a text document too, without selection
    }
    if (setup & Margin) {
        label.setMargin(3);
    }
    if (setup & Indent) {
        label.setIndent(7);
    }
    if (setup & Frame) {
        label.setFrameStyle(QFrame::Box | QFrame::Plain); // and an indent of an x's width
    }
    if (setup & Centered) {
        label.setAlignment(Qt::AlignCenter);
    }
    if (setup & RightAligned) {
        label.setAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    if (setup & Monospace) {
        label.setFont(FontRole::monospace());
    }
    if (setup & Large) {
        QFont font = label.font();
        font.setPointSizeF(font.pointSizeF() * 1.7);
        label.setFont(font);
    }
    if (setup & MinimumWidth) {
        label.setMinimumWidth(150);
    }
    if (setup & ContentsMargins) {
        label.setContentsMargins(5, 2, 9, 4);
    }
}

/// QLabel's minimum size hint as a WrapLabel caps it: wrapped text at most MinimumWidthChars
/// characters wide.
QSize cappedMinimum(const QLabel& label)
{
    QSize size = label.minimumSizeHint();
    if (!label.wordWrap() || label.text().isEmpty()) {
        return size;
    }
    const QMargins margins = label.contentsMargins();
    const int cap =
        label.fontMetrics().averageCharWidth() * WrapLabel::MinimumWidthChars + 2 * label.margin() + margins.left() + margins.right();
    size.setWidth(std::min(size.width(), cap));
    return size;
}

/// The widest paragraph's advance: the widths around it are where a wrap appears or goes.
int widestParagraph(const QLabel& label)
{
    int widest = 0;
    for (const QString& paragraph : label.text().split(u'\n')) {
        widest = std::max(widest, label.fontMetrics().horizontalAdvance(paragraph));
    }
    return widest;
}

/// Every width around the widest paragraph (with room for margins, indents and frames), and a
/// sample of the others from nothing to well past it.
QList<int> widthsToAsk(const QLabel& label)
{
    const int widest = widestParagraph(label);
    QList<int> widths;
    for (int width = 0; width < widest + 120; width += 9) {
        widths << width;
    }
    for (int width = std::max(0, widest - 12); width < widest + 40; ++width) {
        widths << width;
    }
    widths << 16777215;
    return widths;
}

const QString Keychain = QStringLiteral("Stored in the system keychain (Secret Service)");
const QString Request = QStringLiteral("GET https://cas-0.example.com/stream/token/v2/");
const QString Paragraphs = QStringLiteral("A profile holds a CAS URL and an API key; its API secret is kept in the system keychain.\n\n"
                                          "No account yet? The local demo runs a CAS on this computer.");

/// Texts both comparisons use: ours, and the scripts and shapes that lay out differently.
QList<std::pair<const char*, QString>> sampleTexts()
{
    return {
        {"keychain", Keychain},
        {"request line", Request},
        {"paragraphs", Paragraphs},
        {"one word", QStringLiteral("x")},
        {"long word", QStringLiteral("https://cas.example/") + QString(120, u'p')},
        {"cyrillic", QStringLiteral("Профиль хранит адрес CAS и ключ API")},
        {"cjk", QStringLiteral("令牌 已 保存 在 系统 钥匙串 中 令牌")},
        {"combining marks", QStringLiteral("Cafe\u0301 re\u0301sume\u0301 nai\u0308ve words")},
        {"emoji", QStringLiteral("Token ready \U0001F511 copy it")},
    };
}
} // namespace

void TestWrapLabel::answersAreQLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("setup");
    QTest::addColumn<bool>("hintsFirst");

    QList<std::pair<const char*, QString>> texts = sampleTexts();
    texts << std::pair {"trailing spaces", QStringLiteral("Spaces after the words    ")}
          << std::pair {"leading spaces", QStringLiteral("    Spaces before the words")}
          << std::pair {"double spaces", QStringLiteral("Two  spaces  between  words  here")}
          << std::pair {"tab", QStringLiteral("A tab\there and more words after it")}
          << std::pair {"ampersand", QStringLiteral("Keys & secrets & tokens")}
          << std::pair {"arabic", QStringLiteral("الرمز محفوظ في سلسلة مفاتيح النظام")}
          << std::pair {"mixed directions", QStringLiteral("Token الرمز محفوظ in the keychain")}
          << std::pair {"line separator", QStringLiteral("First line\u2028second line of the label")};
    const QList<std::pair<const char*, int>> setups {
        {"plain", Plain},
        {"selectable", Selectable},
        {"click focus", ClickFocus},
        {"margin", Margin | Selectable},
        {"indent", Indent},
        {"frame", Frame | Selectable},
        {"frame plain", Frame},
        {"centered", Centered | Selectable},
        {"right", RightAligned},
        {"monospace", Monospace | Selectable},
        {"large", Large},
        {"minimum width", MinimumWidth | Selectable},
        {"contents margins", ContentsMargins | Indent | Selectable},
    };
    for (const auto& [textName, text] : texts) {
        for (const auto& [setupName, setup] : setups) {
            for (const bool hintsFirst : {true, false}) {
                QTest::addRow("%s, %s, %s", textName, setupName, hintsFirst ? "hints first" : "heights first")
                    << text << setup << hintsFirst;
            }
        }
    }
}

void TestWrapLabel::answersAreQLabels()
{
    QFETCH(QString, text);
    QFETCH(int, setup);
    QFETCH(bool, hintsFirst);

    QLabel reference(text);
    WrapLabel label(text);
    setUp(reference, setup);
    setUp(label, setup);
    QCOMPARE(label.font(), reference.font());

    const auto compareHints = [&] {
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), cappedMinimum(reference));
    };
    if (hintsFirst) {
        compareHints();
    }
    QList<int> widths = widthsToAsk(reference);
    for (const int width : std::as_const(widths)) {
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    }
    // Again, from wide to narrow, with what was kept.
    std::reverse(widths.begin(), widths.end());
    for (const int width : std::as_const(widths)) {
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    }
    compareHints();
}

void TestWrapLabel::widthsWhereTheTextFitsAreNotLaidOut_data()
{
    QTest::addColumn<bool>("selectable");
    QTest::newRow("plain") << false;
    QTest::newRow("selectable") << true;
}

void TestWrapLabel::widthsWhereTheTextFitsAreNotLaidOut()
{
    QFETCH(bool, selectable);
    QLabel reference(Keychain);
    CountingWrapLabel label(Keychain);
    setUp(reference, selectable ? Selectable : Plain);
    setUp(label, selectable ? Selectable : Plain);

    // Before the hints are known, each width is laid out.
    const int wide = widestParagraph(reference) + 10;
    QCOMPARE(label.heightForWidth(wide), reference.heightForWidth(wide));
    QCOMPARE(label.layouts, 1);

    // Once they are, no width where the text fits on one line is.
    QCOMPARE(label.sizeHint(), reference.sizeHint());
    const int oneLine = reference.minimumSizeHint().height();
    for (int width = wide; width < wide + 600; width += 3) {
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
        QCOMPARE(label.heightForWidth(width), oneLine);
    }
    QCOMPARE(label.layouts, 1);

    // A width where the text wraps still is, once.
    const int narrow = reference.sizeHint().width();
    QVERIFY(reference.heightForWidth(narrow) > oneLine);
    QCOMPARE(label.heightForWidth(narrow), reference.heightForWidth(narrow));
    QCOMPARE(label.heightForWidth(narrow), reference.heightForWidth(narrow));
    QCOMPARE(label.layouts, 2);
}

void TestWrapLabel::answersFollowChanges()
{
    QLabel reference(Keychain);
    CountingWrapLabel label(Keychain);
    setUp(reference, Plain);
    setUp(label, Plain);
    const auto same = [&](const char* what) {
        for (const int width : {60, 120, 200, 320, 480, 900}) {
            if (label.heightForWidth(width) != reference.heightForWidth(width)) {
                qWarning("after %s: height %d at %d against QLabel's %d", what, label.heightForWidth(width), width,
                         reference.heightForWidth(width));
                return false;
            }
        }
        if (label.sizeHint() != reference.sizeHint() || label.minimumSizeHint() != cappedMinimum(reference)) {
            qWarning("after %s: hints differ", what);
            return false;
        }
        return true;
    };
    QVERIFY(same("nothing"));

    // Each change made to both labels, in turn; WrapLabel must answer anew after each.
    const QList<std::pair<const char*, std::function<void(QLabel&)>>> changes {
        {"a longer text",
         [](QLabel& l) {
             l.setText(Paragraphs);
         }},
        {"the first text again",
         [](QLabel& l) {
             l.setText(Keychain);
         }},
        {"a larger font",
         [](QLabel& l) {
             QFont larger = l.font();
             larger.setPointSizeF(larger.pointSizeF() * 2);
             l.setFont(larger);
         }},
        {"a margin",
         [](QLabel& l) {
             l.setMargin(6);
         }},
        {"an indent",
         [](QLabel& l) {
             l.setIndent(12);
         }},
        {"contents margins",
         [](QLabel& l) {
             l.setContentsMargins(10, 0, 30, 5);
         }},
        {"a frame",
         [](QLabel& l) {
             l.setFrameStyle(QFrame::Panel | QFrame::Sunken);
         }},
        {"selectable",
         [](QLabel& l) {
             l.setTextInteractionFlags(Qt::TextSelectableByMouse);
         }},
        {"right aligned",
         [](QLabel& l) {
             l.setAlignment(Qt::AlignRight);
         }},
        {"a minimum width",
         [](QLabel& l) {
             l.setMinimumWidth(260);
         }},
        {"a maximum width",
         [](QLabel& l) {
             l.setMaximumWidth(300);
         }},
        {"rich text",
         [](QLabel& l) {
             l.setTextFormat(Qt::RichText);
         }},
        {"rich text with markup",
         [](QLabel& l) {
             l.setText(QStringLiteral("A <b>bold</b> word among plain words in a paragraph"));
         }},
        {"plain text again",
         [](QLabel& l) {
             l.setTextFormat(Qt::PlainText);
         }},
        {"no word wrap",
         [](QLabel& l) {
             l.setWordWrap(false);
         }},
        {"word wrap again",
         [](QLabel& l) {
             l.setWordWrap(true);
         }},
    };
    for (const auto& [what, change] : changes) {
        change(label);
        change(reference);
        QVERIFY2(same(what), what);
    }
    // A buddy: the text's ampersand becomes a shortcut, laid out without it.
    QLineEdit buddyOfLabel;
    QLineEdit buddyOfReference;
    label.setBuddy(&buddyOfLabel);
    reference.setBuddy(&buddyOfReference);
    const QString shortcut = QStringLiteral("&Keys && secrets, a wide label with a shortcut");
    label.setText(shortcut);
    reference.setText(shortcut);
    QVERIFY(same("a buddy"));
}

void TestWrapLabel::picturesAreLeftToQLabel()
{
    QLabel reference;
    WrapLabel label;
    for (const int side : {300, 40, 120}) {
        QPixmap picture(side, side);
        picture.fill(Qt::black);
        reference.setPixmap(picture);
        label.setPixmap(picture);
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
        QCOMPARE(label.heightForWidth(200), reference.heightForWidth(200));
    }
}

void TestWrapLabel::selectableTextLooksTheSame_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("monospace");
    QList<std::pair<const char*, QString>> texts = sampleTexts();
    texts << std::pair {"error",
                        QStringLiteral("The CAS URL must use https: a secret sent over plain HTTP can be read by anyone on the way. "
                                       "Use https:// or a loopback address.")}
          << std::pair {"right to left within", QStringLiteral("Token الرمز محفوظ in the keychain of the system, with more words to wrap")}
          << std::pair {"right-to-left host", QStringLiteral("GET https://مثال.example/stream/token/v2/")};
    for (const auto& [name, text] : texts) {
        for (const bool monospace : {false, true}) {
            QTest::addRow("%s, %s", name, monospace ? "monospace" : "proportional") << text << monospace;
        }
    }
}

void TestWrapLabel::selectableTextLooksTheSame()
{
    // MainWindow makes two labels selectable only after the first frame: a selectable label
    // lays its text out as a text document and draws it from there. Text that starts in a
    // left-to-right script must look the same either way, at every width.
    QFETCH(QString, text);
    QFETCH(bool, monospace);
    for (const int width : {40, 60, 120, 200, 333, 500, 800}) {
        WrapLabel plain(text);
        WrapLabel selectable(text);
        for (WrapLabel* label : {&plain, &selectable}) {
            label->setTextFormat(Qt::PlainText);
            if (monospace) {
                label->setFont(FontRole::monospace());
            }
        }
        selectable.setTextInteractionFlags(Qt::TextSelectableByMouse);
        const int height = plain.heightForWidth(width);
        QCOMPARE(selectable.heightForWidth(width), height);
        plain.resize(width, height);
        selectable.resize(width, height);
        const QImage drawn = plain.grab().toImage();
        QVERIFY(selectable.findChild<QTextDocument*>());
        QCOMPARE(selectable.grab().toImage(), drawn);
    }
}

void TestWrapLabel::becomingSelectableMeasuresAgain_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString(); // no line tall as plain text, one line as a document
    QTest::newRow("request line") << Request;
    QTest::newRow("paragraphs") << Paragraphs;
}

void TestWrapLabel::becomingSelectableMeasuresAgain()
{
    // MainWindow's labels start plain and become selectable after the first frame: from then on
    // they must measure as a label selectable from the start does.
    QFETCH(QString, text);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* label = new WrapLabel(text);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    layout->addStretch();
    window.resize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!(label->textInteractionFlags() & Qt::TextSelectableByMouse));

    label->makeTextSelectable();
    QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    QLabel reference(text);
    reference.setWordWrap(true);
    reference.setTextFormat(Qt::PlainText);
    reference.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QCOMPARE(label->sizeHint(), reference.sizeHint());
    QCOMPARE(label->heightForWidth(300), reference.heightForWidth(300));
    // The layout hears of it: the label gets the height of the selectable one.
    const int expected = reference.hasHeightForWidth() ? reference.heightForWidth(label->width()) : reference.sizeHint().height();
    QTRY_COMPARE(label->height(), expected);
    label->makeTextSelectable(); // again: nothing changes
    QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
}

int main(int argc, char** argv)
{
    return guiTestMain<TestWrapLabel>(argc, argv, "cas-console-wraplabel-test");
}

#include "tst_wraplabel.moc"
