// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"

#include <QVariant>

namespace Sailau {

// A figure read from a query: NULL is a figure not known, never 0.
inline Count countOf(const QVariant &v)
{
    return v.isNull() ? Count() : Count(v.toLongLong());
}

inline Ratio ratioOf(const QVariant &v)
{
    return v.isNull() ? Ratio() : Ratio(v.toDouble());
}

} // namespace Sailau
