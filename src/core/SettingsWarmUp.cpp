#include "core/SettingsWarmUp.h"

#include <QSettings>

SettingsWarmUp::SettingsWarmUp(const QString& path, const QString& group)
    : m_thread([this, path, group] {
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(group);
        m_groups = settings.childGroups();
    })
{ }

QStringList SettingsWarmUp::childGroups()
{
    m_thread.wait();
    return m_groups;
}

bool SettingsWarmUp::readOnAnotherThread()
{
    return m_thread.ranOnAnotherThread();
}
