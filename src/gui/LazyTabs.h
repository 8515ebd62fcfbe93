#pragma once

#include <QList>
#include <QObject>
#include <functional>

class QTabWidget;
class QWidget;

/// Tabs whose views are built the first time they are shown, so a window starts with only the
/// view in front. Each tab's page is an empty TabPage of the form; the tab's factory makes the
/// view, which fills the page. Calls for a view that is not built yet wait, in order, and reach
/// it right after it is built.
class LazyTabs : public QObject
{
    Q_OBJECT
public:
    /// Makes the view as a child of page (the factory also connects it).
    using Factory = std::function<QWidget*(QWidget* page)>;
    using Call = std::function<void(QWidget* view)>;

    explicit LazyTabs(QTabWidget* tabs, QObject* parent = nullptr);

    /// page is one of the tabs' pages; returns the tab's number for the calls below.
    int add(QWidget* page, Factory factory);
    /// The tab's view; null until it is built.
    QWidget* view(int tab) const;
    QWidget* build(int tab);
    /// Builds the view of the tab in front; the others follow when they come to the front.
    void buildCurrent();
    /// Runs call on the view now, or right after it is built.
    void call(int tab, const Call& call);
    /// The same, dropping the calls still waiting: call puts the view in a state of its own.
    void restart(int tab, const Call& call);

private:
    struct Tab
    {
        QWidget* page = nullptr;
        Factory factory;
        QWidget* view = nullptr;
        QList<Call> pending;
    };

    QTabWidget* m_tabs;
    QList<Tab> m_list;
};
