#include "gui/WindowSystem.h"

#include <QGuiApplication>

#if defined(CASCONSOLE_WITH_XCB) && QT_CONFIG(xcb)
#include <xcb/xcb.h>

#include <cstdlib>
#endif

void WindowSystem::sync()
{
#if defined(CASCONSOLE_WITH_XCB) && QT_CONFIG(xcb)
    const auto* x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    xcb_connection_t* connection = x11 ? x11->connection() : nullptr;
    if (connection) {
        // The cheapest request with a reply; a broken connection answers at once, with none.
        std::free(xcb_get_input_focus_reply(connection, xcb_get_input_focus(connection), nullptr));
    }
#endif
}
