#include "core/JwsAlgorithm.h"

#include <QStringList>

namespace
{
const JwsAlgorithm s_algorithms[] = {
    {"HS256", JwsAlgorithm::Family::Hmac, "SHA256", 32, nullptr, 0},
    {"HS384", JwsAlgorithm::Family::Hmac, "SHA384", 48, nullptr, 0},
    {"HS512", JwsAlgorithm::Family::Hmac, "SHA512", 64, nullptr, 0},
    {"RS256", JwsAlgorithm::Family::RsaPkcs1, "SHA256", 32, nullptr, 0},
    {"RS384", JwsAlgorithm::Family::RsaPkcs1, "SHA384", 48, nullptr, 0},
    {"RS512", JwsAlgorithm::Family::RsaPkcs1, "SHA512", 64, nullptr, 0},
    {"PS256", JwsAlgorithm::Family::RsaPss, "SHA256", 32, nullptr, 0},
    {"PS384", JwsAlgorithm::Family::RsaPss, "SHA384", 48, nullptr, 0},
    {"PS512", JwsAlgorithm::Family::RsaPss, "SHA512", 64, nullptr, 0},
    {"ES256", JwsAlgorithm::Family::Ecdsa, "SHA256", 32, "P-256", 32},
    {"ES384", JwsAlgorithm::Family::Ecdsa, "SHA384", 48, "P-384", 48},
    {"ES512", JwsAlgorithm::Family::Ecdsa, "SHA512", 64, "P-521", 66},
    {"EdDSA", JwsAlgorithm::Family::EdDsa, nullptr, 0, nullptr, 0},
};
} // namespace

const JwsAlgorithm* JwsAlgorithm::find(const QString& name)
{
    for (const JwsAlgorithm& algorithm : s_algorithms) {
        if (name == QLatin1String(algorithm.name))
            return &algorithm;
    }
    return nullptr;
}

QString JwsAlgorithm::namesOf(Family family)
{
    QStringList names;
    for (const JwsAlgorithm& algorithm : s_algorithms) {
        if (algorithm.family == family)
            names.append(algorithm.nameString());
    }
    return names.join(QStringLiteral(", "));
}
