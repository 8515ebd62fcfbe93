#include "gui/AppStyle.h"

#include "gui/DeferredIconEngine.h"

#include <QApplication>
#include <QStyleOption>

namespace
{
/// The styles built into Qt Widgets, whose extension arrows are QCommonStyle's PNG files
/// whatever the widget. Other styles may draw them from the widget, which a later call could not
/// give them: their icons are made at once, as before.
bool isQtsOwn(const QString& name)
{
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
}
} // namespace

AppStyle::AppStyle(const QString& key)
    : QProxyStyle(key)
{ }

QString AppStyle::baseName() const
{
    return baseStyle()->name();
}

QString AppStyle::currentName()
{
    const QStyle* style = QApplication::style();
    const auto* app = qobject_cast<const AppStyle*>(style);
    return app ? app->baseName() : style->name();
}

void AppStyle::install(const QString& key)
{
    const QString name = key.isEmpty() ? currentName() : key;
    const auto* app = qobject_cast<const AppStyle*>(QApplication::style());
    if (!app || app->baseName().compare(name, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(new AppStyle(name));
    }
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    const bool extensionArrow = standardIcon == SP_ToolBarHorizontalExtensionButton || standardIcon == SP_ToolBarVerticalExtensionButton;
    if (!extensionArrow || !isQtsOwn(baseName())) {
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    // The arrow points the other way right to left: the direction is the one asked for now.
    QStyleOption direction;
    direction.direction = option ? option->direction : QGuiApplication::layoutDirection();
    return QIcon(new DeferredIconEngine([standardIcon, direction] {
        // Made by the style in use when it is first drawn (this one may be gone by then).
        const QStyle* style = QApplication::style();
        if (const auto* app = qobject_cast<const AppStyle*>(style)) {
            style = app->baseStyle();
        }
        return style->standardIcon(standardIcon, &direction);
    }));
}
