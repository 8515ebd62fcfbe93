#include "gui/AppSettings.h"

#include "core/SettingsFile.h"

#include <QSettings>

#include <utility>

namespace
{
const QString TimeoutKey = QStringLiteral("settings/defaultTimeoutSeconds");
const QString ClipboardKey = QStringLiteral("settings/clipboardClearSeconds");
const QString FontScaleKey = QStringLiteral("settings/fontScalePercent");
const QString ColorSchemeKey = QStringLiteral("settings/colorScheme");
const QString DesktopSchemeKey = QStringLiteral("state/desktopColorScheme");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
} // namespace

AppSettings::AppSettings(SettingsFile* file)
    : m_ownFile(file ? nullptr : std::make_unique<SettingsFile>())
    , m_file(file ? file : m_ownFile.get())
    , m_settings(&m_file->settings())
{ }

AppSettings::~AppSettings() = default;

int AppSettings::defaultTimeoutSeconds() const
{
    return qBound(Defaults::MinTimeoutSeconds, m_settings->value(TimeoutKey, DefaultTimeoutSeconds).toInt(), Defaults::MaxTimeoutSeconds);
}

void AppSettings::setDefaultTimeoutSeconds(int seconds)
{
    store(TimeoutKey, qBound(Defaults::MinTimeoutSeconds, seconds, Defaults::MaxTimeoutSeconds));
}

int AppSettings::clipboardClearSeconds() const
{
    return qBound(0, m_settings->value(ClipboardKey, DefaultClipboardClearSeconds).toInt(), Defaults::MaxClipboardClearSeconds);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    store(ClipboardKey, qBound(0, seconds, Defaults::MaxClipboardClearSeconds));
}

int AppSettings::fontScalePercent() const
{
    return qBound(50, m_settings->value(FontScaleKey, 100).toInt(), 300);
}

void AppSettings::setFontScalePercent(int percent)
{
    store(FontScaleKey, qBound(50, percent, 300));
}

ColorScheme AppSettings::colorScheme() const
{
    return colorSchemeFromName(m_settings->value(ColorSchemeKey).toString());
}

void AppSettings::setColorScheme(ColorScheme scheme)
{
    store(ColorSchemeKey, colorSchemeName(scheme));
}

ColorSchemePortal::Preference AppSettings::desktopColorScheme() const
{
    // The file may have been edited by hand: anything but the portal's dark or light is no preference.
    bool ok = false;
    const int value = m_settings->value(DesktopSchemeKey).toInt(&ok);
    for (const ColorSchemePortal::Preference known : {ColorSchemePortal::Preference::Dark, ColorSchemePortal::Preference::Light}) {
        if (ok && value == static_cast<int>(known)) {
            return known;
        }
    }
    return ColorSchemePortal::Preference::NoPreference;
}

void AppSettings::setDesktopColorScheme(ColorSchemePortal::Preference preference)
{
    if (preference != desktopColorScheme()) {
        store(DesktopSchemeKey, static_cast<int>(preference));
    }
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(SplitterKey).toByteArray();
}

void AppSettings::saveWindow(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter)
{
    // One write for the three: each write of a settings file with a full history takes a while.
    store({{GeometryKey, geometry}, {StateKey, state}, {SplitterKey, splitter}});
}

QString AppSettings::sync()
{
    return std::exchange(m_error, QString());
}

void AppSettings::store(const QString& key, const QVariant& value)
{
    store({{key, value}});
}

void AppSettings::store(const QList<std::pair<QString, QVariant>>& values)
{
    // Each change is written at once through the guarded write: a value staged here and written
    // later by another store's unguarded sync could otherwise truncate the file.
    if (m_file->writable(&m_error)) {
        for (const auto& [key, value] : values) {
            m_settings->setValue(key, value);
        }
        m_file->commit(&m_error);
    }
}
