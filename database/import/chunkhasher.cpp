// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkhasher.h"

namespace Sailau::Import {

ChunkHasher::ChunkHasher()
{
    m_pool.setMaxThreadCount(1); // the chunks are hashed in order
}

ChunkHasher::~ChunkHasher()
{
    m_pool.waitForDone();
}

void ChunkHasher::addData(QByteArray chunk)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= MaxQueued)
        m_changed.wait(&m_mutex);
    m_queue.push_back(std::move(chunk));
    if (!m_running) {
        m_running = true;
        m_pool.start([this] { drain(); });
    }
}

void ChunkHasher::drain()
{
    QMutexLocker lock(&m_mutex);
    while (!m_queue.empty()) {
        const QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.wakeAll();
        lock.unlock();
        m_hash.addData(chunk);
        lock.relock();
    }
    m_running = false;
    m_changed.wakeAll();
}

QByteArray ChunkHasher::result()
{
    {
        QMutexLocker lock(&m_mutex);
        while (m_running)
            m_changed.wait(&m_mutex);
    }
    return m_hash.result();
}

} // namespace Sailau::Import
