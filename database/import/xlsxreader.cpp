// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <climits>
#include <cmath>
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

} // namespace

namespace Xlsx {

bool parseCellReference(QStringView ref, int *column, qint64 *row)
{
    qsizetype i = 0;
    int col = 0;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    const qsizetype lettersStart = i;
    while (i < ref.size()) {
        char16_t c = ref[i].unicode();
        if (c >= u'a' && c <= u'z')
            c = c - u'a' + u'A';
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == lettersStart)
        return false;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    qint64 r = 0;
    const qsizetype digitsStart = i;
    while (i < ref.size() && ref[i] >= u'0' && ref[i] <= u'9') {
        r = r * 10 + (ref[i].unicode() - u'0');
        if (r > 1048576 * 16)
            return false;
        ++i;
    }
    if (i != ref.size())
        return false;
    *column = col;
    *row = i == digitsStart ? 0 : r;
    return true;
}

FormatKind classifyNumberFormat(int id, QStringView code)
{
    if (id >= 14 && id <= 17)
        return FormatKind::Date;
    if (id == 22)
        return FormatKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return FormatKind::Time;
    // Locale-specific built-in date formats used by East Asian Excel versions.
    if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return FormatKind::Date;
    if (code.isEmpty())
        return FormatKind::Number;

    // A custom format: look at the letters outside quoted text, [brackets] and escaped characters,
    // in the first section only.
    bool day = false, month = false, year = false, hour = false, second = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c == u'"') {
            while (++i < code.size() && code[i] != u'"') { }
            continue;
        }
        if (c == u'[') {
            // [h], [mm], [ss] are elapsed times; [Red], [$-419] are not letters of the format.
            const qsizetype close = code.indexOf(u']', i);
            const QStringView inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1);
            if (!inside.isEmpty()) {
                const char16_t first = inside[0].toLower().unicode();
                if (first == u'h')
                    hour = true;
                else if (first == u's')
                    second = true;
                else if (first == u'm' && inside.size() <= 2)
                    hour = true;
            }
            if (close < 0)
                break;
            i = close;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
            continue;
        }
        if (c == u';')
            break;
        switch (QChar::toLower(c)) {
        case u'd': day = true; break;
        case u'm': month = true; break;
        case u'y': year = true; break;
        case u'h': hour = true; break;
        case u's': second = true; break;
        case u'e': year = year || code.mid(i, 2).compare(u"e+", Qt::CaseInsensitive) != 0; break;
        case u'g': // "General" and the Japanese era "g" formats
            if (code.mid(i, 7).compare(u"general", Qt::CaseInsensitive) == 0)
                i += 6;
            break;
        default: break;
        }
    }
    // "m" next to h or s is minutes.
    const bool time = hour || second;
    const bool date = day || year || (month && !time);
    if (date && time)
        return FormatKind::DateTime;
    if (date)
        return FormatKind::Date;
    if (time)
        return FormatKind::Time;
    return FormatKind::Number;
}

QString serialToIso(double serial, FormatKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return QString();
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (kind == FormatKind::Time && days == 0 && !date1904)
        return time.toString(QStringLiteral("HH:mm:ss"));
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // Serial 60 is 29 February 1900, a day that did not exist (kept for Lotus 1-2-3).
        if (days == 60)
            return QString();
        if (days == 0)
            return seconds > 0 ? time.toString(QStringLiteral("HH:mm:ss")) : QString();
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    if (!date.isValid())
        return QString();
    const QString iso = date.toString(Qt::ISODate);
    if (seconds == 0)
        return iso;
    return iso + u'T' + time.toString(QStringLiteral("HH:mm:ss"));
}

