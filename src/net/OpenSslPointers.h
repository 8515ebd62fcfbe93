#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

/// Owning pointers for the OpenSSL objects the core uses (JWS keys and signatures, certificates):
/// every object is freed by its own free function, whatever path leaves the scope.
namespace OpenSsl
{
template<typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const
    {
        Free(p);
    }
};

inline void freeBignum(BIGNUM* p)
{
    BN_free(p);
}
inline void freeBio(BIO* p)
{
    BIO_free_all(p);
}
inline void freeX509Chain(STACK_OF(X509) * p)
{
    sk_X509_pop_free(p, X509_free);
}

using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, freeBio>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using X509ChainPtr = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeX509Chain>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, freeBignum>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
} // namespace OpenSsl
