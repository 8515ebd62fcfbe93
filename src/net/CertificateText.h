#pragma once

#include "core/CasResult.h"

#include <QSslCertificate>

/// What the views show of a certificate (CertificateInfo), read out in the network module so
/// that nothing showing it needs Qt Network.
namespace CertificateText
{
CertificateInfo read(const QSslCertificate& certificate);
} // namespace CertificateText
