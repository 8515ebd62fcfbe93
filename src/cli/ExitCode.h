#pragma once

/// Exit codes of every cas-console subcommand (documented in README and the man page).
enum ExitCode : int {
    ExitOk = 0,
    ExitInternal = 1,
    ExitUsage = 2,         ///< bad option, bad URL, refused plain http, unreadable file
    ExitNetwork = 3,       ///< network, TLS, timeout or refused redirect
    ExitCredentials = 4,   ///< 401/403
    ExitCasError = 5,      ///< other CAS error status
    ExitBadResponse = 6,   ///< bad response or malformed token
    ExitKeychain = 7,      ///< keychain unavailable or failed
    ExitNotVerified = 8,   ///< signature does not verify
};
