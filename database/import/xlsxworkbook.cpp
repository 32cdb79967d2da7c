// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader_p.h"

#include <QFileInfo>
#include <QHash>

namespace Sailau::Import {

// The workbook, its sheets and the parts every sheet needs.
bool XlsxReader::Private::readWorkbook(QString *message)
{
    // A LibreOffice or OpenOffice file is a ZIP too: say so instead of "damaged".
    if (locate(QStringLiteral("mimetype")) && !locate(QStringLiteral("[Content_Types].xml"))) {
        *message = tr("%1 is an OpenDocument file, not an Excel workbook: save it as .xlsx or CSV")
                       .arg(QFileInfo(path).fileName());
        return false;
    }
    QList<Xlsx::Relationship> rootRels;
    if (!readRelationships(QString(), &rootRels, message))
        return false;
    workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Xlsx::Relationship &rel : std::as_const(rootRels)) {
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
    QList<Xlsx::Relationship> rels;
    if (!readRelationships(workbookPart, &rels, message))
        return false;
    QHash<QString, Xlsx::Relationship> byId;
    for (const Xlsx::Relationship &rel : std::as_const(rels)) {
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
            const Xlsx::Relationship rel = byId.value(id);
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
bool XlsxReader::Private::stringItem(QXmlStreamReader &reader, int *depth, QString *out) const
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

bool XlsxReader::Private::readSharedStrings(QString *message)
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

bool XlsxReader::Private::readStyles(QString *message)
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

} // namespace Sailau::Import
