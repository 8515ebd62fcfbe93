#include "core/CasResult.h"

QByteArray CasResult::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

CasError CasError::make(Kind kind, const QString& message, const QString& detail)
{
    CasError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

QString CasError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidUrl:
        return QStringLiteral("invalid_url");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case Kind::CaFile:
        return QStringLiteral("ca_file");
    case Kind::HostNotFound:
        return QStringLiteral("host_not_found");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Kind::ConnectionClosed:
        return QStringLiteral("connection_closed");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case Kind::TooManyRedirects:
        return QStringLiteral("too_many_redirects");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::AuthRejected:
        return QStringLiteral("auth_rejected");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::ResponseTooLarge:
        return QStringLiteral("response_too_large");
    case Kind::HeadersTooLarge:
        return QStringLiteral("headers_too_large");
    case Kind::DecodedTooLarge:
        return QStringLiteral("decoded_too_large");
    case Kind::MalformedHttp:
        return QStringLiteral("malformed_http");
    case Kind::Proxy:
        return QStringLiteral("proxy");
    }
    return QStringLiteral("unknown");
}

void CasResult::redactSecret(const QByteArray& secret)
{
    if (secret.isEmpty()) {
        return;
    }
    const QByteArray redacted = QByteArrayLiteral("<redacted>");
    const QString secretText = QString::fromUtf8(secret);
    const QString redactedText = QString::fromLatin1(redacted);
    for (auto& header : headers) {
        header.first.replace(secret, redacted);
        header.second.replace(secret, redacted);
    }
    body.replace(secret, redacted);
    for (QString* text : {&reasonPhrase, &redactedRequest, &error.message, &error.detail}) {
        text->replace(secretText, redactedText);
    }
}
