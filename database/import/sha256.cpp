// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QFile>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SAILAU_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace Sailau::Import {

namespace {

constexpr quint32 InitialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef SAILAU_SHA_NI
alignas(16) constexpr quint32 RoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

bool hasShaInstructions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}

// The compression function over whole 64-byte blocks. The state is kept as the instructions want
// it: ABEF in one register, CDGH in the other.
__attribute__((target("sha,sse4.1,ssse3"))) void compress(quint32 state[8], const unsigned char *data, size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0])), 0xB1); // CDAB
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4])), 0x1B); // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);   // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);        // CDGH

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = state0;
        const __m128i cdghBefore = state1;
        __m128i w[4]; // the message schedule, four words at a time
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (int group = 0; group < 16; ++group) {
            __m128i &current = w[group & 3];
            __m128i &previous = w[(group + 3) & 3];
            __m128i &next = w[(group + 1) & 3];
            __m128i message = _mm_add_epi32(current,
                                            _mm_load_si128(reinterpret_cast<const __m128i *>(&RoundConstants[4 * group])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, message);
            if (group >= 3 && group <= 14) {
                // The words four groups on: next held W[t-16] + σ0(W[t-15]); add W[t-7] and σ1.
                next = _mm_add_epi32(next, _mm_alignr_epi8(current, previous, 4));
                next = _mm_sha256msg2_epu32(next, current);
            }
            message = _mm_shuffle_epi32(message, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, message);
            if (group >= 1 && group <= 12)
                previous = _mm_sha256msg1_epu32(previous, current);
        }
        state0 = _mm_add_epi32(state0, abefBefore);
        state1 = _mm_add_epi32(state1, cdghBefore);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);            // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);         // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);      // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);         // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}
#else
bool hasShaInstructions()
{
    return false;
}

void compress(quint32 *, const unsigned char *, size_t)
{
}
#endif

} // namespace

bool Sha256::accelerated()
{
    static const bool has = hasShaInstructions();
    return has;
}

Sha256::Sha256()
{
    if (accelerated())
        std::memcpy(m_state, InitialState, sizeof m_state);
    else
        m_portable = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (m_portable) {
        m_portable->addData(data);
        return;
    }
    auto p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype n = data.size();
    m_length += quint64(n);
    if (m_blockSize > 0) {
        const qsizetype take = std::min<qsizetype>(n, 64 - m_blockSize);
        std::memcpy(m_block + m_blockSize, p, size_t(take));
        m_blockSize += take;
        p += take;
        n -= take;
        if (m_blockSize < 64)
            return;
        compress(m_state, m_block, 1);
        m_blockSize = 0;
    }
    if (n >= 64) {
        compress(m_state, p, size_t(n / 64));
        p += n / 64 * 64;
        n %= 64;
    }
    std::memcpy(m_block, p, size_t(n));
    m_blockSize = n;
}

QByteArray Sha256::result()
{
    if (m_portable)
        return m_portable->result();
    // The padding: a one bit, zeros, and the length in bits, big-endian, ending a block.
    const quint64 bits = m_length * 8;
    unsigned char tail[128] = {0x80};
    const qsizetype padding = (m_blockSize < 56 ? 56 : 120) - m_blockSize;
    for (int i = 0; i < 8; ++i)
        tail[padding + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char *>(tail), padding + 8));
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(m_state[i] >> (24 - 8 * j));
    }
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QString Sha256::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 sha;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {}; // a read error: the digest of part of the file would name another file
        if (n == 0)
            break;
        sha.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace Sailau::Import
