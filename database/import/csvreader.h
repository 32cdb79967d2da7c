// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sha256.h"
#include "tablereader.h"
#include "textcodec.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace Sailau::Import {

// Delimited text (CSV, semicolon-separated, TSV, pipe) per RFC 4180, read in chunks: a quote at
// the start of a field opens a quoted field in which delimiters and line breaks are text and a
// doubled quote is one quote; CRLF, LF and a lone CR end a record. A quote in the middle of an
// unquoted field is text, and text after a closing quote is kept (as spreadsheet programs do). A
// byte order mark of the encoding at the start is skipped.
class DelimitedReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::DelimitedReader)
public:
    // device must be open for reading; the reader owns it.
    DelimitedReader(std::unique_ptr<QIODevice> device, Encoding encoding, QChar delimiter,
                    const ReadOptions &options = {});
    ~DelimitedReader() override;

    // Reads bytes held in memory. With truncated set the bytes are a sample cut from a longer
    // file: a quoted field still open at the end ends the reading without an error.
    static std::unique_ptr<DelimitedReader> fromBytes(const QByteArray &bytes, Encoding encoding, QChar delimiter,
                                                      const ReadOptions &options = {}, bool truncated = false);

    bool next(QStringList *cells) override;
    qint64 line() const override { return m_recordLine; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }
    QString error() const override { return m_error; }
    bool hadInvalidBytes() const override { return m_decoder.hadErrors(); }
    // The digest is taken of the chunks as they are read, so it costs no second reading.
    QString sha256() const override { return m_sha256; }

    Encoding encoding() const { return m_decoder.encoding(); }
    QChar delimiter() const { return QChar(m_delimiter); }
    // True once the last record has been read (and not because of an error).
    bool atEnd() const { return m_state == State::Finished; }

    static constexpr qsizetype ChunkBytes = 1024 * 1024;

private:
    enum class State { Reading, Finished, Failed };

    bool fill();
    void putCell(QStringList *cells, int index, qsizetype from, qsizetype length);
    bool fail(qint64 line, int column, const QString &message);
    bool failTooLong(int column, qint64 quoteLine, int quoteColumn);
    bool endRecord(QStringList *cells, int count);
    bool startRecord();
    bool scanToDelimiter(int column);
    bool readQuoted(int column);
    void moveQuotedSegment();

    std::unique_ptr<QIODevice> m_device;
    ChunkDecoder m_decoder;
    char16_t m_delimiter;
    qint64 m_maxRecordChars;
    int m_maxColumns;
    bool m_truncated = false;

    QByteArray m_raw;                  // one chunk of bytes, reused
    std::unique_ptr<Sha256> m_hasher; // of every byte read from a file (not from bytes in memory)
    QString m_sha256;                  // set when the end was reached without a read error
    std::unique_ptr<char16_t[]> m_buf; // decoded text; [0, m_end) is valid
    qsizetype m_cap = 0;
    qsizetype m_end = 0;
    // Offsets into m_buf of the parser's work; fill() moves them when it moves the text.
    qsizetype m_pos = 0;       // next character to look at
    qsizetype m_recStart = 0;  // start of the record being read (nothing before it is needed)
    qsizetype m_fieldStart = 0;
    qsizetype m_segStart = 0;  // quoted field: start of the text not yet moved into place
    qsizetype m_write = 0;     // quoted field: where the unescaped text ends

    bool m_eof = false;
    bool m_limitHit = false;   // fill() refused to grow the record past m_maxRecordChars
    bool m_afterCR = false;    // the last line break was a CR: a following LF belongs to it
    State m_state = State::Reading;
    qint64 m_line = 1;         // physical line at m_pos
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    QString m_error;
};

} // namespace Sailau::Import
