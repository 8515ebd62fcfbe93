#pragma once

/// Process-wide hardening done once at start, before any secret is handled.
namespace Bootstrap
{
/// No core dumps (they would contain secrets): RLIMIT_CORE 0 and, on Linux, not dumpable.
void disableCoreDumps();
} // namespace Bootstrap
