// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// Parsing the text of a cell into a value. Every function returns nullopt when it refuses and
// then sets *problem to a sentence naming the value, for messages such as
// "line 12, column «Голоса»: '12,5' is not a whole number". An empty cell, or one that only marks
// a figure as missing ("-", "—", "n/a", "н/д", "#N/A"), gives nullopt with *problem empty: missing
// is not zero and not an error.
namespace Sailau::Import::Values {

// True for an empty cell or a mark that says the figure is missing.
bool isMissing(QStringView text);

// A count (voters, ballots, votes): a whole number ≥ 0. Accepts "12345", "12 345" (space,
// no-break space U+00A0, narrow no-break space U+202F, thin space U+2009 between groups of three),
// "12,345" or "12.345" as a thousands separator when the other character is the file's decimal
// separator (decimalSeparator; null when unknown, then "12,345" is refused as ambiguous), and
// "1.0"/"1,0" when the fraction is zero (spreadsheets write numbers so). Refuses fractions, negative
// numbers, percentages, text, values beyond 2^63 − 1, and a zero fraction of three digits ("1,000":
// one, or a thousand?).
std::optional<qint64> parseCount(QStringView text, QString *problem, QChar decimalSeparator = QChar());
// The same, with the arguments in the order of parseDecimal().
inline std::optional<qint64> parseCount(QStringView text, QChar decimalSeparator, QString *problem = nullptr)
{
    return parseCount(text, problem, decimalSeparator);
}

// A decimal number or percentage: "62,79", "62.79", "62.79%", "62,79 %", "-1.5", "1 234,5",
// "1.5E-3". decimalSeparator (',' or '.', or null when unknown) settles "1,234"; a separator that
// cannot be a thousands separator ("62.79" in a file with decimal commas) is read as the decimal
// point. The value is returned as written: "62.79%" gives 62.79 and sets *percent.
std::optional<double> parseDecimal(QStringView text, QChar decimalSeparator, QString *problem = nullptr,
                                   bool *percent = nullptr);

// A date: "2023-11-05", "2023-11-05T08:00:00" (the time is dropped), "05.11.2023", "5.11.2023",
// "05/11/2023" (day first), "05-11-2023", "5 ноября 2023 г.", "5 қараша 2023", "5 November 2023",
// or a spreadsheet serial number (1900 date system: 45235 is 2023-11-05; 10000 to 2958465, so a
// year or a count is not taken for a date). Refuses impossible dates ("30.02.2023"), two-digit
// years and month-first dates.
std::optional<QDate> parseDate(QStringView text, QString *problem = nullptr);

// Yes or no: yes/no, y/n, да/нет, иә/ия/жоқ, true/false (TRUE/FALSE from spreadsheets), 1/0, and
// a mark (✓ ✔ ☑ x X + * v) against no mark. An empty cell is missing unless emptyIsFalse is set (a
// column of marks, where no mark means no); "-" is no.
std::optional<bool> parseBool(QStringView text, QString *problem = nullptr, bool emptyIsFalse = false);

} // namespace Sailau::Import::Values
