#pragma once

/// Fontconfig's set-up, started early on a thread of its own. Before the first text is laid out,
/// fontconfig reads and parses its configuration files (/etc/fonts: a quarter of the instructions
/// of a start-up, which an empty window that draws no text never pays). Started before the window
/// is built, it runs beside the window's construction on another core, and Qt's font database finds
/// it done. If Qt gets there first, it simply does the same work itself.
namespace FontWarmUp
{
/// Call once, before QApplication, on the path that opens a window. Does nothing where Qt does not
/// use fontconfig.
void start();
} // namespace FontWarmUp
