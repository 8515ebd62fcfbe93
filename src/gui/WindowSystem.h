#pragma once

/// What the window system has done with what the program sent it.
namespace WindowSystem
{
/// Waits until the window system has handled every request sent to it so far, as
/// gdk_display_sync() does: on X11 a round trip to the X server, which handles one client's
/// requests in order, so a frame that was flushed before is on screen when it returns. The wait
/// lasts as long as the server needs for what is queued before it. Elsewhere (Wayland, offscreen,
/// other systems) it returns at once.
void sync();
} // namespace WindowSystem
