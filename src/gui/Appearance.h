#pragma once

#include "gui/ColorScheme.h"
#include "gui/ColorSchemePortal.h"

#include <QObject>
#include <QPalette>

/// The one owner of the application's palette: light or dark after the Settings choice, for
/// "System" after the desktop's preference (ColorSchemePortal), failing that the palette the
/// platform gave; high contrast in presentation mode. Our own palettes use the Fusion style,
/// which draws every colour of a palette. The style in use is always an AppStyle around the
/// chosen one (installed when an Appearance is made).
class Appearance : public QObject
{
    Q_OBJECT
public:
    /// Follows the desktop's preference from the start (asks the portal at once).
    explicit Appearance(QObject* parent = nullptr);
    /// Starts with the desktop preference remembered from the last run, so that the first frame
    /// has the right colours without asking D-Bus; followDesktop() then asks the portal.
    explicit Appearance(ColorSchemePortal::Preference remembered, QObject* parent = nullptr);
    ~Appearance() override;

    void setColorScheme(ColorScheme scheme);
    ColorScheme colorScheme() const;
    /// Presentation mode: black on white whatever the scheme, for projectors.
    void setHighContrast(bool on);
    /// Asks the desktop's portal now and follows it from then on (for the second constructor).
    void followDesktop();

    /// Whether the palette in use is dark.
    bool isDark() const;

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastPalette();

signals:
    /// The application's palette was replaced.
    void paletteApplied();
    /// The desktop's preference changed, or the portal answered with another one than remembered.
    void desktopPreferenceChanged(ColorSchemePortal::Preference preference);

private:
    void followPortal();
    void apply();

    ColorSchemePortal m_portal;
    const QPalette m_systemPalette;
    const QString m_systemStyle;
    ColorScheme m_scheme = ColorScheme::System;
    bool m_highContrast = false;
};
