#include "gui/ColorScheme.h"

QString colorSchemeName(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme colorSchemeFromName(const QString& name)
{
    for (ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
        if (name == colorSchemeName(scheme)) {
            return scheme;
        }
    }
    return ColorScheme::System;
}