QString unescapeOoxml(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return int(u - u'0');
        if (u >= u'a' && u <= u'f')
            return int(u - u'a' + 10);
        if (u >= u'A' && u <= u'F')
            return int(u - u'A' + 10);
        return -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int value = 0;
            bool ok = true;
            for (int k = 2; k < 6 && ok; ++k) {
                const int h = hex(text[i + k]);
                ok = h >= 0;
                value = value * 16 + h;
            }
            if (ok) {
                out.append(QChar(char16_t(value)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

} // namespace Xlsx

namespace {

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

struct Relationship
{
    QString id;
    QString type;   // the last segment of the type URI: "worksheet", "sharedStrings", …
    QString target; // resolved part name
    bool external = false;
};

} // namespace

struct XlsxReader::Private
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::XlsxReader)
public:
    struct Sheet
    {
        QString name;
        QString part;
        QString type;
    };

    QString path;
    ReadOptions options;
    QuaZip zip;
    std::unique_ptr<QuaZipFile> sheetFile;

    QList<Sheet> sheets;
    QString workbookPart;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
    QStringList sharedStrings;
    QList<Xlsx::FormatKind> xfKinds; // per cellXfs index

    int sheetIndex = 0;
    QXmlStreamReader xml;
    QByteArray chunk;
    qint64 sheetBytes = 0;
    qint64 sheetRead = 0;
    bool inSheetData = false;
    int sheetDepth = 0;
    bool finished = false;
    bool failed = false;
    QString error;
    int errorLine = 0;
    int errorColumn = 0;
    QString errorReason;

    // The row being read.
    qint64 rowNumber = 0;
    qint64 recordRow = 0;
    int cellCount = 0;
    // The cell being read.
    int cellColumn = 0;
    QString cellRef;
    QString cellType;
    int cellStyle = 0;
    QString cellText;
    bool cellHasValue = false;
    bool inValue = false;
    bool inInline = false;
    bool inText = false;
    int phoneticDepth = 0;

    Private() = default;

    bool setError(const QString &message, const QString &reason = QString())
    {
        failed = true;
        error = message;
        errorReason = reason.isEmpty() ? message : reason;
        return false;
    }

    bool openZip(QString *message)
    {
        zip.setZipName(path);
        if (!centralDirectoryIsSound(path) || !zip.open(QuaZip::mdUnzip)) {
            *message = tr("%1 is not an Excel workbook: it is not a ZIP archive or it is damaged")
                           .arg(QFileInfo(path).fileName());
            return false;
        }
        return true;
    }

    bool locate(const QString &part)
    {
        return zip.setCurrentFile(part, QuaZip::csSensitive)
            || zip.setCurrentFile(part, QuaZip::csInsensitive);
    }

    // Checks the sizes the archive declares for the current entry.
    bool checkEntry(const QString &part, qint64 *declared, QString *message)
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
    bool readPart(const QString &part, QByteArray *data, bool required, QString *message)
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
    bool nextToken(QXmlStreamReader &reader, int *depth, QXmlStreamReader::TokenType *token) const
    {
        *token = reader.readNext();
        if (*token == QXmlStreamReader::StartElement)
            return ++*depth <= options.maxXmlDepth;
        if (*token == QXmlStreamReader::EndElement)
            --*depth;
        return true;
    }

    QString tooDeep(const QString &part) const
    {
        return tr("the part %1 of the workbook has elements nested more than %2 levels deep; the file is refused "
                  "as damaged or made to exhaust memory")
            .arg(part)
            .arg(options.maxXmlDepth);
    }

    static QString xmlProblem(const QString &part, const QXmlStreamReader &reader)
    {
        return tr("the workbook is damaged: %1, line %2: %3")
            .arg(part)
            .arg(reader.lineNumber())
            .arg(reader.errorString());
    }

    bool readRelationships(const QString &part, QList<Relationship> *rels, QString *message)
    {
        QByteArray data;
        const QString relsPart = relsPathOf(part);
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
            Relationship rel;
            rel.id = attrs.value(QLatin1String("Id")).toString();
            const QStringView type = attrs.value(QLatin1String("Type"));
            rel.type = type.mid(type.lastIndexOf(u'/') + 1).toString();
            rel.external = attrs.value(QLatin1String("TargetMode")) == u"External";
            rel.target = rel.external ? attrs.value(QLatin1String("Target")).toString()
                                      : resolvePart(part, attrs.value(QLatin1String("Target")).toString());
            rels->append(rel);
        }
        if (reader.hasError()) {
            *message = xmlProblem(relsPart, reader);
            return false;
        }
        return true;
    }

    // The workbook, its sheets and the parts every sheet needs.
    bool readWorkbook(QString *message)
    {
        // A LibreOffice or OpenOffice file is a ZIP too: say so instead of "damaged".
        if (locate(QStringLiteral("mimetype")) && !locate(QStringLiteral("[Content_Types].xml"))) {
            *message = tr("%1 is an OpenDocument file, not an Excel workbook: save it as .xlsx or CSV")
                           .arg(QFileInfo(path).fileName());
            return false;
        }
        QList<Relationship> rootRels;
        if (!readRelationships(QString(), &rootRels, message))
            return false;
        workbookPart = QStringLiteral("xl/workbook.xml");
        for (const Relationship &rel : std::as_const(rootRels)) {
            if (rel.type == u"officeDocument" && !rel.external)
                workbookPart = rel.target;
        }
        QByteArray data;
        if (!readPart(workbookPart, &data, true, message)) {
            if (!locate(workbookPart))
                *message = tr("%1 is a ZIP archive but not an Excel workbook: %2 is missing")
                               .arg(QFileInfo(path).fileName(), workbookPart);
            return false;
        }
        QList<Relationship> rels;
        if (!readRelationships(workbookPart, &rels, message))
            return false;
        QHash<QString, Relationship> byId;
        for (const Relationship &rel : std::as_const(rels)) {
            byId.insert(rel.id, rel);
            if (rel.type == u"sharedStrings")
                sharedStringsPart = rel.target;
            else if (rel.type == u"styles")
                stylesPart = rel.target;
        }
        QXmlStreamReader reader(data);
        int depth = 0;
        QXmlStreamReader::TokenType token;
        while (!reader.atEnd()) {
            if (!nextToken(reader, &depth, &token)) {
                *message = tooDeep(workbookPart);
                return false;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const auto attrs = reader.attributes();
            if (reader.name() == u"workbookPr") {
                const QStringView v = attrs.value(QLatin1String("date1904"));
                date1904 = v == u"1" || v == u"true";
            } else if (reader.name() == u"sheet") {
                Sheet sheet;
                sheet.name = attrs.value(QLatin1String("name")).toString();
                QString id;
                for (const QXmlStreamAttribute &attr : attrs) {
                    if (attr.name() == u"id")
                        id = attr.value().toString();
                }
                const Relationship rel = byId.value(id);
                sheet.part = rel.target;
                sheet.type = rel.type;
                if (sheet.part.isEmpty()) {
                    // Without relationships, the usual names.
                    sheet.part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size() + 1);
                    sheet.type = QStringLiteral("worksheet");
                }
                sheets.append(sheet);
            }
        }
        if (reader.hasError()) {
            *message = xmlProblem(workbookPart, reader);
            return false;
        }
        if (sheets.isEmpty()) {
            *message = tr("the workbook has no sheets");
            return false;
        }
        return true;
    }

    // The text of an <si> or <is> element: its <t>, or the <t> of its runs, without phonetic runs.
    // depth is that of the <si> or <is> element; false when elements nest deeper than allowed.
    bool stringItem(QXmlStreamReader &reader, int *depth, QString *out) const
    {
        QString text;
        int phonetic = 0;
        const int own = *depth;
        int textDepth = -1; // the depth of the <t> being read, or -1
        QXmlStreamReader::TokenType token;
        while (!reader.atEnd()) {
            if (!nextToken(reader, depth, &token))
                return false;
            if (token == QXmlStreamReader::StartElement) {
                if (reader.name() == u"rPh")
                    ++phonetic;
                else if (reader.name() == u"t" && phonetic == 0 && textDepth < 0)
                    textDepth = *depth;
            } else if (token == QXmlStreamReader::Characters) {
                if (textDepth >= 0)
                    text += reader.text();
            } else if (token == QXmlStreamReader::EndElement) {
                if (*depth < own)
                    break; // the end of the <si> or <is>
                if (reader.name() == u"rPh")
                    --phonetic;
                if (*depth < textDepth)
                    textDepth = -1;
            }
        }
        *out = Xlsx::unescapeOoxml(text);
        return true;
    }

    bool readSharedStrings(QString *message)
    {
        if (sharedStringsPart.isEmpty())
            sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
        // Every shared string is held while the sheet is read: their number and size are bounded
        // so that a small workbook cannot take gigabytes.
        if (locate(sharedStringsPart)) {
            QuaZipFileInfo64 info;
            if (zip.getCurrentFileInfo(&info) && qint64(std::min<quint64>(info.uncompressedSize, quint64(LLONG_MAX)))
                                                     > options.maxSharedStringsBytes) {
                *message = tr("the shared strings of the workbook unpack to more than %1 MiB; the file is refused "
                              "because reading it would exhaust memory. Save the sheet as CSV and import that.")
                               .arg(options.maxSharedStringsBytes / (1024 * 1024));
                return false;
            }
        }
        QByteArray data;
        if (!readPart(sharedStringsPart, &data, false, message))
            return false;
        if (data.isEmpty())
            return true;
        QXmlStreamReader reader(data);
        int depth = 0;
        qint64 chars = 0;
        QXmlStreamReader::TokenType token;
        while (!reader.atEnd()) {
            if (!nextToken(reader, &depth, &token)) {
                *message = tooDeep(sharedStringsPart);
                return false;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == u"sst") {
                const qint64 unique = reader.attributes().value(QLatin1String("uniqueCount")).toLongLong();
                if (unique > 0)
                    sharedStrings.reserve(qsizetype(std::min<qint64>({unique, data.size() / 8 + 1, options.maxSharedStrings})));
            } else if (reader.name() == u"si") {
                if (sharedStrings.size() >= options.maxSharedStrings) {
                    *message = tr("the workbook has more than %1 shared strings; the file is refused because reading "
                                  "it would exhaust memory. Save the sheet as CSV and import that.")
                                   .arg(options.maxSharedStrings);
                    sharedStrings.clear();
                    return false;
                }
                QString text;
                if (!stringItem(reader, &depth, &text)) {
                    *message = tooDeep(sharedStringsPart);
                    return false;
                }
                chars += text.size();
                if (chars > options.maxSharedStringChars) {
                    *message = tr("the shared strings of the workbook hold more than %1 characters; the file is refused "
                                  "because reading it would exhaust memory. Save the sheet as CSV and import that.")
                                   .arg(options.maxSharedStringChars);
                    sharedStrings.clear();
                    return false;
                }
                sharedStrings.append(text);
            }
        }
        if (reader.hasError()) {
            *message = xmlProblem(sharedStringsPart, reader);
            return false;
        }
        return true;
    }

    bool readStyles(QString *message)
    {
        if (stylesPart.isEmpty())
            stylesPart = QStringLiteral("xl/styles.xml");
        QByteArray data;
        if (!readPart(stylesPart, &data, false, message))
            return false;
        if (data.isEmpty())
            return true;
        QHash<int, QString> formats;
        QXmlStreamReader reader(data);
        int depth = 0;
        bool inCellXfs = false;
        QXmlStreamReader::TokenType token;
        while (!reader.atEnd()) {
            if (!nextToken(reader, &depth, &token)) {
                *message = tooDeep(stylesPart);
                return false;
            }
            if (token == QXmlStreamReader::StartElement) {
                const auto attrs = reader.attributes();
                if (reader.name() == u"numFmt") {
                    formats.insert(attrs.value(QLatin1String("numFmtId")).toInt(),
                                   attrs.value(QLatin1String("formatCode")).toString());
                } else if (reader.name() == u"cellXfs") {
                    inCellXfs = true;
                } else if (inCellXfs && reader.name() == u"xf") {
                    const int id = attrs.value(QLatin1String("numFmtId")).toInt();
                    xfKinds.append(Xlsx::classifyNumberFormat(id, formats.value(id)));
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (reader.name() == u"cellXfs")
                    inCellXfs = false;
            }
        }
        if (reader.hasError()) {
            *message = xmlProblem(stylesPart, reader);
            return false;
        }
        return true;
    }

    bool openSheet(int index, QString *message)
    {
        if (index < 0 || index >= sheets.size()) {
            *message = tr("the workbook has %n sheet(s); sheet %1 does not exist", nullptr, int(sheets.size()))
                           .arg(index + 1);
            return false;
        }
        const Sheet &sheet = sheets.at(index);
        if (sheet.type != u"worksheet") {
            *message = tr("the sheet «%1» is a chart or a dialog, not a table").arg(sheet.name);
            return false;
        }
        if (!locate(sheet.part)) {
            *message = tr("the workbook is incomplete: the sheet «%1» (%2) is missing").arg(sheet.name, sheet.part);
            return false;
        }
        if (!checkEntry(sheet.part, &sheetBytes, message))
            return false;
        sheetFile = std::make_unique<QuaZipFile>(&zip);
        if (!sheetFile->open(QIODevice::ReadOnly)) {
            *message = tr("the workbook is damaged: the sheet «%1» cannot be unpacked").arg(sheet.name);
            return false;
        }
        sheetIndex = index;
        chunk.resize(256 * 1024);
        return true;
    }

    // Gives the XML reader the next piece of the sheet; false at the end or on error.
    bool feed()
    {
        const qint64 n = sheetFile->read(chunk.data(), chunk.size());
        if (n < 0)
            return setError(tr("the workbook is damaged: the sheet cannot be unpacked (after row %1)").arg(rowNumber));
        if (n == 0)
            return false;
        sheetRead += n;
        if (sheetRead > sheetBytes || sheetRead > options.maxZipEntryBytes)
            return setError(tr("the sheet unpacks to more than it declares; "
                               "the file is refused as damaged or a possible ZIP bomb"));
        xml.addData(QByteArray(chunk.constData(), qsizetype(n)));
        return true;
    }

    // The end of the sheet: the rest of its part is read, so that its checksum is checked.
    bool finish()
    {
        finished = true;
        while (sheetFile && sheetFile->isOpen()) {
            const qint64 n = sheetFile->read(chunk.data(), chunk.size());
            if (n < 0)
                return setError(tr("the workbook is damaged: the sheet cannot be unpacked (after row %1)").arg(rowNumber));
            if (n == 0) {
                sheetFile->close();
                if (sheetFile->getZipError() != UNZ_OK)
                    return setError(tr("the workbook is damaged: the sheet fails its checksum (its bytes changed after "
                                       "it was written)"));
                break;
            }
            sheetRead += n;
            if (sheetRead > sheetBytes || sheetRead > options.maxZipEntryBytes)
                return setError(tr("the sheet unpacks to more than it declares; "
                                   "the file is refused as damaged or a possible ZIP bomb"));
        }
        return false;
    }

    bool cellError(const QString &message)
    {
        errorLine = int(rowNumber);
        errorColumn = cellColumn;
        return setError(tr("row %1, column %2 (%3): %4").arg(rowNumber).arg(cellColumn).arg(cellRef, message), message);
    }

    // The text of the finished cell.
    bool cellValue(QString *value)
    {
        const QString type = cellType;
        if (type == u"s") {
            bool ok = false;
            const qint64 index = cellText.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= sharedStrings.size())
                return cellError(tr("shared string %1 does not exist in the workbook").arg(cellText.trimmed()));
            *value = sharedStrings.at(qsizetype(index));
            return true;
        }
        if (type == u"inlineStr" || type == u"str") {
            *value = Xlsx::unescapeOoxml(cellText);
            return true;
        }
        if (type == u"b") {
            const QString t = cellText.trimmed();
            *value = (t == u"1" || t.compare(u"true", Qt::CaseInsensitive) == 0) ? QStringLiteral("TRUE")
                                                                               : QStringLiteral("FALSE");
            return true;
        }
        if (type == u"e") {
            *value = cellText.trimmed();
            return true;
        }
        if (type == u"d") {
            QString t = cellText.trimmed();
            for (const QLatin1String midnight : {QLatin1String("T00:00:00Z"), QLatin1String("T00:00:00"),
                                                 QLatin1String("T00:00:00.000")}) {
                if (t.endsWith(midnight)) {
                    t.chop(midnight.size());
                    break;
                }
            }
            *value = t;
            return true;
        }
        // A number.
        *value = cellText.trimmed();
        if (cellStyle >= 0 && cellStyle < xfKinds.size() && xfKinds.at(cellStyle) != Xlsx::FormatKind::Number) {
            bool ok = false;
            const double serial = value->toDouble(&ok);
            if (ok) {
                const QString iso = Xlsx::serialToIso(serial, xfKinds.at(cellStyle), date1904);
                if (!iso.isEmpty())
                    *value = iso;
            }
        }
        return true;
    }

    bool readRow(QStringList *cells)
    {
        using T = QXmlStreamReader;
        for (;;) {
            T::TokenType token;
            if (!nextToken(xml, &sheetDepth, &token))
                return setError(tr("the sheet has elements nested more than %1 levels deep (after row %2); the file "
                                   "is refused as damaged or made to exhaust memory")
                                    .arg(options.maxXmlDepth)
                                    .arg(rowNumber));
            switch (token) {
            case T::StartElement: {
                const QStringView name = xml.name();
                if (!inSheetData) {
                    if (name == u"sheetData")
                        inSheetData = true;
                    break;
                }
                if (name == u"c") {
                    const auto attrs = xml.attributes();
                    cellRef = attrs.value(QLatin1String("r")).toString();
                    int column = 0;
                    qint64 row = 0;
                    if (cellRef.isEmpty()) {
                        column = cellCount + 1;
                        cellRef = QString::number(column);
                    } else if (!Xlsx::parseCellReference(cellRef, &column, &row)) {
                        cellColumn = cellCount + 1;
                        return cellError(tr("“%1” is not a cell reference").arg(cellRef));
                    }
                    cellColumn = column;
                    cellType = attrs.value(QLatin1String("t")).toString();
                    cellStyle = attrs.hasAttribute(QLatin1String("s")) ? attrs.value(QLatin1String("s")).toInt() : 0;
                    cellText.clear();
                    cellHasValue = false;
                    inValue = inInline = inText = false;
                    phoneticDepth = 0;
                } else if (name == u"row") {
                    const QStringView r = xml.attributes().value(QLatin1String("r"));
                    bool ok = false;
                    const qint64 number = r.toLongLong(&ok);
                    if (ok && number > 0 && number <= rowNumber) {
                        // Excel and LibreOffice always write rows in order; a file that does not would
                        // put a data row where the header is expected.
                        errorLine = int(number);
                        return setError(tr("the rows of the sheet are out of order: row %1 comes after row %2. "
                                           "Open the workbook in Excel or LibreOffice and save it again.")
                                            .arg(number)
                                            .arg(rowNumber));
                    }
                    rowNumber = ok && number > 0 ? number : rowNumber + 1;
                    cellCount = 0;
                } else if (name == u"v") {
                    inValue = true;
                    cellHasValue = true;
                } else if (name == u"is") {
                    inInline = true;
                    cellHasValue = true;
                } else if (name == u"rPh") {
                    ++phoneticDepth;
                } else if (name == u"t" && inInline && phoneticDepth == 0) {
                    inText = true;
                }
                break;
            }
            case T::Characters:
                if (inValue || inText) {
                    if (cellText.size() + xml.text().size() > options.maxRecordChars)
                        return cellError(tr("the cell is longer than %1 characters").arg(options.maxRecordChars));
                    cellText += xml.text();
                }
                break;
            case T::EndElement: {
                const QStringView name = xml.name();
                if (!inSheetData)
                    break;
                if (name == u"v") {
                    inValue = false;
                } else if (name == u"t") {
                    inText = false;
                } else if (name == u"rPh") {
                    --phoneticDepth;
                } else if (name == u"is") {
                    inInline = false;
                    cellType = QStringLiteral("inlineStr");
                } else if (name == u"c") {
                    if (!cellHasValue)
                        break;
                    QString value;
                    if (!cellValue(&value))
                        return false;
                    const int index = cellColumn - 1;
                    if (index < cellCount)
                        return cellError(tr("the cell is out of order (column %1 was already read)").arg(cellColumn));
                    if (index >= options.maxColumns)
                        return cellError(tr("more than %1 columns").arg(options.maxColumns));
                    for (int i = cellCount; i < index; ++i) {
                        if (i < cells->size())
                            (*cells)[i].clear();
                        else
                            cells->append(QString());
                    }
                    if (index < cells->size())
                        (*cells)[index] = value;
                    else
                        cells->append(value);
                    cellCount = index + 1;
                } else if (name == u"row") {
                    if (cellCount == 0)
                        break; // a row without values
                    if (cells->size() > cellCount)
                        cells->resize(cellCount);
                    recordRow = rowNumber;
                    return true;
                } else if (name == u"sheetData") {
                    inSheetData = false;
                    return finish();
                }
                break;
            }
            case T::EndDocument:
                return finish();
            case T::Invalid:
                if (xml.error() == T::PrematureEndOfDocumentError) {
                    if (feed())
                        break;
                    if (failed)
                        return false;
                    if (inSheetData || rowNumber == 0)
                        return setError(tr("the workbook is damaged: the sheet ends in the middle (after row %1)")
                                            .arg(rowNumber));
                    return finish();
                }
                errorLine = int(rowNumber);
                return setError(tr("the workbook is damaged: the sheet is not valid XML after row %1: %2")
                                    .arg(rowNumber)
                                    .arg(xml.errorString()));
            default:
                break;
            }
        }
    }
};

