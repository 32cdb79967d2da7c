// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

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

} // namespace Sailau::Import
