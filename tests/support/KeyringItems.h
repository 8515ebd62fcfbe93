#pragma once

#include <QString>
#include <QStringList>

/// What the real Secret Service holds, asked with secret-tool (attributes only, never secrets).
namespace KeyringItems
{
/// The "user" attribute of every item with server=service and user=user, locked items included.
QStringList users(const QString& service, const QString& user);
} // namespace KeyringItems
