// SPDX-License-Identifier: GPL-3.0-or-later
#include "leftout.h"

#include "importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Sailau::Import {

namespace {

QString describe(const Problem &p)
{
    return p.columnName.isEmpty() ? p.message
                                  : QCoreApplication::translate("Sailau::Import::Importer", "[%1] %2").arg(p.columnName, p.message);
}

} // namespace

void RowTracking::addRow(qint64 line, int race, TerritoryRef territory, bool placed)
{
    if (!keepRows) {
        attributed += pending.size();
        pending.clear();
        return;
    }
    Row row;
    row.line = line;
    row.race = placed ? race : -1;
    row.territory = territory;
    row.bad = !placed || !pending.isEmpty();
    if (!pending.isEmpty()) {
        attributed += pending.size();
        m_rowErrors[line] += pending;
        pending.clear();
    }
    m_rows.push_back(row);
}

void RowTracking::addRaceErrors(int race, qsizetype from)
{
    if (from >= pending.size())
        return;
    if (keepRows && !m_raceErrors.contains(race))
        m_raceErrors.insert(race, pending.at(from));
    attributed += pending.size() - from;
    pending.remove(from, pending.size() - from);
}

QHash<qint64, LeftOutRow> RowTracking::leftOut(int *races) const
{
    // A race is left out for an error found when it was checked whole, for a bad row of its own,
    // and for a row of its territory that could not be placed in a race (a row without a date
    // may belong to it).
    QHash<int, QString> raceReasons;
    for (auto it = m_raceErrors.constBegin(); it != m_raceErrors.constEnd(); ++it)
        raceReasons.insert(it.key(), tr("line %1: %2").arg(it->line).arg(describe(*it)));
    QHash<TerritoryRef, qint64> unplacedTerritories;   // territory → the first row of it not placed
    QHash<TerritoryRef, QString> unplacedReasons;      // territory → that row's first error, if it has one
    for (const Row &row : m_rows) {
        if (!row.bad)
            continue;
        const QList<Problem> errors = m_rowErrors.value(row.line);
        const QString why = errors.isEmpty() ? tr("the row could not be placed in a race") : describe(errors.first());
        if (row.race >= 0 && !raceReasons.contains(row.race))
            raceReasons.insert(row.race, tr("line %1: %2").arg(row.line).arg(why));
        else if (row.race < 0 && row.territory && !unplacedTerritories.contains(row.territory)) {
            unplacedTerritories.insert(row.territory, row.line);
            if (!errors.isEmpty())
                unplacedReasons.insert(row.territory, tr("line %1: %2").arg(row.line).arg(why));
        }
    }
    for (const Row &row : m_rows) {
        if (row.race >= 0 && !raceReasons.contains(row.race) && unplacedReasons.contains(row.territory))
            raceReasons.insert(row.race, unplacedReasons.value(row.territory));
        else if (row.race >= 0 && !raceReasons.contains(row.race) && unplacedTerritories.contains(row.territory))
            raceReasons.insert(row.race, tr("line %1: a row of the same territory that could not be placed in a race "
                                            "may belong to it").arg(unplacedTerritories.value(row.territory)));
    }
    if (races) {
        // Races left out: those read, and those whose rows could not be placed at all.
        QSet<TerritoryRef> placed;
        for (const Row &row : m_rows) {
            if (row.race >= 0 && raceReasons.contains(row.race))
                placed.insert(row.territory);
        }
        *races = int(raceReasons.size());
        for (auto it = unplacedTerritories.constBegin(); it != unplacedTerritories.constEnd(); ++it)
            *races += placed.contains(it.key()) ? 0 : 1;
    }

    QHash<qint64, LeftOutRow> out;
    for (const Row &row : m_rows) {
        LeftOutRow left;
        left.line = row.line;
        if (row.bad) {
            const QList<Problem> errors = m_rowErrors.value(row.line);
            QStringList reasons;
            for (const Problem &p : errors)
                reasons.append(describe(p));
            if (!errors.isEmpty())
                left.column = errors.first().column;
            left.reason = reasons.isEmpty()
                ? tr("The row could not be placed in a race: its territory or date is missing or not found (as on "
                     "an earlier row with the same names).")
                : reasons.join(QStringLiteral("; "));
        } else if (row.race >= 0 && raceReasons.contains(row.race)) {
            left.reason = tr("Its race is left out whole (%1).").arg(raceReasons.value(row.race));
        } else {
            continue;
        }
        out.insert(row.line, left);
    }
    return out;
}

