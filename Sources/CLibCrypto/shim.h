#ifndef CTST_CLIBCRYPTO_SHIM_H
#define CTST_CLIBCRYPTO_SHIM_H
// The low-level SHA-256 functions (SHA256_Init, _Update, _Final), which OpenSSL 3 marks
// deprecated in favour of EVP. EVP's first use loads the provider configuration: 1.6 to 2.3 ms
// on this project's machines, more than hashing every file of the shipped sample takes here.
// They are still part of OpenSSL 3's API; declared at the 1.1.1 level so that they carry no
// deprecation mark.
#define OPENSSL_API_COMPAT 10101
#include <openssl/sha.h>
#endif
