// Presentation mode as a stage (issue 12), offscreen, with the local demo and a real token: at a
// projector's 1280x720 and 1024x768 the window keeps its size, the profile list and form fold
// away, and on every tab no label, button, combo box, tab or table header is cut or elided; the
// flow diagram's boxes and captions fit. Leaving presentation mode restores the geometry.
#include "GuiTestMain.h"
#include "TabPages.h"
#include "TestSupport.h"
#include "gui/FlowDiagram.h"
#include "gui/FlowView.h"
#include "gui/MainWindow.h"
#include "gui/ServeView.h"
#include "core/DemoCasServer.h"
#include "core/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

class TestStage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    template<typename T>
    T* find(const char* name) const
    {
        return requireChild<T>(m_window.get(), name);
    }

    static QString describe(const QWidget* widget, const QString& text)
    {
        const QString name = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
        return name + QStringLiteral(" \"") + text.left(60) + u'"';
    }

    /// Whether the widget lies inside each of its ancestors up to the window (inside a scroll
    /// area's viewport, scrolling is fine).
    static bool insideAncestors(const QWidget* widget)
    {
        QRect rect = widget->rect();
        const QWidget* child = widget;
        for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (qobject_cast<const QAbstractScrollArea*>(parent->parentWidget()))
                return true;
            rect.translate(child->pos());
            if (!parent->rect().contains(rect))
                return false;
            if (parent->isWindow())
                return true;
            child = parent;
        }
        return true;
    }

    /// "where: what" for each visible text in the window that is cut, elided or pushed out.
    QStringList clippedTexts(const QString& where) const
    {
        QStringList found;
        auto report = [&found, &where](const QWidget* widget, const QString& text, const QString& why) {
            found << where + QStringLiteral(": ") + describe(widget, text) + QStringLiteral(" ") + why;
        };
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->window() != m_window.get())
                continue;
            QString text;
            QSize needed;
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                text = label->text();
                if (text.isEmpty())
                    continue;
                needed =
                    label->wordWrap() ? QSize(label->minimumSizeHint().width(), label->heightForWidth(label->width())) : label->sizeHint();
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                text = button->text();
                const auto* tool = qobject_cast<QToolButton*>(button);
                if (text.isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull()))
                    continue; // an icon's button shows no text
                needed = button->sizeHint();
            } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                text = combo->currentText();
                needed = combo->sizeHint();
            } else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
                text = bar->tabText(0);
                needed = QSize(bar->sizeHint().width(), 0);
            } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
                text = box->title();
                needed = QSize(box->minimumSizeHint().width(), 0);
            } else if (auto* header = qobject_cast<QHeaderView*>(widget); header && header->orientation() == Qt::Horizontal) {
                const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                for (int i = 0; i < header->count(); ++i) {
                    if (header->isSectionHidden(i))
                        continue;
                    const QString title = header->model()->headerData(i, Qt::Horizontal).toString();
                    const int width = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
                    if (header->sectionSize(i) < width)
                        report(header, title, QStringLiteral("header section %1 < %2").arg(header->sectionSize(i)).arg(width));
                }
                continue;
            } else {
                continue;
            }
            if (needed.width() > widget->width() || needed.height() > widget->height() + 1) {
                report(widget, text,
                       QStringLiteral("needs %1x%2, has %3x%4")
                           .arg(needed.width())
                           .arg(needed.height())
                           .arg(widget->width())
                           .arg(widget->height()));
            } else if (!insideAncestors(widget)) {
                report(widget, text, QStringLiteral("lies outside its parent"));
            }
        }
        return found;
    }

    void forEveryTabPage(const std::function<void(const QString& where)>& visit) const
    {
        TestSupport::forEveryTabPage(find<QTabWidget>("tabs"), visit);
    }

    void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(10);
        }
    }

    void makeWindow()
    {
        m_window.reset();
        clearApplicationSettings();
        QSettings().sync();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1180, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->startDemo());
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("getTokenButton")->isEnabled(), 20000);
        QVERIFY(find<QWidget>("tokenView")->isVisible());
    }

    static void removeTranslators()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    /// Makes the window anew in the language (none: English stays).
    void makeWindowIn(const QString& language)
    {
        if (language.isEmpty())
            return;
        m_window.reset();
        QVERIFY(!Translations::install(QLocale(language)).isEmpty());
        makeWindow();
    }

