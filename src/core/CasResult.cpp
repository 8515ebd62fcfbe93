#include "core/CasResult.h"

QByteArray CasResult::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
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
