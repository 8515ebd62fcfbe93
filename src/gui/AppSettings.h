#pragma once

#include "core/Defaults.h"
#include "gui/ColorScheme.h"
#include "gui/ColorSchemePortal.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QSettings;
class QVariant;
class SettingsFile;

/// The window's own preferences and state, in the application's QSettings (group "settings",
/// "window"). Profiles live in ProfileStore; secrets never here.
class AppSettings
{
public:
    static constexpr int DefaultTimeoutSeconds = Defaults::TimeoutSeconds;
    static constexpr int DefaultClipboardClearSeconds = Defaults::ClipboardClearSeconds;

    /// Works on file (not owned); on the application's settings file when file is null.
    explicit AppSettings(SettingsFile* file = nullptr);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    int defaultTimeoutSeconds() const;
    void setDefaultTimeoutSeconds(int seconds);
    int clipboardClearSeconds() const; ///< 0 = never clear
    void setClipboardClearSeconds(int seconds);
    int fontScalePercent() const;
    void setFontScalePercent(int percent);
    ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);

    /// The desktop's light/dark preference as the portal last gave it: the window's first frame
    /// uses it, before the portal (on the session bus) is asked again after that frame.
    ColorSchemePortal::Preference desktopColorScheme() const;
    /// Writes only a preference that differs from the one kept.
    void setDesktopColorScheme(ColorSchemePortal::Preference preference);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void saveWindow(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter);

    /// Every setter writes at once; this returns (and forgets) the last write's problem, empty
    /// when everything was saved: a message naming the settings file.
    QString sync();

private:
    void store(const QString& key, const QVariant& value);
    void store(const QList<std::pair<QString, QVariant>>& values);

    std::unique_ptr<SettingsFile> m_ownFile;
    SettingsFile* m_file;
    QSettings* m_settings;
    QString m_error;
};
