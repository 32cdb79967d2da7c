// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Sailau::TextKey {

// A folded, Latin-only skeleton of a name for searching. Unicode NFC, case folding, Kazakh and
// Russian Cyrillic transliterated to a few Latin letters, diacritics dropped, and letters that
// sources mix up mapped together (Latin "i" in "Солтүстiк", ы/і/и/й/y/ı). "Есильский", "ЕСИЛЬ",
// "Есіл" and "Esil" all fold to text that contains "esil". Punctuation becomes a single space.
QString fold(QStringView text);

// The key used to match territory names between files: fold() without the words that name the
// kind of unit ("район", "ауданы", "district", "область", "облысы", "город", "қаласы", "city", …)
// and without Russian adjectival endings ("-ский", "-инский"), spaces removed. "область Жетысу",
// "Жетісу облысы" and "Zhetisu region" share one key.
QString territoryMatchKey(QStringView name);

// Whether a folded name is a Russian adjective (a word ending in "-ский", "-ская", "-ское" …, in
// Cyrillic or transliterated): «Кармакшинский район», "Karmakshinskiy rayon". territoryMatchKey()
// keeps only the stem of such a word.
bool isAdjectiveName(QStringView folded);

// territoryMatchKey() of a name whose fold() is known already.
QString territoryMatchKeyOfFolded(const QString &folded, QStringView name);

// The stored search key of something known by several names: "|" + each distinct fold() + "|".
QString searchKey(const QStringList &names);

// The key used to match people and parties: fold() with spaces normalised.
QString nameKey(QStringView name);

// Levenshtein distance between two keys, capped at limit + 1 (for suggestions).
int distance(QStringView a, QStringView b, int limit = 8);

// Escapes % and _ for a LIKE pattern that uses ESCAPE '\'.
QString escapeLike(QStringView text);

} // namespace Sailau::TextKey
