// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader_p.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace Sailau::Import {

bool isZipSignature(QByteArrayView head)
{
    return head.size() >= 4 && head[0] == 'P' && head[1] == 'K'
        && ((head[2] == '\3' && head[3] == '\4') || (head[2] == '\5' && head[3] == '\6'));
}

QString oleProblem(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(8 * 1024 * 1024); // the stream names are in the directory, near the start
    auto utf16 = [](const char *text) {
        QByteArray bytes;
        for (const char *p = text; *p; ++p)
            bytes.append(*p).append('\0');
        return bytes;
    };
    if (head.contains(utf16("EncryptedPackage")) || head.contains(utf16("EncryptionInfo")))
        return XlsxReader::tr("%1 is protected with a password, so Sailau cannot read it. Open it in Excel, remove the "
                              "password (File → Info → Protect Workbook → Encrypt with Password), save it and import it "
                              "again.")
            .arg(name);
    return XlsxReader::tr("%1 is an old Excel .xls file (Excel 97–2003), which Sailau does not read: open it in Excel "
                          "and save it as .xlsx or CSV (UTF-8)")
        .arg(name);
}

bool isOleSignature(QByteArrayView head)
{
    static const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    return head.size() >= 8 && std::memcmp(head.data(), ole, 8) == 0;
}


namespace {

quint16 le16(const char *p)
{
    return quint16(quint16(static_cast<unsigned char>(p[0])) | quint16(static_cast<unsigned char>(p[1])) << 8);
}

quint32 le32(const char *p)
{
    return quint32(le16(p)) | quint32(le16(p + 2)) << 16;
}

} // namespace

namespace Xlsx {

// False when the central directory (the ZIP's list of parts) is plainly broken: an entry without
// its signature, or whose name, extra field and comment run past the end of the directory. The
// ZIP library reads such fields a few bytes at a time, up to 64 KiB per entry and again for
// every part it looks for, so that a damaged file of a few kilobytes would keep it busy for
// seconds or minutes. ZIP64 directories are left to the library.
bool centralDirectoryIsSound(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // the ZIP library says why
    const qint64 size = file.size();
    const qint64 tailSize = std::min<qint64>(size, 22 + 65535);
    if (!file.seek(size - tailSize))
        return true;
    const QByteArray tail = file.read(tailSize);
    const qsizetype end = tail.lastIndexOf(QByteArrayView("PK\5\6", 4));
    if (end < 0 || tail.size() - end < 22)
        return true; // no end record: the library refuses the file
    const char *record = tail.constData() + end;
    const quint16 entries = le16(record + 10);
    const quint32 directorySize = le32(record + 12);
    if (entries == 0xFFFF || directorySize == 0xFFFFFFFF || le32(record + 16) == 0xFFFFFFFF)
        return true;
    // The directory ends where the end record starts (data before the archive shifts offsets).
    const qint64 start = size - tailSize + end - qint64(directorySize);
    if (start < 0 || !file.seek(start))
        return false;
    const QByteArray directory = file.read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return false;
    qsizetype pos = 0;
    for (int i = 0; i < entries; ++i) {
        if (directory.size() - pos < 46 || std::memcmp(directory.constData() + pos, "PK\1\2", 4) != 0)
            return false;
        const char *header = directory.constData() + pos;
        pos += 46 + qsizetype(le16(header + 28)) + le16(header + 30) + le16(header + 32);
        if (pos > directory.size())
            return false;
    }
    return true;
}

// Resolves a relationship target against the folder of the part that refers to it.
QString resolvePart(const QString &sourcePart, const QString &target)
{
    QString path;
    if (target.startsWith(u'/')) {
        path = target.mid(1);
    } else {
        const qsizetype slash = sourcePart.lastIndexOf(u'/');
        path = (slash < 0 ? QString() : sourcePart.left(slash + 1)) + target;
    }
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts.join(u'/');
}

QString relsPathOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

} // namespace Xlsx

bool XlsxReader::Private::setError(const QString &message, const QString &reason)
{
    failed = true;
    error = message;
    errorReason = reason.isEmpty() ? message : reason;
    return false;
}

