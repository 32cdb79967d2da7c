// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the XLSX reader: the package (xlsxpackage.cpp), the workbook, shared strings and
// styles (xlsxworkbook.cpp), the values of cells (xlsxvalues.cpp) and the rows of the sheet
// (xlsxreader.cpp).
#pragma once

#include "xlsxreader.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QList>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

namespace Sailau::Import {

namespace Xlsx {
// Whether the ZIP central directory at the end of the file is whole (QuaZip trusts it blindly).
bool centralDirectoryIsSound(const QString &path);
// Resolves a relationship target against the folder of the part that refers to it.
QString resolvePart(const QString &sourcePart, const QString &target);
QString relsPathOf(const QString &part);

struct Relationship
{
    QString id;
    QString type;   // the last segment of the type URI: "worksheet", "sharedStrings", …
    QString target; // resolved part name
    bool external = false;
};
} // namespace Xlsx

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








    static QString xmlProblem(const QString &part, const QXmlStreamReader &reader)
    {
        return tr("the workbook is damaged: %1, line %2: %3")
            .arg(part)
            .arg(reader.lineNumber())
            .arg(reader.errorString());
    }

    bool setError(const QString &message, const QString &reason = QString());
    bool openZip(QString *message);
    bool locate(const QString &part);
    // Checks the sizes the archive declares for the current entry.
    bool checkEntry(const QString &part, qint64 *declared, QString *message);
    // Reads a whole part. A missing part gives an empty array and, when required, an error.
    bool readPart(const QString &part, QByteArray *data, bool required, QString *message);
    // The next token, with the depth of elements kept; false when they nest deeper than allowed
    // (the XML reader keeps every open element: a file nested millions deep exhausts memory).
    bool nextToken(QXmlStreamReader &reader, int *depth, QXmlStreamReader::TokenType *token) const;
    QString tooDeep(const QString &part) const;
    bool readRelationships(const QString &part, QList<Xlsx::Relationship> *rels, QString *message);
    // The workbook, its sheets and the parts every sheet needs.
    bool readWorkbook(QString *message);
    // The text of an <si> or <is> element: its <t>, or the <t> of its runs, without phonetic runs.
    // depth is that of the <si> or <is> element; false when elements nest deeper than allowed.
    bool stringItem(QXmlStreamReader &reader, int *depth, QString *out) const;
    bool readSharedStrings(QString *message);
    bool readStyles(QString *message);
    bool openSheet(int index, QString *message);
    // Gives the XML reader the next piece of the sheet; false at the end or on error.
    bool feed();
    // The end of the sheet: the rest of its part is read, so that its checksum is checked.
    bool finish();
    bool cellError(const QString &message);
    // The text of the finished cell.
    bool cellValue(QString *value);
    bool startElement();
    std::optional<bool> endElement(QStringList *cells);
    bool readRow(QStringList *cells);
};

} // namespace Sailau::Import
