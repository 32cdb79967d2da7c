// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QBuffer>
#include <QFile>

#include <algorithm>
#include <climits>
#include <cstring>

namespace Sailau::Import {

namespace {

// Plain loops. SSE2 versions of these two scans (eight characters at a time) read bench_csvreader's
// file about 10 % faster (0.35 s against 0.39 s), but mattered little to the import the reading is
// part of: on bench_import's 1,000,063-row file, alternate runs on 5-6 December 2026 took
// 3.44-3.74 s with them and 3.59-3.75 s without on a busy machine, and on the idle machine
// 3.81-3.85 s against 3.92-3.98 s (processor time 6.28-6.42 s against 6.45-6.65 s): about 3 %,
// under the 5 % that would keep hand-written vector code. So they were not kept.

// The first delimiter, CR or LF in [p, e), or e.
inline const char16_t *scanUnquoted(const char16_t *p, const char16_t *e, char16_t delimiter)
{
    while (p < e && *p != delimiter && *p != u'\n' && *p != u'\r')
        ++p;
    return p;
}

// The first quote, CR or LF in [p, e), or e.
inline const char16_t *scanQuoted(const char16_t *p, const char16_t *e)
{
    while (p < e && *p != u'"' && *p != u'\n' && *p != u'\r')
        ++p;
    return p;
}

} // namespace

TableReader::~TableReader() = default;

int TableReader::errorLine() const
{
    return m_errorLine;
}

int TableReader::errorColumn() const
{
    return m_errorColumn;
}

bool TableReader::hadInvalidBytes() const
{
    return false;
}

QString TableReader::sha256() const
{
    return {};
}

DelimitedReader::DelimitedReader(std::unique_ptr<QIODevice> device, Encoding encoding, QChar delimiter,
                                 const ReadOptions &options)
    : m_device(std::move(device))
    , m_decoder(encoding)
    , m_delimiter(delimiter.isNull() ? u',' : delimiter.unicode())
    , m_maxRecordChars(std::max<qint64>(16, options.maxRecordChars))
    , m_maxColumns(std::max(1, options.maxColumns))
{
    m_totalBytes = m_device->isSequential() ? 0 : m_device->size();
    // Skip the byte order mark of this encoding.
    Encoding bomEncoding;
    const QByteArray head = m_device->peek(4);
    if (const int bom = byteOrderMark(head, &bomEncoding); bom > 0 && bomEncoding == encoding) {
        // A device may hand out fewer bytes than asked for.
        while (m_bytesRead < bom) {
            const qint64 skipped = m_device->skip(bom - m_bytesRead);
            if (skipped <= 0)
                break;
            m_bytesRead += skipped;
        }
    }
    if (qobject_cast<QFile *>(m_device.get())) {
        m_hasher = std::make_unique<Sha256>();
        if (m_bytesRead > 0)
            m_hasher->addData(QByteArrayView(head.constData(), m_bytesRead));
    }
    m_raw.resize(ChunkBytes);
}

DelimitedReader::~DelimitedReader() = default;


std::unique_ptr<DelimitedReader> DelimitedReader::fromBytes(const QByteArray &bytes, Encoding encoding,
                                                            QChar delimiter, const ReadOptions &options,
                                                            bool truncated)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto reader = std::make_unique<DelimitedReader>(std::move(buffer), encoding, delimiter, options);
    reader->m_truncated = truncated;
    return reader;
}

bool DelimitedReader::fail(qint64 line, int column, const QString &message)
{
    m_state = State::Failed;
    m_errorLine = int(std::min<qint64>(line, INT_MAX));
    m_errorColumn = column;
    m_errorReason = message;
    m_error = column > 0 ? tr("line %1, column %2: %3").arg(line).arg(column).arg(message)
                         : tr("line %1: %2").arg(line).arg(message);
    return false;
}

bool DelimitedReader::failTooLong(int column, qint64 quoteLine, int quoteColumn)
{
    const qint64 mib = std::max<qint64>(1, m_maxRecordChars / (1024 * 1024));
    const QString size = m_maxRecordChars >= 1024 * 1024 ? tr("%1 MiB").arg(mib)
                                                         : tr("%1 characters").arg(m_maxRecordChars);
    if (quoteLine > 0) {
        return fail(quoteLine, quoteColumn,
                    tr("the record that starts here is longer than %1; is a quote opened here and never closed?")
                        .arg(size));
    }
    return fail(m_recordLine, column, tr("the record is longer than %1").arg(size));
}

