// SPDX-License-Identifier: GPL-3.0-or-later
// Running the sailau program (or another) from a test or a benchmark, in a home folder of its own so
// that the user's settings and default database are never read or written.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace SailauTest {

struct ProcessRun
{
    // The exit code; -1 when the program did not end in time, -2 when it crashed.
    int exitCode = -1;
    double seconds = 0;
    QByteArray outBytes;
    QString out;
    QString err;
};

struct ProcessOptions
{
    QString program = QStringLiteral(SAILAU_BINARY);
    QString workingDirectory;
    // Standard output to this file instead of a pipe (/dev/full: every write fails).
    QString stdoutFile;
    // Variables to set, and those whose value is empty to remove.
    QProcessEnvironment extra;
    // -1: wait as long as it takes (benchmarks).
    int timeoutMs = 120000;
    // Run in the child before the program starts (resource limits, signals).
    std::function<void()> childSetup;
};

// The environment of a run: HOME, XDG data and configuration under home, the C locale with UTF-8,
// no display (commands never open a window).
inline QProcessEnvironment isolatedEnvironment(const QString &home, const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DISPLAY"));
    const QStringList keys = extra.keys();
    for (const QString &key : keys) {
        if (extra.value(key).isEmpty())
            env.remove(key);
        else
            env.insert(key, extra.value(key));
    }
    return env;
}

inline ProcessRun runProgram(const QStringList &arguments, const QString &home, const ProcessOptions &options = {})
{
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment(home, options.extra));
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (!options.stdoutFile.isEmpty())
        process.setStandardOutputFile(options.stdoutFile);
    if (options.childSetup)
        process.setChildProcessModifier(options.childSetup);
    QElapsedTimer timer;
    timer.start();
    process.start(options.program, arguments);
    ProcessRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.outBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace SailauTest