QString LeftOutFile::defaultPath(const QString &input)
{
    const QFileInfo info(input);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".left-out.csv"));
}

// The file's own bytes: the lines up to the header, then the lines of each row left out.
bool LeftOutFile::writeText(QByteArray *out, QString *why) const
{
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = tr("%1 could not be read again: %2").arg(QFileInfo(input).fileName(), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const bool wide = encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive);
    const bool bigEndian = encoding.compare(QLatin1String("UTF-16BE"), Qt::CaseInsensitive) == 0;
    const qsizetype unit = wide ? 2 : 1;
    auto at = [&](qsizetype i) -> char16_t {
        if (!wide)
            return char16_t(uchar(bytes.at(i)));
        const uchar a = uchar(bytes.at(i)), b = uchar(bytes.at(i + 1));
        return bigEndian ? char16_t((a << 8) | b) : char16_t((b << 8) | a);
    };
    // Where each line starts, breaking lines as the reader does: CR LF, CR or LF.
    std::vector<qsizetype> starts{0};
    const qsizetype end = bytes.size() - (bytes.size() % unit);
    for (qsizetype i = 0; i < end; i += unit) {
        const char16_t c = at(i);
        if (c == u'\r' && i + unit < end && at(i + unit) == u'\n')
            continue; // the LF ends the line
        if (c == u'\r' || c == u'\n')
            starts.push_back(i + unit);
    }
    starts.push_back(bytes.size());
    const qint64 lines = qint64(starts.size()) - 1;
    auto span = [&](qint64 first, qint64 last) {
        first = std::clamp<qint64>(first, 1, lines);
        last = std::clamp<qint64>(last, first, lines);
        return bytes.mid(starts[size_t(first - 1)], starts[size_t(last)] - starts[size_t(first - 1)]);
    };
    auto blank = [&](qint64 line) {
        for (qsizetype i = starts[size_t(line - 1)]; i < starts[size_t(line)]; i += unit) {
            const char16_t c = at(i);
            if (c != u'\r' && c != u'\n')
                return false;
        }
        return true;
    };
    // Each piece ends with a line break (the file's last line may have none).
    auto append = [&](const QByteArray &text) {
        out->append(text);
        if (text.size() < unit)
            return;
        const qsizetype tail = text.size() - unit;
        const char16_t c = wide ? (bigEndian ? char16_t((uchar(text.at(tail)) << 8) | uchar(text.at(tail + 1)))
                                             : char16_t((uchar(text.at(tail + 1)) << 8) | uchar(text.at(tail))))
                                : char16_t(uchar(text.at(tail)));
        if (c == u'\n' || c == u'\r')
            return;
        // The line break the file's first line ends with.
        const bool crlf = lines > 0 && starts[1] >= 2 * unit && at(starts[1] - 2 * unit) == u'\r' && at(starts[1] - unit) == u'\n';
        if (!wide)
            out->append(crlf ? "\r\n" : "\n");
        else if (crlf)
            out->append(bigEndian ? QByteArray("\0\r\0\n", 4) : QByteArray("\r\0\n\0", 4));
        else
            out->append(bigEndian ? QByteArray("\0\n", 2) : QByteArray("\n\0", 2));
    };
    append(span(1, headerLine));
    for (const LeftOutRow &row : rows) {
        qint64 last = std::min<qint64>(std::max(row.lastLine, row.line), lines);
        while (last > row.line && blank(last))
            --last;
        append(span(row.line, last));
    }
    return true;
}

QByteArray LeftOutFile::workbookRows() const
{
    auto record = [](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells) {
            const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
                || cell.trimmed() != cell;
            quoted.append(quote ? QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                                      + QLatin1Char('"')
                                : cell);
        }
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = QString(QChar(0xFEFF)) + record(header);
    for (const LeftOutRow &row : rows)
        text += record(row.cells);
    return text.toUtf8();
}

bool LeftOutFile::write(QString *why) const
{
    QByteArray bytes;
    if (encoding.isEmpty())
        bytes = workbookRows();
    else if (!writeText(&bytes, why))
        return false;
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = tr("The left-out rows could not be written to %1: %2").arg(QDir::toNativeSeparators(output), file.errorString());
        return false;
    }
    return true;
}

} // namespace Sailau::Import
