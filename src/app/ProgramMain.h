#pragma once

#include <QtGlobal>

/// The whole program: the command line, or the window (from its module). On Linux it lives in a
/// module of its own (libcasconsole_program.so) that the cas-console executable, which links only
/// libc, loads at once: see app/launcher.c for why. Elsewhere main() calls it directly.
extern "C" Q_DECL_EXPORT int casconsole_main(int argc, char* argv[]);
