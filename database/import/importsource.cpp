// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "detect.h"
#include "textcodec.h"

#include <QFile>
#include <QFileInfo>

namespace Sailau::Import {

QString ImportSource::binaryKind(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QCoreApplication::translate("Sailau::Import::Importer", "a PDF document");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QCoreApplication::translate("Sailau::Import::Importer", "a PNG image");
    if (head.startsWith("\xff\xd8\xff"))
        return QCoreApplication::translate("Sailau::Import::Importer", "a JPEG image");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QCoreApplication::translate("Sailau::Import::Importer", "a GIF image");
    return {};
}

bool ImportSource::checkFile()
{
    const QFileInfo info(m_context.options().path);
    if (!info.exists())
        return m_context.fail(tr("The file does not exist."));
    if (info.isDir())
        return m_context.fail(tr("This is a folder, not a file."));
    if (!info.isFile())
        return m_context.fail(tr("This is not a file but a device, a pipe or a socket: import a CSV or XLSX file."));
    if (info.size() == 0)
        return m_context.fail(tr("The file is empty."));
    return true;
}

void ImportSource::close()
{
    if (m_reader) {
        m_sha256 = m_reader->sha256();
        m_reader.reset();
    }
}

bool ImportSource::open()
{
    if (!checkFile())
        return false;
    m_mapping = m_context.options().mapping;
    ReadOptions read;
    read.encoding = m_mapping.encoding;
    read.delimiter = m_mapping.delimiter;
    read.sheet = m_mapping.sheet;
    int headerRow = 0;
    if (!detectFormat(read, &headerRow))
        return false;

    // What detection said, unless opening says more.
    QString why = m_detectWhy;
    m_reader = openTable(m_context.options().path, read, &why);
    if (!m_reader)
        return m_context.fail(why.isEmpty() ? tr("The file cannot be read.") : why);
    return readHeader(headerRow);
}

bool ImportSource::detectFormat(ReadOptions &read, int *headerRow)
{
    const QString &path = m_context.options().path;
    QByteArray head;
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            head = file.read(512);
    }
    if (const QString kind = binaryKind(head); !kind.isEmpty())
        return m_context.fail(tr("This is %1, not a table. Sailau imports CSV or tab-separated text and XLSX workbooks: "
                                 "export the table in one of these and import that.").arg(kind));

    QString &why = m_detectWhy;
    const Detected detected = detect(path, read, &why);
    if (!why.isEmpty() && detected.kind == Detected::Delimited && detected.encoding.isEmpty())
        return m_context.fail(why);
    const auto textEncoding = encodingFromName(read.encoding.isEmpty() ? detected.encoding : read.encoding);
    if (detected.kind == Detected::Delimited && textEncoding != Encoding::Utf16LE && textEncoding != Encoding::Utf16BE) {
        // Text has no control bytes other than tab and line breaks; binary data has them everywhere.
        int control = 0;
        for (char c : std::as_const(head)) {
            const auto b = uchar(c);
            control += (b < 0x09 || (b >= 0x0E && b < 0x20 && b != 0x1B)) ? 1 : 0;
        }
        if (control * 20 > head.size())
            return m_context.fail(tr("This is not a text file: it holds binary data. Sailau imports CSV or "
                                     "tab-separated text and XLSX workbooks."));
    }
    if (read.encoding.isEmpty())
        read.encoding = detected.encoding;
    if (detected.kind == Detected::Delimited) {
        m_encoding = read.encoding;
        m_windows1251 = encodingFromName(read.encoding) == Encoding::Windows1251;
    }
    if (read.delimiter.isNull())
        read.delimiter = detected.delimiter;
    m_decimal = !m_mapping.decimalSeparator.isNull() ? m_mapping.decimalSeparator
              : !detected.decimalSeparator.isNull() ? detected.decimalSeparator
                                                     : QLatin1Char('.');
    if (detected.lostKazakhLetters > 0) {
        QStringList lines;
        for (int l : detected.lostLetterLines.mid(0, 5))
            lines.append(QString::number(l));
        m_context.warning(detected.lostLetterLines.value(0), 0, QString(),
                tr("Kazakh letters seem lost: \"?\" stands inside Cyrillic words (%n time(s), lines %1). The file was "
                   "probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as \"CSV UTF-8\" and import it "
                   "again.", nullptr, detected.lostKazakhLetters)
                    .arg(lines.join(QStringLiteral(", "))));
    }
    *headerRow = m_mapping.headerRow >= 0 ? m_mapping.headerRow : std::max(0, detected.headerRow);
    return true;
}

// Rows before the header are skipped; the header names the columns.
bool ImportSource::readHeader(int headerRow)
{
    for (int i = 0; i <= headerRow; ++i) {
        if (!m_reader->next(&m_header)) {
            if (!m_reader->error().isEmpty()) {
                m_context.error(m_reader->errorLine(), m_reader->errorColumn(), QString(), m_reader->errorReason());
                return false;
            }
            return m_context.fail(i == 0 ? tr("The file is empty.") : tr("The file ends before its header row."));
        }
    }
    m_headerLine = m_reader->line();
    m_mapping.applyTo(m_header);
    m_context.setHeader(m_header);
    return true;
}

} // namespace Sailau::Import
