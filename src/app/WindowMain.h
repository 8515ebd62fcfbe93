#pragma once

#include <QtGlobal>

/// The window half of cas-console: a QApplication, the main window and its event loop; returns
/// the exit code. On Linux it lives in a module (libcasconsole_window.so) that main() loads only
/// when the window is asked for, so the command line loads no Qt Widgets or Qt Gui.
extern "C" Q_DECL_EXPORT int casconsole_window_main(int argc, char* argv[]);
