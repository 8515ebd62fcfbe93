#include "gui/Appearance.h"

#include "gui/AppStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace
{
const QString Fusion = QStringLiteral("Fusion");

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

Appearance::Appearance(QObject* parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(AppStyle::currentName())
{
    AppStyle::install();
    followPortal();
}

Appearance::Appearance(ColorSchemePortal::Preference remembered, QObject* parent)
    : QObject(parent)
    , m_portal(remembered)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(AppStyle::currentName())
{
    AppStyle::install();
    followPortal();
    if (remembered != ColorSchemePortal::Preference::NoPreference) {
        apply();
    }
}

void Appearance::followPortal()
{
    connect(&m_portal, &ColorSchemePortal::preferenceChanged, this, [this](ColorSchemePortal::Preference preference) {
        if (m_scheme == ColorScheme::System) {
            apply();
        }
        emit desktopPreferenceChanged(preference);
    });
}

void Appearance::followDesktop()
{
    m_portal.listen();
}

Appearance::~Appearance() = default;

void Appearance::setColorScheme(ColorScheme scheme)
{
    if (scheme != m_scheme) {
        m_scheme = scheme;
        apply();
    }
}

ColorScheme Appearance::colorScheme() const
{
    return m_scheme;
}

void Appearance::setHighContrast(bool on)
{
    if (on != m_highContrast) {
        m_highContrast = on;
        apply();
    }
}

bool Appearance::isDark() const
{
    return isDarkPalette(QApplication::palette());
}

void Appearance::apply()
{
    ColorScheme scheme = m_scheme;
    if (scheme == ColorScheme::System) {
        switch (m_portal.preference()) {
        case ColorSchemePortal::Preference::Dark:
            scheme = ColorScheme::Dark;
            break;
        case ColorSchemePortal::Preference::Light:
            scheme = ColorScheme::Light;
            break;
        case ColorSchemePortal::Preference::NoPreference:
            break;
        }
    }
    QPalette palette = m_systemPalette;
    QString style = m_systemStyle;
    if (m_highContrast) {
        palette = highContrastPalette();
    } else if (scheme == ColorScheme::Dark) {
        palette = darkPalette();
        style = Fusion;
    } else if (scheme == ColorScheme::Light) {
        palette = lightPalette();
        style = Fusion;
    }
    AppStyle::install(style);
    QApplication::setPalette(palette);
    emit paletteApplied();
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(Fusion));
    return fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x32, 0x33, 0x36);
    const QColor base(0x25, 0x26, 0x29);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x8e, 0xe0);
    QPalette palette = lightPalette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2f, 0x33));
    palette.setColor(QPalette::ToolTipBase, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3b, 0x3f));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4b, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x41, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2b, 0x2e));
    palette.setColor(QPalette::Dark, QColor(0x1f, 0x20, 0x22));
    palette.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

QPalette Appearance::highContrastPalette()
{
    QPalette contrast = lightPalette();
    contrast.setColor(QPalette::Window, Qt::white);
    contrast.setColor(QPalette::WindowText, Qt::black);
    contrast.setColor(QPalette::Base, Qt::white);
    contrast.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    contrast.setColor(QPalette::Text, Qt::black);
    contrast.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
    contrast.setColor(QPalette::ButtonText, Qt::black);
    contrast.setColor(QPalette::Highlight, QColor(0x00, 0x3c, 0xa6));
    contrast.setColor(QPalette::HighlightedText, Qt::white);
    contrast.setColor(QPalette::ToolTipBase, Qt::black);
    contrast.setColor(QPalette::ToolTipText, Qt::white);
    contrast.setColor(QPalette::PlaceholderText, QColor(0x44, 0x44, 0x44));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        contrast.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    return contrast;
}