XlsxReader::XlsxReader()
    : d(std::make_unique<Private>())
{
}

XlsxReader::~XlsxReader()
{
    if (d->sheetFile && d->sheetFile->isOpen())
        d->sheetFile->close();
}

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &path, const ReadOptions &options, QString *error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    Private &p = *reader->d;
    p.path = path;
    p.options = options;
    QString message;
    if (!p.openZip(&message) || !p.readWorkbook(&message) || !p.readSharedStrings(&message)
        || !p.readStyles(&message) || !p.openSheet(options.sheet, &message)) {
        if (error)
            *error = message;
        return nullptr;
    }
    return reader;
}

QStringList XlsxReader::sheetNames(const QString &path, QString *error, const ReadOptions &options)
{
    Private p;
    p.path = path;
    p.options = options;
    QString message;
    if (!p.openZip(&message) || !p.readWorkbook(&message)) {
        if (error)
            *error = message;
        return {};
    }
    QStringList names;
    for (const Private::Sheet &sheet : std::as_const(p.sheets))
        names.append(sheet.name);
    return names;
}

bool XlsxReader::next(QStringList *cells)
{
    if (d->failed || d->finished)
        return false;
    const bool ok = d->readRow(cells);
    m_errorLine = d->errorLine;
    m_errorColumn = d->errorColumn;
    m_errorReason = d->errorReason;
    return ok;
}

qint64 XlsxReader::line() const
{
    return d->recordRow;
}

qint64 XlsxReader::bytesRead() const
{
    return d->sheetRead;
}

qint64 XlsxReader::totalBytes() const
{
    return d->sheetBytes;
}

QString XlsxReader::error() const
{
    return d->error;
}

QString XlsxReader::sha256() const
{
    if (!d->finished || d->failed)
        return {};
    return fileSha256(d->path);
}

QStringList XlsxReader::sheets() const
{
    QStringList names;
    for (const Private::Sheet &sheet : std::as_const(d->sheets))
        names.append(sheet.name);
    return names;
}

int XlsxReader::sheetIndex() const
{
    return d->sheetIndex;
}

} // namespace Sailau::Import
