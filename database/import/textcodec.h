// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <optional>

namespace Sailau::Import {

// The encodings the readers understand.
enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1251 };

// "UTF-8", "utf8", "UTF-16LE", "UTF-16" (little endian unless a BOM says otherwise),
// "windows-1251", "cp1251", "1251" …; nullopt for anything else.
std::optional<Encoding> encodingFromName(QStringView name);
// The canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251".
QString encodingName(Encoding encoding);

// The byte order mark at the start of head, if any: sets *encoding and returns its length.
int byteOrderMark(QByteArrayView head, Encoding *encoding);

// Windows-1251 byte 0x80–0xFF → UTF-16 (0x98, undefined, reads as U+FFFD).
char16_t windows1251ToUnicode(unsigned char byte);

// What a scan of bytes as UTF-8 found.
struct Utf8Check
{
    qsizetype multiByteSequences = 0; // valid sequences of 2–4 bytes
    qsizetype invalidBytes = 0;       // bytes that start no valid sequence
    qsizetype asciiBytes = 0;
    qsizetype nulBytes = 0;
    bool valid() const { return invalidBytes == 0; }
};
// Scans data as UTF-8. When truncated is set, an incomplete sequence at the very end (a sample cut
// in the middle of a character) is not counted as invalid.
Utf8Check checkUtf8(QByteArrayView data, bool truncated);

// Decodes a byte stream chunk by chunk into UTF-16; characters split between chunks are handled.
// Invalid bytes become U+FFFD and set hadErrors().
class ChunkDecoder
{
public:
    explicit ChunkDecoder(Encoding encoding);
    Encoding encoding() const { return m_encoding; }
    // The most UTF-16 units decode() can write for n bytes.
    qsizetype requiredSpace(qsizetype n) const;
    // Decodes bytes to out (which has requiredSpace() room) and returns the end of what it wrote.
    char16_t *decode(QByteArrayView bytes, char16_t *out);
    // Call once at the end of the input: writes U+FFFD for an incomplete trailing character.
    char16_t *finish(char16_t *out);
    bool hadErrors() const;

private:
    Encoding m_encoding;
    QStringDecoder m_decoder;
    bool m_errors = false;
    // Qt's decoder has read the start of the text (and dropped a byte order mark there): UTF-8
    // after it may be decoded without it.
    bool m_headerDone = false;
    // The last bytes seen, to notice an incomplete character at the end of the input.
    unsigned char m_tail[4] = {};
    int m_tailSize = 0;
    qint64 m_total = 0;
    // UTF-8: the bytes of a character cut at the end of the last chunk, decoded with the next one.
    // (Qt's decoder, left holding an incomplete character, drops the byte after it when that byte
    // does not continue the character: a delimiter or line break there would be lost.)
    QByteArray m_pending;
    QByteArray m_joined;
};

// Decodes a whole buffer (convenience for samples and tests).
QString decodeAll(QByteArrayView bytes, Encoding encoding, bool *hadErrors = nullptr);

} // namespace Sailau::Import
