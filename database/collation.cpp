// SPDX-License-Identifier: GPL-3.0-or-later
#include "collation.h"

#include <QString>

#include <array>

#include <sqlite3.h>

namespace Sailau::Collation {

namespace {

constexpr char16_t Alphabet[] = u"аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

// Each Cyrillic letter's place: the alphabet's letters first, in its order, then the other
// Cyrillic letters after я. A table, worked out once, for U+0400…U+052F.
struct CyrillicRanks
{
    std::array<char16_t, 0x130> rank{};
    CyrillicRanks()
    {
        for (char16_t c = 0; c < 0x130; ++c)
            rank[c] = char16_t(0x0440 + c);
        for (size_t i = 0; i + 1 < sizeof(Alphabet) / sizeof(Alphabet[0]); ++i)
            rank[Alphabet[i] - 0x0400] = char16_t(0x0400 + i);
    }
};

char16_t rank(QChar c)
{
    static const CyrillicRanks cyrillic;
    const char16_t u = c.unicode();
    const char16_t lower = u < 0x80 ? char16_t(u >= 'A' && u <= 'Z' ? u + 32 : u) : c.toLower().unicode();
    if (lower >= 0x0400 && lower < 0x0530)
        return cyrillic.rank[lower - 0x0400];
    return lower;
}

int collate(void *, int lengthA, const void *a, int lengthB, const void *b)
{
    return compare(QString::fromUtf8(static_cast<const char *>(a), lengthA),
                   QString::fromUtf8(static_cast<const char *>(b), lengthB));
}

} // namespace

std::u16string key(QStringView text)
{
    std::u16string k;
    k.reserve(size_t(text.size()) * 2 + 1);
    for (QChar c : text)
        k.push_back(rank(c));
    k.push_back(u'\0');
    k.append(reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size()));
    return k;
}

int compare(QStringView a, QStringView b)
{
    const std::u16string ka = key(a);
    const std::u16string kb = key(b);
    return ka.compare(kb);
}

bool install(sqlite3 *db)
{
    return db && sqlite3_create_collation_v2(db, Name, SQLITE_UTF8, nullptr, collate, nullptr) == SQLITE_OK;
}

} // namespace Sailau::Collation
