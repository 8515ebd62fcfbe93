#pragma once

/// Fontconfig's set-up, started on a thread of its own as soon as cas-console knows it will open a
/// window. Before the first text is laid out, fontconfig reads and parses its configuration files
/// (/etc/fonts: a quarter of the instructions of a start-up, which an empty window that draws no
/// text never pays). Started once the window module and Qt Widgets are loaded, it runs on another
/// core while QApplication starts, and Qt's font database finds it done. Not earlier: while a
/// second thread of the process runs, each mmap and mprotect of the loader must interrupt that
/// core to flush its TLB, and loading Qt took longer than the thread saved (bench/RESULTS.md,
/// twelfth round). If Qt gets there first, it simply does the same work itself.
namespace FontWarmUp
{
/// Call once, on the path that opens a window. Opens fontconfig itself, by the soname Qt Gui
/// loaded it under (the same copy), so the program does not link it and the command line never
/// loads it. Does nothing where Qt does not use fontconfig.
void start();
} // namespace FontWarmUp
