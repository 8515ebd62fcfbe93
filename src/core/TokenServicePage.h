#pragma once

#include <QByteArray>

/// The page the token service serves at GET /: fetches a token for a typed session and shows the
/// Web SDK call. Self-contained (no external resources); everything shown is set as text.
namespace TokenServicePage
{
QByteArray html();
}
