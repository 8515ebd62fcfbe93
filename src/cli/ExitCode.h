#pragma once

#include "core/CasResult.h"

/// Exit codes of every cas-console subcommand (documented in README and the man page).
enum ExitCode : int {
    ExitOk = 0,
    ExitInternal = 1,
    ExitUsage = 2, ///< bad option, bad URL, refused plain http, unreadable file
    ExitNetwork = 3, ///< network, TLS, timeout or refused redirect
    ExitCredentials = 4, ///< 401/403
    ExitCasError = 5, ///< other CAS error status
    ExitBadResponse = 6, ///< bad response or malformed token
    ExitKeychain = 7, ///< keychain unavailable or failed
    ExitNotVerified = 8, ///< signature does not verify
};

inline ExitCode exitCodeFor(CasError::Kind kind)
{
    switch (kind) {
    case CasError::Kind::None:
        return ExitOk;
    case CasError::Kind::InvalidUrl:
    case CasError::Kind::InsecureUrl:
    case CasError::Kind::CaFile:
        return ExitUsage;
    case CasError::Kind::HostNotFound:
    case CasError::Kind::ConnectionRefused:
    case CasError::Kind::ConnectionClosed:
    case CasError::Kind::Timeout:
    case CasError::Kind::Tls:
    case CasError::Kind::RedirectRefused:
    case CasError::Kind::TooManyRedirects:
    case CasError::Kind::Network:
    case CasError::Kind::Cancelled:
    case CasError::Kind::Proxy:
        return ExitNetwork;
    case CasError::Kind::AuthRejected:
        return ExitCredentials;
    case CasError::Kind::ServerError:
        return ExitCasError;
    case CasError::Kind::BadResponse:
    case CasError::Kind::ResponseTooLarge:
    case CasError::Kind::HeadersTooLarge:
    case CasError::Kind::DecodedTooLarge:
    case CasError::Kind::MalformedHttp:
        return ExitBadResponse;
    }
    return ExitInternal;
}
