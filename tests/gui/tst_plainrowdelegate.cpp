#include "GuiTestMain.h"
#include "gui/AppStyle.h"
#include "gui/Appearance.h"
#include "gui/PlainRowDelegate.h"

#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>

#include <memory>

// PlainRowDelegate draws the profile list's rows from one text layout instead of three: the
// pixels must be Qt's own (QStyledItemDelegate through the same style) in every state a row is
// drawn in, including the rows it leaves to Qt.
class TestPlainRowDelegate : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreQtsPixels_data();
    void rowsAreQtsPixels();
    void aListIsQtsPixels_data();
    void aListIsQtsPixels();
    void otherStylesAreLeftToQt();
};

namespace
{
/// initStyleOption() is protected; the tests read what the delegate decides from it.
class OpenDelegate : public PlainRowDelegate
{
public:
    using PlainRowDelegate::initStyleOption;
};

enum Extra {
    None = 0,
    Italic = 1,
    RightAligned = 2,
    Icon = 4,
    Check = 8,
    Large = 16,
    Dark = 32,
    WholeRowSelected = 64,
    RightToLeft = 128,
    TopAligned = 256,
};
} // namespace

void TestPlainRowDelegate::rowsAreQtsPixels_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("elide");
    QTest::addColumn<int>("extras");
    QTest::addColumn<bool>("drawnItself");

    const int enabled = int(QStyle::State_Enabled);
    const int active = enabled | int(QStyle::State_Active);
    const int selected = active | int(QStyle::State_Selected);
    const QString name = QStringLiteral("Bench profile 07");
    const QString longName = QStringLiteral("A profile with a rather long name for a narrow list");
    const QSize row(200, 17);
    const QSize narrow(90, 17);
    const auto fusion = QStringLiteral("Fusion");

    QTest::newRow("plain") << fusion << name << row << active << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("inactive window") << fusion << name << row << enabled << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("selected") << fusion << name << row << selected << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("selected, inactive window") << fusion << name << row << (enabled | int(QStyle::State_Selected)) << int(Qt::ElideRight)
                                               << int(None) << true;
    QTest::newRow("selected, whole row") << fusion << name << row << selected << int(Qt::ElideRight) << int(WholeRowSelected) << true;
    QTest::newRow("hovered") << fusion << name << row << (active | int(QStyle::State_MouseOver)) << int(Qt::ElideRight) << int(None)
                             << true;
    QTest::newRow("disabled") << fusion << name << row << 0 << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("disabled, selected") << fusion << name << row << int(QStyle::State_Selected) << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("demo profile (italic)") << fusion << QStringLiteral("Demo CAS (this computer)") << row << selected << int(Qt::ElideRight)
                                           << int(Italic) << true;
    QTest::newRow("dark") << fusion << name << row << active << int(Qt::ElideRight) << int(Dark) << true;
    QTest::newRow("dark, selected") << fusion << name << row << selected << int(Qt::ElideRight) << int(Dark) << true;
    QTest::newRow("presentation size") << fusion << name << QSize(300, 28) << selected << int(Qt::ElideRight) << int(Large) << true;
    QTest::newRow("elided right") << fusion << longName << narrow << active << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("elided right, selected") << fusion << longName << narrow << selected << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("elided middle") << fusion << longName << narrow << active << int(Qt::ElideMiddle) << int(None) << true;
    QTest::newRow("elided left") << fusion << longName << narrow << active << int(Qt::ElideLeft) << int(None) << true;
    QTest::newRow("not elided, cut") << fusion << longName << narrow << active << int(Qt::ElideNone) << int(None) << true;
    QTest::newRow("just fits") << fusion << QStringLiteral("iiiiiiii") << QSize(40, 17) << active << int(Qt::ElideRight) << int(None)
                               << true;
    QTest::newRow("top aligned, tall row") << fusion << name << QSize(200, 40) << selected << int(Qt::ElideRight) << int(TopAligned)
                                           << true;
    QTest::newRow("tall row") << fusion << name << QSize(200, 40) << selected << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("short row") << fusion << name << QSize(200, 7) << selected << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("zero width") << fusion << name << QSize(0, 17) << selected << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("Cyrillic") << fusion << QStringLiteral("Профиль для тестов") << row << active << int(Qt::ElideRight) << int(None)
                              << true;
    QTest::newRow("CJK") << fusion << QStringLiteral("テスト用プロファイル") << row << active << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("Arabic") << fusion << QStringLiteral("ملف الاختبار") << row << selected << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("mixed directions, elided") << fusion << QStringLiteral("Staging ملف الاختبار الطويل 2") << narrow << active
                                              << int(Qt::ElideRight) << int(None) << true;
    // Bidi controls are refused in profile names (ProfilePolicy), but drawn as Qt would anyway.
    QTest::newRow("bidi override") << fusion << QStringLiteral("abc\u202Edef\u202C ghi") << row << selected << int(Qt::ElideRight)
                                   << int(None) << true;
    QTest::newRow("bidi override, elided") << fusion << QStringLiteral("\u202Eprofile with a long reversed name\u202C") << narrow << active
                                           << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("spaces inside") << fusion << QStringLiteral("a   b") << row << active << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("Windows style") << QStringLiteral("Windows") << name << row << selected << int(Qt::ElideRight) << int(None) << true;
    QTest::newRow("Windows style, elided") << QStringLiteral("Windows") << longName << narrow << active << int(Qt::ElideRight) << int(None)
                                           << true;

    // Left to Qt, and still Qt's pixels.
    QTest::newRow("focus") << fusion << name << row << (selected | int(QStyle::State_HasFocus)) << int(Qt::ElideRight) << int(None)
                           << false;
    QTest::newRow("right aligned") << fusion << name << row << active << int(Qt::ElideRight) << int(RightAligned) << false;
    QTest::newRow("right to left") << fusion << name << row << selected << int(Qt::ElideRight) << int(RightToLeft) << false;
    QTest::newRow("icon") << fusion << name << row << active << int(Qt::ElideRight) << int(Icon) << false;
    QTest::newRow("check box") << fusion << name << row << active << int(Qt::ElideRight) << int(Check) << false;
    QTest::newRow("two lines") << fusion << QStringLiteral("first\nsecond") << QSize(200, 34) << active << int(Qt::ElideRight) << int(None)
                               << false;
    QTest::newRow("trailing space") << fusion << QStringLiteral("name ") << row << active << int(Qt::ElideRight) << int(None) << false;
    QTest::newRow("tab") << fusion << QStringLiteral("a\tb") << row << active << int(Qt::ElideRight) << int(None) << false;
    QTest::newRow("variants separator") << fusion << QStringLiteral("long variant\u009cshort") << narrow << active << int(Qt::ElideRight)
                                        << int(None) << false;
}

