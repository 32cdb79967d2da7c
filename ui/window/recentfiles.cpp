// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Sailau::RecentFiles {

namespace {
const QString recentKey = QStringLiteral("database/recent");
const QString lastKey = QStringLiteral("database/last");

QString normalised(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

QStringList list()
{
    QStringList paths;
    for (const QString &p : QSettings().value(recentKey).toStringList()) {
        const QString n = normalised(p);
        if (!n.isEmpty() && !paths.contains(n))
            paths.append(n);
    }
    return paths.mid(0, Max);
}

void add(const QString &path)
{
    const QString n = normalised(path);
    if (n.isEmpty())
        return;
    QStringList paths = list();
    paths.removeAll(n);
    paths.prepend(n);
    QSettings settings;
    settings.setValue(recentKey, paths.mid(0, Max));
    settings.setValue(lastKey, n);
}

void remove(const QString &path)
{
    const QString n = normalised(path);
    QStringList paths = list();
    paths.removeAll(n);
    QSettings settings;
    settings.setValue(recentKey, paths);
    if (normalised(settings.value(lastKey).toString()) == n)
        settings.remove(lastKey);
}

void clear()
{
    QSettings settings;
    settings.remove(recentKey);
}

QString last()
{
    return normalised(QSettings().value(lastKey).toString());
}

} // namespace Sailau::RecentFiles
