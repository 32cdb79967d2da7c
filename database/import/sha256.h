// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>

#include <memory>

namespace Sailau::Import {

// SHA-256 with the processor's SHA instructions where it has them (x86 processors of the last
// years), QCryptographicHash elsewhere. The import hashes its file beside reading it, on the
// other core; with the instructions that takes a tenth of the time it otherwise takes from a
// machine the import shares.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    QByteArray result(); // the 32 bytes of the digest; call once

    static QByteArray hash(QByteArrayView data);
    // The digest of a file's contents in hex; empty when the file cannot be opened or a read fails.
    static QString ofFile(const QString &path);
    // Whether this machine has the instructions (the two ways give the same digest).
    static bool accelerated();

private:
    std::unique_ptr<QCryptographicHash> m_portable; // set when the instructions are not there
    quint32 m_state[8];
    unsigned char m_block[64];
    qsizetype m_blockSize = 0;
    quint64 m_length = 0;
};

} // namespace Sailau::Import
