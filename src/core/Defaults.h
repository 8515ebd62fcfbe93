#pragma once

#include <QtGlobal>

/// Defaults and limits shared by the window, the command line and the stores: one place each.
namespace Defaults
{
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
inline constexpr qint64 MaxCaFileBytes = 1024 * 1024;
} // namespace Defaults