// Reads the next chunk and appends its text, moving or growing the buffer as needed. Returns false
// at the end of the input (or when the record grew past the limit: then m_state is Failed).
bool DelimitedReader::fill()
{
    for (;;) {
        if (m_eof)
            return false;
        if (m_end - m_recStart > m_maxRecordChars) {
            m_limitHit = true; // the caller reports it
            return false;
        }
        const qsizetype need = m_decoder.requiredSpace(ChunkBytes) + 2;
        if (m_end + need > m_cap) {
            const qsizetype shift = m_recStart;
            const qsizetype live = m_end - shift;
            if (live + need <= m_cap / 2 || (live + need <= m_cap && shift > 0)) {
                std::memmove(m_buf.get(), m_buf.get() + shift, size_t(live) * sizeof(char16_t));
            } else {
                const qsizetype cap = std::max(m_cap * 2, live + need);
                std::unique_ptr<char16_t[]> grown(new char16_t[size_t(cap)]);
                if (live > 0)
                    std::memcpy(grown.get(), m_buf.get() + shift, size_t(live) * sizeof(char16_t));
                m_buf = std::move(grown);
                m_cap = cap;
            }
            m_end -= shift;
            m_pos -= shift;
            m_recStart -= shift;
            m_fieldStart = std::max<qsizetype>(0, m_fieldStart - shift);
            m_segStart = std::max<qsizetype>(0, m_segStart - shift);
            m_write = std::max<qsizetype>(0, m_write - shift);
        }
        const qint64 n = m_device->read(m_raw.data(), ChunkBytes);
        char16_t *out = m_buf.get() + m_end;
        if (n <= 0) {
            m_eof = true;
            if (n < 0) {
                fail(m_line, 0, tr("the file could not be read: %1").arg(m_device->errorString()));
                return false;
            }
            if (m_hasher)
                m_sha256 = QString::fromLatin1(m_hasher->result().toHex());
            char16_t *end = m_decoder.finish(out);
            m_end = end - m_buf.get();
            return end != out;
        }
        m_bytesRead += n;
        if (m_hasher)
            m_hasher->addData(QByteArrayView(m_raw.constData(), n));
        char16_t *end = m_decoder.decode(QByteArrayView(m_raw.constData(), n), out);
        m_end = end - m_buf.get();
        if (end != out)
            return true;
    }
}

void DelimitedReader::putCell(QStringList *cells, int index, qsizetype from, qsizetype length)
{
    const auto *text = reinterpret_cast<const QChar *>(m_buf.get() + from);
    if (index < cells->size()) {
        QString &cell = (*cells)[index];
        // Most cells repeat the row before (the date, the territory, the race's figures): such a
        // cell is left as it is, and a caller that kept a copy of it does not make it reallocate.
        if (cell.size() == length && std::memcmp(cell.constData(), text, size_t(length) * sizeof(QChar)) == 0
            && !cell.isNull())
            return;
        cell.setUnicode(text, length);
    } else {
        cells->append(QString(text, length));
    }
}

bool DelimitedReader::endRecord(QStringList *cells, int count)
{
    // Records that arrived within one chunk are checked here, longer ones in fill().
    if (m_pos - m_recStart > m_maxRecordChars)
        return failTooLong(count, 0, 0);
    if (cells->size() > count)
        cells->resize(count);
    return true;
}

// Skips empty lines and marks where the next record starts. False at the end of the input.
bool DelimitedReader::startRecord()
{
    for (;;) {
        m_recStart = m_pos;
        if (m_pos == m_end && !fill()) {
            if (m_state == State::Reading)
                m_state = State::Finished;
            return false;
        }
        const char16_t c = m_buf[m_pos];
        if (c == u'\n') {
            if (!m_afterCR)
                ++m_line;
            m_afterCR = false;
            ++m_pos;
            continue;
        }
        m_afterCR = false;
        if (c == u'\r') {
            ++m_line;
            m_afterCR = true;
            ++m_pos;
            continue;
        }
        break;
    }
    m_recStart = m_pos;
    m_recordLine = m_line;
    return true;
}

