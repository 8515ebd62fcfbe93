#pragma once

#include "gui/ColorScheme.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui
{
class SettingsDialog;
}

/// Preferences: default timeout, clipboard clearing delay, font scale, colours.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void setValues(int defaultTimeoutSeconds, int clipboardClearSeconds, int fontScalePercent);
    int defaultTimeoutSeconds() const;
    int clipboardClearSeconds() const;
    int fontScalePercent() const;
    void setColorScheme(ColorScheme scheme);
    ColorScheme colorScheme() const;

private:
    const QScopedPointer<Ui::SettingsDialog> m_ui;
};
