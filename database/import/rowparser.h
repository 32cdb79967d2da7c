// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "importfigures.h"
#include "mapping.h"
#include "repeatcache.h"

#include <QDate>

#include <array>
#include <optional>

namespace Sailau::Import {

// The typed values of one row. The texts point into the row's cells: valid until the next row.
struct RowValues
{
    QDate date;
    QString level;                 // election level; empty: from the territory
    FigureSet figures{};
    std::array<const QString *, SlotCount> texts{}; // the cells of the figures, as written
    QString name;                  // the candidate; empty for none or "against all"
    QString key;                   // the candidate's name key
    const QString *nomination = nullptr;
    const QString *votesText = nullptr;
    std::optional<qint64> votes;
    std::optional<bool> elected;
    std::optional<double> share;
    int shareDecimals = 0;
    // The candidate's person, where the file gives it: "m" or "f"; year of birth, else age.
    QString sex;
    std::optional<qint64> birthYear, age;
    QString occupation;
    std::optional<bool> incumbent;
};

// Cells → typed values: the mapping's columns of one row, trimmed and parsed, each problem
// reported with its line and column.
class RowParser
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    struct Format
    {
        QChar decimal = QLatin1Char('.');
        QString encoding;          // of delimited text, for messages; empty for XLSX
        bool windows1251 = false;  // UTF-8 text in such a file is an error
        qint64 headerLine = 0;
    };
    RowParser(ImportContext &context, const Mapping &mapping, const Format &format);

    // Columns the mapping needs and cannot use: false when the file cannot be imported.
    bool checkColumns();

    // The row's cells, filled by the reader.
    QStringList &cells() { return m_cells; }
    bool isBlank() const;
    // The row's text as such: false (and reported) when the cells cannot hold what the file meant.
    bool checkText(bool invalidBytesReplaced);

    // The field's cell of the current row, trimmed, empty where the source says it is not known;
    // valid until the next row is read.
    const QString &cell(Field field) const;
    bool has(Field field) const { return m_columnOf[size_t(field)] >= 0; }
    int columnOf(Field field) const { return m_columnOf[size_t(field)] + 1; }
    const Mapping &mapping() const { return m_mapping; }

    // The election day and level (first, so that problems come in column order).
    void parseDateAndLevel(RowValues &row);
    // The race figures, then the candidate of the row or "against all".
    void parseFigures(RowValues &row);
    void parseCandidate(RowValues &row);
    // The row's sources, as written (or the mapping's for the whole file).
    const QString &sourceText() const;

    // A count: digits, or what Values::parseCount takes; no larger than MaxCount.
    static std::optional<qint64> parseCount(const QString &text, QChar decimal, QString *why);
    // No race has more voters than this (Kazakhstan has about 12 million): a larger count is a
    // mistake, and sums of counts stay far from overflowing.
    static constexpr qint64 MaxCount = 100000000;
    // "district", "аудандық", "village" … → the election level; empty for an empty text; none
    // when the text is not a level.
    static std::optional<QString> parseLevel(const QString &text);
    static bool looksLikeUtf8ReadAs1251(const QString &text);
    // "м", "муж.", "ер", "M", "male" → "m"; "ж", "жен.", "әйел", "F", "female" → "f"; empty when unknown.
    static QString parseSex(const QString &text);
    // The basis a share column's header names ("% от числа избирателей, принявших участие": the
    // ballots cast), or Unknown.
    ShareBasis basisNamedBy(Field field) const;
    static bool mayHoldControlOrReplacement(const QString &text);
    static QString withInvisibleShown(const QString &text);

private:
    bool checkCellText(int index, bool invalidBytesReplaced);
    QDate parseDate();
    bool againstAllNomination(const QString &nomination);
    std::optional<bool> parseElected(const QString &text);
    void parsePerson(RowValues &row);

    ImportContext &m_context;
    Mapping m_mapping;
    Format m_format;
    std::array<int, FieldCount> m_columnOf{};         // the mapping, looked up once
    std::array<bool, FieldCount> m_textField{};
    QStringList m_cells;
    mutable std::array<QString, FieldCount> m_trimmedCells; // cells of this row with spaces around them
    QString m_lastDateText;                           // dates repeat on every row
    QDate m_lastDate;
    RepeatCache<bool> m_againstAllNominations;        // nominations as written: "against all"?
    RepeatCache<bool> m_electedMarks;                 // "иә", "да", "1" …
};

} // namespace Sailau::Import
