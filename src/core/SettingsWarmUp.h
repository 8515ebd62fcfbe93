#pragma once

#include "core/WarmUpThread.h"

#include <QString>
#include <QStringList>

/// Parses a group of a settings file on a thread of its own. QSettings reads a file whole when
/// the first QSettings opens it, but parses each INI group the first time anything reads from
/// it, and every QSettings that has the file open shares that work. The window lists its profiles
/// a few milliseconds after its settings file is opened: 50 profiles are 1.2 M instructions to
/// parse, done here on the other core while the window is being built.
///
/// Start it after the caller's own QSettings has opened the file (the parsed group lasts while
/// one QSettings has the file open). The destructor waits for the thread.
class SettingsWarmUp
{
public:
    /// Reads group of the INI file at path.
    SettingsWarmUp(const QString& path, const QString& group);

    /// Waits for the thread; the child groups it read, and whether it read them on a thread of
    /// its own (tests).
    QStringList childGroups();
    bool readOnAnotherThread();

private:
    QStringList m_groups;
    WarmUpThread m_thread; // last: the work writes m_groups
};