void TestPlainRowDelegate::rowsAreQtsPixels()
{
    QFETCH(QString, style);
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QFETCH(int, state);
    QFETCH(int, elide);
    QFETCH(int, extras);
    QFETCH(bool, drawnItself);

    AppStyle app(style);
    QStandardItemModel model;
    auto* item = new QStandardItem(text);
    QFont font = QApplication::font();
    if (extras & Large) {
        font.setPointSizeF(font.pointSizeF() * 1.6);
    }
    if (extras & Italic) {
        QFont italic = font;
        italic.setItalic(true);
        item->setFont(italic);
    }
    if (extras & RightAligned) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (extras & TopAligned) {
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    if (extras & Icon) {
        QPixmap square(16, 16);
        square.fill(Qt::darkCyan);
        item->setIcon(QIcon(square));
    }
    if (extras & Check) {
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
    }
    model.appendRow(item);
    const QModelIndex index = model.index(0, 0);

    QListView view;
    view.setStyle(&app);
    view.setFont(font);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.state = QStyle::State(state);
    option.rect = QRect(QPoint(3, 2), size); // not at the origin: every offset must follow the row
    option.palette = (extras & Dark) ? Appearance::darkPalette() : Appearance::lightPalette();
    option.font = font;
    option.fontMetrics = QFontMetrics(font);
    option.direction = (extras & RightToLeft) ? Qt::RightToLeft : Qt::LeftToRight;
    option.textElideMode = Qt::TextElideMode(elide);
    option.showDecorationSelected = (extras & WholeRowSelected) != 0;
    option.decorationSize = QSize(16, 16);
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter; // as an item view sets it
    option.widget = &view;

    OpenDelegate ours;
    QStyleOptionViewItem decided = option;
    ours.initStyleOption(&decided, index);
    QCOMPARE(PlainRowDelegate::drawsItself(decided), drawnItself);
    QVERIFY(AppStyle::drawsRowsAsQCommonStyle(&app));

    const QColor background = option.palette.color(QPalette::Base);
    const auto render = [&](const QAbstractItemDelegate& delegate) {
        QImage image(size + QSize(6, 4), QImage::Format_ARGB32_Premultiplied);
        image.fill(background);
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        return image;
    };
    const QImage drawn = render(ours);
    QCOMPARE(drawn, render(QStyledItemDelegate()));
    if (size.width() > 0) {
        QImage blank(drawn.size(), drawn.format());
        blank.fill(background);
        QVERIFY(drawn != blank); // the text (at least) was drawn
    }
}

void TestPlainRowDelegate::aListIsQtsPixels_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("width");
    QTest::newRow("light") << false << 220;
    QTest::newRow("dark") << true << 220;
    QTest::newRow("narrow") << false << 70;
}

