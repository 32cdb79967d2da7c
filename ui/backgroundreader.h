// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <functional>
#include <memory>
#include <optional>

namespace Sailau {

// Reads from the database on a thread of the pool, on a connection of its own (opened read-only,
// so it never waits for or blocks the window's connection), and hands the result to the owner
// on the owner's thread. Only the newest read counts: starting another one, or cancel(), drops
// the result of a read still under way. Large databases use it so that the window stays
// responsive while summaries and charts over hundreds of thousands of races are computed.
class BackgroundReader : public QObject
{
public:
    // Days with more races than this are read in the background by the summary, the coverage
    // line and the charts.
    static constexpr int LargeDay = 20000;

    explicit BackgroundReader(QObject *parent = nullptr) : QObject(parent) {}
    ~BackgroundReader() override { cancel(); }

    template<typename T>
    void start(const QString &databasePath, std::function<T(const Database &)> work, std::function<void(T)> done)
    {
        const int generation = ++*m_generation;
        m_busy = true;
        const std::shared_ptr<std::atomic_int> current = m_generation;
        const QPointer<BackgroundReader> self(this);
        run([=] {
            if (current->load() != generation)
                return;
            std::optional<T> result;
            {
                OpenOptions options;
                options.create = false;
                options.readOnly = true;
                options.quickCheck = false; // the window's own open checked the file
                OpenError error;
                QString message;
                if (auto db = Database::open(databasePath, options, &error, &message))
                    result = work(*db);
            }
            // What the read allocated and let go of stays with this thread's heap unless handed
            // back: hundreds of megabytes after a large day.
            releaseFreeMemory();
            if (!result || current->load() != generation)
                return;
            // Queued to the application's thread, where `self` can be checked safely.
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, current, generation, done, value = std::move(*result)]() mutable {
                if (!self || current->load() != generation)
                    return;
                self->m_busy = false;
                done(std::move(value));
            }, Qt::QueuedConnection);
        });
    }

    void cancel()
    {
        ++*m_generation;
        m_busy = false;
    }
    bool isBusy() const { return m_busy; }

    static void releaseFreeMemory()
    {
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
    }

    // The readers' own thread. Not Qt's global pool: the raster paint engine hands parts of its
    // work to that pool and waits for them, so a long read there would hold up painting. One
    // thread: reads run in the order they were asked for (the races table's first), and only
    // one read's data is in memory at a time.
    static QThreadPool *pool();

    // Runs work on the readers' thread (QtConcurrent::run, as all of the window's background work).
    static void run(std::function<void()> work);

private:
    std::shared_ptr<std::atomic_int> m_generation = std::make_shared<std::atomic_int>(0);
    bool m_busy = false;
};

} // namespace Sailau
