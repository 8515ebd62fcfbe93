#pragma once

#include <QString>

/// The colours a person picks in Settings: the desktop's preference, or always light or dark.
enum class ColorScheme { System, Light, Dark };

/// The names kept in the settings file ("system", "light", "dark").
QString colorSchemeName(ColorScheme scheme);
/// System for an unknown name.
ColorScheme colorSchemeFromName(const QString& name);
