// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcodec.h"

#include <algorithm>
#include <cstring>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Sailau::Import {

namespace {

// Windows-1251, bytes 0x80–0xFF (the Unicode mapping of the code page; 0x98 is undefined).
constexpr char16_t Cp1251High[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

QStringConverter::Encoding qtEncoding(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16LE: return QStringConverter::Utf16LE;
    case Encoding::Utf16BE: return QStringConverter::Utf16BE;
    case Encoding::Utf8:
    case Encoding::Windows1251: break;
    }
    return QStringConverter::Utf8;
}

// Length of the UTF-8 sequence that starts with lead, 0 when lead cannot start one.
int utf8Length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Decodes the well-formed UTF-8 at the start of bytes (characters of the BMP, no overlong forms,
// no surrogates) to out, which it advances; returns how many bytes it decoded. It stops before
// anything else, and before a character that does not end within bytes.
// Kept beside Qt's decoder because it matters: with QStringDecoder alone `sailau import` of the
// 1,000,000-row benchmark file took 7 % longer in bench_import (2.49 against 2.33 times sqlite3's
// .import, medians of three alternate runs) and 15 % longer run alone (13.35 s against 11.62 s).
qsizetype decodeUtf8Prefix(QByteArrayView bytes, char16_t *&out)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *p = begin;
    const auto *end = begin + bytes.size();
    char16_t *o = out;
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
#ifdef __SSE2__
            // A run of ASCII, 16 bytes at a time. Each byte gives at most one UTF-16 unit, so
            // writing 16 units where 16 bytes remain stays within the space the caller has.
            const __m128i zero = _mm_setzero_si128();
            while (end - p >= 16) {
                const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(o), _mm_unpacklo_epi8(x, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(o + 8), _mm_unpackhi_epi8(x, zero));
                const unsigned high = unsigned(_mm_movemask_epi8(x));
                if (high != 0) {
                    const int ascii = __builtin_ctz(high);
                    p += ascii;
                    o += ascii;
                    break;
                }
                p += 16;
                o += 16;
            }
            if (p < end && *p < 0x80)
                *o++ = *p++;
#else
            *o++ = c;
            ++p;
#endif
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            if (end - p < 2 || (p[1] & 0xC0) != 0x80)
                break;
            *o++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
            continue;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
                break;
            const char16_t u = char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            if (u < 0x800 || (u >= 0xD800 && u <= 0xDFFF))
                break;
            *o++ = u;
            p += 3;
            continue;
        }
        break;
    }
    out = o;
    return p - begin;
}

} // namespace

std::optional<Encoding> encodingFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"utf8" || key == u"utf8bom")
        return Encoding::Utf8;
    if (key == u"utf16le" || key == u"utf16" || key == u"ucs2" || key == u"unicode")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    if (key == u"windows1251" || key == u"cp1251" || key == u"1251" || key == u"win1251"
        || key == u"mscyrl" || key == u"xcp1251")
        return Encoding::Windows1251;
    return std::nullopt;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Windows1251: return QStringLiteral("windows-1251");
    }
    return QString();
}

int byteOrderMark(QByteArrayView head, Encoding *encoding)
{
    const auto b = [&](qsizetype i) { return i < head.size() ? static_cast<unsigned char>(head[i]) : 0x100; };
    if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
        *encoding = Encoding::Utf8;
        return 3;
    }
    if (b(0) == 0xFF && b(1) == 0xFE) {
        *encoding = Encoding::Utf16LE;
        return 2;
    }
    if (b(0) == 0xFE && b(1) == 0xFF) {
        *encoding = Encoding::Utf16BE;
        return 2;
    }
    return 0;
}

char16_t windows1251ToUnicode(unsigned char byte)
{
    return byte < 0x80 ? char16_t(byte) : Cp1251High[byte - 0x80];
}

Utf8Check checkUtf8(QByteArrayView data, bool truncated)
{
    Utf8Check check;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const auto *end = p + data.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++check.asciiBytes;
            if (c == 0)
                ++check.nulBytes;
            ++p;
            continue;
        }
        const int len = utf8Length(c);
        if (len == 0) {
            ++check.invalidBytes;
            ++p;
            continue;
        }
        if (end - p < len) {
            // Cut in the middle of a character: fine for a sample, wrong at the real end.
            bool continuation = true;
            for (const unsigned char *q = p + 1; q < end; ++q)
                continuation = continuation && (*q & 0xC0) == 0x80;
            if (!(truncated && continuation))
                check.invalidBytes += end - p;
            break;
        }
        bool ok = true;
        for (int i = 1; i < len; ++i)
            ok = ok && (p[i] & 0xC0) == 0x80;
        // Overlong forms, surrogates and values beyond U+10FFFF.
        if (ok && len == 3)
            ok = !(c == 0xE0 && p[1] < 0xA0) && !(c == 0xED && p[1] >= 0xA0);
        if (ok && len == 4)
            ok = !(c == 0xF0 && p[1] < 0x90) && !(c == 0xF4 && p[1] >= 0x90);
        if (!ok) {
            ++check.invalidBytes;
            ++p;
            continue;
        }
        ++check.multiByteSequences;
        p += len;
    }
    return check;
}

