// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundreader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Sailau {

QThreadPool *BackgroundReader::pool()
{
    static QThreadPool readers;
    readers.setMaxThreadCount(1);
    return &readers;
}

void BackgroundReader::run(std::function<void()> work)
{
    // The result is handed back by the work itself (a queued call): the future is not kept.
    (void)QtConcurrent::run(pool(), std::move(work));
}

} // namespace Sailau