// Moves m_pos to the next delimiter or line break, or to the end of the input, reading on as
// needed. False when reading stops: a read error, or the record grew past the limit.
bool DelimitedReader::scanToDelimiter(int column)
{
    for (;;) {
        const char16_t *base = m_buf.get();
        m_pos = scanUnquoted(base + m_pos, base + m_end, m_delimiter) - base;
        if (m_pos < m_end || !fill())
            break;
    }
    if (m_state == State::Failed)
        return false;
    if (m_limitHit)
        return failTooLong(column, 0, 0);
    return true;
}

// A quoted field's text is unescaped in place: the segment read since the last quote moves back
// to where the field's text ends so far.
void DelimitedReader::moveQuotedSegment()
{
    const qsizetype length = m_pos - m_segStart;
    if (m_write != m_segStart && length > 0)
        std::memmove(m_buf.get() + m_write, m_buf.get() + m_segStart, size_t(length) * sizeof(char16_t));
    m_write += length;
    m_segStart = m_pos;
}

// Reads the quoted field that starts at m_pos; its text is [m_fieldStart, m_write). False when
// reading stops (an error, or a sample that ends inside the field).
bool DelimitedReader::readQuoted(int column)
{
    const qint64 quoteLine = m_line;
    ++m_pos;
    m_fieldStart = m_segStart = m_write = m_pos;
    for (;;) {
        const char16_t *base = m_buf.get();
        const char16_t *p = scanQuoted(base + m_pos, base + m_end);
        m_pos = p - base;
        if (m_pos == m_end) {
            if (fill())
                continue;
            if (m_state == State::Failed)
                return false;
            if (m_limitHit)
                return failTooLong(column, quoteLine, column);
            if (m_truncated) {
                m_state = State::Finished;
                return false;
            }
            return fail(quoteLine, column, tr("the quoted field that starts here is never closed"));
        }
        const char16_t c = *p;
        if (c == u'\n') {
            // A CR right before it has already counted the line.
            if (m_pos == 0 || base[m_pos - 1] != u'\r')
                ++m_line;
            ++m_pos;
            continue;
        }
        if (c == u'\r') {
            ++m_line;
            ++m_pos;
            continue;
        }
        // A quote: doubled, or the end of the field.
        moveQuotedSegment();
        if (m_pos + 1 == m_end && !fill()) {
            if (m_state == State::Failed)
                return false;
            if (m_limitHit)
                return failTooLong(column, 0, 0);
            ++m_pos;
            m_segStart = m_pos;
            return true;
        }
        if (m_buf[m_pos + 1] == u'"') {
            m_buf[m_write++] = u'"';
            m_pos += 2;
            m_segStart = m_pos;
            continue;
        }
        ++m_pos;
        m_segStart = m_pos;
        // Text after the closing quote, up to the delimiter, belongs to the field.
        if (!scanToDelimiter(column))
            return false;
        moveQuotedSegment();
        return true;
    }
}

bool DelimitedReader::next(QStringList *cells)
{
    if (m_state != State::Reading || !startRecord())
        return false;

    int count = 0;
    for (;;) {
        const int column = count + 1;
        if (count >= m_maxColumns)
            return fail(m_recordLine, 0, tr("more than %1 columns; is the delimiter right?").arg(m_maxColumns));

        if (m_pos == m_end && !fill()) {
            if (m_state == State::Failed)
                return false;
            if (m_limitHit)
                return failTooLong(column, 0, 0);
            // The input ends right after a delimiter: the last field is empty.
            putCell(cells, count++, m_pos, 0);
            return endRecord(cells, count);
        }

        if (m_buf[m_pos] != u'"') {
            m_fieldStart = m_pos;
            if (!scanToDelimiter(column))
                return false;
            putCell(cells, count++, m_fieldStart, m_pos - m_fieldStart);
        } else {
            if (!readQuoted(column))
                return false;
            putCell(cells, count++, m_fieldStart, m_write - m_fieldStart);
        }

        // After the field: a delimiter, a line break or the end of the input.
        if (m_pos == m_end)
            return endRecord(cells, count);
        const char16_t c = m_buf[m_pos++];
        if (c == m_delimiter)
            continue;
        ++m_line;
        m_afterCR = c == u'\r';
        return endRecord(cells, count);
    }
}

} // namespace Sailau::Import
