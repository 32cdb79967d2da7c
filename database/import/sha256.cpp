// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QFile>

#include <openssl/evp.h>

namespace Sailau::Import {

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (m_context && EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_context);
        m_context = nullptr;
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::addData(QByteArrayView bytes)
{
    if (m_context && !bytes.isEmpty() && EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size())) != 1) {
        EVP_MD_CTX_free(m_context);
        m_context = nullptr; // no digest rather than a wrong one
    }
}

QByteArray Sha256::result()
{
    if (!m_context)
        return {};
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const bool ok = EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(digest.data()), &length) == 1;
    EVP_MD_CTX_free(m_context);
    m_context = nullptr;
    if (!ok)
        return {};
    digest.truncate(int(length));
    return digest;
}

QString Sha256::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {}; // a read error: the digest of part of the file would name another file
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Sailau::Import
