#pragma once

#include "core/CasClient.h"

#include <memory>

/// What a CasClient does, on Qt Network and OpenSSL: one GET over a connection of its own
/// (HttpGet), the environment's proxy, redirects decided per hop, caps, timeouts, TLS details.
std::unique_ptr<CasClient::Backend> newCasClientWorker(CasClient* client);
