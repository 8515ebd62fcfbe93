#pragma once

/// Process-wide hardening done once at start, before any secret is handled.
namespace Bootstrap
{
/// No core dumps (they would contain secrets): RLIMIT_CORE 0 and, on Linux, not dumpable.
void disableCoreDumps();
/// Every host name shown as DNS knows it (xn--... for a name beyond ASCII). QUrl shows a name in
/// Unicode when its top-level domain is on Qt's list of those with rules against look-alikes
/// (.org, .de, ...); under such rules "cаs.example.org" (Cyrillic "а") is still a valid name, and
/// would read as "cas.example.org" in a redirect, a request line or an error.
void showHostNamesAsAscii();
} // namespace Bootstrap