ChunkDecoder::ChunkDecoder(Encoding encoding)
    : m_encoding(encoding)
    , m_decoder(qtEncoding(encoding))
{
}

qsizetype ChunkDecoder::requiredSpace(qsizetype n) const
{
    if (m_encoding == Encoding::Windows1251)
        return n;
    // The bytes held back from the last chunk are decoded with these.
    return m_decoder.requiredSpace(n + m_pending.size()) + 1;
}

char16_t *ChunkDecoder::decode(QByteArrayView bytes, char16_t *out)
{
    if (bytes.isEmpty())
        return out;
    m_total += bytes.size();
    // Remember the last bytes for finish().
    const qsizetype keep = std::min<qsizetype>(bytes.size(), 4);
    if (keep == 4) {
        std::memcpy(m_tail, bytes.data() + bytes.size() - 4, 4);
        m_tailSize = 4;
    } else {
        for (qsizetype i = 0; i < keep; ++i) {
            if (m_tailSize == 4) {
                std::memmove(m_tail, m_tail + 1, 3);
                --m_tailSize;
            }
            m_tail[m_tailSize++] = static_cast<unsigned char>(bytes[i]);
        }
    }

    if (m_encoding == Encoding::Windows1251) {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
        const auto *end = p + bytes.size();
        for (; p < end; ++p) {
            const unsigned char c = *p;
            if (c < 0x80) {
                *out++ = c;
            } else {
                const char16_t u = Cp1251High[c - 0x80];
                m_errors = m_errors || u == 0xFFFD;
                *out++ = u;
            }
        }
        return out;
    }
    if (m_encoding == Encoding::Utf8) {
        // Hold back a character cut at the end of the chunk and put it before the next one, so
        // that the decoder always sees whole characters (see m_pending).
        if (!m_pending.isEmpty()) {
            m_joined.resize(0);
            m_joined.append(m_pending);
            m_joined.append(bytes.data(), bytes.size());
            m_pending.resize(0);
            bytes = m_joined;
        }
        // The decoder must not be left in the middle of a character. Where the last character is
        // not complete it is held back; the bytes before it then end the call, so if they too are
        // an unfinished character (invalid, since a new one starts after them), they are held as
        // well, and so on.
        qsizetype cut = bytes.size();
        for (;;) {
            qsizetype lead = cut - 1;
            while (lead >= 0 && lead > cut - 4 && (static_cast<unsigned char>(bytes[lead]) & 0xC0) == 0x80)
                --lead;
            if (lead < 0 || utf8Length(static_cast<unsigned char>(bytes[lead])) <= cut - lead)
                break;
            cut = lead;
        }
        if (cut < bytes.size()) {
            m_pending = bytes.sliced(cut).toByteArray();
            bytes = bytes.first(cut);
        }
    }
    if (m_encoding == Encoding::Utf8 && m_headerDone) {
        // Well-formed text is decoded here; from the first byte that is not (an invalid sequence,
        // a character beyond the BMP) Qt's decoder takes the rest of the chunk.
        const qsizetype done = decodeUtf8Prefix(bytes, out);
        bytes = bytes.sliced(done);
        if (bytes.isEmpty())
            return out;
    }
    m_headerDone = m_headerDone || !bytes.isEmpty();
    QChar *end = m_decoder.appendToBuffer(reinterpret_cast<QChar *>(out), bytes);
    return reinterpret_cast<char16_t *>(end);
}

char16_t *ChunkDecoder::finish(char16_t *out)
{
    // A character cut at the very end: whatever the decoder makes of it, then one U+FFFD below.
    if (!m_pending.isEmpty()) {
        out = reinterpret_cast<char16_t *>(m_decoder.appendToBuffer(reinterpret_cast<QChar *>(out), m_pending));
        m_pending.clear();
    }
    bool incomplete = false;
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        incomplete = (m_total % 2) != 0;
        // A high surrogate with nothing after it.
        if (!incomplete && m_tailSize >= 2) {
            const unsigned char a = m_tail[m_tailSize - 2], b = m_tail[m_tailSize - 1];
            const char16_t u = m_encoding == Encoding::Utf16LE ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
            incomplete = QChar::isHighSurrogate(u);
        }
    } else if (m_encoding == Encoding::Utf8) {
        // Look back for the lead byte of the last character.
        for (int i = m_tailSize - 1, seen = 1; i >= 0; --i, ++seen) {
            const unsigned char c = m_tail[i];
            if ((c & 0xC0) == 0x80)
                continue;
            const int len = utf8Length(c);
            incomplete = len > seen;
            break;
        }
    }
    if (incomplete) {
        m_errors = true;
        *out++ = 0xFFFD;
    }
    return out;
}

bool ChunkDecoder::hadErrors() const
{
    return m_errors || m_decoder.hasError();
}

QString decodeAll(QByteArrayView bytes, Encoding encoding, bool *hadErrors)
{
    ChunkDecoder decoder(encoding);
    std::vector<char16_t> buffer(size_t(decoder.requiredSpace(bytes.size())) + 1);
    char16_t *end = decoder.decode(bytes, buffer.data());
    end = decoder.finish(end);
    if (hadErrors)
        *hadErrors = decoder.hadErrors();
    return QString(reinterpret_cast<const QChar *>(buffer.data()), end - buffer.data());
}

} // namespace Sailau::Import
