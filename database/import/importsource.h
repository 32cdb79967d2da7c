// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "mapping.h"
#include "tablereader.h"

#include <memory>

namespace Sailau::Import {

// The file an import reads: checked to be a table, its encoding, delimiter and decimal separator
// detected (or taken from the mapping), opened, and read up to its header row.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    explicit ImportSource(ImportContext &context) : m_context(context) {}

    // Reports why not (in the context) when the file cannot be imported.
    bool open();

    // What a file's first bytes say it is, when it is a document or an image rather than a table.
    static QString binaryKind(const QByteArray &head);

    TableReader &reader() { return *m_reader; }
    // Keeps the digest of the file (see TableReader::sha256) and closes it.
    void close();
    // The SHA-256 of the file in hex once it was read to its end and closed; empty otherwise.
    QString sha256() const { return m_sha256; }
    const Mapping &mapping() const { return m_mapping; }
    const QStringList &header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    QChar decimal() const { return m_decimal; }
    QString encoding() const { return m_encoding; }        // of delimited text; empty for XLSX
    bool windows1251() const { return m_windows1251; }

private:
    bool checkFile();
    bool detectFormat(ReadOptions &read, int *headerRow);
    bool readHeader(int headerRow);

    ImportContext &m_context;
    Mapping m_mapping;
    std::unique_ptr<TableReader> m_reader;
    QStringList m_header;
    qint64 m_headerLine = 0;
    QChar m_decimal = QLatin1Char('.');
    QString m_encoding;
    bool m_windows1251 = false;
    QString m_detectWhy;
    QString m_sha256;
};

} // namespace Sailau::Import
