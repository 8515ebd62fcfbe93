#include "gui/FontDatabaseWarmUp.h"

#include <QFontMetrics>

FontDatabaseWarmUp::FontDatabaseWarmUp(QList<QFont> fonts)
    : m_thread([fonts = std::move(fonts)] {
        // A font's metrics load its engine: the database first, then the font's fallbacks.
        for (const QFont& font : fonts) {
            [[maybe_unused]] const int height = QFontMetrics(font).height();
        }
    })
{ }

bool FontDatabaseWarmUp::ranOnAnotherThread()
{
    return m_thread.ranOnAnotherThread();
}
