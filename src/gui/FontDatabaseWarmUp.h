#pragma once

#include "core/WarmUpThread.h"

#include <QFont>
#include <QList>

/// Fills Qt's font database, and its lists of fallback fonts for the given fonts, on a thread of
/// its own while the main thread builds the window. The first text the window measures otherwise
/// waits for both: reading fontconfig's list of fonts into Qt's database (1.5 M instructions) and,
/// for each font, fontconfig's sorted list of fallbacks for its family (1.1 M each). Both are
/// kept for the whole process, whichever thread made them. The font engines the thread makes on
/// the way are its own (Qt keeps them per thread) and go with it.
///
/// Start it after QApplication, before the window's first text; the destructor waits for the
/// thread.
class FontDatabaseWarmUp
{
public:
    explicit FontDatabaseWarmUp(QList<QFont> fonts);

    /// Waits for the thread; whether it did the work on a thread of its own (tests).
    bool ranOnAnotherThread();

private:
    WarmUpThread m_thread;
};
