#pragma once

#include <QtGlobal>

/// Defaults and limits shared by the window, the command line and the stores: one place each.
namespace Defaults
{
/// Byte sizes as 64-bit values, so `16 * MiB` never overflows int on the way.
inline constexpr qint64 KiB = 1024;
inline constexpr qint64 MiB = 1024 * KiB;

/// Total deadline of a token request when neither the profile nor --timeout says otherwise.
inline constexpr int TimeoutSeconds = 15;
inline constexpr int MinTimeoutSeconds = 1;
inline constexpr int MaxTimeoutSeconds = 3600;
/// No bytes from the CAS for this long aborts a request.
inline constexpr int StallTimeoutSeconds = 10;

/// Seconds after which a copied token or secret is cleared from the clipboard (0 = never).
inline constexpr int ClipboardClearSeconds = 60;
inline constexpr int MaxClipboardClearSeconds = 3600;

inline constexpr int MaxProfileNameLength = 64; ///< in Unicode code points
inline constexpr qint64 MaxCaFileBytes = 1 * MiB;
} // namespace Defaults
