#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTabWidget>

#include <functional>

namespace TestSupport
{
/// Shows every page of tabs, and every page of a page's own tabs, and calls visit with where it
/// is ("objectName" or "objectName page N"). Ends on the first page. For GUI tests (header only:
/// the support library does not link Qt Widgets).
inline void forEveryTabPage(QTabWidget* tabs, const std::function<void(const QString& where)>& visit)
{
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QList<QTabWidget*> inner = tabs->currentWidget()->findChildren<QTabWidget*>();
        const int pages = inner.isEmpty() ? 1 : int(inner.first()->count());
        for (int page = 0; page < pages; ++page) {
            if (!inner.isEmpty())
                inner.first()->setCurrentIndex(page);
            QCoreApplication::processEvents();
            visit(tabs->currentWidget()->objectName() + (inner.isEmpty() ? QString() : QStringLiteral(" page %1").arg(page)));
        }
    }
    tabs->setCurrentIndex(0);
}
} // namespace TestSupport