bool XlsxReader::Private::openZip(QString *message)
{
    zip.setZipName(path);
    if (!Xlsx::centralDirectoryIsSound(path) || !zip.open(QuaZip::mdUnzip)) {
        *message = tr("%1 is not an Excel workbook: it is not a ZIP archive or it is damaged")
                       .arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

bool XlsxReader::Private::locate(const QString &part)
{
    return zip.setCurrentFile(part, QuaZip::csSensitive)
        || zip.setCurrentFile(part, QuaZip::csInsensitive);
}

// Checks the sizes the archive declares for the current entry.
bool XlsxReader::Private::checkEntry(const QString &part, qint64 *declared, QString *message)
{
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info)) {
        *message = tr("the workbook is damaged: the part %1 cannot be read").arg(part);
        return false;
    }
    const qint64 size = qint64(std::min<quint64>(info.uncompressedSize, quint64(LLONG_MAX)));
    const qint64 packed = qint64(std::min<quint64>(info.compressedSize, quint64(LLONG_MAX)));
    if (size > options.maxZipEntryBytes) {
        *message = tr("the part %1 of the workbook would unpack to %2 MiB, more than the %3 MiB allowed; "
                      "the file is refused as a possible ZIP bomb")
                       .arg(part)
                       .arg(size / (1024 * 1024))
                       .arg(options.maxZipEntryBytes / (1024 * 1024));
        return false;
    }
    if (size > 1024 * 1024 && (packed <= 0 || size / std::max<qint64>(packed, 1) > options.maxZipRatio)) {
        *message = tr("the part %1 of the workbook is compressed more than %2:1; "
                      "the file is refused as a possible ZIP bomb")
                       .arg(part)
                       .arg(options.maxZipRatio);
        return false;
    }
    *declared = size;
    return true;
}

// Reads a whole part. A missing part gives an empty array and, when required, an error.
bool XlsxReader::Private::readPart(const QString &part, QByteArray *data, bool required, QString *message)
{
    data->clear();
    if (!locate(part)) {
        if (required)
            *message = tr("the workbook is incomplete: the part %1 is missing").arg(part);
        return !required;
    }
    qint64 declared = 0;
    if (!checkEntry(part, &declared, message))
        return false;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = tr("the workbook is damaged: the part %1 cannot be unpacked").arg(part);
        return false;
    }
    data->reserve(qsizetype(std::min<qint64>(declared, 64 * 1024 * 1024)));
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            *message = tr("the workbook is damaged: the part %1 cannot be unpacked").arg(part);
            return false;
        }
        if (n == 0)
            break;
        if (data->size() + n > declared || data->size() + n > options.maxZipEntryBytes) {
            *message = tr("the part %1 of the workbook unpacks to more than it declares; "
                          "the file is refused as damaged or a possible ZIP bomb")
                           .arg(part);
            return false;
        }
        data->append(buffer.constData(), qsizetype(n));
    }
    if (file.isOpen())
        file.close();
    if (file.getZipError() != UNZ_OK) {
        *message = tr("the workbook is damaged: the part %1 fails its checksum").arg(part);
        return false;
    }
    return true;
}

// The next token, with the depth of elements kept; false when they nest deeper than allowed
// (the XML reader keeps every open element: a file nested millions deep exhausts memory).
bool XlsxReader::Private::nextToken(QXmlStreamReader &reader, int *depth, QXmlStreamReader::TokenType *token) const
{
    *token = reader.readNext();
    if (*token == QXmlStreamReader::StartElement)
        return ++*depth <= options.maxXmlDepth;
    if (*token == QXmlStreamReader::EndElement)
        --*depth;
    return true;
}

QString XlsxReader::Private::tooDeep(const QString &part) const
{
    return tr("the part %1 of the workbook has elements nested more than %2 levels deep; the file is refused "
              "as damaged or made to exhaust memory")
        .arg(part)
        .arg(options.maxXmlDepth);
}

bool XlsxReader::Private::readRelationships(const QString &part, QList<Xlsx::Relationship> *rels, QString *message)
{
    QByteArray data;
    const QString relsPart = Xlsx::relsPathOf(part);
    if (!readPart(relsPart, &data, false, message))
        return false;
    if (data.isEmpty())
        return true; // no relationships: what they would name is looked for where it usually is
    QXmlStreamReader reader(data);
    int depth = 0;
    QXmlStreamReader::TokenType token;
    while (!reader.atEnd()) {
        if (!nextToken(reader, &depth, &token)) {
            *message = tooDeep(relsPart);
            return false;
        }
        if (token != QXmlStreamReader::StartElement || reader.name() != u"Relationship")
            continue;
        const auto attrs = reader.attributes();
        Xlsx::Relationship rel;
        rel.id = attrs.value(QLatin1String("Id")).toString();
        const QStringView type = attrs.value(QLatin1String("Type"));
        rel.type = type.mid(type.lastIndexOf(u'/') + 1).toString();
        rel.external = attrs.value(QLatin1String("TargetMode")) == u"External";
        rel.target = rel.external ? attrs.value(QLatin1String("Target")).toString()
                                  : Xlsx::resolvePart(part, attrs.value(QLatin1String("Target")).toString());
        rels->append(rel);
    }
    if (reader.hasError()) {
        *message = xmlProblem(relsPart, reader);
        return false;
    }
    return true;
}

} // namespace Sailau::Import
