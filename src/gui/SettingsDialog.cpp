#include "gui/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "core/Defaults.h"

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
{
    m_ui->setupUi(this);
    m_ui->timeoutSpin->setRange(Defaults::MinTimeoutSeconds, Defaults::MaxTimeoutSeconds);
    m_ui->clipboardSpin->setRange(0, Defaults::MaxClipboardClearSeconds);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setValues(int defaultTimeoutSeconds, int clipboardClearSeconds, int fontScalePercent)
{
    m_ui->timeoutSpin->setValue(defaultTimeoutSeconds);
    m_ui->clipboardSpin->setValue(clipboardClearSeconds);
    m_ui->fontSpin->setValue(fontScalePercent);
}

int SettingsDialog::defaultTimeoutSeconds() const
{
    return m_ui->timeoutSpin->value();
}

int SettingsDialog::clipboardClearSeconds() const
{
    return m_ui->clipboardSpin->value();
}

int SettingsDialog::fontScalePercent() const
{
    return m_ui->fontSpin->value();
}

// The combo's items are in the order of ColorScheme: System, Light, Dark.
void SettingsDialog::setColorScheme(ColorScheme scheme)
{
    m_ui->colorSchemeCombo->setCurrentIndex(static_cast<int>(scheme));
}

ColorScheme SettingsDialog::colorScheme() const
{
    switch (m_ui->colorSchemeCombo->currentIndex()) {
    case static_cast<int>(ColorScheme::Light):
        return ColorScheme::Light;
    case static_cast<int>(ColorScheme::Dark):
        return ColorScheme::Dark;
    default:
        return ColorScheme::System;
    }
}
