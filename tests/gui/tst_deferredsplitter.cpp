#include "GuiTestMain.h"
#include "gui/DeferredSplitter.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <memory>

// DeferredSplitter skips uic's addWidget() of a child it already has (QSplitter measures every
// child there), and otherwise is a QSplitter: the same panes, sizes and order once shown.
class TestDeferredSplitter : public QObject
{
    Q_OBJECT

private slots:
    void addingAChildItHasMeasuresNothing();
    void panesAreQSplittersWhenShown();
    void otherAdditionsAreQSplitters();
};

namespace
{
/// A pane that counts the size questions asked of it.
class CountingPane : public QWidget
{
public:
    using QWidget::QWidget;

    QSize sizeHint() const override
    {
        ++questions;
        return {200, 120};
    }
    QSize minimumSizeHint() const override
    {
        ++questions;
        return {80, 40};
    }

    mutable int questions = 0;
};

/// A splitter of two panes built as uic builds one: each pane made with the splitter as its
/// parent, then added.
template<typename Splitter>
std::unique_ptr<Splitter> builtAsUicDoes()
{
    auto splitter = std::make_unique<Splitter>(Qt::Horizontal);
    auto* left = new QLabel(QStringLiteral("Profiles"), splitter.get());
    splitter->addWidget(left);
    auto* right = new QWidget(splitter.get());
    (new QVBoxLayout(right))->addWidget(new QLabel(QStringLiteral("A longer line of text on the right")));
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 450});
    splitter->resize(600, 200);
    splitter->setAttribute(Qt::WA_DontShowOnScreen);
    splitter->show();
    return splitter;
}
} // namespace

void TestDeferredSplitter::addingAChildItHasMeasuresNothing()
{
    DeferredSplitter splitter;
    auto* pane = new CountingPane(&splitter);
    QCOMPARE(splitter.count(), 1); // taken in when made
    pane->questions = 0;
    splitter.addWidget(pane);
    QCOMPARE(pane->questions, 0);
    QCOMPARE(splitter.count(), 1);

    // QSplitter measures its children there: what the skip saves.
    QSplitter plain;
    auto* other = new CountingPane(&plain);
    other->questions = 0;
    plain.addWidget(other);
    QVERIFY(other->questions > 0);
}

void TestDeferredSplitter::panesAreQSplittersWhenShown()
{
    const std::unique_ptr<DeferredSplitter> ours = builtAsUicDoes<DeferredSplitter>();
    const std::unique_ptr<QSplitter> theirs = builtAsUicDoes<QSplitter>();
    QCOMPARE(ours->count(), 2);
    QTRY_COMPARE(ours->sizes(), theirs->sizes());
    for (int i = 0; i < ours->count(); ++i) {
        QCOMPARE(ours->widget(i)->isVisible(), theirs->widget(i)->isVisible());
        QCOMPARE(ours->widget(i)->geometry(), theirs->widget(i)->geometry());
    }
    QCOMPARE(ours->grab().toImage(), theirs->grab().toImage());
}

void TestDeferredSplitter::otherAdditionsAreQSplitters()
{
    DeferredSplitter splitter;
    auto* first = new QLabel(QStringLiteral("first"), &splitter);
    auto* second = new QLabel(QStringLiteral("second"), &splitter);
    // A child that is not the last one moves to the end, as with QSplitter.
    splitter.addWidget(first);
    QCOMPARE(splitter.indexOf(first), 1);
    QCOMPARE(splitter.indexOf(second), 0);
    // A widget from elsewhere is taken in, and a hidden one stays hidden.
    auto* third = new QLabel(QStringLiteral("third"));
    third->hide();
    splitter.addWidget(third);
    QCOMPARE(splitter.count(), 3);
    QCOMPARE(third->parentWidget(), &splitter);
    splitter.setAttribute(Qt::WA_DontShowOnScreen);
    splitter.show();
    QVERIFY(first->isVisible());
    QVERIFY(!third->isVisible());
}

int main(int argc, char** argv)
{
    return guiTestMain<TestDeferredSplitter>(argc, argv, "cas-console-deferredsplitter-test");
}

#include "tst_deferredsplitter.moc"
