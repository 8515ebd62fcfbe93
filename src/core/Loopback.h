#pragma once

#include <QString>

/// This computer's own addresses: the only hosts plain http may reach and that are never proxied.
namespace Loopback
{

/// "localhost" (any case), 127.0.0.0/8 or ::1.
bool isHost(const QString& host);

} // namespace Loopback
