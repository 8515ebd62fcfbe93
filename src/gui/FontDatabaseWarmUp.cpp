#include "gui/FontDatabaseWarmUp.h"

#include <QFontMetrics>
#include <QThread>

FontDatabaseWarmUp::FontDatabaseWarmUp(QList<QFont> fonts)
    : m_thread([this, fonts = std::move(fonts), caller = QThread::currentThread()] {
        // A font's metrics load its engine: the database first, then the font's fallbacks.
        for (const QFont& font : fonts) {
            [[maybe_unused]] const int height = QFontMetrics(font).height();
        }
        m_otherThread = QThread::currentThread() != caller;
    })
{ }

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    wait();
}

void FontDatabaseWarmUp::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool FontDatabaseWarmUp::ranOnAnotherThread()
{
    wait();
    return m_otherThread;
}
