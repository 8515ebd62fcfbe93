#include "gui/AppSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace
{
const QString TimeoutKey = QStringLiteral("settings/defaultTimeoutSeconds");
const QString ClipboardKey = QStringLiteral("settings/clipboardClearSeconds");
const QString FontScaleKey = QStringLiteral("settings/fontScalePercent");
const QString ColorSchemeKey = QStringLiteral("settings/colorScheme");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
} // namespace

AppSettings::AppSettings()
    : m_settings(new QSettings)
{ }

AppSettings::~AppSettings()
{
    delete m_settings;
}

int AppSettings::defaultTimeoutSeconds() const
{
    return qBound(1, m_settings->value(TimeoutKey, DefaultTimeoutSeconds).toInt(), 3600);
}

void AppSettings::setDefaultTimeoutSeconds(int seconds)
{
    m_settings->setValue(TimeoutKey, qBound(1, seconds, 3600));
}

int AppSettings::clipboardClearSeconds() const
{
    return qBound(0, m_settings->value(ClipboardKey, DefaultClipboardClearSeconds).toInt(), 3600);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings->setValue(ClipboardKey, qBound(0, seconds, 3600));
}

int AppSettings::fontScalePercent() const
{
    return qBound(50, m_settings->value(FontScaleKey, 100).toInt(), 300);
}

void AppSettings::setFontScalePercent(int percent)
{
    m_settings->setValue(FontScaleKey, qBound(50, percent, 300));
}

ColorScheme AppSettings::colorScheme() const
{
    return colorSchemeFromName(m_settings->value(ColorSchemeKey).toString());
}

void AppSettings::setColorScheme(ColorScheme scheme)
{
    m_settings->setValue(ColorSchemeKey, colorSchemeName(scheme));
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
    m_settings->setValue(GeometryKey, geometry);
    m_settings->setValue(StateKey, state);
    m_settings->setValue(SplitterKey, splitter);
}

QString AppSettings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return QCoreApplication::translate("AppSettings", "The settings could not be saved to %1: check that the folder is writable.")
            .arg(m_settings->fileName());
    case QSettings::FormatError:
        return QCoreApplication::translate("AppSettings", "The settings file %1 is damaged; it was left as it is.")
            .arg(m_settings->fileName());
    }
    return {};
}
