#include "gui/LazyTabs.h"

#include <QTabWidget>
#include <QVBoxLayout>

LazyTabs::LazyTabs(QTabWidget* tabs, QObject* parent)
    : QObject(parent)
    , m_tabs(tabs)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        for (int tab = 0; tab < m_list.size(); ++tab) {
            if (m_list.at(tab).page == page) {
                build(tab);
            }
        }
    });
}

int LazyTabs::add(QWidget* page, Factory factory)
{
    Tab tab;
    tab.page = page;
    tab.factory = std::move(factory);
    m_list.append(tab);
    return int(m_list.size()) - 1;
}

QWidget* LazyTabs::view(int tab) const
{
    return m_list.at(tab).view;
}

QWidget* LazyTabs::build(int tab)
{
    if (m_list.at(tab).view) {
        return m_list.at(tab).view;
    }
    QWidget* page = m_list.at(tab).page;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget* view = m_list.at(tab).factory(page);
    m_list[tab].view = view;
    layout->addWidget(view);
    // A child added to a page already on screen is shown only when told to.
    view->show();
    const QList<Call> pending = std::exchange(m_list[tab].pending, {});
    for (const Call& waiting : pending) {
        waiting(view);
    }
    return view;
}

void LazyTabs::buildCurrent()
{
    for (int tab = 0; tab < m_list.size(); ++tab) {
        if (m_list.at(tab).page == m_tabs->currentWidget()) {
            build(tab);
        }
    }
}

void LazyTabs::call(int tab, const Call& call)
{
    if (QWidget* built = m_list.at(tab).view) {
        call(built);
    } else {
        m_list[tab].pending.append(call);
    }
}

void LazyTabs::restart(int tab, const Call& call)
{
    m_list[tab].pending.clear();
    this->call(tab, call);
}
