// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablereader.h"

#include "csvreader.h"
#include "detect.h"
#include "sha256.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace Sailau::Import {

QString fileSha256(const QString &path)
{
    return Sha256::ofFile(path);
}

std::unique_ptr<TableReader> openTable(const QString &path, const ReadOptions &options, QString *error)
{
    QString message;
    const auto failed = [&](const QString &text) -> std::unique_ptr<TableReader> {
        if (error)
            *error = text;
        return nullptr;
    };

    // A device or a pipe may never end, or block before its first byte.
    if (QFileInfo(path).exists() && !QFileInfo(path).isFile())
        return failed(TableReader::tr("%1 is not a file but a device, a pipe or a socket").arg(QFileInfo(path).fileName()));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return failed(TableReader::tr("cannot open %1: %2").arg(QFileInfo(path).fileName(), file->errorString()));
    const QByteArray head = file->peek(8);
    if (isZipSignature(head)) {
        file.reset();
        auto reader = XlsxReader::open(path, options, &message);
        if (!reader)
            return failed(message);
        return reader;
    }
    if (isOleSignature(head)) {
        return failed(oleProblem(path));
    }

    std::optional<Encoding> encoding = encodingFromName(options.encoding);
    if (!options.encoding.isEmpty() && !encoding) {
        return failed(TableReader::tr("unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or windows-1251")
                          .arg(options.encoding));
    }
    QChar delimiter = options.delimiter;
    if (delimiter == u'"' || delimiter == u'\n' || delimiter == u'\r') {
        return failed(TableReader::tr("“%1” cannot be a delimiter").arg(delimiter));
    }
    if (!encoding || delimiter.isNull()) {
        const Detected detected = detect(path, options, &message);
        if (!message.isEmpty())
            return failed(message);
        if (!encoding)
            encoding = encodingFromName(detected.encoding);
        if (delimiter.isNull())
            delimiter = detected.delimiter;
    }
    // UTF-16 named without its byte order: the byte order mark decides.
    if (*encoding == Encoding::Utf16LE && options.encoding.compare(QLatin1String("UTF-16"), Qt::CaseInsensitive) == 0) {
        Encoding bomEncoding;
        if (byteOrderMark(head, &bomEncoding) > 0 && bomEncoding == Encoding::Utf16BE)
            encoding = Encoding::Utf16BE;
    }
    return std::make_unique<DelimitedReader>(std::move(file), *encoding, delimiter, options);
}

QStringList sheetNames(const QString &path, QString *error)
{
    if (error)
        error->clear();
    return XlsxReader::sheetNames(path, error);
}

} // namespace Sailau::Import
