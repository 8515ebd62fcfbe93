#pragma once

#include "gui/ColorScheme.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSettings;

/// The window's own preferences and state, in the application's QSettings (group "settings",
/// "window"). Profiles live in ProfileStore; secrets never here.
class AppSettings
{
public:
    static constexpr int DefaultTimeoutSeconds = 15;
    static constexpr int DefaultClipboardClearSeconds = 60;

    AppSettings();
    ~AppSettings();

    int defaultTimeoutSeconds() const;
    void setDefaultTimeoutSeconds(int seconds);
    int clipboardClearSeconds() const; ///< 0 = never clear
    void setClipboardClearSeconds(int seconds);
    int fontScalePercent() const;
    void setFontScalePercent(int percent);
    ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void saveWindow(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter);

    /// Empty when saved; else a message naming the settings file and the problem.
    QString sync();

private:
    QSettings* m_settings;
};
