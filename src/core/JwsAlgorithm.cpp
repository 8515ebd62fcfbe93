#include "core/JwsAlgorithm.h"

#include <QStringList>

namespace
{
const JwsAlgorithm s_algorithms[] = {
    {"HS256", JwsAlgorithm::Family::Hmac, 32, "SHA256", nullptr, 0},
    {"HS384", JwsAlgorithm::Family::Hmac, 48, "SHA384", nullptr, 0},
    {"HS512", JwsAlgorithm::Family::Hmac, 64, "SHA512", nullptr, 0},
    {"RS256", JwsAlgorithm::Family::RsaPkcs1, 32, "SHA256", nullptr, 0},
    {"RS384", JwsAlgorithm::Family::RsaPkcs1, 48, "SHA384", nullptr, 0},
    {"RS512", JwsAlgorithm::Family::RsaPkcs1, 64, "SHA512", nullptr, 0},
    {"PS256", JwsAlgorithm::Family::RsaPss, 32, "SHA256", nullptr, 0},
    {"PS384", JwsAlgorithm::Family::RsaPss, 48, "SHA384", nullptr, 0},
    {"PS512", JwsAlgorithm::Family::RsaPss, 64, "SHA512", nullptr, 0},
    {"ES256", JwsAlgorithm::Family::Ecdsa, 32, "SHA256", "P-256", 32},
    {"ES384", JwsAlgorithm::Family::Ecdsa, 48, "SHA384", "P-384", 48},
    {"ES512", JwsAlgorithm::Family::Ecdsa, 64, "SHA512", "P-521", 66},
    {"EdDSA", JwsAlgorithm::Family::EdDsa, 0, nullptr, nullptr, 0},
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
