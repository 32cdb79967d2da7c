// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace Sailau::Import {

// A territory a row of the file is placed in: one the database holds (by its id), or one the
// import will create (by its index among the territories to create), or none.
class TerritoryRef
{
public:
    TerritoryRef() = default;
    static TerritoryRef existing(qint64 id) { return TerritoryRef(id > 0 ? id : 0); }
    static TerritoryRef toCreate(size_t index) { return TerritoryRef(-qint64(index) - 1); }

    bool isNull() const { return m_value == 0; }
    explicit operator bool() const { return m_value != 0; }
    bool isExisting() const { return m_value > 0; }
    bool isToCreate() const { return m_value < 0; }
    // The territory's id; only for an existing one.
    qint64 id() const { return m_value > 0 ? m_value : 0; }
    // Its index among the territories to create; only for one to create.
    size_t createIndex() const { return size_t(-m_value - 1); }

    bool operator==(const TerritoryRef &other) const { return m_value == other.m_value; }
    bool operator!=(const TerritoryRef &other) const { return m_value != other.m_value; }
    // A number that tells references apart (for hashing), not an id.
    qint64 hashValue() const { return m_value; }

private:
    explicit TerritoryRef(qint64 value) : m_value(value) {}
    qint64 m_value = 0;
};

inline size_t qHash(const TerritoryRef &ref, size_t seed = 0)
{
    return ::qHash(ref.hashValue(), seed);
}

} // namespace Sailau::Import
