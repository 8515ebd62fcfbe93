// ExtraTrust::readPem on whatever a person saved as a CA file: it must find exactly the
// certificates QSslCertificate::fromData finds, in the same order (CasClientWorker uses one or the
// other depending on whether the system roots stay trusted).
#include "FuzzSupport.h"
#include "net/ExtraTrust.h"

#include <QList>
#include <QSslCertificate>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray pem = fuzzBytes(data, size);
    const ExtraTrust::Anchors byOpenSsl = ExtraTrust::readPem(pem);
    const QList<QSslCertificate> byQt = QSslCertificate::fromData(pem, QSsl::Pem);
    FUZZ_ASSERT(byOpenSsl.size() == static_cast<size_t>(byQt.size()));
    for (qsizetype i = 0; i < byQt.size(); ++i) {
        FUZZ_ASSERT(byOpenSsl[static_cast<size_t>(i)] != nullptr);
        unsigned char* der = nullptr;
        const int length = i2d_X509(byOpenSsl[static_cast<size_t>(i)].get(), &der);
        FUZZ_ASSERT(length > 0);
        const bool same = QByteArray(reinterpret_cast<const char*>(der), length) == byQt.at(i).toDer();
        OPENSSL_free(der);
        FUZZ_ASSERT(same);
    }
    return 0;
}
