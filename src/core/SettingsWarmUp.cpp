#include "core/SettingsWarmUp.h"

#include <QSettings>
#include <QThread>

SettingsWarmUp::SettingsWarmUp(const QString& path, const QString& group)
    : m_thread([this, path, group, caller = QThread::currentThread()] {
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(group);
        m_groups = settings.childGroups();
        m_otherThread = QThread::currentThread() != caller;
    })
{ }

SettingsWarmUp::~SettingsWarmUp()
{
    wait();
}

void SettingsWarmUp::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

QStringList SettingsWarmUp::childGroups()
{
    wait();
    return m_groups;
}

bool SettingsWarmUp::readOnAnotherThread()
{
    wait();
    return m_otherThread;
}
