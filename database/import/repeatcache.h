// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <cstring>
#include <vector>

namespace Sailau::Import {

// Answers for the texts a column repeats on every row ("иә"/"жоқ", a party, a source): the few
// seen last are compared before anything is hashed, the rest are kept in a hash.
template <typename T>
class RepeatCache
{
public:
    const T *find(const QString &text)
    {
        for (const Entry &e : m_recent) {
            if (e.text.size() == text.size() && e.text == text)
                return &e.value;
        }
        const auto it = m_all.constFind(text);
        if (it == m_all.constEnd())
            return nullptr;
        return &remember(text, *it);
    }
    const T &insert(const QString &text, const T &value)
    {
        m_all.insert(text, value);
        return remember(text, value);
    }
    void clear()
    {
        m_recent.clear();
        m_all.clear();
    }
    qsizetype size() const { return m_all.size(); }

private:
    struct Entry
    {
        QString text;
        T value;
    };
    static constexpr size_t Recent = 8;
    const T &remember(const QString &text, const T &value)
    {
        if (m_recent.size() == Recent)
            m_recent.erase(m_recent.begin());
        m_recent.push_back({text, value});
        return m_recent.back().value;
    }
    std::vector<Entry> m_recent;
    QHash<QString, T> m_all;
};

// A quick hash of text for the import's own tables of names (a new one for each race of a large
// file): a few multiplications per four characters, seeded like Qt's hashes since the text comes
// from a file.
inline size_t quickHash(QStringView text, size_t seed)
{
    quint64 h = quint64(seed) ^ (quint64(text.size()) * 0x9E3779B97F4A7C15ULL);
    const char16_t *p = text.utf16();
    qsizetype n = text.size();
    for (; n >= 4; n -= 4, p += 4) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    for (; n > 0; --n, ++p) {
        h = (h ^ *p) * 0xC4CEB9FE1A85EC53ULL;
        h ^= h >> 29;
    }
    h ^= h >> 32;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    return size_t(h);
}

// A QString key hashed with quickHash().
struct QuickKey
{
    QString text;
    bool operator==(const QuickKey &other) const { return text == other.text; }
};

inline size_t qHash(const QuickKey &key, size_t seed)
{
    return quickHash(key.text, seed);
}

} // namespace Sailau::Import