private slots:
    void init()
    {
        makeWindow();
    }

    void cleanup()
    {
        m_window.reset();
    }

    void stageAtProjectorSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString& language : QStringList {QString()} + Translations::available()) {
            const QString name = language.isEmpty() ? QStringLiteral("English") : language;
            QTest::newRow(qPrintable(name + QStringLiteral(" 1280x720"))) << QSize(1280, 720) << language;
            QTest::newRow(qPrintable(name + QStringLiteral(" 1024x768"))) << QSize(1024, 768) << language;
        }
    }

    // The window keeps the projector's size, and nothing on any tab is cut.
    void stageAtProjectorSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        const auto restoreEnglish = qScopeGuard(&TestStage::removeTranslators);
        makeWindowIn(language);
        if (QTest::currentTestFailed())
            return;
        m_window->resize(size);
        settle();
        const QSize before = m_window->size();
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(m_window->isPresentationMode());
        settle();
        QCOMPARE(m_window->size(), before); // the stage does not grow the window
        m_window->resize(size);
        settle();
        QCOMPARE(m_window->size(), size);

        QStringList found;
        forEveryTabPage([&](const QString& where) {
            found << clippedTexts(where);
        });
        // The Serve tab while it serves: the URL, its copy button and the hidden QR code.
        QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
        auto* serve = find<ServeView>("serveView");
        QTest::mouseClick(find<QPushButton>("startButton"), Qt::LeftButton);
        QTRY_VERIFY(serve->service() && serve->service()->isRunning());
        settle();
        found << clippedTexts(QStringLiteral("serving"));
        serve->stop();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QCOMPARE(m_window->size(), size);
    }

    void normalModeFitsSmallProjector_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : QStringList {QString()} + Translations::available())
            QTest::newRow(qPrintable(language.isEmpty() ? QStringLiteral("English") : language)) << language;
    }

    // Outside presentation mode the window can be made as small as a 1024x768 projector below a
    // panel, on every tab nothing is cut there, and F11 from there keeps the window that wide.
    void normalModeFitsSmallProjector()
    {
        QFETCH(QString, language);
        const auto restoreEnglish = qScopeGuard(&TestStage::removeTranslators);
        makeWindowIn(language);
        if (QTest::currentTestFailed())
            return;
        const QSize small(1024, 740);
        m_window->resize(small);
        settle();
        QStringList found;
        forEveryTabPage([&](const QString& where) {
            settle();
            const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            if (minimum.width() > small.width() || minimum.height() > small.height())
                found << where + QStringLiteral(": the window needs at least %1x%2").arg(minimum.width()).arg(minimum.height());
            found << clippedTexts(where);
        });
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QCOMPARE(m_window->size(), small);

        // While a (slow) request runs, Cancel and the busy bar need no more width either.
        auto* scenario = find<QComboBox>("demoScenario");
        scenario->setCurrentIndex(scenario->findData(static_cast<int>(DemoCasServer::Scenario::Slow)));
        QVERIFY(scenario->currentIndex() > 0);
        QTest::mouseClick(find<QPushButton>("getTokenButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>("cancelButton")->isVisible());
        settle();
        QVERIFY2(m_window->minimumSizeHint().width() <= small.width(), qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QCOMPARE(m_window->size(), small);
        QVERIFY2(clippedTexts(QStringLiteral("busy")).isEmpty(), qPrintable(clippedTexts(QStringLiteral("busy")).join(u'\n')));
        QTest::mouseClick(find<QPushButton>("cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>("getTokenButton")->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(m_window->isPresentationMode());
        settle();
        QCOMPARE(m_window->width(), small.width());
        QVERIFY(find<QPushButton>("getTokenButton")->isVisible());
        QVERIFY(insideAncestors(find<QPushButton>("getTokenButton")));
    }

    // The profile list and form fold away; one line with the profile's name and Get token stays,
    // the request line below it; type is larger. F11 again brings everything back.
    void stageFoldsTheProfileAway()
    {
        const qreal normalSize = QApplication::font().pointSizeF();
        auto* name = find<QLabel>("stageProfileName");
        auto* getToken = find<QPushButton>("getTokenButton");
        auto* requestLine = find<QLabel>("requestLine");
        QVERIFY(find<QWidget>("profilePanel")->isVisible());
        QVERIFY(find<QWidget>("profileEditor")->isVisible());
        QVERIFY(!name->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        settle();
        QVERIFY(!find<QWidget>("profilePanel")->isVisible());
        QVERIFY(!find<QWidget>("profileEditor")->isVisible());
        QVERIFY(name->isVisible());
        QCOMPARE(name->text(), MainWindow::DemoProfileName);
        QVERIFY(getToken->isVisible());
        QCOMPARE(name->mapTo(m_window.get(), QPoint(0, name->height() / 2)).y() / 4,
                 getToken->mapTo(m_window.get(), QPoint(0, getToken->height() / 2)).y() / 4); // one line
        QVERIFY(requestLine->mapTo(m_window.get(), QPoint()).y() > getToken->mapTo(m_window.get(), QPoint()).y());
        QVERIFY(QApplication::font().pointSizeF() > normalSize * 1.2);
        // Monospace views follow the larger type by themselves.
        QCOMPARE(requestLine->font().pointSizeF(), QApplication::font().pointSizeF());
        QVERIFY(requestLine->fontInfo().fixedPitch());

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        settle();
        QVERIFY(find<QWidget>("profilePanel")->isVisible());
        QVERIFY(find<QWidget>("profileEditor")->isVisible());
        QVERIFY(!name->isVisible());
        QCOMPARE(QApplication::font().pointSizeF(), normalSize);
        QCOMPARE(requestLine->font().pointSizeF(), normalSize);
    }

    void flowDiagramFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1024x768") << QSize(1024, 768);
    }

    // The diagram's four boxes and their captions are inside the widget at either size.
    void flowDiagramFits()
    {
        QFETCH(QSize, size);
        m_window->resize(size);
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        settle();
        auto* diagram = find<FlowDiagram>("flowDiagram");
        QVERIFY(diagram->isVisible());
        // Handed to a client too, so the client box shows its platforms (iOS last).
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::mouseClick(find<QPushButton>("copyToken"), Qt::LeftButton);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        settle();
        QCOMPARE(find<FlowView>("flowView")->currentStep(), FlowView::Step::HandedToClient);
        QCOMPARE(diagram->boxPills(FlowDiagram::ClientBox).last(), QStringLiteral("iOS"));
        QVERIFY(diagram->textFits());
        QVERIFY(diagram->effectiveScale() >= FlowDiagram::MinimumScale);
        for (int box = 0; box < FlowDiagram::BoxCount; ++box) {
            QVERIFY2(diagram->rect().contains(diagram->boxRect(box).toAlignedRect()), qPrintable(QString::number(box)));
            QVERIFY2(QRectF(diagram->rect()).contains(diagram->captionRect(box)), qPrintable(QString::number(box)));
        }
    }

    // Leaving presentation mode gives the window back its size and place, even after a resize
    // on the stage.
    void leavingRestoresGeometry()
    {
        const QRect before = m_window->geometry();
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        settle();
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        settle();
        QCOMPARE(m_window->geometry(), before);

        QTest::keyClick(m_window.get(), Qt::Key_F11);
        settle();
        m_window->resize(1024, 768);
        settle();
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        settle();
        QVERIFY(!m_window->isPresentationMode());
        QCOMPARE(m_window->geometry(), before);
    }
};

int main(int argc, char* argv[])
{
    return guiTestMain<TestStage>(argc, argv, "cas-console-stage-test");
}

#include "tst_stage.moc"