void TestPlainRowDelegate::aListIsQtsPixels()
{
    // A list as the profile panel has it: many rows, one current, one in italics, with a
    // scroll bar, painted by the view.
    QFETCH(bool, dark);
    QFETCH(int, width);
    AppStyle app(QStringLiteral("Fusion"));
    const auto render = [&](QAbstractItemDelegate* delegate) {
        QListWidget list;
        list.setStyle(&app);
        list.setPalette(dark ? Appearance::darkPalette() : Appearance::lightPalette());
        list.setUniformItemSizes(true);
        if (delegate) {
            list.setItemDelegate(delegate);
        }
        auto* demo = new QListWidgetItem(QStringLiteral("Demo CAS (this computer)"), &list);
        QFont italic = demo->font();
        italic.setItalic(true);
        demo->setFont(italic);
        for (int i = 0; i < 60; ++i) {
            new QListWidgetItem(QStringLiteral("Bench profile %1").arg(i, 2, 10, QLatin1Char('0')), &list);
        }
        list.setCurrentRow(3);
        list.resize(width, 400);
        return list.grab().toImage();
    };
    PlainRowDelegate ours;
    const QImage drawn = render(&ours);
    QVERIFY(!drawn.isNull());
    QCOMPARE(drawn, render(nullptr));
}

void TestPlainRowDelegate::otherStylesAreLeftToQt()
{
    // Another style may draw rows its own way: only an AppStyle around Qt's own styles is
    // copied. (A style sheet replaces the widget's style, so it is left to Qt too.)
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(!AppStyle::drawsRowsAsQCommonStyle(fusion.get()));
    QVERIFY(!AppStyle::drawsRowsAsQCommonStyle(nullptr));
    AppStyle wrapped(QStringLiteral("Fusion"));
    QVERIFY(AppStyle::drawsRowsAsQCommonStyle(&wrapped));
    QListWidget list;
    list.setStyleSheet(QStringLiteral("QListView::item { color: red; }"));
    QVERIFY(!AppStyle::drawsRowsAsQCommonStyle(list.style()));
}

int main(int argc, char* argv[])
{
    return guiTestMain<TestPlainRowDelegate>(argc, argv, "cas-console-plainrowdelegate-test");
}

#include "tst_plainrowdelegate.moc"
