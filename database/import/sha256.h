// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct evp_md_ctx_st;

namespace Sailau::Import {

// SHA-256 by OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them.
// Qt 6.4's QCryptographicHash is plain C: for the 1,000,000-row benchmark file (226 MB) it took
// 1.4 s of processor time, a fifth of `sailau import`'s, on a thread beside the import that the
// import's own writer thread needs (bench_import: see the README); OpenSSL takes 0.13 s, so the
// reader hashes each chunk as it reads it.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The 32 bytes of the digest of everything added. Call once.
    QByteArray result();

    // The digest of a file in hexadecimal; empty when the file cannot be read to its end (the
    // digest of part of a file would name another file).
    static QString ofFile(const QString &path);

private:
    evp_md_ctx_st *m_context = nullptr;
};

} // namespace Sailau::Import
